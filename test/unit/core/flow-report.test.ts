import { describe, expect, it } from "vitest";
import { exitCodes, type FlowReport, flowOutcome, publishReport } from "../../../actions/lib/core/flow-report.js";

function recorder() {
  const calls: string[] = [];
  const action = {
    setOutput: (name: string, value: string | number) => calls.push(`output ${name}=${value}`),
    setFailed: (message: string) => calls.push(`failed ${message}`),
    summary: { addRaw: (text: string) => ({ write: async () => calls.push(`summary ${text}`) }) },
  };
  return { calls, action, exit: (code: number) => calls.push(`exit ${code}`) };
}

describe("a flow report tells a refusal from an unexpected error", () => {
  it("names the outcome from what the report carries", () => {
    expect(flowOutcome({ outputs: {} })).toBe("done");
    expect(flowOutcome({ outputs: {}, failure: "fix the file" })).toBe("refused");
    expect(flowOutcome({ outputs: {}, error: "EC2 answered 500" })).toBe("error");
    expect(flowOutcome({ outputs: {}, failure: "x", error: "y" })).toBe("error");
  });

  it("exits 1 for a refusal and 2 for an unexpected error, with the summary written either way", async () => {
    const refused = recorder();
    await publishReport({ outputs: {}, summary: "## s", failure: "why" }, refused.action, refused.exit);
    expect(refused.calls).toEqual(["summary ## s", "failed why"]);

    const broken = recorder();
    const report: FlowReport = { outputs: { outcome: "error" }, summary: "## s", error: "bug" };
    await publishReport(report, broken.action, broken.exit);
    expect(broken.calls).toEqual(["output outcome=error", "summary ## s", "failed bug", `exit ${exitCodes.error}`]);
    expect(exitCodes.error).not.toBe(exitCodes.refused);
  });
});
