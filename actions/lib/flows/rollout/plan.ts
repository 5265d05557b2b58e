import { instancesPerClinic } from "../../adapters/aws/ec2-inventory.js";
import { parseMaintenanceWindow } from "../../core/registry/maintenance-window.js";
import { errorBudgetOf, waveSizeOf } from "../../core/registry/rollout-policy.js";
import { type ClassifyContext, type ClinicStanding, classifyClinic } from "./classify.js";
import { createFreezeCalendar, type FreezeCalendar } from "./freeze-calendar.js";
import type {
  ClinicRef,
  FailedClinic,
  Halt,
  InFlightUpdate,
  ProbeResult,
  Ring,
  RingPlan,
  RingState,
  RolloutPlan,
  RolloutPlanInput,
  RolloutStatus,
  WaitingClinic,
  WaitReason,
  WaveRecord,
} from "./plan-types.js";
import { minuteMs } from "./tokyo-time.js";
import { earliestStart, startBlock } from "./window-start.js";

/**
 * The rollout planner: from the clinics' desired releases, the instances' tags (their release and what earlier runs
 * recorded), probes, updates in flight, fleet.yml's policy and the time, which clinics update now and why every other
 * one waits. Pure: the same input gives the same plan, and nothing here calls anything outside.
 */
export function planRollout(input: RolloutPlanInput): RolloutPlan {
  const now = input.clock.now().getTime();
  const { policy } = input;
  const freeze = createFreezeCalendar(policy.freeze, input.holidays);
  const probes = latestProbes(input.probes ?? []);
  const standings = classifyAll(input, probes);
  const byRing = new Map<Ring, ClinicStanding[]>(policy.ringOrder.map((ring) => [ring, []]));
  for (const s of standings) if (s.kind !== "excluded") byRing.get(s.ring)?.push(s);

  const waveRecords = new Map<Ring, WaveRecord[]>(
    policy.ringOrder.map((ring) => [ring, recordedWaves(byRing.get(ring) ?? [], policy.errorBudget)]),
  );
  const halt = findHalt(policy.ringOrder, byRing, waveRecords);
  const earliest = earliestFinder(freeze, policy.updateMinutes);

  let gate: Gate = { open: true };
  const rings: RingPlan[] = [];
  for (const ring of policy.ringOrder) {
    const members = byRing.get(ring) ?? [];
    const plan = planRing(ring, members, waveRecords.get(ring) ?? [], {
      now,
      gate,
      halt,
      policy,
      freeze,
      earliest,
      probes,
    });
    rings.push(plan.ring);
    if (gate.open) gate = plan.nextGate;
  }

  return {
    plannedAt: new Date(now).toISOString(),
    status: overallStatus(rings, halt),
    ...(halt === undefined ? {} : { halt }),
    rings,
    refused: standings.flatMap((s) =>
      s.kind === "refused" ? [{ ...s.ref, reason: "version-backwards" as const }] : [],
    ),
    excluded: standings.flatMap((s) => (s.kind === "excluded" ? [s.excluded] : [])),
  };
}

type LatestProbes = ReadonlyMap<string, { healthy: boolean; at: number; reason?: string }>;

function latestProbes(list: readonly ProbeResult[]): LatestProbes {
  const probes = new Map<string, { healthy: boolean; at: number; reason?: string }>();
  for (const probe of list) {
    const at = Date.parse(probe.at);
    const seen = probes.get(probe.clinicId);
    // The latest probe counts; of two at the same time, the unhealthy one (the safe side).
    if (seen === undefined || at > seen.at || (at === seen.at && !probe.healthy)) {
      probes.set(probe.clinicId, { ...probe, at });
    }
  }
  return probes;
}

function classifyAll(input: RolloutPlanInput, probes: LatestProbes): ClinicStanding[] {
  // Sorted first so each clinic's list is in instance-id order, whatever order EC2 answered in.
  const instancesByClinic = instancesPerClinic(
    [...input.instances].sort((a, b) => compare(a.instanceId, b.instanceId)),
  );
  const context: ClassifyContext = {
    ringOrder: input.policy.ringOrder,
    instancesByClinic,
    inFlight: new Map<string, InFlightUpdate>((input.inFlight ?? []).map((u) => [u.clinicId, u])),
    probes,
    resume: input.resume,
  };
  // A second file with the same id is the registry's problem to report; the first one in id order counts here.
  const seen = new Set<string>();
  return [...input.clinics]
    .sort((a, b) => compare(a.clinic.id, b.clinic.id) || compare(a.file, b.file))
    .filter((c) => !seen.has(c.clinic.id) && seen.add(c.clinic.id) !== undefined)
    .map((c) => classifyClinic(c, context));
}

