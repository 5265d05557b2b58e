import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import { type Clock, inGroup, type Log, type Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import { readFleetRegistry } from "../../core/registry/usable-fleet.js";
import type { ProvisionAws } from "./apply.js";
import { applyAndReport } from "./apply-and-report.js";
import { type ProvisionPlan, planProvision } from "./plan.js";
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
}

/**
 * The provision action's flow: plans one instance per active clinic against the instances found by tag; in plan
 * mode shows the plan on the pull request, in apply mode creates the planned instances and reports on the merge.
 */
export async function provision(
  deps: ProvisionDeps,
  settings: ProvisionSettings,
  event: RunEvent,
): Promise<FlowReport> {
  const { fleet, clinics } = await readFleetRegistry(settings.clinics, deps.log, true);
  const aws = deps.aws(settings.region ?? fleet.region);
  const plan = await makePlan(aws, clinics, deps);
  const counts = { "to-create": plan.create.length, orphans: plan.orphans.length };
  const report =
    settings.mode === "plan"
      ? await showPlan({ aws, github: deps.github, log: deps.log }, fleet, plan, event)
      : await applyAndReport({ ...deps, aws }, settings, { fleet, clinics }, plan, event);
  return { ...report, outputs: { ...counts, ...report.outputs } };
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
    return plan;
  });
}
