import { describe, expect, it } from "vitest";
import type { FleetInstance } from "../../../actions/lib/adapters/aws/ec2-inventory.js";
import type { LoadedClinic } from "../../../actions/lib/core/registry/load.js";
import type { Fleet } from "../../../actions/lib/core/registry/schema.js";
import { japaneseHolidays } from "../../../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import type { RolloutPlan, RolloutPlanInput } from "../../../actions/lib/flows/rollout/plan-types.js";
import { clinic, instanceOf, noHolidays, policy, tokyo } from "./fixtures.js";

/** 2026-11-15 is a Sunday, no holiday and past the receipt days: every example starts there unless it is about that. */
const sunday0200 = tokyo("2026-11-15T02:00:00");

function plan(
  clinics: LoadedClinic[],
  instances: FleetInstance[],
  extra: Partial<RolloutPlanInput> & { rollout?: Partial<Fleet["rollout"]> } = {},
): RolloutPlan {
  const { rollout, ...rest } = extra;
  return planRollout({
    clinics,
    instances,
    policy: policy(rollout),
    clock: sunday0200,
    holidays: japaneseHolidays(),
    ...rest,
  });
}

const ids = (refs: readonly { clinicId: string }[] | undefined) => (refs ?? []).map((r) => r.clinicId);
const ring = (p: RolloutPlan, name: string) => {
  const found = p.rings.find((r) => r.ring === name);
  if (!found) throw new Error(`no ring ${name}`);
  return found;
};
const updated = (target: string, wave: number, at: string) => ({ target, outcome: "updated" as const, wave, at });

describe("planRollout: rings and waves", () => {
  const canary = [clinic("c-one", { ring: "canary" }), clinic("c-two", { ring: "canary" })];
  const early = [clinic("e-one", { ring: "early" })];

  it("starts with the first ring's first wave and holds the next ring until it is done", () => {
    const p = plan(
      [...canary, ...early],
      [...canary, ...early].map((c) => instanceOf(c)),
    );
    expect(p.status).toBe("updating");
    expect(ring(p, "canary").now).toEqual({
      wave: 0,
      size: 1,
      clinics: [expect.objectContaining({ clinicId: "c-one" })],
    });
    expect(ring(p, "canary").waiting).toEqual([expect.objectContaining({ clinicId: "c-two", reason: "wave-full" })]);
    expect(ring(p, "early").waiting).toEqual([
      expect.objectContaining({ clinicId: "e-one", reason: "previous-ring-not-done", ring: "canary" }),
    ]);
  });

  it("waits for a wave in flight instead of sending the next one", () => {
    const [one] = canary;
    if (!one) throw new Error("fixture");
    const p = plan(
      canary,
      canary.map((c) => instanceOf(c)),
      {
        inFlight: [{ clinicId: "c-one", target: "5.2.1", wave: 0 }],
      },
    );
    expect(ids(ring(p, "canary").inProgress)).toEqual(["c-one"]);
    expect(ring(p, "canary").now).toBeUndefined();
    expect(ring(p, "canary").waiting).toEqual([
      expect.objectContaining({ clinicId: "c-two", reason: "wave-in-progress" }),
    ]);
  });

  it("takes the next wave's size after the recorded waves, percentages of the ring rounded up", () => {
    const general = Array.from({ length: 10 }, (_, i) => clinic(`g-${i}`));
    const [first, ...rest] = general;
    if (!first) throw new Error("fixture");
    const p = plan(
      general,
      [
        instanceOf(first, { version: "5.2.1", record: updated("5.2.1", 0, "2026-11-01T00:00:00Z") }),
        ...rest.map((c) => instanceOf(c)),
      ],
      { rollout: { waveSizes: [1, "25%"], ringOrder: ["general"] } },
    );
    // 10 clinics take part: 25% is 2.5, rounded up to 3.
    expect(ring(p, "general").now).toMatchObject({ wave: 1, size: 3 });
    expect(ids(ring(p, "general").now?.clinics)).toEqual(["g-1", "g-2", "g-3"]);
    expect(ring(p, "general").waves).toEqual([
      { wave: 0, clinics: ["g-0"], failures: 0, unacknowledged: 0, budget: 1 },
    ]);
  });

  it("starts the next ring only after the bake, and only once the updated clinics answer a probe after it", () => {
    const clinics = [clinic("c-one", { ring: "canary" }), clinic("e-one", { ring: "early" })];
    const [c, e] = clinics;
    if (!c || !e) throw new Error("fixture");
    // The canary finished at 01:30 Tokyo; bakeMinutes is 60, so the bake ends at 02:30.
    const instances = [
      instanceOf(c, { version: "5.2.1", record: updated("5.2.1", 0, "2026-11-14T16:30:00Z") }),
      instanceOf(e),
    ];
    const baking = plan(clinics, instances);
    expect(ring(baking, "canary")).toMatchObject({ state: "baking", bakeUntil: "2026-11-14T17:30:00.000Z" });
    expect(ring(baking, "early").waiting).toEqual([
      expect.objectContaining({
        reason: "previous-ring-baking",
        until: "2026-11-14T17:30:00.000Z",
        earliestStart: "2026-11-14T17:30:00.000Z",
      }),
    ]);
    const later = { clock: tokyo("2026-11-15T02:45:00") };
    expect(ring(plan(clinics, instances, later), "early").waiting).toEqual([
      expect.objectContaining({ reason: "previous-ring-unprobed", ring: "canary" }),
    ]);
    const probed = plan(clinics, instances, {
      ...later,
      probes: [{ clinicId: "c-one", healthy: true, at: "2026-11-14T17:40:00Z" }],
    });
    expect(ids(ring(probed, "early").now?.clinics)).toEqual(["e-one"]);
    // A probe made during the bake does not count for its end.
    const early = plan(clinics, instances, {
      ...later,
      probes: [{ clinicId: "c-one", healthy: true, at: "2026-11-14T17:00:00Z" }],
    });
    expect(ring(early, "early").now).toBeUndefined();
  });

  it("counts an unhealthy probe after an update as a failure that holds the next ring", () => {
    const clinics = [clinic("c-one", { ring: "canary" }), clinic("e-one", { ring: "early" })];
    const [c, e] = clinics;
    if (!c || !e) throw new Error("fixture");
    const p = plan(
      clinics,
      [instanceOf(c, { version: "5.2.1", record: updated("5.2.1", 0, "2026-11-14T10:00:00Z") }), instanceOf(e)],
      {
        probes: [{ clinicId: "c-one", healthy: false, at: "2026-11-14T16:00:00Z" }],
      },
    );
    expect(ring(p, "canary").failed).toEqual([expect.objectContaining({ clinicId: "c-one", failure: "unhealthy" })]);
    expect(ring(p, "early").waiting).toEqual([expect.objectContaining({ reason: "previous-ring-failed" })]);
  });
});

