import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { createAwsClients } from "../../../actions/lib/adapters/aws/clients.js";
import { marker } from "../../../actions/lib/core/render/markdown.js";
import { progressKey } from "../../../actions/lib/flows/rollout/rollout-flow.js";
import { githubEvent } from "../../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";
import { ensureDocument } from "./60-orca-update.js";

/**
 * The whole example fleet goes to ORCA 5.2.1 through the rollout: planned on a pull request, applied on merge ring by
 * ring; one early-ring clinic fails its update and rolls back, the rollout halts; a maintainer's resume finishes it.
 */
const target = "5.2.1";
const branch = `rollout/orca-${target}`;
/** Every window open and no freeze, so the demo need not wait for a Tokyo night outside the receipt days. */
const openWindow = "daily 00:00-23:59";

export const step: DemoStep = {
  title: `rollout takes the whole fleet to ORCA ${target}: canary, then a failure halts it, then a resume finishes it`,
  async run(ctx) {
    const { store } = ctx.cloud.github;
    const files = store.listFiles().filter((path) => path.startsWith("clinics/") && path.endsWith(".yml"));
    const changes = files.map((path) => ({ path, content: bumped(path, store.readFile(path) ?? "") }));
    // An early clinic still at the old release (step 60 may have updated one by hand already).
    const failing = earlyClinics(changes).find(
      (clinic) => ctx.cloud.aws.ssm.setOrca(instanceOf(ctx, clinic), {}).version !== target,
    );
    if (failing === undefined) throw new Error("the example fleet has no active early-ring clinic");
    ctx.say(
      `For the demo every clinic's window is "${openWindow}", freezes are off, bake 0 min, error budget 0 per wave` +
        " (fleet.yml's rollout policy, which the flow reads): in production these wait for the Tokyo night.",
    );
    const sim = ctx.cloud.aws.ssm;
    const { ssm } = createAwsClients({ region: ctx.cloud.env.AWS_REGION ?? "ap-northeast-1" });
    await ensureDocument(ctx, ssm);
    for (const instanceId of ctx.cloud.fleet.values()) sim.setOrca(instanceId, { updateFailsFor: [] });
    sim.setOrca(instanceOf(ctx, failing), { updateFailsFor: [target] });
    ctx.say(
      `${failing}'s update will fail its postcheck and roll back on its server (the local cloud's updateFailsFor).`,
    );
    const behind = [...ctx.cloud.fleet].filter(([, id]) => sim.setOrca(id, {}).mastersBehind.length > 0);
    for (const [clinic, id] of behind) {
      ctx.say(
        `${clinic}'s masters are behind (${sim.setOrca(id, {}).mastersBehind.join(", ")}, since step 60): its master update is the clinic's own operation in ORCA's screens, so the end-of-bake probe's masters-behind does not count against the budget.`,
      );
    }

    // The branch starts at main's head, as `git switch -c` would.
    store.git.refs.set(`refs/heads/${branch}`, store.branchSha(store.defaultBranch) ?? "");
    store.commitChanges(branch, `Take the fleet to ORCA ${target}`, changes);
    const pull = store.createPull({
      title: `ORCA ${target} for the fleet`,
      head: branch,
      base: store.defaultBranch,
      user: "yoko-sre",
    });
    ctx.say(`Pull request #${pull.number} changes ${files.length} files in clinics/: rollout.yml plans.`);
    for (const { path, content } of changes) await writeFile(join(ctx.workdir, path), content);
    const plan = await run(ctx, { mode: "plan" }, "pull_request.synchronize", {
      number: pull.number,
      pull_request: { number: pull.number, head: { ref: branch } },
    });
    ctx.say(`plan: status ${plan.outputs.status}; the plan comment is on #${pull.number}.`);

    const merge = store.mergePull(pull.number, { method: "merge", user: "yoko-sre" });
    ctx.say(`#${pull.number} is merged: rollout.yml applies in production, wave by wave.`);
    const applied = await run(ctx, { mode: "apply" }, "push", {
      after: merge.sha,
      head_commit: { id: merge.sha, message: merge.message },
    });
    outcome(ctx, "apply on merge", applied);
    if (applied.outputs.status !== "halted") throw new Error(`the rollout did not halt:\n${applied.log}`);
    onlyFailure(applied, failing);
    keyLines(ctx, pull.number, failing);

    ctx.say(`A maintainer reads the comment and starts rollout.yml by hand with resume: true.`);
    const resumed = await run(ctx, { mode: "apply", resume: "true" }, "workflow_dispatch", {});
    outcome(ctx, "manual run, resume: true", resumed);
    if (resumed.outputs.status !== "done") throw new Error(`the resume did not finish the rollout:\n${resumed.log}`);
    onlyFailure(resumed, failing);
    ctx.show(`Pull request #${pull.number} · the rollout comment, final`, progressComment(ctx, pull.number));
  },
};

