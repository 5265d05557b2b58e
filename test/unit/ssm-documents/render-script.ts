import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  parseCommandDocument,
  renderRunCommand,
  resolveParameters,
} from "../../localcloud/aws/ssm/documents/content.js";
import { toolkitDocumentsDir } from "../../localcloud/aws/ssm/documents/toolkit.js";

/**
 * A toolkit document's script as the SSM agent runs it: parameters checked against their allowedPattern and
 * substituted by the same code the local cloud uses (it throws SSM's InvalidParameters message otherwise).
 */
export function renderDocumentScript(name: string, parameters: Record<string, string[]>): string {
  const parsed = parseCommandDocument(readFileSync(join(toolkitDocumentsDir, `${name}.yml`), "utf8"), "YAML");
  const step = parsed.steps[0];
  if (!step) throw new Error(`${name} has no step`);
  return renderRunCommand(step, resolveParameters(parsed, parameters));
}
