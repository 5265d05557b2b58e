import { type CloudFormationClient, DescribeStacksCommand } from "@aws-sdk/client-cloudformation";
import { z } from "zod";
import type { StackOutputs } from "../../flows/setup/fleet-ids.js";

/** A stack's outputs from CloudFormation itself. */
export async function describeStackOutputs(client: CloudFormationClient, stackName: string): Promise<StackOutputs> {
  const { Stacks: stacks = [] } = await client.send(new DescribeStacksCommand({ StackName: stackName }));
  const [stack] = stacks;
  if (stack === undefined) throw new Error(`CloudFormation has no stack ${stackName}`);
  return Object.fromEntries(
    (stack.Outputs ?? []).flatMap(({ OutputKey, OutputValue }) =>
      OutputKey === undefined || OutputValue === undefined ? [] : [[OutputKey, OutputValue]],
    ),
  );
}

/** `cdk deploy --outputs-file`: one object per stack, each its outputs by key. */
const outputsFileSchema = z.record(z.string(), z.record(z.string(), z.string()));

/**
 * A stack's outputs from a `cdk deploy --outputs-file` file: the named stack, or the only one in the file. Errors
 * say which stacks the file holds.
 */
export function outputsFromFile(text: string, stackName: string | undefined): StackOutputs {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the outputs file is not JSON (${reason}); write it with cdk deploy --outputs-file`);
  }
  const parsed = outputsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error("the outputs file is not cdk deploy --outputs-file's shape: { STACK: { OUTPUT: value } }");
  }
  const stacks = Object.keys(parsed.data);
  const name = stackName ?? (stacks.length === 1 ? stacks[0] : undefined);
  const outputs = name === undefined ? undefined : parsed.data[name];
  if (outputs === undefined) {
    const held = stacks.length === 0 ? "no stack" : stacks.join(", ");
    throw new Error(
      stackName === undefined
        ? `the outputs file holds ${held}: name one with --stack`
        : `the outputs file has no stack ${stackName} (it holds ${held})`,
    );
  }
  return outputs;
}
