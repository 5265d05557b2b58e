import type { PeriodDetail } from "./records.js";

/**
 * Where the history's files sit on its branch, and the calendar they follow. Days and weeks are Asia/Tokyo's (UTC+9
 * all year): the fleet, its team and its maintenance windows live there.
 */

export const statePath = "state.json";

const folders: Record<PeriodDetail, string> = { events: "events", day: "days", week: "weeks" };

export function periodPath(detail: PeriodDetail, period: string): string {
  return `${folders[detail]}/${period}.json`;
}

/** The detail and period a path on the branch holds, or undefined for any other file. */
export function parsePeriodPath(path: string): { detail: PeriodDetail; period: string } | undefined {
  const match = /^(events|days|weeks)\/(\d{4}-(?:\d{2}-\d{2}|W\d{2}))\.json$/.exec(path);
  if (match === null) return undefined;
  const detail = match[1] === "events" ? "events" : match[1] === "days" ? "day" : "week";
  const period = match[2] ?? "";
  const isWeek = period.includes("W");
  return isWeek === (detail === "week") ? { detail, period } : undefined;
}

const tokyoOffsetMs = 9 * 3_600_000;
const dayMs = 86_400_000;

/** The Asia/Tokyo calendar day of an instant, YYYY-MM-DD. */
export function tokyoDay(at: Date): string {
  return new Date(at.getTime() + tokyoOffsetMs).toISOString().slice(0, 10);
}

/** The ISO 8601 week (Monday first) of a YYYY-MM-DD day, as YYYY-Www. */
export function isoWeekOfDay(dayText: string): string {
  const date = new Date(`${dayText}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  // The week belongs to the year of its Thursday.
  const thursday = new Date(date.getTime() + (3 - weekday) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function tokyoWeek(at: Date): string {
  return isoWeekOfDay(tokyoDay(at));
}

/** Whole days from day `a` to day `b` (both YYYY-MM-DD); negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}

/** The Monday (YYYY-MM-DD) that starts an ISO week. */
export function mondayOfWeek(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (match === null) throw new Error(`"${week}" is not an ISO week (YYYY-Www)`);
  const year = Number(match[1]);
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - jan4Weekday * dayMs + (Number(match[2]) - 1) * 7 * dayMs;
  return new Date(monday).toISOString().slice(0, 10);
}

/**
 * How long each level of detail is kept, which bounds the branch: every event for two weeks, one record per clinic
 * and kind per day for 90 days (the status site's timeline), one per week for three years, then nothing.
 */
export interface Retention {
  eventDays: number;
  dayDays: number;
  weekWeeks: number;
}

export const defaultRetention: Retention = { eventDays: 14, dayDays: 90, weekWeeks: 156 };
