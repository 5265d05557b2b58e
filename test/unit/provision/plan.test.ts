import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statuses } from "../../../actions/lib/core/registry/schema.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
import { clinic, fixedClock, instance } from "./fixtures.js";

describe("planProvision", () => {
  it("sorts clinics and instances into create, present, suspended, retired and orphans", () => {
    const plan = planProvision({
      clinics: [
        clinic("new-one"),
        clinic("has-one"),
        clinic("resting", "suspended"),
        clinic("gone", "retired"),
        clinic("gone-clean", "retired"),
      ],
      instances: [instance("i-1", "has-one"), instance("i-2", "gone", "stopped"), instance("i-3", "nobody")],
      clock: fixedClock,
    });
    expect(plan.plannedAt).toBe("2026-11-25T03:00:00.000Z");
    expect(plan.create.map((c) => c.clinic.id)).toEqual(["new-one"]);
    expect(plan.present.map((c) => [c.clinic.id, c.instances.map((i) => i.instanceId)])).toEqual([
      ["has-one", ["i-1"]],
    ]);
    expect(plan.suspended.map((c) => c.clinic.id)).toEqual(["resting"]);
    expect(plan.retired.map((c) => [c.clinic.id, c.instances.map((i) => i.instanceId)])).toEqual([["gone", ["i-2"]]]);
    expect(plan.orphans.map((o) => o.instanceId)).toEqual(["i-3"]);
  });

  it("counts a stopped instance as the clinic's instance", () => {
    const plan = planProvision({
      clinics: [clinic("aa1")],
      instances: [instance("i-1", "aa1", "stopped")],
      clock: fixedClock,
    });
    expect(plan.create).toEqual([]);
  });

  const world = fc
    .record({
      clinics: fc.uniqueArray(
        fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), status: fc.constantFrom(...statuses) }),
        { selector: (c) => c.id, maxLength: 30 },
      ),
      instances: fc.array(fc.record({ clinicId: fc.stringMatching(/^[a-z][a-z0-9]{2,8}$/), useKnown: fc.boolean() }), {
        maxLength: 30,
      }),
    })
    .map(({ clinics, instances }) => ({
      clinics: clinics.map((c) => clinic(c.id, c.status)),
      instances: instances.map((entry, index) => {
        const known = clinics[index % Math.max(clinics.length, 1)];
        return instance(`i-${index}`, entry.useKnown && known !== undefined ? known.id : entry.clinicId);
      }),
    }));

  it("creates every active clinic without an instance exactly once, and nothing else", () => {
    fc.assert(
      fc.property(world, ({ clinics, instances }) => {
        const plan = planProvision({ clinics, instances, clock: fixedClock });
        const withInstance = new Set(instances.map((i) => i.clinicId));
        const expected = clinics
          .filter((c) => c.clinic.status === "active" && !withInstance.has(c.clinic.id))
          .map((c) => c.clinic.id)
          .sort();
        expect(plan.create.map((c) => c.clinic.id).sort()).toEqual(expected);
      }),
    );
  });

  it("never puts an orphan in create, and reports every instance exactly once", () => {
    fc.assert(
      fc.property(world, ({ clinics, instances }) => {
        const plan = planProvision({ clinics, instances, clock: fixedClock });
        const created = new Set(plan.create.map((c) => c.clinic.id));
        for (const orphan of plan.orphans) expect(created.has(orphan.clinicId)).toBe(false);
        const reported = [
          ...plan.orphans,
          ...[...plan.present, ...plan.suspended, ...plan.retired].flatMap((c) => c.instances),
        ].map((i) => i.instanceId);
        expect(reported.sort()).toEqual(instances.map((i) => i.instanceId).sort());
      }),
    );
  });

  it("holds nothing that stops or terminates: its only action list is create", () => {
    fc.assert(
      fc.property(world, ({ clinics, instances }) => {
        const plan = planProvision({ clinics, instances, clock: fixedClock });
        expect(Object.keys(plan).sort()).toEqual(["create", "orphans", "plannedAt", "present", "retired", "suspended"]);
        for (const entry of plan.create) expect(entry.clinic.status).toBe("active");
        expect(JSON.stringify(plan)).not.toMatch(/terminat|"stop/i);
      }),
    );
  });
});
