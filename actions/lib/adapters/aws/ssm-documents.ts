import {
  AddTagsToResourceCommand,
  CreateDocumentCommand,
  type SSMClient,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand,
} from "@aws-sdk/client-ssm";
import { createDocumentReads, type SsmDocumentReads } from "./ssm-document-reads.js";

export type DocumentTags = Readonly<Record<string, string>>;

export interface NewDocumentVersion {
  name: string;
  /** YAML, sent byte for byte: SSM's Hash is the SHA-256 of exactly this text. */
  content: string;
  targetType: string;
}

/** The Command documents in SSM, behind the few calls sync-documents makes: the reads, then these writes. */
export interface SsmDocuments extends SsmDocumentReads {
  /** Creates the document (its version 1 is the default) with its tags; answers the version. */
  create(doc: NewDocumentVersion, tags: DocumentTags): Promise<string>;
  /** Adds a version after `latestVersion` (refused when another run added one since); answers the new version. */
  update(doc: NewDocumentVersion, latestVersion: string): Promise<string>;
  setDefault(name: string, version: string): Promise<void>;
  /** Sets the tags (adding or overwriting those keys only). */
  tag(name: string, tags: DocumentTags): Promise<void>;
}

function versionOf(answer: { DocumentVersion?: string | undefined } | undefined, call: string, name: string): string {
  if (answer?.DocumentVersion === undefined) throw new Error(`${call} on ${name} answered without a document version`);
  return answer.DocumentVersion;
}

/** What a create and an update of a toolkit document both send: its name, YAML content and target type. */
const contentOf = (doc: NewDocumentVersion) => ({
  Name: doc.name,
  Content: doc.content,
  DocumentFormat: "YAML" as const,
  TargetType: doc.targetType,
});

const tagList = (tags: DocumentTags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

export function createSsmDocuments(ssm: SSMClient): SsmDocuments {
  return {
    ...createDocumentReads(ssm),
    async create(doc, tags) {
      const answer = await ssm.send(
        new CreateDocumentCommand({ ...contentOf(doc), DocumentType: "Command", Tags: tagList(tags) }),
      );
      return versionOf(answer.DocumentDescription, "CreateDocument", doc.name);
    },
    async update(doc, latestVersion) {
      const answer = await ssm.send(new UpdateDocumentCommand({ ...contentOf(doc), DocumentVersion: latestVersion }));
      return versionOf(answer.DocumentDescription, "UpdateDocument", doc.name);
    },
    async setDefault(name, version) {
      await ssm.send(new UpdateDocumentDefaultVersionCommand({ Name: name, DocumentVersion: version }));
    },
    async tag(name, tags) {
      await ssm.send(new AddTagsToResourceCommand({ ResourceType: "Document", ResourceId: name, Tags: tagList(tags) }));
    },
  };
}
