/**
 * Calendar arithmetic in Asia/Tokyo, which has had no daylight saving time since 1951: a fixed UTC+9, so a Tokyo
 * day is exactly 24 hours and its midnight is 15:00 UTC the day before.
 */

export const minuteMs = 60_000;
export const dayMs = 24 * 60 * minuteMs;
const tokyoOffsetMs = 9 * 60 * minuteMs;

/** The Tokyo calendar day an instant falls on, as days since 1970-01-01. */
export function tokyoDayNumber(instant: number): number {
  return Math.floor((instant + tokyoOffsetMs) / dayMs);
}

/** The instant a Tokyo day (days since 1970-01-01) begins. */
export function tokyoMidnight(dayNumber: number): number {
  return dayNumber * dayMs - tokyoOffsetMs;
}

/** `YYYY-MM-DD` of a Tokyo day, the key holiday calendars use. */
export function dayKey(dayNumber: number): string {
  return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}

/** Day of the week of a Tokyo day, 0 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
