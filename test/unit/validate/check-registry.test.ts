import { describe, expect, it } from "vitest";
import { type FlowReport, publishReport } from "../../../actions/lib/core/flow-report.js";
import { type Annotation, type Log, silentLog } from "../../../actions/lib/core/ports.js";
import { checkRegistry } from "../../../actions/lib/flows/validate/check-registry.js";

/** A log that keeps its error annotations, as the runner would show them. */
function recordingLog(): { log: Log; errors: { message: string; annotation?: Annotation }[] } {
  const errors: { message: string; annotation?: Annotation }[] = [];
  return {
    log: {
      ...silentLog,
      error: (message, annotation) => errors.push({ message, ...(annotation ? { annotation } : {}) }),
    },
    errors,
  };
}

describe("checkRegistry", () => {
  it("passes the example registry: outputs, a summary in the fleet's locale, no failure", async () => {
    const { log, errors } = recordingLog();
    const report = await checkRegistry(log, { clinics: "clinics", workspace: process.cwd() });
    expect(errors).toEqual([]);
    expect(report.failure).toBeUndefined();
    expect(report.outputs.problems).toBe(0);
    expect(report.summary).toContain("件の医療機関を確認しました");
  });

  it("annotates each problem on its file and fails with the count", async () => {
    const { log, errors } = recordingLog();
    const dir = "test/fixtures/registry/bad-check-digit";
    const report = await checkRegistry(log, { clinics: dir, workspace: process.cwd() });
    const problems = Number(report.outputs.problems);
    expect(problems).toBeGreaterThan(0);
    expect(errors).toHaveLength(problems);
    expect(errors[0]?.annotation?.file).toMatch(new RegExp(`^${dir}/`));
    expect(report.failure).toBe(
      `${dir} に ${problems} 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。`,
    );
  });
});

describe("publishReport", () => {
  it("writes every output, the summary, and fails only when the report says so", async () => {
    const calls: string[] = [];
    const action = {
      setOutput: (name: string, value: string | number) => calls.push(`output ${name}=${value}`),
      setFailed: (message: string) => calls.push(`failed ${message}`),
      summary: { addRaw: (text: string) => ({ write: async () => calls.push(`summary ${text}`) }) },
    };
    const report: FlowReport = { outputs: { a: 1, b: "x" }, summary: "## s", failure: "why" };
    await publishReport(report, action);
    expect(calls).toEqual(["output a=1", "output b=x", "summary ## s", "failed why"]);
    calls.length = 0;
    await publishReport({ outputs: {} }, action);
    expect(calls).toEqual([]);
  });
});
