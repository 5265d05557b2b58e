import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eventsBetween } from "../../../actions/lib/core/history/diff.js";
import { parsePeriod, parseState, periodText, stateText } from "../../../actions/lib/core/history/files.js";
import {
  daysBetween,
  defaultRetention,
  isoWeekOfDay,
  mondayOfWeek,
  parsePeriodPath,
  periodPath,
  tokyoDay,
} from "../../../actions/lib/core/history/layout.js";
import {
  emptyFleetState,
  type FleetState,
  type HistoryEvent,
  healthClasses,
} from "../../../actions/lib/core/history/records.js";
import { foldEvents, planRollup } from "../../../actions/lib/core/history/rollup.js";
import { planWrite, writeChanges } from "../../../actions/lib/core/history/write-plan.js";

const dayText = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

describe("the history's calendar", () => {
  it("names ISO weeks as ISO 8601 does, across year ends", () => {
    expect(isoWeekOfDay("2026-11-30")).toBe("2026-W49");
    expect(isoWeekOfDay("2021-01-03")).toBe("2020-W53");
    expect(isoWeekOfDay("2024-12-30")).toBe("2025-W01");
    expect(isoWeekOfDay("2027-01-01")).toBe("2026-W53");
  });

  it("puts every day in the week that starts on the Monday at most six days before it", () => {
    fc.assert(
      fc.property(dayText, (day) => {
        const monday = mondayOfWeek(isoWeekOfDay(day));
        expect(daysBetween(monday, day)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, day)).toBeLessThanOrEqual(6);
        expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      }),
    );
  });

  it("counts days in Asia/Tokyo", () => {
    expect(tokyoDay(new Date("2026-11-29T14:59:59Z"))).toBe("2026-11-29");
    expect(tokyoDay(new Date("2026-11-29T15:00:00Z"))).toBe("2026-11-30");
  });
});

const clinicId = fc.constantFrom("aa-1", "bb-2", "cc-3", "dd-4");
const event: fc.Arbitrary<HistoryEvent> = fc.oneof(
  fc.record({
    kind: fc.constant("health" as const),
    at: fc.integer({ min: 0, max: 10 ** 9 }).map((s) => new Date(Date.UTC(2026, 0, 1) + s * 1000).toISOString()),
    clinic: clinicId,
    class: fc.constantFrom(...healthClasses),
  }),
  fc.record({
    kind: fc.constant("incident" as const),
    at: fc.integer({ min: 0, max: 10 ** 9 }).map((s) => new Date(Date.UTC(2026, 0, 1) + s * 1000).toISOString()),
    clinic: clinicId,
    issue: fc.integer({ min: 1, max: 5 }),
    state: fc.constantFrom("opened" as const, "closed" as const),
  }),
);

