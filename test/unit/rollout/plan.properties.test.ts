import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinWindow, parseMaintenanceWindow } from "../../../actions/lib/core/registry/maintenance-window.js";
import { waveSizeOf } from "../../../actions/lib/core/registry/rollout-policy.js";
import { clinicIdPattern, rings } from "../../../actions/lib/core/registry/schema.js";
import { japaneseHolidays } from "../../../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import type { RolloutPlanInput } from "../../../actions/lib/flows/rollout/plan-types.js";
import { rolloutOutcomes } from "../../../actions/lib/flows/rollout/records.js";
import { clinic, instanceOf, policy } from "./fixtures.js";

/**
 * Properties of the planner over made-up fleets: random rings, windows, versions, recorded outcomes, updates in
 * flight, probes, policies and times. The checks below recompute what they need on their own (windows minute by
 * minute, freezes from the policy's words), so they do not lean on the planner's helpers.
 */
const windows = [
  "Sun 01:00-05:00",
  "daily 22:00-06:00",
  "Mon-Fri 21:00-07:00",
  "Sat 20:00-23:30",
  "Wed 13:00-17:00",
  "daily 00:00-23:59",
  "Tue 22:30-02:30",
];
const versions = ["5.1.0", "5.2.0", "5.2.1", "5.2.1-1"];
const holidays = japaneseHolidays();
const minute = 60_000;

const world = fc
  .record({
    clinics: fc.uniqueArray(
      fc.record({
        // Only ids the registry accepts: "con", "nul" or "com1" name no clinic file.
        id: fc.stringMatching(/^[a-z][a-z0-9]{2,6}$/).filter((id) => clinicIdPattern.test(id)),
        ring: fc.constantFrom(...rings),
        window: fc.oneof(fc.constantFrom(...windows), fc.constant("daily 00:00-23:59")),
        desired: fc.constantFrom(...versions),
        actual: fc.option(fc.constantFrom(...versions), { nil: null }),
        status: fc.constantFrom("active", "active", "active", "suspended", "retired"),
        state: fc.constantFrom("running", "running", "running", "stopped"),
        record: fc.option(
          fc.record({
            sameTarget: fc.boolean(),
            outcome: fc.oneof(
              { weight: 6, arbitrary: fc.constant("updated" as const) },
              { weight: 1, arbitrary: fc.constantFrom(...rolloutOutcomes) },
            ),
            wave: fc.nat(3),
            minutesAgo: fc.integer({ min: 1, max: 3000 }),
          }),
          { nil: undefined, freq: 3 },
        ),
        // Rare, as in a real fleet: one update in flight holds its whole ring.
        inFlight: fc.integer({ min: 0, max: 40 }).map((n) => n === 0),
        probe: fc.option(fc.record({ healthy: fc.boolean(), minutesAgo: fc.integer({ min: 0, max: 3000 }) }), {
          nil: undefined,
        }),
      }),
      { selector: (c) => c.id, maxLength: 40 },
    ),
    now: fc.date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true }),
    ringOrder: fc.shuffledSubarray([...rings], { minLength: 1 }),
    waveSizes: fc.array(fc.oneof(fc.integer({ min: 1, max: 6 }), fc.constantFrom("10%", "34%", "50%", "100%")), {
      minLength: 1,
      maxLength: 4,
    }),
    errorBudget: fc.oneof(fc.nat(2), fc.constantFrom("0%", "20%", "50%")),
    bakeMinutes: fc.constantFrom(0, 30, 60, 1440),
    updateMinutes: fc.constantFrom(1, 30, 60, 120),
    daysOfMonth: fc.constantFrom(false as const, { from: 1, to: 10 }, { from: 25, to: 31 }),
    holidays: fc.constantFrom("freeze" as const, "allow" as const),
    ranges: fc.constantFrom<{ name: string; from: string; to: string }[]>(
      [],
      [{ name: "年末年始", from: "12-29", to: "01-03" }],
      [{ name: "once", from: "2026-06-01", to: "2026-06-30" }],
    ),
    resume: fc.option(fc.record({ minutesAgo: fc.integer({ min: 0, max: 3000 }), retryFailed: fc.boolean() }), {
      nil: undefined,
    }),
  })
  .map((w): RolloutPlanInput => {
    const at = (minutesAgo: number) => new Date(w.now.getTime() - minutesAgo * minute).toISOString();
    const clinics = w.clinics.map((c) =>
      clinic(c.id, { ring: c.ring, window: c.window, version: c.desired, status: c.status }),
    );
    const instances = w.clinics.map((c, i) => {
      const loaded = clinics[i];
      if (!loaded) throw new Error("one clinic per spec");
      const record =
        c.record === undefined
          ? undefined
          : {
              target: c.record.sameTarget ? c.desired : "5.0.0",
              outcome: c.record.outcome,
              wave: c.record.wave,
              at: at(c.record.minutesAgo),
            };
      return instanceOf(loaded, { version: c.actual, state: c.state, ...(record === undefined ? {} : { record }) });
    });
    return {
      clinics,
      instances,
      policy: policy({
        ringOrder: w.ringOrder,
        waveSizes: w.waveSizes,
        // A count budget above a counted wave is refused by the schema: keep it within the smallest one.
        errorBudget:
          typeof w.errorBudget === "number"
            ? Math.min(w.errorBudget, ...w.waveSizes.filter((s) => typeof s === "number"))
            : w.errorBudget,
        bakeMinutes: w.bakeMinutes,
        updateMinutes: w.updateMinutes,
        freeze: { daysOfMonth: w.daysOfMonth, holidays: w.holidays, ranges: w.ranges.map((r) => ({ ...r })) },
      }),
      clock: { now: () => w.now },
      holidays,
      probes: w.clinics.flatMap((c) =>
        c.probe === undefined ? [] : [{ clinicId: c.id, healthy: c.probe.healthy, at: at(c.probe.minutesAgo) }],
      ),
      inFlight: w.clinics.flatMap((c) => (c.inFlight ? [{ clinicId: c.id, target: c.desired, wave: 0 }] : [])),
      ...(w.resume === undefined
        ? {}
        : { resume: { acknowledgedThrough: at(w.resume.minutesAgo), retryFailed: w.resume.retryFailed } }),
    };
  });

