import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { InstanceTagging } from "../../adapters/aws/instance-tagging.js";
import { probeReason, wellAfterUpdate } from "../../adapters/aws/probe-reason.js";
import type { FoundCommand, SsmCommands } from "../../adapters/aws/ssm-commands.js";
import { tagKeys } from "../../core/instance-tags.js";
import type { Clock, Log, Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import { errorBudgetOf } from "../../core/registry/rollout-policy.js";
import type { Fleet } from "../../core/registry/schema.js";
import type { HolidayCalendar } from "./freeze-calendar.js";
import { probeIdentity, updateIdentity } from "./identity.js";
import { errorTagValue, type UpdateEnding, updateEnding } from "./outcome.js";
import { planRollout } from "./plan.js";
import type { ClinicRef, ProbeResult, Ring, RingPlan, RolloutPlan } from "./plan-types.js";
import { readRolloutRecord, rolloutRecordTags } from "./records.js";
import { acknowledgedThrough, inFlightUpdates } from "./state.js";

/** SSM keeps a command's history 30 days: the rollout's earlier commands are looked up that far back. */
const historyMs = 30 * 24 * 3_600_000;
/** A bug must not spin a runner for its whole budget: a run takes at most this many steps. */
const maxSteps = 10_000;

export interface RolloutApplyDeps {
  fleet: { inventory(): Promise<FleetInstance[]> };
  tagging: InstanceTagging;
  commands: SsmCommands;
  clock: Clock;
  sleep: Sleep;
  log: Log;
  holidays: HolidayCalendar;
}

export interface RolloutApplyInput {
  clinics: readonly LoadedClinic[];
  policy: Fleet["rollout"];
  backupBucket: string;
  /** The job's time: nothing is sent after it, and waits stop at it (the next run continues). */
  deadline: Date;
  /** A maintainer's resume: failures recorded so far stop halting; failed clinics are sent again if asked. */
  resume?: { retryFailed: boolean };
  /** Called after every step that changed something (the live comment throttles its own edits). */
  onProgress?: (view: RolloutView) => Promise<void>;
}

export type ApplyStatus = "done" | "waiting" | "halted" | "nothing-to-do";

/** The plan and the instances it was made from (their tags hold each failure's step and error). */
export interface RolloutView {
  plan: RolloutPlan;
  instances: readonly FleetInstance[];
}

export interface RolloutApplyResult extends RolloutView {
  status: ApplyStatus;
  /** SendCommand calls this run made (none when it only waited on what earlier runs sent). */
  sentThisRun: number;
}

/**
 * Applies the rollout: re-plans from the fleet's recorded state after every step, waits on what earlier runs sent
 * (found by identity), probes baked rings, then sends the next wave, until the rollout is done, halted, or has to
 * wait for a window, a bake or the next run. Every decision is derived from tags and SSM's own records, so a run
 * killed at any call is continued by the next one without sending anything twice.
 */
export async function applyRollout(deps: RolloutApplyDeps, input: RolloutApplyInput): Promise<RolloutApplyResult> {
  const since = new Date(deps.clock.now().getTime() - historyMs);
  const probes: ProbeResult[] = [];
  let sentThisRun = 0;
  let acknowledgeDone = input.resume === undefined;
  // SSM's records of the update commands: listed once per run (what earlier runs sent), then kept current with what
  // this run sends and sees while waiting, instead of listing 30 days of commands again at every step. One rollout
  // runs at a time (the workflow's concurrency group), so no other sender adds to them meanwhile.
  let known: FoundCommand[] | undefined;
  const remember = (seen: readonly FoundCommand[]) => {
    const ids = new Set(seen.map((c) => c.commandId));
    known = [...(known ?? []).filter((c) => !ids.has(c.commandId)), ...seen];
  };

  const replan = async (): Promise<
    RolloutView & { inFlight: ReturnType<typeof inFlightUpdates>; commands: readonly FoundCommand[] }
  > => {
    const instances = await deps.fleet.inventory();
    known ??= await deps.commands.list("orca-update", since);
    const commands = known;
    if (!acknowledgeDone) {
      await acknowledgeFailures(deps, instances);
      acknowledgeDone = true;
      return replan();
    }
    const through = acknowledgedThrough(instances);
    const plan = planRollout({
      clinics: input.clinics,
      instances,
      policy: input.policy,
      clock: deps.clock,
      holidays: deps.holidays,
      probes,
      inFlight: inFlightUpdates(commands, instances, input.policy.ringOrder),
      ...(through === undefined
        ? {}
        : { resume: { acknowledgedThrough: through, retryFailed: input.resume?.retryFailed === true } }),
    });
    return { plan, instances, inFlight: inFlightUpdates(commands, instances, input.policy.ringOrder), commands };
  };

  for (let step = 0; step < maxSteps; step++) {
    const view = await replan();
    const { plan, inFlight, instances, commands } = view;
    await input.onProgress?.({ plan, instances });
    if (plan.halt !== undefined) return { status: "halted", plan, instances, sentThisRun };
    const past = deps.clock.now().getTime() >= input.deadline.getTime();

    // What earlier runs sent comes first: wait on it and record it, sending nothing.
    const running = plan.rings.flatMap((r) => r.inProgress.map((ref) => ({ ring: r.ring, ref })));
    if (running.length > 0) {
      if (past) return { status: "waiting", plan, instances, sentThisRun };
      const waves = new Map<string, { ring: Ring; wave: number; target: string; refs: ClinicRef[] }>();
      for (const { ring, ref } of running) {
        const wave = inFlight.find((f) => f.clinicId === ref.clinicId)?.wave ?? 0;
        const key = `${ring} ${wave} ${ref.to}`;
        const group = waves.get(key) ?? { ring, wave, target: ref.to, refs: [] };
        group.refs.push(ref);
        waves.set(key, group);
      }
      let finished = true;
      for (const group of waves.values()) {
        const run = await sendAndRecord(deps, input, group, group.refs.length, commands);
        remember(run.commands);
        finished = run.finished && finished;
      }
      if (!finished) return { status: "waiting", ...(await finalPlan(replan)), sentThisRun };
      continue;
    }

    const unprobed = plan.rings.find((r) => r.state === "awaiting-probe" && r.bakeUntil !== undefined);
    if (unprobed?.bakeUntil !== undefined && !past) {
      const fresh = await probeRing(deps, input, unprobed.ring, unprobed.bakeUntil, unprobed.current);
      if (fresh.length === 0) return { status: "waiting", plan, instances, sentThisRun };
      probes.push(...fresh);
      continue;
    }

    const next = plan.rings.find((r) => r.now !== undefined);
    if (next?.now !== undefined && !past) {
      const byTarget = new Map<string, ClinicRef[]>();
      for (const ref of next.now.clinics) byTarget.set(ref.to, [...(byTarget.get(ref.to) ?? []), ref]);
      let finished = true;
      for (const [target, refs] of byTarget) {
        const run = await sendAndRecord(
          deps,
          input,
          { ring: next.ring, wave: next.now.wave, target, refs },
          next.now.size,
          commands,
        );
        remember(run.commands);
        sentThisRun += run.sent;
        finished = run.finished && finished;
      }
      if (!finished) return { status: "waiting", ...(await finalPlan(replan)), sentThisRun };
      continue;
    }

    // Nothing to send now: a bake that ends within the job's time is waited out; anything else is for a later run.
    const bake = bakeToWaitFor(plan.rings, deps.clock.now().getTime(), input.deadline.getTime());
    if (bake !== undefined) {
      await deps.sleep(bake);
      continue;
    }
    return { status: endStatus(plan), plan, instances, sentThisRun };
  }
  throw new Error(`the rollout took more than ${maxSteps} steps in one run; this is a bug, nothing more was sent`);
}

/** The state after a run stopped waiting: shown as it is, for the comment and the outputs. */
async function finalPlan(replan: () => Promise<RolloutView>): Promise<RolloutView> {
  const { plan, instances } = await replan();
  return { plan, instances };
}

function endStatus(plan: RolloutPlan): ApplyStatus {
  if (plan.status === "halted") return "halted";
  if (plan.status === "done" || plan.status === "nothing-to-do") return plan.status;
  return "waiting";
}

/** The time until the first ring's bake ends, when it ends before the deadline and nothing else can move. */
function bakeToWaitFor(rings: readonly RingPlan[], now: number, deadline: number): number | undefined {
  const baking = rings.find((r) => r.state === "baking" && r.bakeUntil !== undefined);
  const until = baking?.bakeUntil === undefined ? undefined : Date.parse(baking.bakeUntil);
  return until !== undefined && until < deadline ? Math.max(0, until - now) : undefined;
}

/**
 * Sends one wave's update to the clinics no earlier run sent it to (the runner looks the identity up in the known
 * commands first), waits on ListCommands until the job's deadline, and records each finished instance's outcome in
 * tags (the tagging groups them into one CreateTags call per distinct tag set).
 */
async function sendAndRecord(
  deps: RolloutApplyDeps,
  input: RolloutApplyInput,
  wave: { ring: Ring; wave: number; target: string; refs: readonly ClinicRef[] },
  size: number,
  known: readonly FoundCommand[],
): Promise<{ finished: boolean; sent: number; commands: FoundCommand[] }> {
  const identity = updateIdentity({ target: wave.target, ring: wave.ring, wave: wave.wave });
  const budget = errorBudgetOf(input.policy.errorBudget, size);
  deps.log.info(`${identity}: ${wave.refs.length} clinics, at most ${size} at once, ${budget} errors allowed`);
  const run = await deps.commands.run(
    {
      document: "orca-update",
      instanceIds: wave.refs.map((r) => r.instanceId),
      identity,
      since: new Date(deps.clock.now().getTime() - historyMs),
      // One parameter set per SendCommand (50 instances): the prefix names the wave. The bucket is versioned (Object
      // Lock), so two clinics' dumps in the same second under one key are two versions, each with its own sha256.
      parameters: {
        targetRelease: [wave.target],
        backupBucket: [input.backupBucket],
        backupPrefix: [`rollout/${wave.target}/${wave.ring}-w${wave.wave}`],
      },
      maxConcurrency: String(Math.max(1, size)),
      maxErrors: String(budget),
      timeoutSeconds: input.policy.updateMinutes * 60,
    },
    { deadline: input.deadline, known },
  );
  const at = deps.clock.now().toISOString();
  await deps.tagging.tag(
    run.outcomes.flatMap((o) => {
      const ending = updateEnding(o);
      return ending === undefined ? [] : [{ instanceId: o.instanceId, tags: recordTags(wave, ending, at) }];
    }),
  );
  return { finished: run.unfinished.length === 0, sent: run.sent.length, commands: run.commands };
}

function recordTags(wave: { target: string; wave: number }, ending: UpdateEnding, at: string): Record<string, string> {
  const record = rolloutRecordTags({ target: wave.target, outcome: ending.outcome, wave: wave.wave, at });
  if (ending.outcome === "updated") return { ...record, [tagKeys.orcaVersion]: wave.target };
  return { ...record, [tagKeys.rolloutError]: errorTagValue(ending) };
}

/** Probes a baked ring's clinics with orca-healthcheck (once per bake end: a re-run finds the same probe). */
async function probeRing(
  deps: RolloutApplyDeps,
  input: RolloutApplyInput,
  ring: Ring,
  bakeUntil: string,
  clinics: readonly ClinicRef[],
): Promise<ProbeResult[]> {
  if (clinics.length === 0) return [];
  const byInstance = new Map(clinics.map((c) => [c.instanceId, c.clinicId]));
  const run = await deps.commands.run(
    {
      document: "orca-healthcheck",
      instanceIds: clinics.map((c) => c.instanceId),
      identity: probeIdentity(ring, bakeUntil),
      since: new Date(bakeUntil),
      maxErrors: "100%",
    },
    { deadline: input.deadline },
  );
  if (run.unfinished.length > 0) return [];
  const at = deps.clock.now().toISOString();
  return run.outcomes.flatMap((o): ProbeResult[] => {
    const clinicId = byInstance.get(o.instanceId);
    if (clinicId === undefined) return [];
    return wellAfterUpdate(o)
      ? [{ clinicId, healthy: true, at }]
      : [{ clinicId, healthy: false, reason: probeReason(o), at }];
  });
}

/** A resume acknowledges every failure recorded so far, on the failed instances themselves, so it outlives the run. */
async function acknowledgeFailures(deps: RolloutApplyDeps, instances: readonly FleetInstance[]): Promise<void> {
  const failed = instances.filter((i) => {
    const read = readRolloutRecord(i.tags);
    return read.kind === "record" && read.record.outcome !== "updated";
  });
  if (failed.length === 0) return;
  const through = deps.clock.now().toISOString();
  await deps.tagging.tag(
    failed.map((i) => ({ instanceId: i.instanceId, tags: { [tagKeys.rolloutAcknowledged]: through } })),
  );
}