describe("rolling up", () => {
  it("keeps the last event per clinic and kind, the count of what it folded, and the worst health", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (events) => {
        const file = foldEvents("day", "2026-01-01", events);
        const total = file.events.reduce((n, e) => n + (e.folded ?? 1), 0);
        expect(total).toBe(events.length);
        for (const kept of file.events) {
          if (kept.kind !== "health") continue;
          const same = events.filter((e) => e.kind === "health" && e.clinic === kept.clinic);
          const worst = same.reduce(
            (w, e) => Math.max(w, healthClasses.indexOf(e.kind === "health" ? e.class : "healthy")),
            0,
          );
          expect(healthClasses.indexOf(kept.worst ?? kept.class)).toBe(worst);
          expect(kept.at).toBe(
            same
              .map((e) => e.at)
              .sort()
              .at(-1),
          );
        }
        // Folding again folds nothing more away.
        expect(foldEvents("week", "2026-W01", file.events).events.length).toBe(file.events.length);
      }),
    );
  });

  it("moves each file to the level its age calls for, once, and drops weeks past retention", () => {
    fc.assert(
      fc.property(fc.uniqueArray(dayText, { maxLength: 40 }), dayText, (days, today) => {
        const paths = days.map((d) => periodPath("events", d));
        const plan = planRollup(paths, today, defaultRetention);
        const moved = plan.groups.flatMap((g) => g.sources);
        expect(new Set(moved).size).toBe(moved.length);
        for (const day of days) {
          const age = daysBetween(day, today);
          const group = plan.groups.find((g) => g.sources.includes(periodPath("events", day)));
          if (age <= defaultRetention.eventDays) expect(group).toBeUndefined();
          else if (age <= defaultRetention.dayDays) expect(group?.target.path).toBe(periodPath("day", day));
          else expect(group?.target.path).toBe(periodPath("week", isoWeekOfDay(day)));
        }
        const weekAgo = (n: number) =>
          periodPath("week", isoWeekOfDay(new Date(Date.parse(today) - n * 7 * 86_400_000).toISOString().slice(0, 10)));
        const limit = defaultRetention.weekWeeks;
        const weeks = planRollup([weekAgo(0), weekAgo(limit - 1), weekAgo(limit + 2)], today, defaultRetention);
        expect(weeks.expired).toEqual([weekAgo(limit + 2)]);
      }),
    );
  });

  it("reads back the paths it writes, and nothing else", () => {
    expect(parsePeriodPath("events/2026-11-30.json")).toEqual({ detail: "events", period: "2026-11-30" });
    expect(parsePeriodPath("weeks/2026-W49.json")).toEqual({ detail: "week", period: "2026-W49" });
    expect(parsePeriodPath("days/2026-W49.json")).toBeUndefined();
    expect(parsePeriodPath("README.md")).toBeUndefined();
  });
});

const at = new Date("2026-11-30T00:00:00Z");
const withHealth = (state: FleetState, clinic: string, cls: (typeof healthClasses)[number]): FleetState => ({
  ...state,
  clinics: {
    ...state.clinics,
    [clinic]: { ...state.clinics[clinic], health: { class: cls, since: at.toISOString() } },
  },
});

describe("writing", () => {
  it("writes nothing when the change leaves the state as it was", () => {
    const state = withHealth(emptyFleetState, "aa-1", "healthy");
    expect(planWrite(state, [], (s) => s, at, defaultRetention)).toBeUndefined();
    expect(planWrite(state, [], (s) => structuredClone(s), at, defaultRetention)).toBeUndefined();
    expect(eventsBetween(state, parseState(stateText(state), "state.json"), at.toISOString())).toEqual([]);
  });

  it("derives one event per change and appends it to the day's file", () => {
    const before = withHealth(emptyFleetState, "aa-1", "healthy");
    const planned = planWrite(before, [], (s) => withHealth(s, "aa-1", "down"), at, defaultRetention);
    expect(planned?.events).toEqual([{ kind: "health", at: at.toISOString(), clinic: "aa-1", class: "down" }]);
    if (planned === undefined) return;
    const earlier = { version: 1 as const, period: "2026-11-30", detail: "events" as const, events: [] };
    const changes = writeChanges(planned, earlier, () => []);
    expect(changes.map((c) => c.path)).toEqual(["state.json", "events/2026-11-30.json"]);
    const today = parsePeriod(changes[1]?.text ?? "", "today");
    expect(today.events).toHaveLength(1);
    expect(parsePeriod(periodText(today), "again")).toEqual(today);
  });

  it("turns a removed clinic and incidents into events", () => {
    const before: FleetState = { ...emptyFleetState, clinics: { gone: { incidents: [4] }, kept: { incidents: [7] } } };
    const after: FleetState = { ...emptyFleetState, clinics: { kept: { incidents: [9] } } };
    expect(eventsBetween(before, after, "t").map((e) => `${e.kind}:${"state" in e ? e.state : ""}`)).toEqual([
      "clinic-removed:",
      "incident:opened",
      "incident:closed",
    ]);
  });
});
