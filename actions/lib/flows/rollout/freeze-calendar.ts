import { parseFreezeDate } from "../../core/registry/rollout-policy.js";
import type { Fleet } from "../../core/registry/schema.js";
import { dayKey } from "./tokyo-time.js";

/** A holiday's name in both languages, as the calendar package gives it. */
export interface HolidayName {
  ja: string;
  en: string;
}

/** Why a Tokyo day is frozen: the receipt days, a public holiday, or one of fleet.yml's named ranges. */
export type FreezeCause =
  | { kind: "days-of-month"; from: number; to: number }
  | { kind: "holiday"; name: HolidayName }
  | { kind: "range"; name: string };

/** Japan's public holidays by `YYYY-MM-DD`, with their names; passed in so the planner stays a pure function. */
export type HolidayCalendar = ReadonlyMap<string, HolidayName>;

export type FreezePolicy = Fleet["rollout"]["freeze"];

/** Answers, for a Tokyo day, what freezes it (the first cause in fleet.yml's order), remembering every day it saw. */
export interface FreezeCalendar {
  causeOn(dayNumber: number): FreezeCause | undefined;
}

interface RangeRule {
  name: string;
  covers(key: string): boolean;
}

export function createFreezeCalendar(policy: FreezePolicy, holidays: HolidayCalendar): FreezeCalendar {
  const ranges = policy.ranges.flatMap((range): RangeRule[] => {
    const from = parseFreezeDate(range.from);
    const to = parseFreezeDate(range.to);
    if (from === undefined || to === undefined) return []; // the schema refuses these; never reached from a valid fleet
    if (from.kind === "once" && to.kind === "once") {
      return [{ name: range.name, covers: (key) => key >= from.date && key <= to.date }];
    }
    if (from.kind === "yearly" && to.kind === "yearly") {
      const start = from.month * 100 + from.day;
      const end = to.month * 100 + to.day;
      const monthDay = (key: string) => Number(key.slice(5, 7)) * 100 + Number(key.slice(8, 10));
      // 12-29 to 01-03 wraps past the new year.
      const covers =
        start <= end
          ? (key: string) => monthDay(key) >= start && monthDay(key) <= end
          : (key: string) => monthDay(key) >= start || monthDay(key) <= end;
      return [{ name: range.name, covers }];
    }
    return [];
  });
  const days = policy.daysOfMonth;
  const seen = new Map<number, FreezeCause | undefined>();
  const compute = (dayNumber: number): FreezeCause | undefined => {
    const key = dayKey(dayNumber);
    const dayOfMonth = Number(key.slice(8, 10));
    if (days !== false && dayOfMonth >= days.from && dayOfMonth <= days.to) {
      return { kind: "days-of-month", from: days.from, to: days.to };
    }
    const holiday = policy.holidays === "freeze" ? holidays.get(key) : undefined;
    if (holiday !== undefined) return { kind: "holiday", name: holiday };
    const range = ranges.find((r) => r.covers(key));
    return range === undefined ? undefined : { kind: "range", name: range.name };
  };
  return {
    causeOn(dayNumber) {
      if (!seen.has(dayNumber)) seen.set(dayNumber, compute(dayNumber));
      return seen.get(dayNumber);
    },
  };
}
