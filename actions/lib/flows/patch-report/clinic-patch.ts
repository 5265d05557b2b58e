import type { PatchRecord, PatchStateSummary } from "../../adapters/aws/patch-states.js";
import { tokyoDay } from "../../core/history/layout.js";
import type { ClinicPatch } from "../../core/history/records.js";

/** What the report saw of one active clinic: its instance, that instance's latest patch state, its patches. */
export interface ClinicObservation {
  clinicId: string;
  /** Absent when the clinic has no live instance. */
  instanceId?: string;
  /** Absent when Patch Manager has never scanned the instance. */
  state?: PatchStateSummary;
  /** The patches that keep it non-compliant: read only for non-compliant instances, empty otherwise. */
  patches: readonly PatchRecord[];
}

/** The severities the report calls urgent: a clinic with one missing or failed is listed by name. */
const urgentSeverities = new Set(["critical", "important"]);

export const isCritical = (severity: string) => severity.toLowerCase() === "critical";
export const isUrgent = (severity: string) => urgentSeverities.has(severity.toLowerCase());

const dayMs = 86_400_000;

/** Patch Manager leaves the severity empty for some patches; they are counted under one name. */
export function severityKey(severity: string): string {
  const trimmed = severity.trim();
  return trimmed === "" ? "Unspecified" : trimmed;
}

/** Non-compliant as AWS defines it: anything missing, failed, installed pending a reboot, or installed though rejected. */
export function isNonCompliant(state: PatchStateSummary): boolean {
  return state.missing + state.failed + state.installedPendingReboot + state.installedRejected > 0;
}

/**
 * A clinic's patch compliance from what was observed, keeping from `previous` the day each outstanding critical or
 * important patch was first seen, so its age runs from then. `today` is the Asia/Tokyo day of `now`.
 */
export function clinicPatch(
  observation: ClinicObservation,
  previous: ClinicPatch | undefined,
  context: { now: Date; today: string; staleDays: number },
): ClinicPatch {
  const empty = { missing: {}, failed: {}, pendingReboot: 0, rejected: 0, outstanding: {} };
  if (observation.instanceId === undefined) return { compliance: "no-instance", stale: false, ...empty };
  const state = observation.state;
  if (state === undefined) return { compliance: "never-scanned", stale: false, ...empty };
  const missing: Record<string, number> = {};
  const failed: Record<string, number> = {};
  const outstanding: ClinicPatch["outstanding"] = {};
  for (const patch of observation.patches) {
    const severity = severityKey(patch.severity);
    if (patch.state === "Missing") missing[severity] = (missing[severity] ?? 0) + 1;
    else if (patch.state === "Failed") failed[severity] = (failed[severity] ?? 0) + 1;
    else continue;
    if (isUrgent(severity) && outstanding[patch.kbId] === undefined)
      outstanding[patch.kbId] = { severity, since: previous?.outstanding[patch.kbId]?.since ?? context.today };
  }
  return {
    compliance: isNonCompliant(state) ? "non-compliant" : "compliant",
    stale: context.now.getTime() - state.operationEnd.getTime() > context.staleDays * dayMs,
    scanned: tokyoDay(state.operationEnd),
    missing,
    failed,
    pendingReboot: state.installedPendingReboot,
    rejected: state.installedRejected,
    outstanding,
  };
}
