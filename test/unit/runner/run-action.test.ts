import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubEvent } from "../../localcloud/runner/events.js";
import { inputVariable, killRunningActions, runAction } from "../../localcloud/runner/run-action.js";

/** A fixture action in plain JavaScript that reports what the runner gave it. */
const fixtureEntry = `
import { appendFileSync, readFileSync } from "node:fs";
const env = process.env;
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
const out = (name, value) => appendFileSync(env.GITHUB_OUTPUT, name + "<<EOF_1\\n" + value + "\\nEOF_1\\n");
out("greeting", env.INPUT_GREETING);
out("max-items", env["INPUT_MAX ITEMS"] ?? env.INPUT_MAX_ITEMS);
out("token", env.INPUT_TOKEN);
out("event", env.GITHUB_EVENT_NAME + ":" + event.action + ":" + env.GITHUB_REPOSITORY);
out("runner", [env.GITHUB_ACTIONS, env.GITHUB_REF, process.version.split(".")[0], env.AWS_REGION ?? "none"].join(" "));
out("cwd", process.cwd());
appendFileSync(env.GITHUB_STEP_SUMMARY, "### Done\\n");
console.log("::error file=clinics/a.yml,line=3::broken%0Afield");
process.exitCode = env.INPUT_FAIL === "yes" ? 1 : 0;
`;

const fixtureYml = `name: fixture
description: reports what the runner passed
inputs:
  greeting:
    description: a word
    default: hello
  max items:
    description: a number typed as YAML number
    default: 10
  token:
    description: the token
    default: \${{ github.token }}
  fail:
    description: fail on purpose
    required: false
  must:
    description: a required one
    required: true
runs:
  using: node24
  main: ../dist/fixture.js
`;

/** An action that starts a child of its own and waits; the child's pid goes to the workspace. */
const sleeperEntry = `
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
const child = spawn("sleep", ["30"], { stdio: "ignore" });
writeFileSync("sleeper.pid", String(child.pid));
setTimeout(() => undefined, 30_000);
`;
const sleeperYml = "name: sleeper\ndescription: waits\nruns:\n  using: node24\n  main: ../dist/sleeper.js\n";

/** Alive and not a zombie: in a container nobody may reap the orphan, but a zombie runs nothing. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  return stat !== "" && !/\) Z /.test(stat);
}

describe("runAction starts an action as GitHub's runner does", () => {
  let actionsDir: string;
  let workspace: string;

  beforeAll(async () => {
    actionsDir = await mkdtemp(join(tmpdir(), "actions-"));
    workspace = await mkdtemp(join(tmpdir(), "workspace-"));
    await mkdir(join(actionsDir, "fixture"));
    await mkdir(join(actionsDir, "dist"));
    await writeFile(join(actionsDir, "fixture", "action.yml"), fixtureYml);
    await writeFile(join(actionsDir, "dist", "fixture.js"), fixtureEntry);
    await mkdir(join(actionsDir, "sleeper"));
    await writeFile(join(actionsDir, "sleeper", "action.yml"), sleeperYml);
    await writeFile(join(actionsDir, "dist", "sleeper.js"), sleeperEntry);
    await mkdir(join(actionsDir, "broken"));
    await writeFile(
      join(actionsDir, "broken", "action.yml"),
      "name: b\ndescription: b\nruns:\n  using: node16\n  main: x.js\n",
    );
  });

  afterAll(async () => {
    await rm(actionsDir, { recursive: true, force: true });
    await rm(workspace, { recursive: true, force: true });
  });

  it("passes inputs with defaults, the event and the environment, and collects outputs, summary and annotations", async () => {
    const event = githubEvent("issues.opened", { repository: { owner: "clinic-ops", repo: "fleet" } });
    const run = await runAction({
      action: "fixture",
      actionsDir,
      workspace,
      inputs: { must: "x" },
      ...event,
      env: { GITHUB_TOKEN: "ghs_test", AWS_REGION: "ap-northeast-1" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      greeting: "hello",
      "max-items": "10",
      token: "ghs_test",
      event: "issues:opened:clinic-ops/fleet",
      runner: "true refs/heads/main v24 ap-northeast-1",
      cwd: workspace,
    });
    expect(run.summary).toBe("### Done\n");
    expect(run.annotations).toEqual([{ level: "error", message: "broken\nfield", file: "clinics/a.yml", line: 3 }]);
  });

  it("reports the exit code of a failing action and warns about undeclared inputs", async () => {
    const run = await runAction({
      action: "fixture",
      actionsDir,
      inputs: { must: "x", fail: "yes", colour: "red" },
      ...githubEvent("schedule"),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]).toMatchObject({ level: "warning", message: expect.stringContaining("'colour'") });
  });

  it("refuses to start without a required input, and an action that is not node24", async () => {
    await expect(runAction({ action: "fixture", actionsDir, ...githubEvent("push") })).rejects.toThrow(
      /required input\(s\) missing: must/,
    );
    await expect(runAction({ action: "broken", actionsDir, ...githubEvent("push") })).rejects.toThrow(/node24/);
  });

  it("kills a running action and what it started", async () => {
    const pidFile = join(workspace, "sleeper.pid");
    const run = runAction({ action: "sleeper", actionsDir, workspace, ...githubEvent("schedule") });
    let pid = "";
    while (pid === "") pid = await readFile(pidFile, "utf8").catch(() => "");
    killRunningActions();
    expect(await run).toMatchObject({ exitCode: 137, outputs: {}, summary: "" });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await isRunning(Number(pid))).toBe(false);
  });

  it("names inputs as the runner does", () => {
    expect(inputVariable("max items")).toBe("INPUT_MAX_ITEMS");
    expect(inputVariable("dry-run")).toBe("INPUT_DRY-RUN");
  });
});
