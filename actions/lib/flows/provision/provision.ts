import type { GitHub } from "../../adapters/github/github.js";
import { type FlowReport, flowOutcome } from "../../core/flow-report.js";
import type { Locale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import { type Clock, inGroup, type Log, type Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import { type FleetRegistry, RegistryRefusedError, readFleetRegistry } from "../../core/registry/usable-fleet.js";
import { inert } from "../../core/render/markdown.js";
import type { ProvisionAws } from "./apply.js";
import { applyAndReport } from "./apply-and-report.js";
import { messages } from "./messages.js";
import { type ProvisionPlan, planProvision } from "./plan.js";
import { ProvisionRefusal } from "./refusal.js";
import type { RunEvent } from "./run-event.js";
import { showPlan } from "./show-plan.js";

export interface ProvisionDeps {
  /** AWS in the given region, built once the region (input or fleet.yml) is known. */
  aws(region: string): ProvisionAws;
  github: GitHub;
  log: Log;
  clock: Clock;
  sleep: Sleep;
}

export interface ProvisionSettings {
  mode: "plan" | "apply";
  clinics: string;
  /** Overrides fleet.yml's region. */
  region?: string;
  waitTimeoutMinutes: number;
  concurrency: number;
  /** The login the token comments as: only its plan comment is the reviewed plan. */
  botLogin: string;
  /** Plan mode outside a pull_request event: the (merged) pull request whose plan to refresh. */
  pullRequest?: number;
}

/** Messages are long only when a person pastes a long value; the summary quotes a bounded part. */
const quotedChars = 4_000;

/**
 * The provision action's flow: plans one instance per active clinic against the instances found by tag; in plan
 * mode shows the plan on the pull request, in apply mode creates the reviewed plan's instances and reports on the
 * merge. Its report says which way it ended (the `outcome` output): done, refused (the person must act: a stale
 * plan, an unresolvable AMI, a registry with problems) or an unexpected error (a bug or an outage), and its summary
 * is never empty when it fails.
 */
export async function provision(
  deps: ProvisionDeps,
  settings: ProvisionSettings,
  event: RunEvent,
): Promise<FlowReport> {
  let registry: FleetRegistry;
  try {
    registry = await readFleetRegistry(settings.clinics, deps.log, true);
  } catch (error) {
    if (!(error instanceof RegistryRefusedError)) return unexpected(error, "ja", deps.log);
    const t = translator("ja");
    return outcome({
      outputs: {},
      summary: `### ${t(messages.refusedTitle)}\n\n${t(messages.registryRefused)}\n\n\`\`\`text\n${error.message.slice(0, quotedChars).replaceAll("`", "'")}\n\`\`\`\n`,
      failure: error.message,
    });
  }
  const { fleet, clinics } = registry;
  try {
    const aws = deps.aws(settings.region ?? fleet.region);
    const plan = await makePlan(aws, clinics, deps);
    const counts = { "to-create": plan.create.length, orphans: plan.orphans.length };
    const report =
      settings.mode === "plan"
        ? await showPlan({ aws, github: deps.github, log: deps.log }, { fleet, clinics }, plan, event, {
            botLogin: settings.botLogin,
            ...(settings.pullRequest === undefined ? {} : { pullRequest: settings.pullRequest }),
          })
        : await applyAndReport({ ...deps, aws }, settings, { fleet, clinics }, plan, event);
    return outcome({ ...report, outputs: { ...counts, ...report.outputs } });
  } catch (error) {
    if (!(error instanceof ProvisionRefusal)) return unexpected(error, fleet.locale, deps.log);
    const t = translator(fleet.locale);
    return outcome({ outputs: {}, summary: `### ${t(messages.refusedTitle)}\n\n${error.text}\n`, failure: error.text });
  }
}

function outcome(report: FlowReport): FlowReport {
  return { ...report, outputs: { ...report.outputs, outcome: flowOutcome(report) } };
}

/** A bug or an outage: the log gets the stack, the summary what to do, the step exits apart from a refusal. */
function unexpected(error: unknown, locale: Locale, log: Log): FlowReport {
  const t = translator(locale);
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  log.error(`unexpected error: ${error instanceof Error ? (error.stack ?? text) : text}`);
  const quoted = inert(text.slice(0, quotedChars));
  return outcome({
    outputs: {},
    summary: `### ${t(messages.errorTitle)}\n\n${t(messages.errorBody, { error: quoted })}\n`,
    error: `${t(messages.errorTitle)}: ${text.slice(0, quotedChars)}`,
  });
}

/** Desired state against the instances found by tag; read-only. */
async function makePlan(
  aws: ProvisionAws,
  clinics: readonly LoadedClinic[],
  deps: { log: Log; clock: Clock },
): Promise<ProvisionPlan> {
  return inGroup(deps.log, "Plan", async () => {
    const plan = planProvision({ clinics, instances: await aws.ec2.inventory(), clock: deps.clock });
    deps.log.info(
      `create ${plan.create.length}, present ${plan.present.length}, suspended ${plan.suspended.length}, retired with an instance ${plan.retired.length}, orphans ${plan.orphans.length}`,
    );
    if (plan.create.length > 0) deps.log.info(`to create: ${plan.create.map((c) => c.clinic.id).join(", ")}`);
    return plan;
  });
}
