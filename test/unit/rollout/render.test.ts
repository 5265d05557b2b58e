import { describe, expect, it } from "vitest";
import { japaneseHolidays } from "../../../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import { renderRolloutPlan, tokyoTime } from "../../../actions/lib/flows/rollout/render.js";
import { clinic, instanceOf, policy, tokyo } from "./fixtures.js";

/** One plan with every kind of line, rendered in both locales and held by snapshots. */
function samplePlan() {
  const clinics = [
    clinic("c-one", { ring: "canary", window: "Sun 01:00-05:00" }),
    clinic("e-one", { ring: "early" }),
    clinic("e-two", { ring: "early" }),
    clinic("g-one", { ring: "general", window: "Mon 00:30-04:30" }),
    clinic("older", { version: "5.1.0" }),
    clinic("resting", { status: "suspended" }),
  ];
  const [c, e1, e2, g, older, resting] = clinics;
  if (!c || !e1 || !e2 || !g || !older || !resting) throw new Error("fixture");
  return planRollout({
    clinics,
    instances: [
      instanceOf(c, {
        version: "5.2.1",
        record: { target: "5.2.1", outcome: "updated", wave: 0, at: "2026-11-01T16:00:00Z" },
      }),
      instanceOf(e1, { record: { target: "5.2.1", outcome: "rolled-back", wave: 0, at: "2026-11-08T16:00:00Z" } }),
      instanceOf(e2, { record: { target: "5.2.1", outcome: "rollback-failed", wave: 0, at: "2026-11-08T16:00:00Z" } }),
      instanceOf(g),
      instanceOf(older, { version: "5.2.0" }),
      instanceOf(resting),
    ],
    policy: policy({ waveSizes: [2] }),
    clock: tokyo("2026-11-15T02:00:00"),
    holidays: japaneseHolidays(),
    probes: [{ clinicId: "c-one", healthy: true, at: "2026-11-03T00:00:00Z" }],
  });
}

describe("renderRolloutPlan", () => {
  it("renders a halted plan in English", () => {
    expect(renderRolloutPlan(samplePlan(), "en")).toMatchSnapshot();
  });

  it("renders the same plan in Japanese", () => {
    const text = renderRolloutPlan(samplePlan(), "ja");
    expect(text).toMatchSnapshot();
    expect(text).toContain("停止中: e-two でロールバックに失敗しました");
    expect(text).toContain("orca-update 自身のロールバック");
  });

  it("shows times as Tokyo wall time", () => {
    expect(tokyoTime("2026-11-14T17:00:00.000Z")).toBe("2026-11-15 02:00");
  });
});
