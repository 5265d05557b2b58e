import { parsePeriod, parseState } from "./files.js";
import { parsePeriodPath, statePath } from "./layout.js";
import { emptyFleetState, type FleetState, type PeriodFile } from "./records.js";

/**
 * The whole history as a reader sees it: the state now and every period file still kept (events, days, weeks).
 * The status site reads all of it; the writers read only what they change.
 */
export interface HistorySnapshot {
  state: FleetState;
  periods: PeriodFile[];
}

/**
 * A snapshot from the branch's files given as path and text, whoever fetched them (a folder, the git data API).
 * Files that are neither the state nor a period file (the branch's README) are left aside; a file that does not
 * match the schema stops the read with its name.
 */
export function snapshotOf(files: ReadonlyMap<string, string>): HistorySnapshot {
  const stateText = files.get(statePath);
  const periods: PeriodFile[] = [];
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    if (parsePeriodPath(path) !== undefined) periods.push(parsePeriod(text, path));
  return { state: stateText === undefined ? emptyFleetState : parseState(stateText, statePath), periods };
}

/** Whether a path on the branch is one a snapshot reads. */
export function isSnapshotPath(path: string): boolean {
  return path === statePath || parsePeriodPath(path) !== undefined;
}