/** The waves already sent in a ring, from the records of its clinics for their current targets. */
function recordedWaves(members: readonly ClinicStanding[], errorBudget: number | string): WaveRecord[] {
  const waves = new Map<number, WaveRecord>();
  for (const s of members) {
    if ((s.kind !== "current" && s.kind !== "failed") || s.record === undefined) continue;
    const wave = waves.get(s.record.wave) ?? {
      wave: s.record.wave,
      clinics: [],
      failures: 0,
      unacknowledged: 0,
      budget: 0,
    };
    wave.clinics.push(s.ref.clinicId);
    if (s.kind === "failed") wave.failures += 1;
    if (s.kind === "failed" && !s.acknowledged) wave.unacknowledged += 1;
    waves.set(s.record.wave, wave);
  }
  return [...waves.values()]
    .map((w) => ({ ...w, budget: errorBudgetOf(errorBudget, w.clinics.length) }))
    .sort((a, b) => a.wave - b.wave);
}

/** The first wave, in ring order, whose failures passed its budget; a failed roll-back halts at once. */
function findHalt(
  ringOrder: readonly Ring[],
  byRing: ReadonlyMap<Ring, readonly ClinicStanding[]>,
  waves: ReadonlyMap<Ring, readonly WaveRecord[]>,
): Halt | undefined {
  for (const ring of ringOrder) {
    const rollbackFailed = (byRing.get(ring) ?? []).flatMap((s) =>
      s.kind === "failed" && s.failure === "rollback-failed" && !s.acknowledged ? [s] : [],
    );
    const first = rollbackFailed[0];
    if (first !== undefined) {
      const wave = (waves.get(ring) ?? []).find((w) => w.wave === first.record.wave);
      return {
        reason: "rollback-failed",
        ring,
        wave: first.record.wave,
        failures: wave?.unacknowledged ?? rollbackFailed.length,
        budget: wave?.budget ?? 0,
        clinics: rollbackFailed.map((s) => s.ref.clinicId),
      };
    }
    for (const wave of waves.get(ring) ?? []) {
      if (wave.unacknowledged > wave.budget) {
        const failed = (byRing.get(ring) ?? []).flatMap((s) =>
          s.kind === "failed" && !s.acknowledged && s.record.wave === wave.wave ? [s.ref.clinicId] : [],
        );
        return {
          reason: "error-budget",
          ring,
          wave: wave.wave,
          failures: wave.unacknowledged,
          budget: wave.budget,
          clinics: failed,
        };
      }
    }
  }
  return undefined;
}

/** Whether the next ring may start: open, or closed for a reason until a time (when it is known). */
type Gate = { open: true } | { open: false; reason: WaitReason; ring: Ring; until?: number };

interface RingContext {
  now: number;
  gate: Gate;
  halt: Halt | undefined;
  policy: RolloutPlanInput["policy"];
  freeze: FreezeCalendar;
  earliest: (ref: ClinicRef, notBefore: number) => string | null;
  probes: LatestProbes;
}

function planRing(
  ring: Ring,
  members: readonly ClinicStanding[],
  waves: WaveRecord[],
  ctx: RingContext,
): { ring: RingPlan; nextGate: Gate } {
  const current: ClinicRef[] = [];
  const failed: FailedClinic[] = [];
  const inProgress: ClinicRef[] = [];
  const pending: { ref: ClinicRef; running: boolean }[] = [];
  const updatedByRollout: string[] = [];
  for (const s of members) {
    if (s.kind === "current" && s.record !== undefined) updatedByRollout.push(s.ref.clinicId);
    if (s.kind === "current") current.push(s.ref);
    else if (s.kind === "failed")
      failed.push({
        ...s.ref,
        failure: s.failure,
        wave: s.record.wave,
        at: s.record.at,
        acknowledged: s.acknowledged,
        ...(s.probeReason === undefined ? {} : { probeReason: s.probeReason }),
      });
    else if (s.kind === "in-progress") inProgress.push(s.ref);
    else if (s.kind === "pending") pending.push(s);
  }
  const waiting: WaitingClinic[] = [];
  const wait = (ref: ClinicRef, reason: WaitReason, notBefore: number, extra: Partial<WaitingClinic> = {}) =>
    waiting.push({
      ...ref,
      reason,
      ...extra,
      earliestStart: reason === "halted" ? null : ctx.earliest(ref, notBefore),
    });

  let now: RingPlan["now"];
  if (ctx.halt !== undefined) {
    for (const p of pending) wait(p.ref, "halted", ctx.now);
  } else if (!ctx.gate.open) {
    const { reason, ring: about, until } = ctx.gate;
    for (const p of pending) {
      wait(p.ref, reason, Math.max(ctx.now, until ?? ctx.now), {
        ring: about,
        ...(until === undefined ? {} : { until: new Date(until).toISOString() }),
      });
    }
  } else if (inProgress.length > 0) {
    for (const p of pending) wait(p.ref, "wave-in-progress", ctx.now);
  } else if (pending.length > 0) {
    const wave = waves.reduce((max, w) => Math.max(max, w.wave + 1), 0);
    // Percentages are of the clinics taking part in this ring's rollout: done, failed, running or to do.
    const population = waves.reduce((n, w) => n + w.clinics.length, 0) + pending.length;
    const sizes = ctx.policy.waveSizes;
    const size = waveSizeOf(sizes[Math.min(wave, sizes.length - 1)] ?? 1, population);
    const chosen: ClinicRef[] = [];
    for (const p of pending) {
      const block = startBlockOf(p, ctx);
      if (block === undefined && chosen.length < size) chosen.push(p.ref);
      else if (block === undefined) wait(p.ref, "wave-full", ctx.now);
      else wait(p.ref, block.reason, ctx.now, block.extra);
    }
    if (chosen.length > 0) now = { wave, size, clinics: chosen };
  }

  const bakeUntil = bakeEnd(members, ctx.policy.bakeMinutes);
  const gate = nextGate(ring, { failed, inProgress, pending, now, bakeUntil, updatedByRollout }, ctx);
  const closedFor = gate.open ? undefined : gate.reason;
  const state: RingState =
    ctx.halt !== undefined && pending.length > 0
      ? "halted"
      : now !== undefined || inProgress.length > 0
        ? "updating"
        : pending.length > 0
          ? "waiting"
          : closedFor === "previous-ring-failed"
            ? "failed"
            : closedFor === "previous-ring-baking"
              ? "baking"
              : closedFor === "previous-ring-unprobed"
                ? "awaiting-probe"
                : current.length + failed.length === 0
                  ? "nothing-to-do"
                  : "done";
  return {
    ring: {
      ring,
      state,
      ...(bakeUntil === undefined ? {} : { bakeUntil: new Date(bakeUntil).toISOString() }),
      waves,
      ...(now === undefined ? {} : { now }),
      inProgress,
      waiting,
      current,
      failed,
    },
    nextGate: gate,
  };
}

