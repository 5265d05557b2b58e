import type { LivenessPolicy } from "../../core/registry/schema.js";
import { isFailing, isRestartable, type SweepClass } from "./classify.js";
import { flaps, type HealthCounters, sameCounts } from "./counters.js";

/** What one sweep decides for one clinic, before any restart's outcome is known. */
export interface ClinicStep {
  counters: HealthCounters;
  /** The counters must be written: they differ from the instance's tags. */
  changed: boolean;
  restart: boolean;
  flapping: boolean;
  /** An incident should be open: failing past what restarts could do, or flapping. */
  needsIncident: boolean;
  /** An open incident may close: healthy long enough, and not flapping. */
  mayClose: boolean;
}

const hourMs = 3_600_000;
/** Counts stop growing here: a count that no longer decides anything should not rewrite a tag every sweep. */
const countCap = 999;

/** An ISO time to the minute: short enough for ten of them in one tag value. */
export const isoMinute = (at: Date): string => `${at.toISOString().slice(0, 16)}Z`;

/**
 * One clinic's counters after this sweep's class, and what to do. Pure. A clinic is restarted after
 * `failuresBeforeRestart` failing sweeps in a row (and again after as many more), only when a restart can end its
 * failure, at most `restartsPerHour` times in any hour; an incident is due once `restartsBeforeIncident` restarts did
 * not heal it, or, for failures a restart cannot end, after `failuresBeforeRestart` failing sweeps. A sweep that
 * already counted (a re-run of the same sweep after a crash) counts nothing again and restarts nothing.
 */
export function stepClinic(
  previous: HealthCounters,
  klass: SweepClass,
  policy: LivenessPolicy,
  now: Date,
  sweep: string,
): ClinicStep {
  const failing = isFailing(klass);
  if (previous.sweep === sweep) return decided(previous, false, false, failing, policy, klass);
  // A window starts full of passing sweeps, so that it stops changing (and being written) once a clinic is steady.
  const window = policy.flapping.sweeps;
  const recent = `${previous.recent.padStart(window, "0")}${failing ? "1" : "0"}`.slice(-window);
  const restartedAt = previous.restartedAt.filter((t) => now.getTime() - Date.parse(t) < hourMs);
  let counters: HealthCounters = failing
    ? {
        failures: Math.min(previous.failures + 1, countCap),
        successes: 0,
        restarts: previous.restarts,
        recent,
        since: previous.since === "" ? now.toISOString() : previous.since,
        restartedAt,
        sweep,
      }
    : {
        failures: 0,
        successes: Math.min(previous.successes + 1, policy.successesBeforeClose),
        restarts: 0,
        recent,
        since: "",
        restartedAt,
        sweep,
      };
  const restart =
    failing &&
    isRestartable(klass) &&
    counters.failures >= policy.failuresBeforeRestart * (counters.restarts + 1) &&
    counters.restarts < policy.restartsBeforeIncident &&
    restartedAt.length < policy.restartsPerHour;
  if (restart)
    counters = { ...counters, restarts: counters.restarts + 1, restartedAt: [...restartedAt, isoMinute(now)] };
  const changed = !sameCounts(previous, counters);
  return decided(changed ? counters : { ...counters, sweep: previous.sweep }, changed, restart, failing, policy, klass);
}

function decided(
  counters: HealthCounters,
  changed: boolean,
  restart: boolean,
  failing: boolean,
  policy: LivenessPolicy,
  klass?: SweepClass,
): ClinicStep {
  const flapping = flaps(counters.recent, policy.flapping.failures);
  const exhausted =
    klass !== undefined && !isRestartable(klass)
      ? counters.failures >= policy.failuresBeforeRestart
      : counters.restarts >= policy.restartsBeforeIncident;
  return {
    counters,
    changed,
    restart,
    flapping,
    needsIncident: (failing && !restart && exhausted) || flapping,
    mayClose: !failing && counters.successes >= policy.successesBeforeClose && !flapping,
  };
}

/**
 * The step once the restart's own probe answered: healed, the streak ends here (the sweep's outcome becomes "0");
 * not healed, an incident is due when that was the last restart allowed.
 */
export function afterRestart(step: ClinicStep, healed: boolean, policy: LivenessPolicy): ClinicStep {
  if (!healed)
    return { ...step, needsIncident: step.counters.restarts >= policy.restartsBeforeIncident || step.flapping };
  const counters: HealthCounters = {
    ...step.counters,
    failures: 0,
    successes: Math.min(1, policy.successesBeforeClose),
    restarts: 0,
    since: "",
    recent: `${step.counters.recent.slice(0, -1)}0`,
  };
  const flapping = flaps(counters.recent, policy.flapping.failures);
  return {
    counters,
    changed: true,
    restart: true,
    flapping,
    needsIncident: flapping,
    mayClose: counters.successes >= policy.successesBeforeClose && !flapping,
  };
}
