import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CloudFormationClient } from "@aws-sdk/client-cloudformation";
import { awsClientConfig } from "../lib/adapters/aws/clients.js";
import { describeStackOutputs, outputsFromFile } from "../lib/adapters/aws/stack-outputs.js";
import { checkFleetText } from "../lib/core/registry/check-file.js";
import { fleetFileName } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { fillFleetIds, type StackOutputs } from "../lib/flows/setup/fleet-ids.js";
import type { Command } from "./command.js";
import { type CliIo, exitCodes, UsageError } from "./io.js";

/** Where the stack's outputs come from; CloudFormation by default, a stand-in in tests. */
export type ReadStackOutputs = (stackName: string, region: string) => Promise<StackOutputs>;

const fromCloudFormation: ReadStackOutputs = (stackName, region) =>
  describeStackOutputs(new CloudFormationClient(awsClientConfig({ region })), stackName);

export function setupCommand(readStack: ReadStackOutputs = fromCloudFormation): Command {
  return {
    help: `Usage: orca-fleet setup fleet (--stack NAME | --outputs FILE [--stack NAME]) [--clinics DIR] [--region REGION]

Writes the ids the fleet's stack made into DIR/fleet.yml (default: clinics): region, subnets, security groups,
the private zone and domain, the backup bucket, the instance profile prefix, the AMI parameter and the secrets
prefix. Comments and layout are kept; a subnet fleet.yml lacks is added with the stack's security groups.

  --stack NAME      read the outputs with CloudFormation DescribeStacks (credentials and region as the AWS CLI's)
  --outputs FILE    read them from cdk deploy --outputs-file instead; --stack picks one stack in the file
  --clinics DIR     the registry folder that holds fleet.yml
  --region REGION   the stack's region (default: fleet.yml's region)
  -h, --help        show this help

Exit codes: 0 written or already up to date, 1 the stack or the result is not usable, 2 usage error.`,
    async run(args, io) {
      const { values, positionals } = parseArgs({
        args,
        options: {
          stack: { type: "string" },
          outputs: { type: "string" },
          clinics: { type: "string", default: "clinics" },
          region: { type: "string" },
        },
        allowPositionals: true,
        strict: true,
      });
      if (positionals.length !== 1 || positionals[0] !== "fleet") {
        throw new UsageError(`expected "setup fleet", got "setup ${positionals.join(" ")}"`);
      }
      if (values.stack === undefined && values.outputs === undefined) {
        throw new UsageError("pass --stack NAME (CloudFormation) or --outputs FILE (cdk deploy --outputs-file)");
      }
      const file = join(values.clinics, fleetFileName);
      const text = await readFile(file, "utf8").catch(() => {
        throw new UsageError(`${file} cannot be read; pass the folder that holds fleet.yml with --clinics`);
      });
      try {
        const outputs =
          values.outputs === undefined
            ? await readStack(values.stack ?? "", values.region ?? regionOf(text))
            : outputsFromFile(await readFile(values.outputs, "utf8"), values.stack);
        return await write(file, text, outputs, io);
      } catch (error) {
        if (error instanceof UsageError || !(error instanceof Error)) throw error;
        io.err(`orca-fleet setup fleet: ${error.message}`);
        return exitCodes.problems;
      }
    },
  };
}

/** fleet.yml's region, for DescribeStacks when --region is not given. */
function regionOf(text: string): string {
  const { fleet } = checkFleetText(text, fleetFileName);
  if (fleet === undefined)
    throw new UsageError("fleet.yml does not validate, so pass the stack's region with --region");
  return fleet.region;
}

async function write(file: string, text: string, outputs: StackOutputs, io: CliIo): Promise<number> {
  const result = fillFleetIds(text, outputs);
  // Never leave a fleet.yml that validate would reject: check the result before writing it.
  const checked = checkFleetText(result.text, file);
  if (checked.fleet === undefined) {
    for (const problem of checked.reporter.problems) io.err(formatProblem(problem, checked.locale));
    io.err(`orca-fleet setup fleet: ${file} was left as it was`);
    return exitCodes.problems;
  }
  for (const name of result.unknownSubnets) {
    io.err(`${file}: subnets.${name} is not in the stack; kept, since clinic files may name it`);
  }
  if (result.changes.length === 0) {
    io.out(`${file} already has the stack's ids`);
    return exitCodes.ok;
  }
  await writeFile(file, result.text);
  for (const change of result.changes) io.out(`${change.path}: ${change.before ?? "(new)"} → ${change.after}`);
  io.out(`${file}: ${result.changes.length} id(s) written`);
  return exitCodes.ok;
}
