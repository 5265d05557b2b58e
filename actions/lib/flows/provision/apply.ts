import type { Aws } from "../../adapters/aws/aws.js";
import { instanceByClinic } from "../../adapters/aws/ec2-inventory.js";
import { launchRequest, withLaunchedBy } from "../../adapters/aws/launch-request.js";
import { renderUserData } from "../../core/cloud-init/render.js";
import { tagKeys } from "../../core/instance-tags.js";
import { mapBounded } from "../../core/map-bounded.js";
import type { Clock, Log, Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { type OrcaReadiness, probeUntilOrcaAnswers } from "./orca-ready.js";
import type { PlannedClinic, ProvisionPlan } from "./plan.js";
import { type ClinicProblem, explain } from "./problems.js";
import type { ResolvedAmi } from "./resolve-ami.js";
import { type InstanceProgress, isReady, waitUntilReady } from "./wait.js";

/**
 * The AWS ports provisioning uses: reads, launches, agents, the AMI lookup, and the healthcheck through the command
 * runner; nothing that writes parameters.
 */
export type ProvisionAws = Pick<Aws, "ec2" | "launches" | "agents" | "parameterLookup" | "commands" | "documents">;

/** How apply asks a new server whether ORCA answers. */
export interface ReadySettings {
  /** From the start of apply until ORCA must serve: fleet.yml provision.firstBootMinutes. */
  firstBootMs: number;
  /** fleet.yml liveness.timeoutSeconds: the probe's own timeout for ORCA's API. */
  probeTimeoutSeconds: number;
  firstPauseMs: number;
  maxPauseMs: number;
}

export interface ApplyDeps {
  aws: ProvisionAws;
  clock: Clock;
  sleep: Sleep;
  log: Log;
  /** RunInstances calls in flight; the SDK's adaptive retry paces them to EC2's rate. */
  concurrency: number;
  waitTimeoutMs: number;
  waitIntervalMs: number;
  ready: ReadySettings;
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
  /** This apply's workflow run: tagged on what it launches, so a second apply at once learns who holds a clinic. */
  runId?: string;
}

/** What became of one clinic that the plan said to create. */
export interface ClinicResult {
  clinicId: string;
  clinicName: string;
  /** ready: ORCA on its server answers the healthcheck; not-ready: launched, but not (yet) serving. */
  outcome: "ready" | "not-ready" | "failed";
  instance?: InstanceProgress;
  /** The healthcheck line's status on its server, when one came back. */
  orca?: string;
  problem?: ClinicProblem;
  /** Another apply's run launched this clinic's instance; this run created nothing for it. */
  launchedElsewhere?: string;
}

export interface ApplyResult {
  ami?: ResolvedAmi;
  results: ClinicResult[];
}

/**
 * Creates the plan's instances from the AMI checked against the reviewed plan: launches each clinic on its own, so
 * that one clinic's failure is reported for that clinic and the rest go on; waits, in batched calls, until each new
 * or found instance runs with its SSM agent Online; then runs the healthcheck on them until ORCA answers or the
 * first boot's time is up. A clinic is ready only when its ORCA answers.
 */
export async function applyPlan(input: ApplyInput, deps: ApplyDeps): Promise<ApplyResult> {
  const { ami } = input;
  const started = deps.clock.now();
  const launched: Launch[] = [];
  if (input.plan.create.length > 0) {
    if (ami === undefined) throw new Error("applyPlan: a plan that creates needs its resolved AMI");
    deps.log.info(`launching ${input.plan.create.length} instance(s) from ${ami.amiId} (${ami.selector})`);
    launched.push(
      ...(await mapBounded(input.plan.create, deps.concurrency, (entry) =>
        launchOne(entry, input.fleet, ami.amiId, input.runId, deps),
      )),
    );
  }
  const held = await heldByAnotherApply(launched, input.runId, deps.aws.ec2);
  const outcomes = [...launched.map((launch) => held.get(launch.clinicId) ?? launch), ...input.found.map(foundLaunch)];
  if (outcomes.length === 0) return { results: [] };

  const ids = outcomes.flatMap((launch) => (launch.instanceId === undefined ? [] : [launch.instanceId]));
  const progress = await waitUntilReady(deps.aws.ec2, deps.aws.agents, ids, {
    clock: deps.clock,
    sleep: deps.sleep,
    timeoutMs: deps.waitTimeoutMs,
    intervalMs: deps.waitIntervalMs,
  });
  const online = ids.filter((id) => {
    const instance = progress.get(id);
    return instance !== undefined && isReady(instance);
  });
  const orca =
    online.length === 0
      ? new Map<string, OrcaReadiness>()
      : await probeUntilOrcaAnswers(deps.aws.commands, online, {
          identity: `orca-fleet provision ${input.runId ?? "local"}`,
          since: started,
          deadline: new Date(started.getTime() + deps.ready.firstBootMs),
          probeTimeoutSeconds: deps.ready.probeTimeoutSeconds,
          clock: deps.clock,
          sleep: deps.sleep,
          firstPauseMs: deps.ready.firstPauseMs,
          maxPauseMs: deps.ready.maxPauseMs,
        });
  const results = outcomes
    .map((launch) => settle(launch, progress, orca, input.runId))
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

async function launchOne(
  entry: LoadedClinic,
  fleet: Fleet,
  amiId: string,
  runId: string | undefined,
  deps: ApplyDeps,
): Promise<Launch> {
  const { clinic } = entry;
  const base = { clinicId: clinic.id, clinicName: clinic.name };
  try {
    const reviewed = launchRequest({ clinic, fleet, amiId, userData: renderUserData({ clinic, fleet, amiId }) });
    const request = runId === undefined ? reviewed : withLaunchedBy(reviewed, runId);
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

/**
 * The launches EC2 refused as a mismatch because another apply's run launched the clinic moments before: each
 * becomes that instance, found by one inventory for all of them. A mismatch with no other run's live instance keeps
 * its problem (a request changed since an earlier launch, which a person resolves).
 */
async function heldByAnotherApply(
  launched: readonly Launch[],
  runId: string | undefined,
  ec2: ProvisionAws["ec2"],
): Promise<Map<string, Launch>> {
  const mismatched = launched.filter((l) => l.problem?.code === "IdempotentParameterMismatch");
  if (runId === undefined || mismatched.length === 0) return new Map();
  const live = instanceByClinic(
    (await ec2.inventory()).filter((i) => i.state !== "terminated" && i.state !== "shutting-down"),
  );
  const held = new Map<string, Launch>();
  for (const launch of mismatched) {
    const instance = live.get(launch.clinicId);
    const by = instance?.tags[tagKeys.launchedBy];
    if (instance === undefined || by === undefined || by === runId) continue;
    held.set(launch.clinicId, {
      clinicId: launch.clinicId,
      clinicName: launch.clinicName,
      instanceId: instance.instanceId,
    });
  }
  return held;
}

function settle(
  launch: Launch,
  progress: ReadonlyMap<string, InstanceProgress>,
  orca: ReadonlyMap<string, OrcaReadiness>,
  runId: string | undefined,
): ClinicResult {
  const elsewhere = progress.get(launch.instanceId ?? "")?.launchedBy;
  const base = {
    clinicId: launch.clinicId,
    clinicName: launch.clinicName,
    ...(elsewhere === undefined || elsewhere === runId ? {} : { launchedElsewhere: elsewhere }),
  };
  if (launch.instanceId === undefined) {
    return { ...base, outcome: "failed", problem: launch.problem ?? explain("NoInstance", "no instance") };
  }
  const instance = progress.get(launch.instanceId) ?? { instanceId: launch.instanceId, state: "unknown" };
  if (isReady(instance)) {
    const readiness = orca.get(launch.instanceId) ?? { verdict: "not-answering", detail: "not probed" };
    const status = readiness.status === undefined ? {} : { orca: readiness.status };
    if (readiness.verdict === "answers") return { ...base, outcome: "ready", instance, ...status };
    const code = readiness.verdict === "first-boot-failed" ? "FirstBootFailed" : "OrcaNotAnswering";
    return { ...base, outcome: "not-ready", instance, ...status, problem: explain(code, readiness.detail) };
  }
  const code =
    instance.state === "pending" || instance.state === "running"
      ? "NotReady"
      : instance.state === "terminated"
        ? "Terminated"
        : "Stopped";
  const detail = `state ${instance.state}, SSM agent ${instance.agent ?? "not registered"}`;
  return { ...base, outcome: "not-ready", instance, problem: explain(code, detail) };
}
