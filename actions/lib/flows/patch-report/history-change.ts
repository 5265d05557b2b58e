import { tokyoDay, tokyoWeek } from "../../core/history/layout.js";
import type { ClinicPatch, ClinicState, FleetState, TrendPoint } from "../../core/history/records.js";
import type { HistoryChange } from "../../core/history/write-plan.js";
import { type ClinicObservation, clinicPatch } from "./clinic-patch.js";
import { fleetSummary } from "./counts.js";

/** Weekly points kept for the trend: a year. */
export const trendWeeks = 52;

export interface PatchContext {
  now: Date;
  staleDays: number;
}

/** The patch part of every active clinic, first-seen days carried over from the state as it is read. Pure. */
export function patchesOf(
  observations: readonly ClinicObservation[],
  state: FleetState,
  context: PatchContext,
): Record<string, ClinicPatch> {
  const today = tokyoDay(context.now);
  const patches: Record<string, ClinicPatch> = {};
  for (const observation of observations) {
    const previous = state.clinics[observation.clinicId]?.patch;
    patches[observation.clinicId] = clinicPatch(observation, previous, { ...context, today });
  }
  return patches;
}

/** The trend with this week's point put in (replacing an earlier run's of the same week), the last year kept. */
export function withTrendPoint(trend: readonly TrendPoint[], point: TrendPoint): TrendPoint[] {
  const others = trend.filter((p) => p.week !== point.week);
  return [...others, point].sort((a, b) => a.week.localeCompare(b.week)).slice(-trendWeeks);
}

/**
 * The report's change to the fleet's history: each active clinic's patch part replaced, the patch part of clinics
 * no longer active dropped (and the clinic with it when nothing else is known of it), this week's trend point set.
 * Other writers' parts (health, releases, incidents) are left as they are.
 */
export function patchHistoryChange(observations: readonly ClinicObservation[], context: PatchContext): HistoryChange {
  return (state) => {
    const patches = patchesOf(observations, state, context);
    const clinics: Record<string, ClinicState> = {};
    for (const [id, clinic] of Object.entries(state.clinics)) {
      const { patch: _dropped, ...others } = clinic;
      if (Object.keys(others).length > 0) clinics[id] = others;
    }
    for (const [id, patch] of Object.entries(patches)) clinics[id] = { ...clinics[id], patch };
    const point = { week: tokyoWeek(context.now), summary: fleetSummary(patches) };
    return { ...state, clinics, patchTrend: withTrendPoint(state.patchTrend, point) };
  };
}