/** A Tokyo day is frozen, by the policy's own words. */
function frozen(input: RolloutPlanInput, instant: number): boolean {
  const key = new Date(instant + 9 * 60 * minute).toISOString().slice(0, 10);
  const { daysOfMonth, holidays: holidayRule, ranges } = input.policy.freeze;
  const day = Number(key.slice(8));
  if (daysOfMonth !== false && day >= daysOfMonth.from && day <= daysOfMonth.to) return true;
  if (holidayRule === "freeze" && input.holidays.has(key)) return true;
  const md = key.slice(5);
  return ranges.some((r) =>
    r.from.length === 10
      ? key >= r.from && key <= r.to
      : r.from <= r.to
        ? md >= r.from && md <= r.to
        : md >= r.from || md <= r.to,
  );
}

const scheduled = (input: RolloutPlanInput) => planRollout(input).rings.flatMap((r) => r.now?.clinics ?? []);

describe("planRollout properties", () => {
  it("never schedules a clinic outside its window, or when any minute of the update falls on a frozen day", () => {
    fc.assert(
      fc.property(world, (input) => {
        const now = input.clock.now().getTime();
        for (const c of scheduled(input)) {
          const parsed = parseMaintenanceWindow(c.maintenanceWindow);
          if (!parsed.ok) throw new Error("fixture windows are valid");
          for (let t = now; t < now + input.policy.updateMinutes * minute; t += minute) {
            expect(isWithinWindow(parsed.window, new Date(t)), `${c.clinicId} at ${new Date(t).toISOString()}`).toBe(
              true,
            );
            expect(frozen(input, t)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("starts a ring only when every earlier ring is done, without unacknowledged failure, baked and probed", () => {
    fc.assert(
      fc.property(world, (input) => {
        const plan = planRollout(input);
        const now = input.clock.now().getTime();
        plan.rings.forEach((ring, index) => {
          if (ring.now === undefined) return;
          for (const earlier of plan.rings.slice(0, index)) {
            expect(earlier.waiting).toEqual([]);
            expect(earlier.inProgress).toEqual([]);
            expect(earlier.now).toBeUndefined();
            expect(earlier.failed.filter((f) => !f.acknowledged)).toEqual([]);
            if (earlier.bakeUntil !== undefined) expect(Date.parse(earlier.bakeUntil)).toBeLessThanOrEqual(now);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it("never makes a wave larger than its size in waveSizes", () => {
    fc.assert(
      fc.property(world, (input) => {
        for (const ring of planRollout(input).rings) {
          if (ring.now === undefined) continue;
          const share = input.policy.waveSizes[Math.min(ring.now.wave, input.policy.waveSizes.length - 1)] ?? 1;
          const members = input.clinics.filter((c) => c.clinic.orca.ring === ring.ring).length;
          expect(ring.now.clinics.length).toBeLessThanOrEqual(ring.now.size);
          expect(ring.now.size).toBeLessThanOrEqual(waveSizeOf(share, members));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never schedules a clinic twice for one target: not when a run recorded it, not while its update runs", () => {
    fc.assert(
      fc.property(world, (input) => {
        const chosen = scheduled(input);
        expect(new Set(chosen.map((c) => c.clinicId)).size).toBe(chosen.length);
        const inFlight = new Set((input.inFlight ?? []).map((u) => u.clinicId));
        for (const c of chosen) {
          expect(inFlight.has(c.clinicId)).toBe(false);
          const instance = input.instances.find((i) => i.clinicId === c.clinicId);
          const target = instance?.tags["orca-fleet:rollout-target"];
          const outcome = instance?.tags["orca-fleet:rollout-outcome"];
          if (target === c.to) {
            // Only a resume that asks for retries sends again, and only to updates that failed or rolled back.
            expect(input.resume?.retryFailed).toBe(true);
            expect(["failed", "rolled-back"]).toContain(outcome);
            expect(Date.parse(instance?.tags["orca-fleet:rollout-at"] ?? "")).toBeLessThanOrEqual(
              Date.parse(input.resume?.acknowledgedThrough ?? ""),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never schedules a suspended or retired clinic, a version going backwards, or anything while halted", () => {
    fc.assert(
      fc.property(world, (input) => {
        const plan = planRollout(input);
        const chosen = plan.rings.flatMap((r) => r.now?.clinics ?? []);
        if (plan.halt !== undefined) expect(chosen).toEqual([]);
        for (const c of chosen) {
          const loaded = input.clinics.find((l) => l.clinic.id === c.clinicId);
          expect(loaded?.clinic.status).toBe("active");
          expect(plan.refused.map((r) => r.clinicId)).not.toContain(c.clinicId);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("is deterministic: the same fleet in any order gives the same plan", () => {
    fc.assert(
      fc.property(world, fc.infiniteStream(fc.nat()), (input, seeds) => {
        const shuffle = <T>(list: readonly T[]) =>
          list
            .map((item) => ({ item, key: seeds.next().value }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const again = {
          ...input,
          clinics: shuffle(input.clinics),
          instances: shuffle(input.instances),
          probes: shuffle(input.probes ?? []),
        };
        expect(planRollout(again)).toEqual(planRollout(input));
      }),
      { numRuns: 100 },
    );
  });
});

describe("the made-up fleets", () => {
  it("schedule clinics often enough, in later rings too, for the properties above to bite", () => {
    const plans = fc.sample(world, { numRuns: 300, seed: 11 }).map((input) => planRollout(input));
    const scheduling = plans.filter((p) => p.rings.some((r) => r.now !== undefined));
    const laterRing = plans.filter((p) => p.rings.slice(1).some((r) => r.now !== undefined));
    expect(scheduling.length).toBeGreaterThan(30);
    expect(laterRing.length).toBeGreaterThan(5);
    expect(plans.some((p) => p.halt !== undefined)).toBe(true);
  });
});
