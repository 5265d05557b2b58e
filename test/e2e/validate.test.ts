import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubEvent } from "../localcloud/runner/events.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { runAction } from "../localcloud/runner/run-action.js";

/** The validate action from the bundle, as the runner starts it on a pull request that touches clinics/. */

let workspace: string;

beforeAll(async () => {
  // A checkout whose registry has a bad window (two bad times) and an unknown subnet in one file, an unquoted code in another.
  workspace = mkdtempSync(join(tmpdir(), "validate-e2e-"));
  cpSync(repoPath("clinics"), join(workspace, "clinics"), { recursive: true });
  const edit = (name: string, from: string, to: string) => {
    const file = join(workspace, "clinics", name);
    writeFileSync(file, readFileSync(file, "utf8").replace(from, to));
  };
  edit("umeda-hifuka.yml", "Sat 20:00-23:30", "Mon 25:00-26:00");
  edit("umeda-hifuka.yml", "subnet: private-a", "subnet: public-a");
  edit("sapporo-kita.yml", '"0110112489"', "0110112489");
}, 300_000);

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const event = githubEvent("pull_request.opened");

describe("the validate action", () => {
  it("passes the example registry, with outputs and a summary", async () => {
    const run = await runAction({ action: "validate", ...event });
    expect(run.exitCode).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs).toEqual({ clinics: "14", problems: "0" });
    expect(run.summary).toContain("14 件の医療機関を確認しました。問題はありません。");
  });

  it("annotates every problem at its file, line and column, relative to the workspace, and fails", async () => {
    const run = await runAction({ action: "validate", ...event, workspace, inputs: { path: "clinics" } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({ clinics: "12", problems: "4" });
    const errors = run.annotations.filter((a) => a.level === "error" && a.file !== undefined);
    expect(errors.map(({ file, line, col, title }) => ({ file, line, col, title }))).toEqual([
      { file: "clinics/sapporo-kita.yml", line: 4, col: 25, title: "medicalInstitutionCode" },
      { file: "clinics/umeda-hifuka.yml", line: 12, col: 11, title: "instance.subnet" },
      { file: "clinics/umeda-hifuka.yml", line: 13, col: 20, title: "maintenanceWindow" },
      { file: "clinics/umeda-hifuka.yml", line: 13, col: 20, title: "maintenanceWindow" },
    ]);
    expect(errors[0]?.message).toContain('引用符で囲んでください: "0110112489"');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: "clinics に 4 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。",
      }),
    );
    expect(run.summary).toContain("| `clinics/umeda-hifuka.yml:12:11` | instance.subnet |");
  });
});
