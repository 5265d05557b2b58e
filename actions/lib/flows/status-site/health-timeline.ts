import { tokyoDay } from "../../core/history/layout.js";
import { type HealthClass, healthClasses } from "../../core/history/records.js";
import type { TimelineDay } from "./site-data.js";

/** A clinic answering (fully or in part) counts as up; restarting, down and unreachable count as down. */
export const upClasses: ReadonlySet<HealthClass> = new Set<HealthClass>(["healthy", "degraded"]);

/** A health record: a class entered at `at`; a rolled-up one also keeps the worst class of its period. */
export interface HealthMark {
  at: string;
  class: HealthClass;
  worst?: HealthClass;
  /** From a rolled-up file (one record per day or week): changes within its period are known by the worst only. */
  rolledUp: boolean;
}

const rank = (c: HealthClass): number => healthClasses.indexOf(c);
const worse = (a: HealthClass, b: HealthClass): HealthClass => (rank(a) >= rank(b) ? a : b);
const dayMs = 86_400_000;

/** The Asia/Tokyo start of a day, as milliseconds since the epoch. */
export function tokyoDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+09:00`);
}

/** The `count` days that end on `today`, oldest first. */
export function windowDays(today: string, count: number): string[] {
  const last = Date.parse(`${today}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * dayMs).toISOString().slice(0, 10));
}

/** The worst class each day saw: the class held when the day began and every one entered or reported that day. */
export function dailyWorst(marks: readonly HealthMark[], days: readonly string[]): TimelineDay[] {
  const sorted = [...marks].sort((a, b) => a.at.localeCompare(b.at));
  let next = 0;
  let held: HealthClass | undefined;
  const first = days[0];
  if (first !== undefined) {
    const start = tokyoDayStart(first);
    while (next < sorted.length && Date.parse(sorted[next]?.at ?? "") < start) held = sorted[next++]?.class;
  }
  return days.map((day) => {
    let worst: HealthClass | undefined = held;
    while (next < sorted.length && tokyoDay(new Date(sorted[next]?.at ?? "")) === day) {
      const mark = sorted[next++];
      if (mark === undefined) break;
      for (const seen of [mark.class, mark.worst]) if (seen !== undefined) worst = worst ? worse(worst, seen) : seen;
      held = mark.class;
    }
    return worst ?? null;
  });
}

export interface Uptime {
  percent: number;
  coveredDays: number;
  roughDays: number;
}

/**
 * The share of the known time since `from` (up to `until`) in which the clinic was up, from the classes entered.
 * Time before the first record is unknown and left out rather than counted as up. A rolled-up record whose worst
 * class was down while it began and ended up is an outage of unknown length: counted in roughDays, not in time.
 */
export function uptime(
  marks: readonly HealthMark[],
  from: number,
  until: number,
  days: readonly TimelineDay[],
): Uptime | undefined {
  const sorted = [...marks].sort((a, b) => a.at.localeCompare(b.at));
  let held: HealthClass | undefined;
  let since = from;
  let up = 0;
  let known = 0;
  let roughDays = 0;
  const account = (end: number) => {
    if (held !== undefined && end > since) {
      known += end - since;
      if (upClasses.has(held)) up += end - since;
    }
  };
  for (const mark of sorted) {
    const at = Date.parse(mark.at);
    if (at > until) break;
    if (at >= from) {
      account(at);
      since = at;
      const hidden = mark.worst !== undefined && !upClasses.has(mark.worst) && upClasses.has(mark.class);
      if (mark.rolledUp && hidden) roughDays += 1;
    }
    held = mark.class;
  }
  account(until);
  if (known === 0) return undefined;
  return {
    percent: Math.round((up / known) * 10_000) / 100,
    coveredDays: days.filter((d) => d !== null).length,
    roughDays,
  };
}
