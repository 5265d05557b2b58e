import { DescribeDocumentCommand, InvalidDocument, type SSMClient } from "@aws-sdk/client-ssm";

/**
 * Whether a Command document exists, by DescribeDocument alone: what a flow that runs a toolkit document checks
 * before it acts, so that a missing document is a refusal that says to run sync-documents, not a failure half-way.
 */
export interface SsmDocumentCheck {
  exists(name: string): Promise<boolean>;
}

export function createDocumentCheck(ssm: SSMClient): SsmDocumentCheck {
  return {
    async exists(name) {
      try {
        await ssm.send(new DescribeDocumentCommand({ Name: name }));
        return true;
      } catch (error) {
        if (error instanceof InvalidDocument) return false;
        throw error;
      }
    },
  };
}
