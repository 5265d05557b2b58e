import type { Aws } from "../../adapters/aws/aws.js";
import { renderUserData } from "../../core/cloud-init/render.js";
import { mapBounded } from "../../core/map-bounded.js";
import type { Clock, Log, Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { launchRequest } from "./launch-request.js";
import { type ProvisionPlan, planDrift, planProvision } from "./plan.js";
import { type ClinicProblem, explain } from "./problems.js";
import { type ResolvedAmi, resolveAmi } from "./resolve-ami.js";
import { type InstanceProgress, isReady, waitUntilReady } from "./wait.js";

/** The AWS ports provisioning uses: reads, launches, agents and the AMI lookup; nothing that writes parameters. */
export type ProvisionAws = Pick<Aws, "ec2" | "launches" | "agents" | "parameterLookup">;

export interface ApplyDeps {
  aws: ProvisionAws;
  clock: Clock;
  sleep: Sleep;
  log: Log;
  /** RunInstances calls in flight; the SDK's adaptive retry paces them to EC2's rate. */
  concurrency: number;
  waitTimeoutMs: number;
  waitIntervalMs: number;
}

export interface ApplyInput {
  plan: ProvisionPlan;
  fleet: Fleet;
  /** The registry the plan was made from; apply plans again from it against the instances found now. */
  clinics: readonly LoadedClinic[];
}

/** What became of one clinic that the plan said to create. */
export interface ClinicResult {
  clinicId: string;
  clinicName: string;
  outcome: "ready" | "not-ready" | "failed";
  instance?: InstanceProgress;
  problem?: ClinicProblem;
}

export interface ApplyResult {
  ami?: ResolvedAmi;
  results: ClinicResult[];
}

/** The plan no longer matches the fleet: applying it could act on something nobody reviewed. */
export class StalePlanError extends Error {
  override readonly name = "StalePlanError";
  constructor(
    readonly plannedAt: string,
    readonly drift: string[],
  ) {
    super(
      `the plan made at ${plannedAt} is stale: ${drift.join("; ")}. Nothing was launched. Re-run the apply workflow; it plans again from the fleet as it is now.`,
    );
  }
}

/**
 * Creates the plan's instances. Re-reads the fleet first and refuses a stale plan; resolves the AMI once; then
 * launches each clinic on its own, so that one clinic's failure is reported for that clinic and the rest go on;
 * finally waits, in batched calls, until each instance runs with its SSM agent Online.
 */
export async function applyPlan(input: ApplyInput, deps: ApplyDeps): Promise<ApplyResult> {
  const fresh = planProvision({ clinics: input.clinics, instances: await deps.aws.ec2.inventory(), clock: deps.clock });
  const drift = planDrift(input.plan, fresh);
  if (drift.length > 0) throw new StalePlanError(input.plan.plannedAt, drift);
  if (input.plan.create.length === 0) return { results: [] };

  const ami = await resolveAmi(deps.aws.parameterLookup, input.fleet);
  deps.log.info(`launching ${input.plan.create.length} instance(s) from ${ami.amiId} (${ami.selector})`);
  const launched = await mapBounded(input.plan.create, deps.concurrency, (entry) =>
    launchOne(entry, input.fleet, ami.amiId, deps),
  );

  const ids = launched.flatMap((launch) => (launch.instanceId === undefined ? [] : [launch.instanceId]));
  const progress = await waitUntilReady(deps.aws.ec2, deps.aws.agents, ids, {
    clock: deps.clock,
    sleep: deps.sleep,
    timeoutMs: deps.waitTimeoutMs,
    intervalMs: deps.waitIntervalMs,
  });
  return { ami, results: launched.map((launch) => settle(launch, progress)) };
}

interface Launch {
  clinicId: string;
  clinicName: string;
  instanceId?: string;
  problem?: ClinicProblem;
}

async function launchOne(entry: LoadedClinic, fleet: Fleet, amiId: string, deps: ApplyDeps): Promise<Launch> {
  const { clinic } = entry;
  const base = { clinicId: clinic.id, clinicName: clinic.name };
  try {
    const request = launchRequest({ clinic, fleet, amiId, userData: renderUserData({ clinic, fleet, amiId }) });
    const instanceId = await deps.aws.launches.launch(request);
    if (instanceId === undefined)
      return { ...base, problem: explain("NoInstance", "RunInstances returned no instance") };
    deps.log.info(`${clinic.id}: ${instanceId}`);
    return { ...base, instanceId };
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    deps.log.info(`${clinic.id}: ${error.name}: ${error.message}`);
    return { ...base, problem: explain(error.name, error.message) };
  }
}

function settle(launch: Launch, progress: ReadonlyMap<string, InstanceProgress>): ClinicResult {
  const base = { clinicId: launch.clinicId, clinicName: launch.clinicName };
  if (launch.instanceId === undefined) {
    return { ...base, outcome: "failed", problem: launch.problem ?? explain("NoInstance", "no instance") };
  }
  const instance = progress.get(launch.instanceId) ?? { instanceId: launch.instanceId, state: "unknown" };
  if (isReady(instance)) return { ...base, outcome: "ready", instance };
  const code = instance.state === "pending" || instance.state === "running" ? "NotReady" : "Stopped";
  const detail = `state ${instance.state}, SSM agent ${instance.agent ?? "not registered"}`;
  return { ...base, outcome: "not-ready", instance, problem: explain(code, detail) };
}
