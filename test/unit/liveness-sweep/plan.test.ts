import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagGroups } from "../../../actions/lib/adapters/aws/instance-tagging.js";
import { fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import {
  isFailing,
  isRestartable,
  type SweepClass,
  sweepClasses,
} from "../../../actions/lib/flows/liveness-sweep/classify.js";
import { commonCause } from "../../../actions/lib/flows/liveness-sweep/correlation.js";
import { counterTags, noCounters, readCounters } from "../../../actions/lib/flows/liveness-sweep/counters.js";
import { planIncidents } from "../../../actions/lib/flows/liveness-sweep/incident-plan.js";
import { afterRestart, stepClinic } from "../../../actions/lib/flows/liveness-sweep/plan.js";
import { exampleFleet } from "../../e2e/provision-world.js";

const policy = fleetSchema.parse({
  ...exampleFleet,
  liveness: { failuresBeforeRestart: 2, restartsBeforeIncident: 2, timeoutSeconds: 10 },
}).liveness;
const start = Date.parse("2026-11-30T00:00:00Z");
const klass = fc.constantFrom(...sweepClasses);

/** Runs sweeps 10 minutes apart through the tags, as the sweep does; a restart heals when `heals` says so. */
function run(classes: readonly SweepClass[], heals: readonly boolean[]) {
  let tags = {};
  return classes.map((c, i) => {
    const at = new Date(start + i * 600_000);
    let step = stepClinic(readCounters(tags), c, policy, at, `s${i}`);
    if (step.restart) step = afterRestart(step, heals[i] ?? false, policy);
    tags = counterTags(step.counters);
    return { at, class: c, step };
  });
}

describe("the sweep planner", () => {
  it("restarts only what a restart can end, never more than restartsPerHour in any hour", () => {
    fc.assert(
      fc.property(fc.array(klass, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (classes, heals) => {
        const steps = run(classes, heals);
        const restarts = steps.filter((s) => s.step.restart);
        for (const r of restarts) expect(isRestartable(r.class)).toBe(true);
        for (const r of restarts) {
          const inHour = restarts.filter((o) => o.at >= r.at && o.at.getTime() - r.at.getTime() < 3_600_000);
          expect(inHour.length).toBeLessThanOrEqual(policy.restartsPerHour);
        }
      }),
    );
  });

  it("counts the failing sweeps in a row, and wants an incident only for a failing or flapping clinic", () => {
    fc.assert(
      fc.property(fc.array(klass, { minLength: 1, maxLength: 40 }), (classes) => {
        const steps = run(classes, []);
        steps.forEach((s, i) => {
          let streak = 0;
          for (let j = i; j >= 0 && isFailing(classes[j] ?? "healthy"); j--) streak++;
          expect(s.step.counters.failures).toBe(streak);
          if (s.step.needsIncident) expect(isFailing(s.class) || s.step.flapping).toBe(true);
          if (s.step.mayClose) expect(isFailing(s.class)).toBe(false);
        });
      }),
    );
  });

  it("counts nothing twice when the same sweep runs again, and writes nothing for a steady healthy clinic", () => {
    fc.assert(
      fc.property(klass, (c) => {
        const at = new Date(start);
        const first = stepClinic(noCounters, c, policy, at, "s1");
        const again = stepClinic(first.counters, c, policy, at, "s1");
        expect(again.counters).toEqual(first.counters);
        expect(again.changed || again.restart).toBe(false);
      }),
    );
    const steady = run(Array(12).fill("healthy"), []);
    expect(steady.slice(2).every((s) => !s.step.changed)).toBe(true);
  });

  it("opens an incident after restartsBeforeIncident restarts that did not heal", () => {
    const steps = run(["down", "down", "down", "down"], [false, false, false, false]);
    expect(steps.map((s) => s.step.restart)).toEqual([false, true, false, true]);
    expect(steps.map((s) => s.step.needsIncident)).toEqual([false, false, false, true]);
  });

  it("calls a clinic that fails, recovers and fails again flapping, and keeps it from closing", () => {
    const steps = run(["down", "healthy", "down", "healthy", "down", "healthy", "healthy"], []);
    expect(steps[4]?.step.flapping).toBe(true);
    expect(steps[4]?.step.needsIncident).toBe(true);
    expect(steps[5]?.step.mayClose).toBe(false);
    // Once fewer than 3 of the last 6 failed, it no longer flaps and may close.
    expect(steps[6]?.step.mayClose).toBe(true);
  });
});

describe("incident plans", () => {
  it("needs nothing for an open incident in the same state, and closes with the downtime", () => {
    const state = {
      kind: "clinic" as const,
      key: "a",
      checks: [],
      flapping: false,
      restarts: 2,
      since: "2026-11-30T00:00:00.000Z",
      class: "down" as const,
    };
    const open = new Map([["incident:a", { number: 7, url: "u", title: "t", key: "incident:a", state }]]);
    const now = new Date("2026-11-30T01:30:00Z");
    expect(planIncidents(open, new Map([["incident:a", { kind: "open", state }]]), now)).toEqual([]);
    const [close] = planIncidents(open, new Map([["incident:a", { kind: "closed" }]]), now);
    expect(close).toMatchObject({ kind: "close", downtimeMs: 90 * 60_000 });
    const [escalate] = planIncidents(
      open,
      new Map([["incident:a", { kind: "open", state: { ...state, class: "unreachable" } }]]),
      now,
    );
    expect(escalate).toMatchObject({ kind: "update", escalated: true });
  });
});

describe("CreateTags grouping", () => {
  it("makes one call per identical tag set and 1,000 instances, and tags every instance once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.constantFrom("0", "1", "2")), { maxLength: 3000 }), (rows) => {
        const taggings = [...new Map(rows.map(([n, v]) => [`i-${n.toString(16).padStart(8, "0")}`, v]))].map(
          ([instanceId, v]) => ({ instanceId, tags: { "orca-fleet:health-failures": v } }),
        );
        const calls = tagGroups(taggings);
        expect(calls.flatMap((c) => c.ids).sort()).toEqual(taggings.map((t) => t.instanceId).sort());
        for (const c of calls) expect(c.ids.length).toBeLessThanOrEqual(1000);
        const sets = new Set(taggings.map((t) => t.tags["orca-fleet:health-failures"]));
        const minimum = [...sets].reduce(
          (sum, v) => sum + Math.ceil(taggings.filter((t) => t.tags["orca-fleet:health-failures"] === v).length / 1000),
          0,
        );
        expect(calls.length).toBe(minimum);
      }),
    );
  });
});

describe("common cause", () => {
  it("names the narrowest group past its threshold, and none below minClinics", () => {
    const fleet = Array.from({ length: 20 }, (_, i) => ({
      clinicId: `c${i}`,
      failing: i < 4,
      subnet: i < 5 ? "subnet-a" : "subnet-b",
      "availability-zone": i < 10 ? "1a" : "1c",
    }));
    expect(commonCause(fleet, policy)).toMatchObject({ dimension: "subnet", value: "subnet-a", of: 5 });
    expect(
      commonCause(
        fleet.map((p, i) => ({ ...p, failing: i < 2 })),
        policy,
      ),
    ).toBeUndefined();
  });
});
