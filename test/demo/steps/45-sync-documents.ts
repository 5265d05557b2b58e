import { cp, readdir } from "node:fs/promises";
import { join } from "node:path";
import { table } from "../../../actions/lib/core/render/markdown.js";
import { githubEvent } from "../../localcloud/runner/events.js";
import { repoPath } from "../../localcloud/runner/paths.js";
import { type ActionRun, runAction } from "../../localcloud/runner/run-action.js";
import type { DemoContext, DemoStep } from "../types.js";

/** SSM operations that change a document: the second run must send none of them. */
const writes = ["CreateDocument", "UpdateDocument", "UpdateDocumentDefaultVersion", "AddTagsToResource"];

export const step: DemoStep = {
  title: "sync-documents puts ssm-documents/ into SSM, only what changed",
  async run(ctx) {
    const { owner, repo, store } = ctx.cloud.github;
    const workspace = await ctx.tempDir("documents");
    await cp(ctx.workdir, workspace, { recursive: true });
    await cp(repoPath("ssm-documents"), join(workspace, "ssm-documents"), {
      recursive: true,
      filter: (path) => !path.includes(`${join("ssm-documents", "src")}`),
    });
    const files = (await readdir(join(workspace, "ssm-documents"))).filter((f) => f.endsWith(".yml"));
    const pr = store.createIssue({ title: "Command documents for the fleet", user: owner });
    const opened = githubEvent("pull_request.opened", {
      repository: { owner, repo },
      overrides: { number: pr.number, pull_request: { number: pr.number } },
    });
    const pushed = githubEvent("push", { repository: { owner, repo } });
    const sync = (mode: "plan" | "apply", event: typeof pushed) =>
      runAction({
        action: "sync-documents",
        inputs: { mode, "source-commit": "5ca1ab1e".repeat(5) },
        ...event,
        env: ctx.cloud.env,
        workspace,
      });

    ctx.say(`Pull request #${pr.number} touches ssm-documents/ (${files.join(", ")}): plan mode reads SSM only.`);
    await resetCounts(ctx);
    const plan = await sync("plan", opened);
    ensure(plan, "plan");
    const comment = store.commentsOn(pr.number).at(-1)?.body ?? "";
    ctx.show(`Pull request #${pr.number} · comment by github-actions[bot]`, comment);
    showCalls(ctx, "plan", await resetCounts(ctx));

    ctx.say("Merged to main: apply mode creates each document, version 1 as default, tagged with the commit.");
    const apply = await sync("apply", pushed);
    ensure(apply, "apply");
    ctx.show("Job summary · sync-documents (apply)", apply.summary);
    showCalls(ctx, "first apply", await resetCounts(ctx));

    ctx.say("The workflow runs again with the same documents: the hashes match, so it sends no write at all.");
    const again = await sync("apply", pushed);
    ensure(again, "second apply");
    const calls = await resetCounts(ctx);
    showCalls(ctx, "second apply", calls);
    const written = writes.filter((op) => (calls[op] ?? 0) > 0);
    if (written.length > 0) throw new Error(`the second run wrote: ${written.join(", ")}`);
  },
};

function ensure(run: ActionRun, what: string): void {
  if (run.exitCode !== 0) throw new Error(`sync-documents ${what} failed:\n${run.log}`);
}

/** The local AWS's calls per operation since the last reset, then reset. */
async function resetCounts(ctx: DemoContext): Promise<Record<string, number>> {
  const counts = ctx.cloud.aws.counts();
  await fetch(`${ctx.cloud.aws.url}/_localcloud/counts`, { method: "DELETE" });
  return counts;
}

function showCalls(ctx: DemoContext, run: string, counts: Record<string, number>): void {
  const rows = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => [op, writes.includes(op) ? "write" : "read", String(n)]);
  ctx.show(`SSM calls · ${run}`, table(["operation", "kind", "calls"], rows));
}
