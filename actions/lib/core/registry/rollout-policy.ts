/**
 * The parts of fleet.yml's rollout policy that a zod pattern cannot say alone: shares written as counts or
 * percentages, and freeze ranges written as yearly (`12-29`) or one-off (`2027-05-01`) dates. The schema checks
 * them with these functions; the rollout planner reads them with the same ones, so the two cannot disagree.
 */

/** A count of clinics (`5`) or a share of them (`"20%"`), as the schema admits it. */
export type Share = number | string;

export const sharePattern = /^(100|[1-9][0-9]?)%$/;
export const budgetSharePattern = /^(100|[1-9]?[0-9])%$/;

/** A wave's size among `total` clinics: a count as written, a percentage rounded up and never below one. */
export function waveSizeOf(share: Share, total: number): number {
  if (typeof share === "number") return share;
  return Math.max(1, Math.ceil((percentOf(share) * total) / 100));
}

/** Failures a wave of `waveSize` may have without halting: a count as written, a percentage rounded down. */
export function errorBudgetOf(share: Share, waveSize: number): number {
  if (typeof share === "number") return share;
  return Math.floor((percentOf(share) * waveSize) / 100);
}

function percentOf(share: string): number {
  return Number(share.slice(0, -1));
}

/** A freeze range's end: every year on a month and day, or once on a calendar date. */
export type FreezeDate = { kind: "yearly"; month: number; day: number } | { kind: "once"; date: string };

const yearly = /^(\d{2})-(\d{2})$/;
const once = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `MM-DD` or `YYYY-MM-DD`; undefined when the text is neither or names no real day (02-30). */
export function parseFreezeDate(text: string): FreezeDate | undefined {
  const y = yearly.exec(text);
  if (y) {
    const month = Number(y[1]);
    const day = Number(y[2]);
    // 2024 is a leap year: 02-29 is a day that exists in some years.
    return isRealDate(2024, month, day) ? { kind: "yearly", month, day } : undefined;
  }
  const o = once.exec(text);
  if (o && isRealDate(Number(o[1]), Number(o[2]), Number(o[3]))) return { kind: "once", date: text };
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
