import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type AwsClients, createAwsClients } from "../lib/adapters/aws/clients.js";
import { type FleetInstance, readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import { createParameterLookup, type ParameterLookup } from "../lib/adapters/aws/parameter-lookup.js";
import { translator } from "../lib/core/i18n/message.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import type { Fleet } from "../lib/core/registry/schema.js";
import { planProvision } from "../lib/flows/provision/plan.js";
import { renderAmiUnresolved, renderPlan } from "../lib/flows/provision/render.js";
import { AmiResolutionError, type ResolvedAmi, resolveAmi } from "../lib/flows/provision/resolve-ami.js";
import { japaneseHolidays } from "../lib/flows/rollout/holidays.js";
import { rolloutMessages } from "../lib/flows/rollout/messages.js";
import { planRollout } from "../lib/flows/rollout/plan.js";
import { renderRolloutPlan } from "../lib/flows/rollout/render.js";
import type { Command } from "./command.js";
import { exitCodes, UsageError } from "./io.js";
import { outputFormatOf } from "./output-format.js";

const subjects = ["provision", "rollout"] as const;
type Subject = (typeof subjects)[number];

export const planCommand: Command = {
  help: `Usage: orca-fleet plan [provision|rollout] [DIR] [--at TIME] [--format text|json]

Plans from the registry in DIR (default: clinics) and the fleet's state in AWS, read-only; without a subject,
both: provisioning first, then the rollout.

provision: the plan the pull request's plan comment shows, from the same planner and renderer: the clinics that
get an instance on merge and the AMI they launch from (the AMI parameter at fleet.yml's label), the suspended and
retired clinics, the instances no clinic file names. One DescribeInstances per 1,000 instances, one GetParameter.

rollout: per ring and wave, which clinics update now, which wait, why and until when, the earliest window each
can start in, which are current, failed, refused or left alone. Probes and updates in flight are not read: a ring
that needs a healthy probe after its bake shows as waiting for one.

Text in the fleet's locale (the provision plan as the pull request's markdown); json for machines. Reads AWS
through the standard settings: AWS_PROFILE or access keys for the fleet's account, or AWS_ENDPOINT_URL for the
local cloud.

Options:
  --at TIME           plan as at this time, ISO 8601, e.g. 2026-12-13T02:00:00+09:00 (default: now)
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 planned, 1 the registry has problems or AWS could not be read, 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        at: { type: "string" },
        format: { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    });
    const [first, ...more] = positionals;
    const subject = subjects.find((s) => s === first);
    if (first !== undefined && subject === undefined)
      throw new UsageError(`what to plan: provision or rollout (or nothing, for both), not "${first}"`);
    const [dirArg, ...rest] = more;
    if (rest.length > 0) throw new UsageError(`expected at most one DIR, got ${rest.length + 1}`);
    const outputFormat = outputFormatOf(values.format);
    const at = values.at === undefined ? new Date() : new Date(values.at);
    if (values.at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(values.at) || Number.isNaN(at.getTime()))) {
      throw new UsageError(`--at must be an ISO 8601 time such as 2026-12-13T02:00:00+09:00, not "${values.at}"`);
    }

    const registry = await loadRegistry(dirArg ?? "clinics");
    const locale = registry.fleet?.locale ?? "ja";
    const say = translator(locale);
    if (registry.fleet === undefined || registry.problems.length > 0) {
      for (const problem of registry.problems) io.err(formatProblem(problem, registry.locale));
      io.err(say(rolloutMessages.registryProblems));
      return exitCodes.problems;
    }
    const fleet = registry.fleet;
    const wanted: readonly Subject[] = subject === undefined ? subjects : [subject];
    const read = await readAws(fleet.region, async ({ ec2, ssm }) => ({
      instances: await readInventory(ec2),
      ami: wanted.includes("provision") ? await amiOrWhy(createParameterLookup(ssm), fleet) : undefined,
    }));
    if (!read.ok) {
      io.err(say(rolloutMessages.noInventory, { detail: read.detail ?? say(rolloutMessages.noCredentials) }));
      return exitCodes.problems;
    }
    const { instances, ami } = read.value;
    const clock = { now: () => at };
    const plans = {
      provision: () => planProvision({ clinics: registry.clinics, instances, clock }),
      rollout: () =>
        planRollout({
          clinics: registry.clinics,
          instances,
          policy: fleet.rollout,
          clock,
          holidays: japaneseHolidays(),
        }),
    };
    if (ami?.kind === "missing") io.err(ami.why);
    const resolved = ami?.kind === "resolved" ? ami.ami : undefined;
    if (outputFormat === "json") {
      const json = wanted.map((w) => [
        w,
        w === "provision" ? { ...plans.provision(), ami: resolved ?? null } : plans.rollout(),
      ]);
      io.out(JSON.stringify(subject === undefined ? Object.fromEntries(json) : json[0]?.[1], null, 2));
    } else {
      const texts = wanted.map((w) =>
        w === "provision"
          ? renderPlan(plans.provision(), locale, resolved).trimEnd()
          : renderRolloutPlan(plans.rollout(), locale),
      );
      io.out(texts.join("\n\n"));
    }
    return exitCodes.ok;
  },
};

/** The AMI the plan names, or why it cannot (the plan still shows, as on the pull request; apply is where it stops). */
async function amiOrWhy(
  parameters: ParameterLookup,
  fleet: Fleet,
): Promise<{ kind: "resolved"; ami: ResolvedAmi } | { kind: "missing"; why: string }> {
  try {
    return { kind: "resolved", ami: await resolveAmi(parameters, fleet) };
  } catch (error) {
    if (!(error instanceof AmiResolutionError)) throw error;
    return { kind: "missing", why: renderAmiUnresolved(error.selector, error.reason, fleet.locale) };
  }
}

export type InstancesRead = { ok: true; instances: FleetInstance[] } | { ok: false; detail?: string };

/** The inventory, or why it cannot be read. */
export async function readInstances(region: string, env: NodeJS.ProcessEnv = process.env): Promise<InstancesRead> {
  const read = await readAws(region, ({ ec2 }) => readInventory(ec2), env);
  return read.ok ? { ok: true, instances: read.value } : read;
}

type AwsRead<T> = { ok: true; value: T } | { ok: false; detail?: string };

/** Reads AWS with the CLI's clients; without any AWS setting, no call is tried (it would only time out). */
async function readAws<T>(
  region: string,
  read: (clients: AwsClients) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AwsRead<T>> {
  if (!hasAwsSettings(env)) return { ok: false };
  const clients = createAwsClients({ region, maxAttempts: 3 });
  try {
    return { ok: true, value: await read(clients) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  } finally {
    clients.ec2.destroy();
    clients.ssm.destroy();
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
