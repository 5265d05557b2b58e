import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { type FleetInstance, readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import { translator } from "../lib/core/i18n/message.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { japaneseHolidays } from "../lib/flows/rollout/holidays.js";
import { rolloutMessages } from "../lib/flows/rollout/messages.js";
import { planRollout } from "../lib/flows/rollout/plan.js";
import { renderRolloutPlan } from "../lib/flows/rollout/render.js";
import type { Command } from "./command.js";
import { exitCodes, UsageError } from "./io.js";

const formats = ["text", "json"] as const;
const subjects = ["rollout"] as const;

export const planCommand: Command = {
  name: "plan",
  summary: "show what a flow would do now, from a checkout and the instances' state (read-only)",
  help: `Usage: orca-fleet plan rollout [DIR] [--at TIME] [--format text|json]

Plans the ORCA rollout from the registry in DIR (default: clinics) and the instances' tags (read-only, one
DescribeInstances per 1,000 instances): per ring and wave, which clinics update now, which wait, why and until
when, the earliest window each can start in, which are current, failed, refused or left alone. Text in the
fleet's locale; json for machines. Reads AWS through the standard settings: AWS_PROFILE or access keys for the
fleet's account, or AWS_ENDPOINT_URL for the local cloud. Probes and updates in flight are not read: a ring that
needs a healthy probe after its bake shows as waiting for one.

Options:
  --at TIME           plan as at this time, ISO 8601, e.g. 2026-12-13T02:00:00+09:00 (default: now)
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 planned, 1 the registry has problems or the instances could not be read, 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        at: { type: "string" },
        format: { type: "string", default: "text" },
      },
      allowPositionals: true,
      strict: true,
    });
    const [subject, dirArg, ...rest] = positionals;
    if (!subjects.some((s) => s === subject)) throw new UsageError(`what to plan: rollout, not "${subject ?? ""}"`);
    if (rest.length > 0) throw new UsageError(`expected at most one DIR, got ${rest.length + 1}`);
    const outputFormat = formats.find((f) => f === values.format);
    if (!outputFormat) throw new UsageError(`--format must be text or json, not "${values.format}"`);
    const at = values.at === undefined ? new Date() : new Date(values.at);
    if (values.at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(values.at) || Number.isNaN(at.getTime()))) {
      throw new UsageError(`--at must be an ISO 8601 time such as 2026-12-13T02:00:00+09:00, not "${values.at}"`);
    }

    const registry = await loadRegistry(dirArg ?? "clinics");
    const locale = registry.fleet?.locale ?? "ja";
    const say = translator(locale);
    if (registry.fleet === undefined || registry.problems.length > 0) {
      for (const problem of registry.problems) io.err(formatProblem(problem));
      io.err(say(rolloutMessages.registryProblems));
      return exitCodes.problems;
    }
    const read = await readInstances(registry.fleet.region);
    if (!read.ok) {
      io.err(say(rolloutMessages.noInventory, { detail: read.detail ?? say(rolloutMessages.noCredentials) }));
      return exitCodes.problems;
    }
    const plan = planRollout({
      clinics: registry.clinics,
      instances: read.instances,
      policy: registry.fleet.rollout,
      clock: { now: () => at },
      holidays: japaneseHolidays(),
    });
    io.out(outputFormat === "json" ? JSON.stringify(plan, null, 2) : renderRolloutPlan(plan, locale));
    return exitCodes.ok;
  },
};

export type InstancesRead = { ok: true; instances: FleetInstance[] } | { ok: false; detail?: string };

/** The inventory, or why it cannot be read; without any AWS setting, no call is tried (it would only time out). */
export async function readInstances(region: string, env: NodeJS.ProcessEnv = process.env): Promise<InstancesRead> {
  if (!hasAwsSettings(env)) return { ok: false };
  const { ec2, ssm } = createAwsClients({ region, maxAttempts: 3 });
  try {
    return { ok: true, instances: await readInventory(ec2) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    ec2.destroy();
    ssm.destroy();
  }
}

/** The settings that give the SDK credentials or an endpoint; with none of them (nor ~/.aws), nothing is called. */
export const awsSettingVariables = [
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_EC2",
  "AWS_ACCESS_KEY_ID",
  "AWS_PROFILE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
];

function hasAwsSettings(env: NodeJS.ProcessEnv): boolean {
  if (awsSettingVariables.some((name) => (env[name] ?? "") !== "")) return true;
  const dir = join(env.HOME ?? homedir(), ".aws");
  return existsSync(join(dir, "credentials")) || existsSync(join(dir, "config"));
}
