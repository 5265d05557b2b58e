import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import { clinicRequestForm } from "../../../actions/lib/flows/intake/form.js";
import type { LocalCloud } from "../../localcloud/index.js";
import { githubEvent } from "../../localcloud/runner/events.js";
import { runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";

/** The demo's new clinic; the first version of the request has a wrong check digit and a window in free words. */
const answers = {
  id: "ueno-naika",
  name: "上野駅前内科クリニック",
  "medical-institution-code": "1317654320",
  prefecture: "東京都",
  "orca-version": "5.2.0",
  ring: "canary",
  "instance-type": "t3.medium",
  subnet: "private-a",
  "maintenance-window": "Sun 01:00-05:00",
  "contact-name": "上野 陽子",
  "contact-email": "yoko@ueno-naika.example.jp",
};
const mistakes = { "medical-institution-code": "１３１７６５４３２１", "maintenance-window": "日曜の深夜" };

export const step: DemoStep = {
  title: "intake turns a clinic-request issue into a pull request",
  async run(ctx) {
    const { store } = ctx.cloud.github;
    const body = requestBody(ctx.cloud);
    store.addUser("yoko-sre", "User", "MEMBER");
    const issue = store.createIssue({
      title: "クリニック追加依頼: 上野駅前内科クリニック",
      body: body({ ...answers, ...mistakes }),
      labels: ["clinic-request"],
      user: "yoko-sre",
    });

    ctx.say(`Issue #${issue.number} arrives from the form with two mistakes: a check digit and the window.`);
    await intake(ctx, issue.number, "issues.opened");
    showComment(ctx, issue.number);

    ctx.say("The requester edits the issue; intake runs again on the edit.");
    store.updateIssue(issue.number, { body: body(answers) });
    await intake(ctx, issue.number, "issues.edited");
    showComment(ctx, issue.number);
    const pull = [...store.pulls.values()].find((p) => p.head === `clinic-request/${issue.number}`);
    if (pull === undefined) throw new Error("intake opened no pull request for a valid request");
    const pullIssue = store.issue(pull.number);
    ctx.show(`Pull request #${pull.number} · ${pullIssue.title}`, pullIssue.body ?? "");
    ctx.say(
      `Labels on #${issue.number}: ${store
        .labelsOn(issue.number)
        .map((l) => l.name)
        .join(", ")}`,
    );

    ctx.say("The pull request's file, checked by validate as the pull request's CI would.");
    const file = store.readFile(`clinics/${answers.id}.yml`, pull.head);
    if (file === undefined) throw new Error(`clinics/${answers.id}.yml is missing on ${pull.head}`);
    ctx.show(`clinics/${answers.id}.yml on ${pull.head}`, file);
    await validateWith(ctx, `clinics/${answers.id}.yml`, file);
  },
};

/** Writes a body as GitHub writes a submitted form: the form's headings, in order, each with its answer. */
function requestBody(cloud: LocalCloud): (values: Record<string, string>) => string {
  const fleet = fleetSchema.parse(parse(cloud.github.store.readFile("clinics/fleet.yml") ?? ""));
  const form = clinicRequestForm(fleet);
  return (values) => form.fields.map((f) => `### ${f.label}\n\n${values[f.id] ?? "_No response_"}`).join("\n\n");
}

async function intake(ctx: DemoContext, issueNumber: number, name: "issues.opened" | "issues.edited"): Promise<void> {
  const { store, owner, repo } = ctx.cloud.github;
  const issue = store.issue(issueNumber);
  const event = githubEvent(name, {
    repository: { owner, repo },
    overrides: {
      issue: { number: issueNumber, body: issue.body, labels: issue.labels.map((label) => ({ name: label })) },
    },
  });
  const run = await runAction({ action: "intake", ...event, env: ctx.cloud.env, workspace: ctx.workdir });
  if (run.exitCode !== 0) throw new Error(`intake failed:\n${run.log}`);
  ctx.say(
    `intake: ${run.outputs.outcome}${run.outputs["pull-request-url"] ? ` → ${run.outputs["pull-request-url"]}` : ""}`,
  );
}

function showComment(ctx: DemoContext, issueNumber: number): void {
  const comment = ctx.cloud.github.store.commentsOn(issueNumber).at(-1);
  ctx.show(`Issue #${issueNumber} · comment by ${comment?.user ?? "?"}`, comment?.body ?? "(no comment)");
}

async function validateWith(ctx: DemoContext, path: string, text: string): Promise<void> {
  const branch = await mkdtemp(join(tmpdir(), "orca-fleet-demo-intake-"));
  try {
    await cp(ctx.workdir, branch, { recursive: true });
    await writeFile(join(branch, path), text);
    const [owner = "", repo = ""] = (ctx.cloud.env.GITHUB_REPOSITORY ?? "").split("/");
    const event = githubEvent("pull_request.opened", { repository: { owner, repo } });
    const run = await runAction({ action: "validate", ...event, env: ctx.cloud.env, workspace: branch });
    ctx.show(`Checks · validate · ${run.exitCode === 0 ? "✔ success" : "✖ failure"}`, run.summary || "(no summary)");
    if (run.exitCode !== 0) throw new Error(`validate rejected the file intake wrote:\n${run.log}`);
  } finally {
    await rm(branch, { recursive: true, force: true });
  }
}
