import {
  LabelParameterVersionCommand,
  ParameterNotFound,
  PutParameterCommand,
  paginateGetParameterHistory,
  type SSMClient,
  UnlabelParameterVersionCommand,
} from "@aws-sdk/client-ssm";
import type { ParameterVersion } from "../../flows/bake-ami/history.js";
import type { Unlabel } from "../../flows/bake-ami/label-plan.js";

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

export async function unlabelVersions(ssm: SSMClient, name: string, unlabel: readonly Unlabel[]): Promise<void> {
  for (const entry of unlabel) {
    await ssm.send(
      new UnlabelParameterVersionCommand({ Name: name, ParameterVersion: entry.version, Labels: entry.labels }),
    );
  }
}

/** Writes a new version holding the AMI id; DataType aws:ec2:image makes AWS check that it is an image id. */
export async function putAmi(ssm: SSMClient, name: string, amiId: string, description: string): Promise<number> {
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
}

/** Moves the labels onto the version (a label sits on one version at a time); answers the labels AWS refused. */
export async function labelVersion(ssm: SSMClient, name: string, version: number, labels: string[]): Promise<string[]> {
  const answer = await ssm.send(
    new LabelParameterVersionCommand({ Name: name, ParameterVersion: version, Labels: labels }),
  );
  return answer.InvalidLabels ?? [];
}
