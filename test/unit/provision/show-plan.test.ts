import { describe, expect, it } from "vitest";
import { type ParameterLookup, ParameterMissing } from "../../../actions/lib/adapters/aws/parameter-lookup.js";
import type { Issues } from "../../../actions/lib/adapters/github/issues.js";
import { type Log, silentLog } from "../../../actions/lib/core/ports.js";
import { marker } from "../../../actions/lib/core/render/markdown.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
import { openProvision } from "../../../actions/lib/flows/provision/reviewed.js";
import { planCommentKey, showPlan } from "../../../actions/lib/flows/provision/show-plan.js";
import { clinic, fixedClock, fleet } from "./fixtures.js";

/** Small fakes of the ports showPlan uses: only what it calls is made; anything else fails the test. */
function fakes(ami: "present" | "missing") {
  const comments: { issue: number; key: string; body: string }[] = [];
  const warnings: string[] = [];
  const unused = () => Promise.reject(new Error("showPlan must not call this"));
  const parameterLookup: ParameterLookup = {
    get: async (selector) => {
      if (ami === "missing") throw new ParameterMissing(selector, "ParameterVersionLabelNotFound");
      return { value: "ami-0123456789abcdef0", version: 3 };
    },
  };
  const issues: Issues = {
    get: unused,
    findSticky: unused,
    comment: unused,
    relabel: unused,
    close: unused,
    upsertSticky: async (issue, key, body) => {
      comments.push({ issue, key, body });
      return { url: `https://github.test/pull/${issue}#comment`, outcome: "created" };
    },
  };
  const log: Log = { ...silentLog, warning: (message) => warnings.push(message) };
  return { deps: { aws: { parameterLookup }, github: { issues }, log }, comments, warnings };
}

const plan = planProvision({ clinics: [clinic("new-clinic")], instances: [], clock: fixedClock });

describe("showPlan", () => {
  it("comments the plan on a pull request under one key, and reports the comment and the summary", async () => {
    const { deps, comments } = fakes("present");
    const report = await showPlan(deps, { fleet, clinics: plan.create }, plan, {
      payload: { pull_request: { number: 12 } },
      sha: "abc",
    });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ issue: 12, key: planCommentKey });
    expect(comments[0]?.body).toContain("ami-0123456789abcdef0");
    expect(report.outputs).toEqual({ "comment-url": "https://github.test/pull/12#comment" });
    // The comment is the summary and the hidden reviewed-plan block that apply checks on merge.
    expect(comments[0]?.body.startsWith(report.summary ?? "-")).toBe(true);
    const opened = openProvision(comments[0]?.body ?? "");
    if (!opened.found || !opened.ok) throw new Error("the plan comment carries no readable reviewed plan");
    expect(opened.state.ami).toEqual({ selector: "/orca-fleet/golden-ami:current", amiId: "ami-0123456789abcdef0" });
    expect(opened.state.create?.map((c) => c.id)).toEqual(["new-clinic"]);
    expect(report.summary).not.toContain("reviewed-plan");
  });

  it("writes only the summary outside a pull request", async () => {
    const { deps, comments } = fakes("present");
    const report = await showPlan(deps, { fleet, clinics: plan.create }, plan, {
      payload: { head_commit: null },
      sha: "abc",
    });
    expect(comments).toEqual([]);
    expect(report.outputs).toEqual({});
    expect(report.summary).toContain("new-clinic");
  });

  it("still shows the plan when the golden AMI is missing, saying so in the comment and the summary", async () => {
    const { deps, warnings, comments } = fakes("missing");
    const report = await showPlan(deps, { fleet, clinics: plan.create }, plan, {
      payload: { pull_request: { number: 3 } },
      sha: "abc",
    });
    expect(report.summary).toContain("new-clinic");
    expect(report.summary).toContain("ゴールデン AMI `/orca-fleet/golden-ami:current` を解決できません");
    expect(comments[0]?.body).toContain(
      "パラメータにラベル `current` の付いたバージョンがありません（SSM の応答: `ParameterVersionLabelNotFound`）",
    );
    expect(comments[0]?.body).toContain("bake-ami ワークフローを実行");
    expect(warnings).toEqual([expect.stringContaining("ParameterVersionLabelNotFound")]);
  });

  it.each([1_000, 5_000])(
    "keeps the plan comment for %i clinics under GitHub's 65,536 characters, with a readable reviewed block",
    async (count) => {
      const { deps, comments } = fakes("present");
      const many = Array.from({ length: count }, (_, i) =>
        clinic(`clinic-${String(i).padStart(5, "0")}`, "active", "長い名前の診療所".repeat(12)),
      );
      const big = planProvision({ clinics: many, instances: [], clock: fixedClock });
      await showPlan(deps, { fleet, clinics: many }, big, { payload: { pull_request: { number: 9 } }, sha: "abc" });
      const body = `${marker(planCommentKey)}\n${comments[0]?.body ?? ""}`;
      expect(body.length).toBeLessThan(65_536);
      expect(body).toContain(`ほか ${count - (body.match(/\| `clinic-\d{5}` \|/g) ?? []).length} 件`);
      const opened = openProvision(body);
      if (!opened.found || !opened.ok) throw new Error("the plan comment carries no readable reviewed plan");
      expect(opened.state.count).toBe(count);
    },
  );
});
