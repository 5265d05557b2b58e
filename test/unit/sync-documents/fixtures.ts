import { contentHash, type LocalDocument } from "../../../actions/lib/flows/sync-documents/local-documents.js";
import type { RemoteDocument } from "../../../actions/lib/flows/sync-documents/plan.js";

export function local(name: string, content: string): LocalDocument {
  return { name, file: `ssm-documents/${name}.yml`, content, hash: contentHash(content) };
}

/** A document in a small model of SSM: its versions' contents, oldest first, and which one is the default. */
export interface ModelDocument {
  versions: string[];
  defaultIndex: number;
}

/** What DescribeDocument would report for a model document, the default's content included. */
export function remote(name: string, doc: ModelDocument): RemoteDocument {
  const latest = doc.versions.length - 1;
  const defaultContent = doc.versions[doc.defaultIndex] ?? "";
  return {
    name,
    defaultVersion: String(doc.defaultIndex + 1),
    defaultHash: contentHash(defaultContent),
    latestVersion: String(latest + 1),
    latestHash: contentHash(doc.versions[latest] ?? ""),
    defaultContent,
  };
}

export function remoteMap(model: ReadonlyMap<string, ModelDocument>): Map<string, RemoteDocument> {
  return new Map([...model].map(([name, doc]) => [name, remote(name, doc)]));
}

/** A small Command document: its description, String parameters with defaults, and a script. */
export const yaml = (description: string, params: Record<string, string>, script: string[]) =>
  [
    'schemaVersion: "2.2"',
    `description: ${JSON.stringify(description)}`,
    "parameters:",
    ...Object.entries(params).flatMap(([name, def]) => [`  ${name}:`, "    type: String", `    default: "${def}"`]),
    "mainSteps:",
    "  - action: aws:runShellScript",
    "    name: run",
    "    inputs:",
    "      runCommand:",
    ...script.map((line) => `        - ${JSON.stringify(line)}`),
    "",
  ].join("\n");
