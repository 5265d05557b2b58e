import { DescribeDocumentCommand, GetParameterCommand, type SSMClient } from "@aws-sdk/client-ssm";

/** What doctor reads from SSM besides the certificates: the AMI parameter's label and the documents' defaults. */
export interface DeploymentReads {
  /** The value the `name:label` selector names; undefined when the parameter or the label is absent. */
  labelledValue(name: string, label: string): Promise<string | undefined>;
  /** The default version of a Command document and its SHA-256; undefined when the document is absent. */
  documentDefault(name: string): Promise<{ version: string; hash: string } | undefined>;
}

/** AWS's error names for "no such parameter, version or label" and "no such document". */
const absent = new Set([
  "ParameterNotFound",
  "ParameterVersionNotFound",
  "ParameterVersionLabelNotFound",
  "InvalidDocument",
]);

async function unlessAbsent<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && absent.has(error.name)) return undefined;
    throw error;
  }
}

export function createDeploymentReads(ssm: SSMClient): DeploymentReads {
  return {
    async labelledValue(name, label) {
      const answer = await unlessAbsent(() => ssm.send(new GetParameterCommand({ Name: `${name}:${label}` })));
      return answer?.Parameter?.Value;
    },
    async documentDefault(name) {
      const answer = await unlessAbsent(() => ssm.send(new DescribeDocumentCommand({ Name: name })));
      const doc = answer?.Document;
      if (doc?.DefaultVersion === undefined || doc.Hash === undefined) return undefined;
      return { version: doc.DefaultVersion, hash: doc.Hash };
    },
  };
}