describe("planRollout: error budget, halts and resume", () => {
  const early = ["e-a", "e-b", "e-c", "e-d"].map((id) => clinic(id, { ring: "early" }));
  const general = [clinic("g-a")];
  const failedAt = "2026-11-14T15:00:00Z";
  const instances = (outcomes: ("rolled-back" | "rollback-failed" | "updated" | undefined)[]) => [
    ...early.map((c, i) => {
      const outcome = outcomes[i];
      return outcome === undefined
        ? instanceOf(c)
        : instanceOf(c, {
            version: outcome === "updated" ? "5.2.1" : "5.2.0",
            record: { target: "5.2.1", outcome, wave: 0, at: failedAt },
          });
    }),
    ...general.map((c) => instanceOf(c)),
  ];
  const rollout = { ringOrder: ["early", "general"] as const, waveSizes: [3], errorBudget: 1 };

  it("halts when a wave's failures pass the budget, and leaves every later clinic untouched", () => {
    const p = plan([...early, ...general], instances(["rolled-back", "rolled-back", "updated"]), {
      rollout: { ...rollout, ringOrder: ["early", "general"] },
    });
    expect(p.status).toBe("halted");
    expect(p.halt).toEqual({
      reason: "error-budget",
      ring: "early",
      wave: 0,
      failures: 2,
      budget: 1,
      clinics: ["e-a", "e-b"],
    });
    expect(p.rings.flatMap((r) => ids(r.now?.clinics))).toEqual([]);
    expect(ring(p, "early").waiting).toEqual([
      expect.objectContaining({ clinicId: "e-d", reason: "halted", earliestStart: null }),
    ]);
    expect(ring(p, "general").waiting).toEqual([expect.objectContaining({ clinicId: "g-a", reason: "halted" })]);
  });

  it("goes on within the budget, but does not start the next ring over a failure", () => {
    const p = plan([...early, ...general], instances(["rolled-back", "updated", "updated"]), {
      rollout: { ...rollout, ringOrder: ["early", "general"] },
    });
    expect(p.halt).toBeUndefined();
    expect(ids(ring(p, "early").now?.clinics)).toEqual(["e-d"]);
    expect(ring(p, "general").waiting).toEqual([expect.objectContaining({ reason: "previous-ring-not-done" })]);
  });

  it("halts at once on a failed roll-back, even within the budget", () => {
    const p = plan([...early, ...general], instances(["rollback-failed", "updated", "updated"]), {
      rollout: { ...rollout, ringOrder: ["early", "general"], errorBudget: 3 },
    });
    expect(p.halt).toMatchObject({ reason: "rollback-failed", clinics: ["e-a"] });
  });

  it("resumes with the clinics not yet attempted, and sends failed ones again only when asked", () => {
    const input = { rollout: { ...rollout, ringOrder: ["early", "general"] as Fleet["rollout"]["ringOrder"] } };
    const world = instances(["rolled-back", "rolled-back", "updated"]);
    const resume = { acknowledgedThrough: "2026-11-14T16:00:00Z", retryFailed: false };
    const resumed = plan([...early, ...general], world, { ...input, resume });
    expect(resumed.halt).toBeUndefined();
    expect(ids(ring(resumed, "early").now?.clinics)).toEqual(["e-d"]);
    expect(ring(resumed, "early").failed.map((f) => [f.clinicId, f.acknowledged])).toEqual([
      ["e-a", true],
      ["e-b", true],
    ]);
    const retried = plan([...early, ...general], world, { ...input, resume: { ...resume, retryFailed: true } });
    expect(ids(ring(retried, "early").now?.clinics)).toEqual(["e-a", "e-b", "e-d"]);
    // A failure after the acknowledgement halts again.
    const stale = plan([...early, ...general], world, {
      ...input,
      resume: { ...resume, acknowledgedThrough: "2026-11-14T14:00:00Z" },
    });
    expect(stale.status).toBe("halted");
  });
});

