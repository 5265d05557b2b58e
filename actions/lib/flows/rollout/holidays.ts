import holidayJp from "@holiday-jp/holiday_jp";
import type { HolidayCalendar } from "./freeze-calendar.js";

let calendar: HolidayCalendar | undefined;

/**
 * Japan's public holidays from @holiday-jp/holiday_jp (1970-2050, 国民の休日 included), read once into a map:
 * the package's own isHoliday scans every key on each call, too slow for a plan of thousands of clinics.
 */
export function japaneseHolidays(): HolidayCalendar {
  calendar ??= new Map(Object.values(holidayJp.holidays).map((h) => [h.date, { en: h.name_en, ja: h.name }] as const));
  return calendar;
}