/** A clinic file at the target release with an open window, or fleet.yml with the demo's rollout policy. */
function bumped(path: string, text: string): string {
  const doc = parseDocument(text);
  if (path === "clinics/fleet.yml") {
    doc.setIn(["rollout", "errorBudget"], 0);
    doc.setIn(["rollout", "bakeMinutes"], 0);
    doc.setIn(["rollout", "updateMinutes"], 1);
    doc.setIn(["rollout", "freeze"], { daysOfMonth: false, holidays: "allow", ranges: [] });
  } else {
    doc.setIn(["orca", "version"], target);
    doc.setIn(["maintenanceWindow"], openWindow);
  }
  return doc.toString();
}

/** The active early-ring clinics' ids. */
function earlyClinics(changes: { path: string; content: string }[]): string[] {
  return changes.flatMap(({ path, content }) => {
    const doc = parseDocument(content);
    const early =
      path !== "clinics/fleet.yml" && doc.getIn(["orca", "ring"]) === "early" && doc.get("status") === "active";
    return early ? [String(doc.get("id"))] : [];
  });
}

function instanceOf(ctx: DemoContext, clinic: string): string {
  const id = ctx.cloud.fleet.get(clinic);
  if (id === undefined) throw new Error(`no instance for ${clinic}`);
  return id;
}

async function run(
  ctx: DemoContext,
  inputs: Record<string, string>,
  name: "pull_request.synchronize" | "push" | "workflow_dispatch",
  overrides: Record<string, unknown>,
): Promise<ActionRun> {
  const { owner, repo } = ctx.cloud.github;
  const event = githubEvent(name, { repository: { owner, repo }, overrides });
  const result = await runAction({
    action: "rollout",
    inputs,
    ...event,
    // GitHub runs a manual run at the branch's head; the runner knows no repository, so it is told which.
    env: { ...ctx.cloud.env, GITHUB_SHA: ctx.cloud.github.store.branchSha(ctx.cloud.github.store.defaultBranch) ?? "" },
    workspace: ctx.workdir,
    timeoutMs: 300_000,
  });
  if (result.exitCode !== 0 && inputs.mode === "plan") throw new Error(`rollout plan failed:\n${result.log}`);
  return result;
}

/** The demo shows one designed failure: any other is a defect of the demo, the simulator or the flow. */
function onlyFailure(run: ActionRun, failing: string): void {
  const failed = run.outputs.failed;
  if (failed !== "1") throw new Error(`expected only ${failing} to fail, but ${failed} clinics failed:\n${run.log}`);
}

function outcome(ctx: DemoContext, title: string, run: ActionRun): void {
  const { status, updated, failed, remaining } = run.outputs;
  ctx.say(`${title}: status ${status}, updated ${updated}, failed ${failed}, remaining ${remaining}.`);
}

function progressComment(ctx: DemoContext, pull: number): string {
  const comment = ctx.cloud.github.store.commentsOn(pull).find((c) => c.body.startsWith(marker(progressKey)));
  if (comment === undefined) throw new Error(`no rollout comment on #${pull}`);
  return comment.body;
}

/** The halted comment's lines a person acts on: the headline, the rings' progress, the failure and how to resume. */
function keyLines(ctx: DemoContext, pull: number, failing: string): void {
  const lines = progressComment(ctx, pull)
    .split("\n")
    .filter((line) => /HALT|停止|resume|再開|canary|early|general/i.test(line) || line.includes(failing));
  ctx.show(`Pull request #${pull} · the rollout comment, key lines`, lines.join("\n"));
}