describe("planRollout: windows and freezes", () => {
  const at = (text: string, window: string, rollout: Partial<Fleet["rollout"]> = {}, holidays = japaneseHolidays()) => {
    const c = clinic("only-one", { window });
    const p = planRollout({
      clinics: [c],
      instances: [instanceOf(c)],
      policy: policy({ ringOrder: ["general"], ...rollout }),
      clock: tokyo(text),
      holidays,
    });
    return { now: ids(ring(p, "general").now?.clinics), waiting: ring(p, "general").waiting[0] };
  };

  it("schedules inside a window that crosses midnight, on the morning after it opened", () => {
    expect(at("2026-11-17T03:00:00", "Mon 22:00-06:00").now).toEqual(["only-one"]);
    // Monday 23 November is 勤労感謝の日: that window opens frozen, and an update may start at midnight, the 24th.
    expect(at("2026-11-18T03:00:00", "Mon 22:00-06:00").waiting).toMatchObject({
      reason: "outside-window",
      earliestStart: "2026-11-23T15:00:00.000Z",
    });
  });

  it("waits when the window ends before updateMinutes, and names the next window", () => {
    expect(at("2026-11-17T05:30:00", "daily 22:00-06:00").waiting).toMatchObject({
      reason: "window-ends",
      until: "2026-11-16T21:00:00.000Z",
      earliestStart: "2026-11-17T13:00:00.000Z",
    });
    expect(at("2026-11-17T05:00:00", "daily 22:00-06:00").now).toEqual(["only-one"]);
  });

  it("freezes the receipt days, and the next window after them is the earliest", () => {
    expect(at("2026-12-06T02:00:00", "Sun 01:00-05:00").waiting).toMatchObject({
      reason: "frozen",
      freeze: { kind: "days-of-month", from: 1, to: 10 },
      earliestStart: "2026-12-12T16:00:00.000Z",
    });
    expect(
      at("2026-12-06T02:00:00", "Sun 01:00-05:00", { freeze: { daysOfMonth: false, holidays: "freeze", ranges: [] } })
        .now,
    ).toEqual(["only-one"]);
  });

  it("never lets an update run into a frozen day, but starts at the midnight after one when the window allows", () => {
    // Saturday 31 October, 23:30: an hour's update would end on 1 November, a receipt day.
    expect(at("2026-10-31T23:30:00", "Sat 22:00-02:00").waiting).toMatchObject({ reason: "frozen" });
    // The 10th at 23:30 is frozen; the window goes on past midnight into the 11th, which is not.
    expect(at("2026-12-10T23:30:00", "daily 22:00-06:00").waiting).toMatchObject({
      reason: "frozen",
      earliestStart: "2026-12-10T15:00:00.000Z",
    });
  });

  it("freezes public holidays, or allows them when the fleet says so", () => {
    // 2026-11-23 is 勤労感謝の日, a Monday.
    expect(at("2026-11-23T02:00:00", "Mon 00:30-04:30").waiting).toMatchObject({
      reason: "frozen",
      freeze: { kind: "holiday", name: { ja: "勤労感謝の日" } },
    });
    expect(
      at("2026-11-23T02:00:00", "Mon 00:30-04:30", {
        freeze: { daysOfMonth: { from: 1, to: 10 }, holidays: "allow", ranges: [] },
      }).now,
    ).toEqual(["only-one"]);
    // 国民の休日 between two holidays counts too (2026-09-22).
    expect(at("2026-09-22T02:00:00", "daily 01:00-05:00").waiting).toMatchObject({ freeze: { kind: "holiday" } });
    expect(at("2026-11-23T02:00:00", "Mon 00:30-04:30", {}, noHolidays).now).toEqual(["only-one"]);
  });

  it("freezes a named range across the new year, and a one-off range", () => {
    const newYear = {
      daysOfMonth: false as const,
      holidays: "allow" as const,
      ranges: [{ name: "年末年始", from: "12-29", to: "01-03" }],
    };
    expect(at("2026-12-30T02:00:00", "daily 01:00-05:00", { freeze: newYear }).waiting).toMatchObject({
      freeze: { kind: "range", name: "年末年始" },
      earliestStart: "2027-01-03T16:00:00.000Z",
    });
    expect(at("2026-12-28T02:00:00", "daily 01:00-05:00", { freeze: newYear }).now).toEqual(["only-one"]);
    const once = { ...newYear, ranges: [{ name: "移転", from: "2026-11-15", to: "2026-11-16" }] };
    expect(at("2026-11-15T02:00:00", "daily 01:00-05:00", { freeze: once }).waiting).toMatchObject({
      freeze: { kind: "range", name: "移転" },
    });
  });
});

