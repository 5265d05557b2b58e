import type { MaintenanceWindow } from "../../core/registry/maintenance-window.js";
import type { FreezeCalendar, FreezeCause } from "./freeze-calendar.js";
import { minuteMs, tokyoDayNumber, tokyoMidnight, weekday } from "./tokyo-time.js";

/**
 * When an update of `updateMinutes` may run for a clinic: inside one occurrence of its maintenance window from start
 * to finish, and on no frozen Tokyo day at any minute of it.
 */

/** One occurrence of a window: it belongs to the day it starts on and may end the next morning. */
export interface Occurrence {
  start: number;
  end: number;
}

/** Occurrences that start on Tokyo days `fromDay`, `fromDay + 1`, …, `fromDay + days - 1`, in order. */
export function* occurrences(window: MaintenanceWindow, fromDay: number, days: number): Generator<Occurrence> {
  const length = window.end > window.start ? window.end - window.start : window.end + 24 * 60 - window.start;
  for (let day = fromDay; day < fromDay + days; day++) {
    if (!window.days.includes(weekday(day))) continue;
    const start = tokyoMidnight(day) + window.start * minuteMs;
    yield { start, end: start + length * minuteMs };
  }
}

/** Why an update cannot start at an instant. */
export type StartBlock =
  | { kind: "outside-window" }
  | { kind: "window-ends"; windowEnd: number }
  | { kind: "frozen"; cause: FreezeCause };

/** The first frozen day that an update running from `start` for `updateMinutes` would touch, with its cause. */
export function frozenDuring(
  start: number,
  updateMinutes: number,
  freeze: FreezeCalendar,
): { day: number; cause: FreezeCause } | undefined {
  const last = tokyoDayNumber(start + updateMinutes * minuteMs - 1);
  for (let day = tokyoDayNumber(start); day <= last; day++) {
    const cause = freeze.causeOn(day);
    if (cause !== undefined) return { day, cause };
  }
  return undefined;
}

/** Undefined when an update may start at `at`; otherwise the first reason it may not. */
export function startBlock(
  window: MaintenanceWindow,
  at: number,
  updateMinutes: number,
  freeze: FreezeCalendar,
): StartBlock | undefined {
  // The occurrence holding `at` started today or, crossing midnight, yesterday.
  const today = tokyoDayNumber(at);
  let holding: Occurrence | undefined;
  for (const o of occurrences(window, today - 1, 2)) if (o.start <= at && at < o.end) holding = o;
  if (holding === undefined) return { kind: "outside-window" };
  if (at + updateMinutes * minuteMs > holding.end) return { kind: "window-ends", windowEnd: holding.end };
  const frozen = frozenDuring(at, updateMinutes, freeze);
  return frozen === undefined ? undefined : { kind: "frozen", cause: frozen.cause };
}

/** How far ahead the earliest start is looked for: past every freeze a fleet can declare (a year and a month). */
export const searchDays = 400;

/**
 * The earliest instant at or after `notBefore` when an update may start, or undefined when none comes within
 * `searchDays`. Inside an occurrence, a start may move past a frozen day to the next midnight if the rest fits.
 */
export function earliestStart(
  window: MaintenanceWindow,
  notBefore: number,
  updateMinutes: number,
  freeze: FreezeCalendar,
): number | undefined {
  const need = updateMinutes * minuteMs;
  for (const o of occurrences(window, tokyoDayNumber(notBefore) - 1, searchDays + 1)) {
    let start = Math.max(o.start, notBefore);
    while (start + need <= o.end) {
      const frozen = frozenDuring(start, updateMinutes, freeze);
      if (frozen === undefined) return start;
      start = tokyoMidnight(frozen.day + 1);
    }
  }
  return undefined;
}
