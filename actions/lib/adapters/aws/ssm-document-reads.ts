import { DescribeDocumentCommand, GetDocumentCommand, InvalidDocument, type SSMClient } from "@aws-sdk/client-ssm";
import type { RemoteDocument } from "../../flows/sync-documents/plan.js";

/**
 * The reads of SSM's Command documents: all that plan mode calls. Kept apart from the writes so that the read-only
 * role's policy is checked against exactly these calls (test/unit/iam/policy.test.ts).
 */
export interface SsmDocumentReads {
  /** The default and latest versions with their hashes; undefined when no document has the name. */
  describe(name: string): Promise<RemoteDocument | undefined>;
  /** One version's content, in YAML. */
  content(name: string, version: string): Promise<string>;
}

export function createDocumentReads(ssm: SSMClient): SsmDocumentReads {
  return {
    async describe(name) {
      let current: Awaited<ReturnType<typeof describeVersion>>;
      try {
        current = await describeVersion(ssm, name, undefined);
      } catch (error) {
        if (error instanceof InvalidDocument) return undefined;
        throw error;
      }
      if (current.DocumentVersion === undefined) {
        throw new Error(`DescribeDocument on ${name} answered without a document version`);
      }
      const defaultVersion = current.DocumentVersion;
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
  };
}

async function describeVersion(ssm: SSMClient, name: string, version: string | undefined) {
  const answer = await ssm.send(
    new DescribeDocumentCommand({ Name: name, ...(version === undefined ? {} : { DocumentVersion: version }) }),
  );
  if (answer.Document === undefined) throw new Error(`DescribeDocument on ${name} answered without a document`);
  return answer.Document;
}
