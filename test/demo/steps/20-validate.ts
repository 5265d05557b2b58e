import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { githubEvent } from "../../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";

/** The clinic file the demo breaks, and how: an institution code whose check digit is wrong. */
const brokenFile = "clinics/shinjuku-naika.yml";

export const step: DemoStep = {
  title: "validate checks the registry on every pull request",
  async run(ctx) {
    const [owner = "", repo = ""] = (ctx.cloud.env.GITHUB_REPOSITORY ?? "").split("/");
    const event = githubEvent("pull_request.opened", { repository: { owner, repo } });

    ctx.say("A pull request touches clinics/: the validate action runs on the example registry.");
    const valid = await runAction({ action: "validate", ...event, env: ctx.cloud.env, workspace: ctx.workdir });
    showRun(ctx, valid);
    if (valid.exitCode !== 0) throw new Error(`validate failed on the example registry:\n${valid.log}`);

    ctx.say(`Someone mistypes the institution code in ${brokenFile}; validate runs again on that branch.`);
    const branch = await ctx.tempDir("branch");
    try {
      await cp(ctx.workdir, branch, { recursive: true });
      const file = join(branch, brokenFile);
      const text = await readFile(file, "utf8");
      await writeFile(
        file,
        text.replace(
          /medicalInstitutionCode: "(\d{9})(\d)"/,
          (_m, body: string, digit: string) => `medicalInstitutionCode: "${body}${(Number(digit) + 1) % 10}"`,
        ),
      );
      const broken = await runAction({ action: "validate", ...event, env: ctx.cloud.env, workspace: branch });
      showRun(ctx, broken);
      if (broken.exitCode === 0) throw new Error("validate passed a registry with a wrong check digit");
      ctx.say("The check fails, so the pull request cannot merge until the file is fixed.");
    } finally {
      await rm(branch, { recursive: true, force: true });
    }
  },
};

function showRun(ctx: DemoContext, run: ActionRun): void {
  const annotations = run.annotations.map(
    (a) =>
      `${a.level === "error" ? "✖" : "⚠"} ${a.file ?? ""}${a.line === undefined ? "" : `:${a.line}`}${a.col === undefined ? "" : `:${a.col}`}  ${a.message}`,
  );
  ctx.show(
    `Checks · validate · ${run.exitCode === 0 ? "✔ success" : `✖ failure (exit ${run.exitCode})`}`,
    annotations.length === 0 ? "No annotations." : annotations.join("\n"),
  );
  ctx.show("Job summary · validate", run.summary === "" ? "(no summary)" : run.summary);
}
