/**
 * Maintenance windows in Asia/Tokyo: days, then a time range that may cross midnight.
 * `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` (starts Monday to Friday at 22:00, ends the next morning),
 * `daily 22:00-06:00`, `Sat,Sun 01:00-05:00`. A window belongs to the day it starts on.
 */

export const dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

export interface MaintenanceWindow {
  /** Days it starts on, 0 = Sunday, ascending, no repeats. */
  days: readonly number[];
  /** Minutes after midnight, Tokyo time. An end at or before the start means the window ends the next day. */
  start: number;
  end: number;
}

export type WindowFault =
  | { rule: "window.format" }
  | { rule: "window.day"; day: string }
  | { rule: "window.time"; time: string }
  | { rule: "window.empty" };

export type WindowResult = { ok: true; window: MaintenanceWindow } | { ok: false; faults: WindowFault[] };

const shape = /^(\S+) (\d{2}:\d{2})-(\d{2}:\d{2})$/;

/** A pattern of the window's shape for editors (the JSON Schema); parseMaintenanceWindow has the last word. */
export const windowShapePattern =
  "^(daily|(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(-(Sun|Mon|Tue|Wed|Thu|Fri|Sat))?(,(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(-(Sun|Mon|Tue|Wed|Thu|Fri|Sat))?)*) ([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$";

export function parseMaintenanceWindow(text: string): WindowResult {
  const match = shape.exec(text);
  if (!match) return { ok: false, faults: [{ rule: "window.format" }] };
  const [, dayText = "", startText = "", endText = ""] = match;
  const faults: WindowFault[] = [];
  const days = parseDays(dayText, faults);
  const start = parseTime(startText, faults);
  const end = parseTime(endText, faults);
  if (start !== undefined && start === end) faults.push({ rule: "window.empty" });
  if (faults.length > 0 || start === undefined || end === undefined) return { ok: false, faults };
  return { ok: true, window: { days, start, end } };
}

function parseDays(text: string, faults: WindowFault[]): number[] {
  if (text === "daily") return [0, 1, 2, 3, 4, 5, 6];
  const days = new Set<number>();
  for (const item of text.split(",")) {
    const [from = "", to, ...rest] = item.split("-");
    const first = dayIndex(from);
    const last = to === undefined ? first : dayIndex(to);
    if (first === undefined || last === undefined || rest.length > 0) {
      faults.push({ rule: "window.day", day: item });
      continue;
    }
    // A range may wrap past Saturday: Fri-Mon is Fri, Sat, Sun, Mon.
    for (let d = first; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === last) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

const dayIndexByName: ReadonlyMap<string, number> = new Map(dayNames.map((name, index) => [name, index]));

function dayIndex(name: string): number | undefined {
  return dayIndexByName.get(name);
}

function parseTime(text: string, faults: WindowFault[]): number | undefined {
  const hours = Number(text.slice(0, 2));
  const minutes = Number(text.slice(3, 5));
  if (hours > 23 || minutes > 59) {
    faults.push({ rule: "window.time", time: text });
    return undefined;
  }
  return hours * 60 + minutes;
}

/** How long one occurrence of the window lasts, in minutes. */
export function windowMinutes(window: MaintenanceWindow): number {
  return window.end > window.start ? window.end - window.start : window.end + 24 * 60 - window.start;
}

const tokyoOffsetMinutes = 9 * 60; // Japan has no daylight saving time.

/** Whether an instant falls inside the window. */
export function isWithinWindow(window: MaintenanceWindow, instant: Date): boolean {
  const tokyo = new Date(instant.getTime() + tokyoOffsetMinutes * 60_000);
  const day = tokyo.getUTCDay();
  const minute = tokyo.getUTCHours() * 60 + tokyo.getUTCMinutes();
  const startsOn = (d: number) => window.days.includes(d);
  if (window.start < window.end) return startsOn(day) && minute >= window.start && minute < window.end;
  return (startsOn(day) && minute >= window.start) || (startsOn((day + 6) % 7) && minute < window.end);
}
