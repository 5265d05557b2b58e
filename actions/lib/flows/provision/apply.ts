import type { Aws } from "../../adapters/aws/aws.js";
import { renderUserData } from "../../core/cloud-init/render.js";
import { mapBounded } from "../../core/map-bounded.js";
import type { Clock, Log, Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { launchRequest } from "./launch-request.js";
import type { PlannedClinic, ProvisionPlan } from "./plan.js";
import { type ClinicProblem, explain } from "./problems.js";
import type { ResolvedAmi } from "./resolve-ami.js";
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
  /** Resolved once before the reviewed plan was checked; absent only when the plan creates nothing. */
  ami?: ResolvedAmi;
  /**
   * Clinics the reviewed plan created that have their instance already (an earlier, interrupted apply launched
   * them): reported from what is found, so a re-run that creates nothing still tells the people who asked.
   */
  found: readonly PlannedClinic[];
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

/**
 * Creates the plan's instances from the AMI checked against the reviewed plan: launches each clinic on its own, so
 * that one clinic's failure is reported for that clinic and the rest go on; then waits, in batched calls, until
 * each new or found instance runs with its SSM agent Online.
 */
export async function applyPlan(input: ApplyInput, deps: ApplyDeps): Promise<ApplyResult> {
  const { ami } = input;
  const launched: Launch[] = [];
  if (input.plan.create.length > 0) {
    if (ami === undefined) throw new Error("applyPlan: a plan that creates needs its resolved AMI");
    deps.log.info(`launching ${input.plan.create.length} instance(s) from ${ami.amiId} (${ami.selector})`);
    launched.push(
      ...(await mapBounded(input.plan.create, deps.concurrency, (entry) =>
        launchOne(entry, input.fleet, ami.amiId, deps),
      )),
    );
  }
  launched.push(...input.found.map(foundLaunch));
  if (launched.length === 0) return { results: [] };

  const ids = launched.flatMap((launch) => (launch.instanceId === undefined ? [] : [launch.instanceId]));
  const progress = await waitUntilReady(deps.aws.ec2, deps.aws.agents, ids, {
    clock: deps.clock,
    sleep: deps.sleep,
    timeoutMs: deps.waitTimeoutMs,
    intervalMs: deps.waitIntervalMs,
  });
  const results = launched
    .map((launch) => settle(launch, progress))
    .sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
  return { ...(ami === undefined ? {} : { ami }), results };
}

/** A clinic's instance found by its tag: the one not on its way out, else the newest. */
function foundLaunch(entry: PlannedClinic): Launch {
  const live = entry.instances.find((i) => i.state !== "terminated" && i.state !== "shutting-down");
  const instance = live ?? entry.instances.at(-1);
  return {
    clinicId: entry.clinic.id,
    clinicName: entry.clinic.name,
    ...(instance === undefined ? {} : { instanceId: instance.instanceId }),
  };
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
  const code =
    instance.state === "pending" || instance.state === "running"
      ? "NotReady"
      : instance.state === "terminated"
        ? "Terminated"
        : "Stopped";
  const detail = `state ${instance.state}, SSM agent ${instance.agent ?? "not registered"}`;
  return { ...base, outcome: "not-ready", instance, problem: explain(code, detail) };
}
