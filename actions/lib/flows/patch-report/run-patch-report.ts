import { type FleetInstance, instanceByClinic } from "../../adapters/aws/ec2-inventory.js";
import type { PatchStateSource } from "../../adapters/aws/patch-states.js";
import type { HistoryResult } from "../../adapters/github/history-branch.js";
import type { StickyIssue, StickyIssueResult } from "../../adapters/github/sticky-issue.js";
import { tokyoDay, tokyoWeek } from "../../core/history/layout.js";
import type { ClinicPatch, FleetState } from "../../core/history/records.js";
import type { HistoryChange } from "../../core/history/write-plan.js";
import type { Locale } from "../../core/i18n/locale.js";
import { mapBounded } from "../../core/map-bounded.js";
import type { Clock, Log } from "../../core/ports.js";
import { type ClinicObservation, isNonCompliant } from "./clinic-patch.js";
import { fleetSummary, type OverdueCritical, overdueCriticals, urgentClinics } from "./counts.js";
import { patchHistoryChange } from "./history-change.js";
import { say } from "./messages.js";
import { type PatchReport, renderReport } from "./render.js";

/** The hidden marker's key and the label of the one report issue. */
export const reportKey = "patch-report";
export const reportLabel = "patch-report";

export interface PatchReportSettings {
  /** The active clinics' ids, from the registry. */
  activeClinics: readonly string[];
  staleDays: number;
  /** Fail when a critical patch has been outstanding for more than this many days; undefined: never fail. */
  failOnCriticalOlderThanDays?: number;
  locale: Locale;
  /** DescribeInstancePatches calls in flight. */
  concurrency: number;
}

/** The outside world the report reads and writes, passed in. */
export interface PatchReportPorts {
  inventory(): Promise<FleetInstance[]>;
  patches: PatchStateSource;
  updateHistory(change: HistoryChange, message: string): Promise<HistoryResult>;
  upsertIssue(issue: StickyIssue): Promise<StickyIssueResult>;
  clock: Clock;
  log: Log;
}

export interface PatchReportResult {
  report: PatchReport;
  /** Every active clinic's patch compliance, with the day each outstanding patch was first seen. */
  clinics: Record<string, ClinicPatch>;
  markdown: string;
  issue: StickyIssueResult;
  history: HistoryResult;
  /** Critical patches past the limit (empty when no limit is set): the job fails when there are any. */
  overdue: OverdueCritical[];
}

/** Reads what Patch Manager knows of every active clinic's instance, patches only for the non-compliant ones. */
export async function observeFleet(
  ports: Pick<PatchReportPorts, "inventory" | "patches">,
  activeClinics: readonly string[],
  concurrency: number,
): Promise<ClinicObservation[]> {
  const byClinic = instanceByClinic(await ports.inventory());
  const instanceIds = activeClinics.flatMap((id) => byClinic.get(id)?.instanceId ?? []);
  const states = new Map((await ports.patches.states(instanceIds)).map((s) => [s.instanceId, s]));
  return mapBounded(activeClinics, concurrency, async (clinicId) => {
    const instanceId = byClinic.get(clinicId)?.instanceId;
    const state = instanceId === undefined ? undefined : states.get(instanceId);
    const patches =
      instanceId !== undefined && state !== undefined && isNonCompliant(state)
        ? await ports.patches.nonCompliantPatches(instanceId)
        : [];
    return {
      clinicId,
      ...(instanceId === undefined ? {} : { instanceId }),
      ...(state === undefined ? {} : { state }),
      patches,
    };
  });
}

function activePatches(state: FleetState, activeClinics: readonly string[]): Record<string, ClinicPatch> {
  const patches: Record<string, ClinicPatch> = {};
  for (const id of activeClinics) {
    const patch = state.clinics[id]?.patch;
    if (patch !== undefined) patches[id] = patch;
  }
  return patches;
}

/**
 * The weekly patch report: observe, record what changed in the fleet's history (which keeps the first-seen days
 * and the trend), then render the report from the history as written and put it in the one report issue.
 */
export async function runPatchReport(
  ports: PatchReportPorts,
  settings: PatchReportSettings,
): Promise<PatchReportResult> {
  const now = ports.clock.now();
  const observations = await observeFleet(ports, settings.activeClinics, settings.concurrency);
  ports.log.info(`active clinics observed: ${observations.length}`);
  const change = patchHistoryChange(observations, { now, staleDays: settings.staleDays });
  const history = await ports.updateHistory(change, `patch-report: week ${tokyoWeek(now)}`);
  const clinics = activePatches(history.state, settings.activeClinics);
  const today = tokyoDay(now);
  const report: PatchReport = {
    at: now.toISOString(),
    today,
    week: tokyoWeek(now),
    staleDays: settings.staleDays,
    summary: fleetSummary(clinics),
    urgent: urgentClinics(clinics, today),
    trend: history.state.patchTrend,
  };
  const markdown = renderReport(report, settings.locale);
  const issue = await ports.upsertIssue({
    key: reportKey,
    label: reportLabel,
    title: say("title", settings.locale),
    body: markdown,
  });
  const limit = settings.failOnCriticalOlderThanDays;
  const overdue = limit === undefined ? [] : overdueCriticals(clinics, today, limit);
  return { report, clinics, markdown, issue, history, overdue };
}
