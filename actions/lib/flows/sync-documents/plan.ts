import { type ContentChanges, compareContents } from "./changes.js";
import type { LocalDocument } from "./local-documents.js";

/** What SSM holds for one document, as DescribeDocument reports it for its default and latest versions. */
export interface RemoteDocument {
  name: string;
  defaultVersion: string;
  defaultHash: string;
  latestVersion: string;
  latestHash: string;
  /** The default version's content, read only when its hash differs from the local one (for what changed). */
  defaultContent?: string;
}

export interface CurrentVersion {
  version: string;
  hash: string;
}

/**
 * One document's change. `set-default` is a run that stopped after UpdateDocument: the latest version already holds
 * the content, so only the default moves (a second UpdateDocument would be refused as DuplicateDocumentContent).
 */
export type DocumentChange =
  | { kind: "create"; document: LocalDocument; changes: ContentChanges }
  | {
      kind: "update";
      document: LocalDocument;
      current: CurrentVersion;
      latestVersion: string;
      changes: ContentChanges | undefined;
    }
  | {
      kind: "set-default";
      document: LocalDocument;
      current: CurrentVersion;
      toVersion: string;
      changes: ContentChanges | undefined;
    }
  | { kind: "unchanged"; document: LocalDocument; current: CurrentVersion };

export type ChangeKind = DocumentChange["kind"];

export interface DocumentPlan {
  /** One entry per local document, sorted by name. */
  changes: DocumentChange[];
}

/**
 * Compares the documents of ssm-documents/ with what SSM has (by name; absent means never created) on the content
 * hash SSM reports. Pure. Documents in SSM that have no file are not listed: sync-documents never deletes.
 */
export function planDocuments(
  local: readonly LocalDocument[],
  remote: ReadonlyMap<string, RemoteDocument>,
): DocumentPlan {
  const changes = [...local]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((document): DocumentChange => {
      const found = remote.get(document.name);
      if (found === undefined)
        return { kind: "create", document, changes: compareContents(undefined, document.content) };
      const current = { version: found.defaultVersion, hash: found.defaultHash };
      if (found.defaultHash === document.hash) return { kind: "unchanged", document, current };
      const changes =
        found.defaultContent === undefined ? undefined : compareContents(found.defaultContent, document.content);
      if (found.latestHash === document.hash && found.latestVersion !== found.defaultVersion) {
        return { kind: "set-default", document, current, toVersion: found.latestVersion, changes };
      }
      return { kind: "update", document, current, latestVersion: found.latestVersion, changes };
    });
  return { changes };
}

/** The write calls a change takes: how a reader checks that a second run writes nothing. */
export function writesFor(change: DocumentChange): string[] {
  switch (change.kind) {
    case "create":
      // CreateDocument carries the tags and makes version 1 the default.
      return ["CreateDocument"];
    case "update":
      return ["UpdateDocument", "UpdateDocumentDefaultVersion", "AddTagsToResource"];
    case "set-default":
      return ["UpdateDocumentDefaultVersion", "AddTagsToResource"];
    case "unchanged":
      return [];
  }
}
