import { eventsBetween } from "./diff.js";
import { periodText, stateText } from "./files.js";
import { periodPath, type Retention, statePath, tokyoDay } from "./layout.js";
import { type FleetState, type HistoryEvent, historyVersion, type PeriodFile } from "./records.js";
import { foldEvents, planRollup, type RollupGroup, type RollupPlan } from "./rollup.js";

/** A file to write (`text`) or remove (`text: null`) in the history's one commit. */
export interface HistoryFileChange {
  path: string;
  text: string | null;
}

/** What a writer turns the fleet's state into; it sees the state as re-read on every attempt. */
export type HistoryChange = (state: FleetState) => FleetState;

export interface PlannedWrite {
  next: FleetState;
  events: HistoryEvent[];
  /** The Asia/Tokyo day whose events file takes the events. */
  day: string;
  rollup: RollupPlan;
}

/**
 * The write a change calls for against the branch as read, or undefined when the change leaves the state as it
 * was: no event, no commit, and no rollup either (rolling up rides along with a write that happens anyway).
 */
export function planWrite(
  current: FleetState,
  paths: readonly string[],
  change: HistoryChange,
  at: Date,
  retention: Retention,
): PlannedWrite | undefined {
  const next = change(current);
  const events = eventsBetween(current, next, at.toISOString());
  if (events.length === 0) return undefined;
  const day = tokyoDay(at);
  return { next, events, day, rollup: planRollup(paths, day, retention) };
}

/** The files of the commit: the state, today's events appended, each rollup target folded, its sources removed. */
export function writeChanges(
  planned: PlannedWrite,
  today: PeriodFile | undefined,
  sourcesOf: (group: RollupGroup) => readonly PeriodFile[],
): HistoryFileChange[] {
  const todayFile: PeriodFile = {
    version: historyVersion,
    period: planned.day,
    detail: "events",
    events: [...(today?.events ?? []), ...planned.events],
  };
  const changes: HistoryFileChange[] = [
    { path: statePath, text: stateText(planned.next) },
    { path: periodPath("events", planned.day), text: periodText(todayFile) },
  ];
  for (const group of planned.rollup.groups) {
    const events = sourcesOf(group).flatMap((file) => file.events);
    const folded = foldEvents(group.target.detail, group.target.period, events);
    changes.push({ path: group.target.path, text: periodText(folded) });
    for (const source of group.sources) if (source !== group.target.path) changes.push({ path: source, text: null });
  }
  for (const path of planned.rollup.expired) changes.push({ path, text: null });
  return changes;
}
