import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLabel, isBuildLabel, type ParameterVersion } from "../../../actions/lib/flows/bake-ami/history.js";
import { maxParameterVersions, type PrunePlan, planPruning } from "../../../actions/lib/flows/bake-ami/label-plan.js";

const currentLabel = "current";

/** The history as it is after the plan's UnlabelParameterVersion calls. */
function applyPruning(history: readonly ParameterVersion[], plan: PrunePlan): ParameterVersion[] {
  const taken = new Map(plan.unlabel.map((entry) => [entry.version, new Set(entry.labels)]));
  return history.map((entry) => {
    const labels = taken.get(entry.version);
    return labels === undefined ? entry : { ...entry, labels: entry.labels.filter((label) => !labels.has(label)) };
  });
}

/** Parameter Store's own rules for PutParameter at the version limit, as documented. */
function put(history: ParameterVersion[], value: string): ParameterVersion[] {
  const next = [...history];
  if (next.length >= maxParameterVersions) {
    const oldest = next[0];
    if (oldest !== undefined && oldest.labels.length > 0) throw new Error("ParameterMaxVersionLimitExceeded");
    next.shift();
  }
  return [...next, { version: (history.at(-1)?.version ?? 0) + 1, value, labels: [] }];
}

/** Moves labels onto a version, as LabelParameterVersion does: a label sits on one version at a time. */
function label(history: ParameterVersion[], version: number, labels: string[]): ParameterVersion[] {
  return history.map((entry) => ({
    ...entry,
    labels: [...entry.labels.filter((l) => !labels.includes(l)), ...(entry.version === version ? labels : [])],
  }));
}

/** Histories of up to 100 versions in which some versions carry a build label and one may carry `current`. */
const histories = fc
  .record({
    first: fc.integer({ min: 1, max: 500 }),
    builds: fc.array(fc.boolean(), { minLength: 1, maxLength: maxParameterVersions }),
    current: fc.nat(),
  })
  .map(({ first, builds, current }) =>
    builds.map((isBuild, index): ParameterVersion => {
      const labels = [
        ...(isBuild ? [buildLabel(String(1000 + index), "1")] : []),
        ...(current % builds.length === index ? [currentLabel] : []),
      ];
      return { version: first + index, value: "ami-0123456789abcdef0", labels };
    }),
  );

const policies = fc.record({
  currentLabel: fc.constant(currentLabel),
  keepBuilds: fc.integer({ min: 1, max: 50 }),
  headroom: fc.integer({ min: 1, max: 20 }),
});

describe("planPruning", () => {
  it("leaves current and the newest builds labelled, and takes only build labels", () => {
    fc.assert(
      fc.property(histories, policies, (history, policy) => {
        const after = applyPruning(history, planPruning(history, policy));
        const original = (entry: ParameterVersion) => history.find((h) => h.version === entry.version)!;
        const builds = history.filter((entry) => entry.labels.some(isBuildLabel));
        for (const kept of builds.slice(-policy.keepBuilds)) {
          expect(after.find((entry) => entry.version === kept.version)?.labels).toEqual(kept.labels);
        }
        for (const entry of after) {
          if (original(entry).labels.includes(currentLabel)) expect(entry.labels).toEqual(original(entry).labels);
          expect(
            original(entry)
              .labels.filter((l) => !entry.labels.includes(l))
              .every(isBuildLabel),
          ).toBe(true);
        }
      }),
    );
  });

  it("keeps every write possible across bakes and rollbacks to recent builds: the oldest at 100 is never labelled", () => {
    const operations = fc.array(
      fc.oneof({ arbitrary: fc.constant("bake" as const), weight: 4 }, { arbitrary: fc.nat({ max: 4 }), weight: 1 }),
      { minLength: 140, maxLength: 260 },
    );
    fc.assert(
      fc.property(operations, fc.integer({ min: 5, max: 20 }), (ops, keepBuilds) => {
        const policy = { currentLabel, keepBuilds, headroom: 10 };
        let history: ParameterVersion[] = [];
        let runs = 0;
        for (const op of ops) {
          if (op === "bake") {
            const plan = planPruning(history, policy);
            expect(plan.blocked).toBeUndefined();
            history = put(applyPruning(history, plan), `ami-${String(runs).padStart(8, "0")}`);
            if (history.length === maxParameterVersions) expect(history[0]?.labels).toEqual([]);
            runs += 1;
            history = label(history, history.at(-1)!.version, [buildLabel(String(runs), "1"), currentLabel]);
          } else {
            // A rollback moves current to one of the newest builds, which keep their labels.
            const builds = history.filter((entry) => entry.labels.some(isBuildLabel));
            const target = builds.at(-1 - (op % Math.max(1, Math.min(builds.length, keepBuilds))));
            if (target !== undefined) history = label(history, target.version, [currentLabel]);
          }
          expect(history.length).toBeLessThanOrEqual(maxParameterVersions);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("does nothing while the history is far from the limit", () => {
    const history = Array.from({ length: 80 }, (_, index) => ({
      version: index + 1,
      value: "ami-0123456789abcdef0",
      labels: [buildLabel(String(index), "1")],
    }));
    expect(planPruning(history, { currentLabel, keepBuilds: 5, headroom: 10 })).toEqual({
      unlabel: [],
      protectedVersions: [76, 77, 78, 79, 80],
    });
  });

  it("takes labels off the versions the next bakes will drop", () => {
    const history = Array.from({ length: 95 }, (_, index) => ({
      version: index + 1,
      value: "ami-0123456789abcdef0",
      labels: [buildLabel(String(index + 1), "1"), ...(index === 94 ? [currentLabel] : [])],
    }));
    expect(planPruning(history, { currentLabel, keepBuilds: 5, headroom: 10 }).unlabel).toEqual(
      [1, 2, 3, 4, 5].map((version) => ({ version, labels: [`build-${version}-1`] })),
    );
  });

  it("says why a write is blocked when current sits on the oldest of 100 versions", () => {
    const history = Array.from({ length: maxParameterVersions }, (_, index) => ({
      version: index + 1,
      value: "ami-0123456789abcdef0",
      labels: index === 0 ? [currentLabel, "golden-2025"] : [],
    }));
    expect(planPruning(history, { currentLabel, keepBuilds: 5, headroom: 10 }).blocked).toEqual({
      version: 1,
      historySize: 100,
      labels: [currentLabel, "golden-2025"],
    });
  });
});
