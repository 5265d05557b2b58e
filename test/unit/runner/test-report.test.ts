import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { repoPath, repoRoot } from "../../localcloud/runner/paths.js";

const run = promisify(execFile);
const script = repoPath(".ci", "test-report.mjs");
const dir = mkdtempSync(join(tmpdir(), "test-report-"));

async function report(content: unknown, ...args: string[]) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  try {
    const { stdout } = await run(process.execPath, [script, file, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr: "" };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const file = (name: string, start: number, end: number, status = "passed") => ({
  name: join(repoRoot, name),
  startTime: start,
  endTime: end,
  status,
});

describe(".ci/test-report.mjs", () => {
  it("lists the slowest files first, as many as asked, and the summary line", async () => {
    const printed = await report(
      {
        startTime: 1_000,
        numPassedTests: 7,
        numFailedTests: 1,
        numPendingTests: 1,
        numTodoTests: 1,
        testResults: [
          file("test/unit/a.test.ts", 1_000, 1_500),
          file("test/e2e/b.test.ts", 1_000, 91_000, "failed"),
          file("test/contract/c.test.ts", 2_000, 14_000),
        ],
      },
      "2",
    );
    expect(printed.code).toBe(0);
    expect(printed.stdout.split("\n")).toEqual([
      "slowest test files (2 of 3):",
      "    90.0 s  test/e2e/b.test.ts       (failed)",
      "    12.0 s  test/contract/c.test.ts",
      "from the first file's start to the last file's end: 90.0 s",
      "tests: 7 passed, 1 failed, 2 skipped",
      "",
    ]);
  });

  it("ranks files by CPU seconds, their own and their children's, from test/suite/file-cpu.ts's lines", async () => {
    const cpu = join(dir, "cpu.log");
    const line = (name: string, own: number, children: number) =>
      JSON.stringify({ file: join(repoRoot, name), pid: 1, own, children });
    writeFileSync(
      cpu,
      `${[line("test/unit/a.test.ts", 0.5, 0), line("test/e2e/b.test.ts", 2, 18.25), line("test/c.test.ts", 1, 3)].join("\n")}\n`,
    );
    const printed = await report(
      { startTime: 0, numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [] },
      "2",
      cpu,
    );
    expect(printed.code).toBe(0);
    expect(printed.stdout.split("\n")).toEqual([
      "slowest test files (0 of 0):",
      "most CPU (2 of 3 files, 25 CPU s in all):",
      "    20.3 s  (own 2.0, started 18.3)      test/e2e/b.test.ts",
      "     4.0 s  (own 1.0, started 3.0)       test/c.test.ts",
      "tests: 3 passed, 0 failed, 0 skipped",
      "",
    ]);
    writeFileSync(cpu, `${JSON.stringify({ file: "x.test.ts", own: "1" })}\n`);
    const bad = await report({ testResults: [] }, "2", cpu);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not \{file, own, children\}/);
  });

  it("refuses a file that is not a vitest JSON report, and a count that is not a whole number", async () => {
    const notReport = await report({ numPassedTests: 1 });
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/not a vitest JSON report/);
    const badCount = await report({ testResults: [] }, "ten");
    expect(badCount.code).toBe(2);
    expect(badCount.stderr).toMatch(/HOW_MANY must be a whole number above 0, not ten/);
  });
});
