import { describe, expect, it } from "vitest";
import { probeReason, wellAfterUpdate } from "../../../actions/lib/adapters/aws/probe-reason.js";
import type { InvocationOutcome } from "../../../actions/lib/adapters/aws/ssm-invocation-outcome.js";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import { clinicResults } from "../../../actions/lib/flows/rollout/clinic-results.js";
import { japaneseHolidays } from "../../../actions/lib/flows/rollout/holidays.js";
import { planRollout } from "../../../actions/lib/flows/rollout/plan.js";
import { renderProgress } from "../../../actions/lib/flows/rollout/progress-render.js";
import { answerToolkitDocument } from "../../localcloud/aws/ssm/agents/toolkit-answers.js";
import { defaultOrcaState } from "../../localcloud/orca/state.js";
import { clinic, instanceOf, policy, tokyo } from "./fixtures.js";

/** An unhealthy end-of-bake probe says why, from the healthcheck's result line, in the failures table. */
describe("the bake probe's reason", () => {
  const instanceId = "i-0123456789abcdef0";
  const outcome = (stdout: string): InvocationOutcome => ({
    instanceId,
    commandId: "c-1",
    end: "failed",
    statusDetails: "Failed",
    responseCode: 1,
    output: stdout,
    fullOutput: true,
    result: parseResultLine(stdout),
  });

  it("names the probe's status and ORCA's answer, or SSM's words when no line came back", () => {
    const down = answerToolkitDocument(
      "orca-healthcheck",
      { instanceId },
      { ...defaultOrcaState(), health: "down" },
      { probeTimeoutSeconds: ["1"] },
      new Date(),
    );
    expect(probeReason(outcome(down.stdout))).toMatch(/^(unreachable|http-error|timeout)/);
    expect(probeReason(outcome("no line"))).toMatch(/^Failed: /);
  });

  it("shows the reason in the failures table of the live comment", () => {
    const c = clinic("fukuoka-tenjin", { ring: "canary" });
    const instances = [
      instanceOf(c, {
        version: "5.2.1",
        record: { target: "5.2.1", outcome: "updated", wave: 0, at: "2026-11-14T15:00:00Z" },
      }),
    ];
    const plan = planRollout({
      clinics: [c],
      instances,
      policy: policy({ ringOrder: ["canary"], waveSizes: [1], errorBudget: 0 }),
      clock: tokyo("2026-11-15T02:00:00"),
      holidays: japaneseHolidays(),
      probes: [
        {
          clinicId: "fukuoka-tenjin",
          healthy: false,
          reason: "schema-mismatch (Api_Result 0000)",
          at: "2026-11-14T16:00:00Z",
        },
      ],
    });
    const text = renderProgress(plan, clinicResults(plan, instances), "halted", "en");
    expect(text).toContain("| fukuoka-tenjin | unhealthy after the update | schema-mismatch \\(Api\\_Result 0000\\) |");
  });
  // The demo's fukuoka-tenjin: its masters were behind before the rollout (step 60), and its healthy update was
  // counted as a failure that spent the early ring's budget.
  it("counts masters behind as well after the update, and a schema left behind or a down ORCA as not", () => {
    const probe = (state: Partial<ReturnType<typeof defaultOrcaState>>) => {
      const answer = answerToolkitDocument(
        "orca-healthcheck",
        { instanceId },
        { ...defaultOrcaState(), ...state },
        { probeTimeoutSeconds: ["1"] },
        new Date(),
      );
      return { ...outcome(answer.stdout), end: answer.exitCode === 0 ? ("success" as const) : ("failed" as const) };
    };
    const behind = probe({ mastersBehind: ["病名マスタ"] });
    expect(behind.end).toBe("failed");
    expect(wellAfterUpdate(behind)).toBe(true);
    expect(wellAfterUpdate(probe({}))).toBe(true);
    expect(wellAfterUpdate(probe({ schemaBehind: true }))).toBe(false);
    expect(wellAfterUpdate(probe({ health: "down" }))).toBe(false);
    expect(wellAfterUpdate(outcome("no line"))).toBe(false);
  });
});
