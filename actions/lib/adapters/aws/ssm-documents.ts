import {
  AddTagsToResourceCommand,
  CreateDocumentCommand,
  DescribeDocumentCommand,
  GetDocumentCommand,
  InvalidDocument,
  type SSMClient,
  UpdateDocumentCommand,
  UpdateDocumentDefaultVersionCommand,
} from "@aws-sdk/client-ssm";
import type { RemoteDocument } from "../../flows/sync-documents/plan.js";

export type DocumentTags = Readonly<Record<string, string>>;

export interface NewDocumentVersion {
  name: string;
  /** YAML, sent byte for byte: SSM's Hash is the SHA-256 of exactly this text. */
  content: string;
  targetType: string;
}

/** The Command documents in SSM, behind the few calls sync-documents makes. */
export interface SsmDocuments {
  /** The default and latest versions with their hashes; undefined when no document has the name. */
  describe(name: string): Promise<RemoteDocument | undefined>;
  /** One version's content, in YAML. */
  content(name: string, version: string): Promise<string>;
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

const tagList = (tags: DocumentTags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

export function createSsmDocuments(ssm: SSMClient): SsmDocuments {
  return {
    async describe(name) {
      let current: Awaited<ReturnType<typeof describeVersion>>;
      try {
        current = await describeVersion(ssm, name, undefined);
      } catch (error) {
        if (error instanceof InvalidDocument) return undefined;
        throw error;
      }
      const defaultVersion = versionOf(current, "DescribeDocument", name);
      const latestVersion = current.LatestVersion ?? defaultVersion;
      // One call when the default is the latest (the usual case); the latest's hash only when they differ.
      const latest = latestVersion === defaultVersion ? current : await describeVersion(ssm, name, latestVersion);
      return {
        name,
        defaultVersion,
        defaultHash: current.Hash ?? "",
        latestVersion,
        latestHash: latest.Hash ?? "",
      };
    },
    async content(name, version) {
      const answer = await ssm.send(
        new GetDocumentCommand({ Name: name, DocumentVersion: version, DocumentFormat: "YAML" }),
      );
      return answer.Content ?? "";
    },
    async create(doc, tags) {
      const answer = await ssm.send(
        new CreateDocumentCommand({
          Name: doc.name,
          Content: doc.content,
          DocumentType: "Command",
          DocumentFormat: "YAML",
          TargetType: doc.targetType,
          Tags: tagList(tags),
        }),
      );
      return versionOf(answer.DocumentDescription, "CreateDocument", doc.name);
    },
    async update(doc, latestVersion) {
      const answer = await ssm.send(
        new UpdateDocumentCommand({
          Name: doc.name,
          Content: doc.content,
          DocumentFormat: "YAML",
          TargetType: doc.targetType,
          DocumentVersion: latestVersion,
        }),
      );
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

async function describeVersion(ssm: SSMClient, name: string, version: string | undefined) {
  const answer = await ssm.send(
    new DescribeDocumentCommand({ Name: name, ...(version === undefined ? {} : { DocumentVersion: version }) }),
  );
  if (answer.Document === undefined) throw new Error(`DescribeDocument on ${name} answered without a document`);
  return answer.Document;
}
