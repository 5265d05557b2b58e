import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { ToolkitDocumentName } from "../../../../../actions/lib/core/result-line.js";
import type { DocumentFormat } from "./content.js";

/**
 * The toolkit's own documents (ssm-documents/*.yml). A stored document whose content equals one of them, in YAML
 * or JSON, is answered by the simulated agent with that document's result line instead of being run.
 */
export const toolkitDocumentsDir = join(import.meta.dirname, "..", "..", "..", "..", "..", "ssm-documents");

export interface ToolkitDocumentFile {
  name: ToolkitDocumentName;
  content: string;
}

const toolkitNames: readonly ToolkitDocumentName[] = ["orca-healthcheck", "orca-restart", "orca-update"];

function isToolkitName(name: string): name is ToolkitDocumentName {
  return toolkitNames.some((n) => n === name);
}

/** JSON with sorted keys: equal for equal data whatever the source format or key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function loadToolkitDocuments(dir = toolkitDocumentsDir): ToolkitDocumentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yml"))
    .map((f) => ({ name: f.slice(0, -".yml".length), content: readFileSync(join(dir, f), "utf8") }))
    .flatMap((d) => (isToolkitName(d.name) ? [{ name: d.name, content: d.content }] : []));
}

export class ToolkitRecognizer {
  private readonly byContent: Map<string, ToolkitDocumentName>;

  constructor(files: ToolkitDocumentFile[]) {
    this.byContent = new Map(files.map((f) => [canonical(parseYaml(f.content)), f.name]));
  }

  /** Called once per document version, when it is stored (content already checked by parseCommandDocument). */
  recognize(content: string, format: DocumentFormat): ToolkitDocumentName | undefined {
    const data: unknown = format === "JSON" ? JSON.parse(content) : parseYaml(content);
    return this.byContent.get(canonical(data));
  }
}
