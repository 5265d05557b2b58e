import { describe, expect, it } from "vitest";
import { clinicResults } from "../../../actions/lib/flows/rollout/clinic-results.js";
import { japaneseHolidays } from "../../../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import { renderProgress } from "../../../actions/lib/flows/rollout/progress-render.js";
import { clinic, instanceOf, policy, tokyo } from "./fixtures.js";

/** After a halt and a resume, a wave still shows the failures it had: acknowledging them lifts the halt, not the count. */
describe("the resumed comment's per-wave failures", () => {
  const early = ["e-a", "e-b", "e-c", "e-d"].map((id) => clinic(id, { ring: "early" }));
  const record = (outcome: "rolled-back" | "updated") => ({
    version: outcome === "updated" ? "5.2.1" : "5.2.0",
    record: { target: "5.2.1", outcome, wave: 0, at: "2026-11-14T15:00:00Z" },
  });
  const instances = [
    instanceOf(early[0] ?? clinic("x"), record("rolled-back")),
    instanceOf(early[1] ?? clinic("x"), record("rolled-back")),
    instanceOf(early[2] ?? clinic("x"), record("updated")),
    instanceOf(early[3] ?? clinic("x")),
  ];
  const planAt = (resume?: { acknowledgedThrough: string; retryFailed: boolean }) =>
    planRollout({
      clinics: early,
      instances,
      policy: policy({ ringOrder: ["early"], waveSizes: [3], errorBudget: 1 }),
      clock: tokyo("2026-11-15T02:00:00"),
      holidays: japaneseHolidays(),
      ...(resume === undefined ? {} : { resume }),
    });

  it("counts the acknowledged failures in their wave, as the ring does, and no longer halts on them", () => {
    const halted = planAt();
    const resumed = planAt({ acknowledgedThrough: "2026-11-14T16:00:00Z", retryFailed: false });
    expect(halted.halt).toMatchObject({ failures: 2, budget: 1 });
    expect(resumed.halt).toBeUndefined();
    for (const p of [halted, resumed]) {
      const [wave] = p.rings[0]?.waves ?? [];
      expect(wave).toMatchObject({ wave: 0, failures: 2, budget: 1 });
      const text = renderProgress(p, clinicResults(p, instances), "updating", "en");
      expect(text).toMatch(/Ring early: [a-z]+, 1 updated, 2 failed/);
      expect(text).toContain("wave 1: 3 clinics, 2 failed (budget 1)");
    }
  });
});
