import type { DocumentTags, SsmDocuments } from "../../adapters/aws/ssm-documents.js";
import type { Log } from "../../core/ports.js";
import type { DocumentChange, DocumentPlan } from "./plan.js";

export type DocumentOutcome = "created" | "updated" | "default-moved" | "unchanged" | "failed";

export interface DocumentResult {
  name: string;
  outcome: DocumentOutcome;
  /** The default version after the run (undefined when it failed before one existed). */
  version: string | undefined;
  /** The AWS error's code when it failed, e.g. DuplicateDocumentContent. */
  error?: string;
}

export interface ApplySettings {
  targetType: string;
  /** The source-commit tag (and any other) set on every document written. */
  tags: DocumentTags;
}

/**
 * Writes the plan, one document after another: only the writes its change needs (writesFor in plan.ts), so an
 * unchanged document costs no write. A failed document does not stop the others; each run re-plans from what SSM
 * holds, so a run killed between two calls is finished by the next one.
 */
export async function applyDocumentPlan(
  plan: DocumentPlan,
  ports: { documents: SsmDocuments; log: Log },
  settings: ApplySettings,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  for (const change of plan.changes) {
    try {
      results.push(await applyChange(change, ports.documents, settings));
    } catch (error) {
      const code = error instanceof Error ? error.name : "Error";
      ports.log.error(`${change.document.name}: ${code}: ${error instanceof Error ? error.message : String(error)}`);
      results.push({
        name: change.document.name,
        outcome: "failed",
        version: change.kind === "create" ? undefined : change.current.version,
        error: code,
      });
      continue;
    }
    const last = results.at(-1);
    ports.log.info(`${change.document.name}: ${last?.outcome} (default version ${last?.version ?? "-"})`);
  }
  return results;
}

async function applyChange(
  change: DocumentChange,
  documents: SsmDocuments,
  settings: ApplySettings,
): Promise<DocumentResult> {
  const { name, content } = change.document;
  const doc = { name, content, targetType: settings.targetType };
  switch (change.kind) {
    case "unchanged":
      return { name, outcome: "unchanged", version: change.current.version };
    case "create":
      return { name, outcome: "created", version: await documents.create(doc, settings.tags) };
    case "update": {
      const version = await documents.update(doc, change.latestVersion);
      await documents.setDefault(name, version);
      await documents.tag(name, settings.tags);
      return { name, outcome: "updated", version };
    }
    case "set-default":
      await documents.setDefault(name, change.toVersion);
      await documents.tag(name, settings.tags);
      return { name, outcome: "default-moved", version: change.toVersion };
  }
}