describe("planRollout: what it never touches", () => {
  it("leaves suspended and retired clinics, clinics without one instance, and unreadable records alone", () => {
    const clinics = [
      clinic("resting", { status: "suspended" }),
      clinic("gone", { status: "retired" }),
      clinic("no-server"),
      clinic("two-servers"),
      clinic("bad-tags"),
    ];
    const [resting, gone, , two, bad] = clinics;
    if (!resting || !gone || !two || !bad) throw new Error("fixture");
    const badTags = instanceOf(bad);
    const p = plan(clinics, [
      instanceOf(resting),
      instanceOf(gone),
      instanceOf(two, {}, 0),
      instanceOf(two, {}, 1),
      { ...badTags, tags: { ...badTags.tags, "orca-fleet:rollout-outcome": "exploded" } },
    ]);
    expect(p.excluded.map((e) => [e.clinicId, e.reason])).toEqual([
      ["bad-tags", "unreadable-record"],
      ["gone", "retired"],
      ["no-server", "no-instance"],
      ["resting", "suspended"],
      ["two-servers", "several-instances"],
    ]);
    expect(p.excluded[0]?.detail).toContain("orca-fleet:rollout-target");
    expect(p.status).toBe("nothing-to-do");
  });

  it("refuses a version going backwards and reports clinics already current", () => {
    const clinics = [clinic("older", { version: "5.2.0" }), clinic("same", { version: "5.2.0" })];
    const [older, same] = clinics;
    if (!older || !same) throw new Error("fixture");
    const p = plan(clinics, [instanceOf(older, { version: "5.2.1" }), instanceOf(same, { version: "5.2.0" })]);
    expect(p.refused).toEqual([
      expect.objectContaining({ clinicId: "older", from: "5.2.1", to: "5.2.0", reason: "version-backwards" }),
    ]);
    expect(ids(ring(p, "general").current)).toEqual(["same"]);
    expect(p.rings.flatMap((r) => ids(r.now?.clinics))).toEqual([]);
  });

  it("waits for a stopped instance instead of sending to it", () => {
    const c = clinic("asleep");
    const p = plan([c], [instanceOf(c, { state: "stopped" })], { rollout: { ringOrder: ["general"] } });
    expect(ring(p, "general").waiting).toEqual([expect.objectContaining({ reason: "instance-not-running" })]);
  });
});
