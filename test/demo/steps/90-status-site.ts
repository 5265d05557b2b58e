import { cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { githubEvent } from "../../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";

const historyBranch = "fleet-status";
/** Kept after the demo ends (its other folders are removed), so the page can be opened; replaced on each run. */
const siteDir = join(tmpdir(), "orca-fleet-demo-site");

export const step: DemoStep = {
  title: "The weekly patch report writes the fleet's history; the status site is built from it",
  async run(ctx) {
    const { owner, repo } = ctx.cloud.github;
    const workspace = await ctx.tempDir("status");
    await cp(ctx.workdir, workspace, { recursive: true });
    const scheduled = githubEvent("schedule", { repository: { owner, repo } });
    const run = async (action: string, inputs: Record<string, string>): Promise<ActionRun> => {
      const done = await runAction({ action, inputs, ...scheduled, env: ctx.cloud.env, workspace });
      if (done.exitCode !== 0) throw new Error(`${action} failed:\n${done.log}`);
      return done;
    };

    ctx.say(`Monday 09:00 in Tokyo: patch-report reads Patch Manager and records what changed on ${historyBranch}.`);
    const report = await run("patch-report", { clinics: "clinics", "history-branch": historyBranch });
    ctx.show("Job summary · patch-report", report.summary);

    ctx.say("status-site reads that history and the registry, and writes a static page for GitHub Pages.");
    const site = await run("status-site", { clinics: "clinics", "history-branch": historyBranch, out: "site" });
    await rm(siteDir, { recursive: true, force: true });
    await cp(join(workspace, "site"), siteDir, { recursive: true });
    ctx.say(
      `${site.outputs.clinics ?? "?"} clinics on the site; not yet in the history: ${site.outputs.missing ?? "?"}.`,
    );
    ctx.say(`Open it in a browser (it works offline): file://${join(siteDir, "index.html")}`);
  },
};
