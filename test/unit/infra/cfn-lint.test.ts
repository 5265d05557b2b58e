import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthFleet } from "./synth.js";

/**
 * Warnings cfn-lint may give, each with why it is right here. Errors are never accepted.
 * W3010: the availability zones are named on purpose (infra/regions.ts), so fleet.yml's subnet names hold.
 */
const acceptedWarnings = new Set(["W3010"]);

const work = mkdtempSync(join(tmpdir(), "cfn-lint-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let templateFile: string;

beforeAll(async () => {
  const { template } = await synthFleet();
  templateFile = join(work, "fleet.template.json");
  writeFileSync(templateFile, JSON.stringify(template.toJSON(), null, 1));
}, 120_000);

describe("the synthesized template", () => {
  it("passes cfn-lint", () => {
    const run = spawnSync("cfn-lint", ["--format", "parseable", "--", templateFile], { encoding: "utf8" });
    if (run.error !== undefined) {
      throw new Error(
        `cfn-lint could not run (${run.error.message}): it is in the machine image's Python; install it with pip install cfn-lint`,
      );
    }
    const findings = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.trim() !== "");
    const rule = (line: string) => line.split(":")[5] ?? line;
    expect(findings.filter((line) => !acceptedWarnings.has(rule(line)))).toEqual([]);
    // cfn-lint's exit status is a bit mask: 2 errors, 4 warnings, 8 informational; 1 means it failed to run.
    expect(run.status === null ? -1 : run.status & 3).toBe(0);
    // cfn-lint (Python) ran 48 s at a load of 15 on two cores and 86 s at 20, past vitest's 60 s default.
  }, 180_000);
});
