import { describe, expect, it } from "vitest";
import { type ParameterLookup, ParameterMissing } from "../../../actions/lib/adapters/aws/parameter-lookup.js";
import type { Issues } from "../../../actions/lib/adapters/github/issues.js";
import { type Log, silentLog } from "../../../actions/lib/core/ports.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
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
    const report = await showPlan(deps, fleet, plan, { payload: { pull_request: { number: 12 } }, sha: "abc" });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ issue: 12, key: planCommentKey });
    expect(comments[0]?.body).toContain("ami-0123456789abcdef0");
    expect(report).toEqual({
      outputs: { "comment-url": "https://github.test/pull/12#comment" },
      summary: comments[0]?.body,
    });
  });

  it("writes only the summary outside a pull request", async () => {
    const { deps, comments } = fakes("present");
    const report = await showPlan(deps, fleet, plan, { payload: { head_commit: null }, sha: "abc" });
    expect(comments).toEqual([]);
    expect(report.outputs).toEqual({});
    expect(report.summary).toContain("new-clinic");
  });

  it("still shows the plan when the golden AMI is missing, with a warning that says how to fix it", async () => {
    const { deps, warnings } = fakes("missing");
    const report = await showPlan(deps, fleet, plan, { payload: {}, sha: "abc" });
    expect(report.summary).toContain("new-clinic");
    expect(warnings).toEqual([expect.stringContaining("run the bake-ami workflow")]);
  });
});