function startBlockOf(
  p: { ref: ClinicRef; running: boolean },
  ctx: RingContext,
): { reason: WaitReason; extra: Partial<WaitingClinic> } | undefined {
  const parsed = parseMaintenanceWindow(p.ref.maintenanceWindow);
  if (!parsed.ok) return { reason: "outside-window", extra: {} };
  const block = startBlock(parsed.window, ctx.now, ctx.policy.updateMinutes, ctx.freeze);
  if (block?.kind === "outside-window") return { reason: "outside-window", extra: {} };
  if (block?.kind === "window-ends") {
    return { reason: "window-ends", extra: { until: new Date(block.windowEnd).toISOString() } };
  }
  if (block?.kind === "frozen") return { reason: "frozen", extra: { freeze: block.cause } };
  if (!p.running) return { reason: "instance-not-running", extra: {} };
  return undefined;
}

/** The end of a ring's bake: its last recorded update plus bakeMinutes; undefined when nothing was updated. */
function bakeEnd(members: readonly ClinicStanding[], bakeMinutes: number): number | undefined {
  let last: number | undefined;
  for (const s of members) {
    if (s.kind === "current" && s.record !== undefined) last = Math.max(last ?? 0, Date.parse(s.record.at));
  }
  return last === undefined ? undefined : last + bakeMinutes * minuteMs;
}

/** Whether the ring after this one may start, judged on this ring alone: done, no failure, baked, probed healthy. */
function nextGate(
  ring: Ring,
  parts: {
    updatedByRollout: readonly string[];
    failed: readonly FailedClinic[];
    inProgress: readonly ClinicRef[];
    pending: readonly unknown[];
    now: RingPlan["now"];
    bakeUntil: number | undefined;
  },
  ctx: RingContext,
): Gate {
  if (parts.pending.length > 0 || parts.inProgress.length > 0 || parts.now !== undefined) {
    return { open: false, reason: "previous-ring-not-done", ring };
  }
  if (parts.failed.some((f) => !f.acknowledged)) return { open: false, reason: "previous-ring-failed", ring };
  const until = parts.bakeUntil;
  if (until === undefined) return { open: true };
  if (ctx.now < until) return { open: false, reason: "previous-ring-baking", ring, until };
  // Each clinic this rollout updated must answer a probe made after the bake (an unhealthy one is a failure above).
  for (const clinicId of parts.updatedByRollout) {
    const probe = ctx.probes.get(clinicId);
    if (probe === undefined || probe.at < until || !probe.healthy) {
      return { open: false, reason: "previous-ring-unprobed", ring, until };
    }
  }
  return { open: true };
}

function overallStatus(rings: readonly RingPlan[], halt: Halt | undefined): RolloutStatus {
  if (halt !== undefined) return "halted";
  if (rings.some((r) => r.now !== undefined || r.inProgress.length > 0)) return "updating";
  if (rings.some((r) => r.waiting.length > 0)) return "waiting";
  if (rings.some((r) => r.waves.length > 0 || r.failed.length > 0)) return "done";
  return "nothing-to-do";
}

function earliestFinder(freeze: FreezeCalendar, updateMinutes: number) {
  const memo = new Map<string, string | null>();
  return (ref: ClinicRef, notBefore: number): string | null => {
    const key = `${ref.maintenanceWindow}|${notBefore}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const parsed = parseMaintenanceWindow(ref.maintenanceWindow);
    const start = parsed.ok ? earliestStart(parsed.window, notBefore, updateMinutes, freeze) : undefined;
    const answer = start === undefined ? null : new Date(start).toISOString();
    memo.set(key, answer);
    return answer;
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
