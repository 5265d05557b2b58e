import {
  LabelParameterVersionCommand,
  ParameterNotFound,
  PutParameterCommand,
  paginateGetParameterHistory,
  type SSMClient,
  UnlabelParameterVersionCommand,
} from "@aws-sdk/client-ssm";

/** One version of a parameter, as GetParameterHistory returns it. */
export interface ParameterVersion {
  version: number;
  /** The value that version holds (for the golden AMI, an AMI id). */
  value: string;
  labels: readonly string[];
}

/** Labels to take off one version. */
export interface VersionLabels {
  version: number;
  labels: string[];
}

/** Parameter Store as the flows reach it: the golden-AMI parameter's history, labels and new versions. */
export interface ParameterStore {
  /** Every version, oldest first; empty before the first write. */
  history(name: string): Promise<ParameterVersion[]>;
  unlabel(name: string, entries: readonly VersionLabels[]): Promise<void>;
  /** Writes a new version holding the AMI id, checked by AWS as an image id; answers its version. */
  putAmi(name: string, amiId: string, description: string): Promise<number>;
  /** Moves the labels onto the version (a label sits on one version at a time); answers the labels AWS refused. */
  label(name: string, version: number, labels: string[]): Promise<string[]>;
}

/** GetParameterHistory answers at most 50 versions a page. */
const historyPageSize = 50;

/** Every version of the golden-AMI parameter, oldest first; empty before the first bake. */
export async function readHistory(ssm: SSMClient, name: string): Promise<ParameterVersion[]> {
  const history: ParameterVersion[] = [];
  try {
    for await (const page of paginateGetParameterHistory(
      { client: ssm, pageSize: historyPageSize },
      { Name: name, WithDecryption: false },
    )) {
      for (const entry of page.Parameters ?? []) {
        if (entry.Version === undefined) continue;
        history.push({ version: entry.Version, value: entry.Value ?? "", labels: entry.Labels ?? [] });
      }
    }
  } catch (error) {
    if (error instanceof ParameterNotFound) return [];
    throw error;
  }
  return history.sort((a, b) => a.version - b.version);
}

export function createParameterStore(ssm: SSMClient): ParameterStore {
  return {
    history: (name) => readHistory(ssm, name),
    async unlabel(name, entries) {
      for (const entry of entries) {
        await ssm.send(
          new UnlabelParameterVersionCommand({ Name: name, ParameterVersion: entry.version, Labels: entry.labels }),
        );
      }
    },
    async putAmi(name, amiId, description) {
      const answer = await ssm.send(
        new PutParameterCommand({
          Name: name,
          Value: amiId,
          Type: "String",
          DataType: "aws:ec2:image",
          Overwrite: true,
          Description: description,
        }),
      );
      if (answer.Version === undefined) throw new Error(`PutParameter on ${name} answered without a version`);
      return answer.Version;
    },
    async label(name, version, labels) {
      const answer = await ssm.send(
        new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels }),
      );
      return answer.InvalidLabels ?? [];
    },
  };
}
