import { isDeepStrictEqual } from "node:util";
import type { ClinicPatch, ClinicState, FleetState, HistoryEvent } from "./records.js";

/**
 * The events that take the fleet from `before` to `after`, stamped `at`: one per clinic and part that changed, one
 * per new or changed trend point. Equal states give no event, which is how a run that changed nothing commits
 * nothing.
 */
export function eventsBetween(before: FleetState, after: FleetState, at: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const ids = new Set([...Object.keys(before.clinics), ...Object.keys(after.clinics)]);
  for (const clinic of [...ids].sort()) {
    const was = before.clinics[clinic];
    const now = after.clinics[clinic];
    if (now === undefined) {
      events.push({ kind: "clinic-removed", at, clinic });
      continue;
    }
    events.push(...clinicEvents(clinic, was ?? {}, now, at));
  }
  const previous = new Map(before.patchTrend.map((point) => [point.week, point.summary]));
  for (const point of after.patchTrend) {
    if (!isDeepStrictEqual(previous.get(point.week), point.summary))
      events.push({ kind: "patch-fleet", at, summary: point.summary });
  }
  return events;
}

function clinicEvents(clinic: string, was: ClinicState, now: ClinicState, at: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  if (now.health !== undefined && now.health.class !== was.health?.class)
    events.push({ kind: "health", at, clinic, class: now.health.class });
  if (now.release !== undefined && now.release.version !== was.release?.version)
    events.push({ kind: "release", at, clinic, version: now.release.version });
  if (now.patch !== undefined && !isDeepStrictEqual(now.patch, was.patch))
    events.push({ kind: "patch", at, clinic, patch: patchEventOf(now.patch) });
  const open = new Set(was.incidents ?? []);
  const stillOpen = new Set(now.incidents ?? []);
  for (const issue of stillOpen)
    if (!open.has(issue)) events.push({ kind: "incident", at, clinic, issue, state: "opened" });
  for (const issue of open)
    if (!stillOpen.has(issue)) events.push({ kind: "incident", at, clinic, issue, state: "closed" });
  return events;
}

/** An event carries the count of outstanding patches, not their list: the list lives in the state alone. */
function patchEventOf(patch: ClinicPatch): Extract<HistoryEvent, { kind: "patch" }>["patch"] {
  const { outstanding, ...rest } = patch;
  return { ...rest, outstanding: Object.keys(outstanding).length };
}
