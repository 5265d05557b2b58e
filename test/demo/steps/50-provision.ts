import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { marker } from "../../../actions/lib/core/render/markdown.js";
import { githubEvent } from "../../localcloud/runner/events.js";
import { runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";

export const step: DemoStep = {
  title: "provision plans on the pull request, and on merge creates the clinic's instance",
  async run(ctx) {
    const { store, owner, repo } = ctx.cloud.github;
    const pull = [...store.pulls.values()].find(
      (p) => p.head.startsWith("clinic-request/") && store.issue(p.number).state === "open",
    );
    if (pull === undefined) {
      ctx.say("No open clinic-request pull request (step 30 did not run): nothing to provision.");
      return;
    }
    const changed = store.pullFiles(pull).map((file) => file.filename);
    ctx.say(`Pull request #${pull.number} changes ${changed.join(", ")}: plan.yml runs provision in plan mode.`);
    await checkOut(ctx, changed, pull.head);
    const opened = githubEvent("pull_request.synchronize", {
      repository: { owner, repo },
      overrides: { number: pull.number, pull_request: { number: pull.number, head: { ref: pull.head } } },
    });
    const plan = await runAction({
      action: "provision",
      inputs: { mode: "plan" },
      ...opened,
      env: ctx.cloud.env,
      workspace: ctx.workdir,
    });
    if (plan.exitCode !== 0) throw new Error(`provision plan failed:\n${plan.log}`);
    const planComment = store.commentsOn(pull.number).find((c) => c.body.startsWith(marker("provision-plan")));
    ctx.show(
      `Pull request #${pull.number} · the plan comment (updated in place on every push)`,
      planComment?.body ?? "",
    );

    ctx.say(
      `A reviewer merges #${pull.number}; apply.yml runs provision in apply mode, in the production environment: it launches, then runs orca-healthcheck (synced in step 45) until ORCA answers.`,
    );
    const merge = store.mergePull(pull.number, { method: "merge", user: "yoko-sre" });
    await checkOut(ctx, changed, store.defaultBranch);
    const pushed = githubEvent("push", {
      repository: { owner, repo },
      overrides: { after: merge.sha, head_commit: { id: merge.sha, message: merge.message } },
    });
    const apply = await runAction({
      action: "provision",
      inputs: { mode: "apply", "wait-timeout-minutes": "2" },
      ...pushed,
      env: ctx.cloud.env,
      workspace: ctx.workdir,
    });
    ctx.show(
      `Checks · apply · ${apply.exitCode === 0 ? "✔ success" : `✖ failure (exit ${apply.exitCode})`}`,
      apply.summary,
    );
    if (apply.exitCode !== 0) throw new Error(`provision apply failed:\n${apply.log}`);
    ctx.show(`Pull request #${pull.number} · the report`, store.commentsOn(pull.number).at(-1)?.body ?? "");
    const issueNumber = Number(apply.outputs.issue);
    if (Number.isInteger(issueNumber)) {
      ctx.show(`Issue #${issueNumber} · the report`, store.commentsOn(issueNumber).at(-1)?.body ?? "");
      ctx.say(`Issue #${issueNumber} is now ${store.issue(issueNumber).state}.`);
    }
  },
};

/** Brings the changed files of a branch into the workspace, as actions/checkout of that ref would. */
async function checkOut(ctx: DemoContext, paths: readonly string[], ref: string): Promise<void> {
  for (const path of paths) {
    const text = ctx.cloud.github.store.readFile(path, ref);
    if (text === undefined) continue;
    await mkdir(dirname(join(ctx.workdir, path)), { recursive: true });
    await writeFile(join(ctx.workdir, path), text);
  }
}
