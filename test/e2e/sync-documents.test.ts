import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getOctokit } from "@actions/github";
import { DescribeDocumentCommand, ListTagsForResourceCommand, type SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { contentHash } from "../../actions/lib/flows/sync-documents/local-documents.js";
import { ssmClient } from "../contract/ssm-oracle.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { type ActionRun, runAction } from "../localcloud/runner/run-action.js";

/**
 * sync-documents as the runner starts it, against the local SSM and GitHub: what it writes, counted per operation
 * by the local cloud, and the one plan comment. The example fleet's locale is ja, so texts are checked in Japanese.
 */

let cloud: LocalCloud;
let ssm: SSMClient;
let workspace: string;
const names = readdirSync(repoPath("ssm-documents"))
  .filter((f) => f.endsWith(".yml"))
  .map((f) => f.slice(0, -".yml".length))
  .sort();
const writes = ["CreateDocument", "UpdateDocument", "UpdateDocumentDefaultVersion", "AddTagsToResource"];
const [commitA, commitB] = ["a".repeat(40), "b".repeat(40)];

beforeAll(async () => {
  await ensureBundle();
  cloud = await startLocalCloud();
  ssm = ssmClient(cloud.aws.url);
}, 600_000);

afterAll(async () => {
  ssm?.destroy();
  await cloud?.stop();
});

beforeEach(async () => {
  await fetch(`${cloud.aws.url}/_localcloud/reset`, { method: "POST" });
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = mkdtempSync(join(tmpdir(), "sync-documents-"));
  cpSync(repoPath("clinics"), join(workspace, "clinics"), { recursive: true });
  cpSync(repoPath("ssm-documents"), join(workspace, "ssm-documents"), {
    recursive: true,
    filter: (path) => !path.includes("/src"),
  });
});

function documentFile(name: string): string {
  return join(workspace, "ssm-documents", `${name}.yml`);
}

/** Changes a document the way an edit of its sources would: another default for one parameter. */
function editDocument(name: string, from: string, to: string): string {
  const text = readFileSync(documentFile(name), "utf8");
  expect(text).toContain(from);
  const changed = text.replace(from, to);
  writeFileSync(documentFile(name), changed);
  return changed;
}

async function sync(mode: "plan" | "apply", commit: string, event = push()): Promise<ActionRun> {
  return runAction({
    action: "sync-documents",
    inputs: { mode, "source-commit": commit },
    ...event,
    env: cloud.env,
    workspace,
  });
}

function push() {
  return githubEvent("push", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
}

/** Calls per SSM operation since the last reset of the counts; the counts are then reset. */
async function callsSinceLast(): Promise<Record<string, number>> {
  const counts = cloud.aws.counts();
  await fetch(`${cloud.aws.url}/_localcloud/counts`, { method: "DELETE" });
  return counts;
}

const writesIn = (counts: Record<string, number>) =>
  Object.fromEntries(writes.filter((op) => (counts[op] ?? 0) > 0).map((op) => [op, counts[op]]));

async function described(name: string) {
  const answer = await ssm.send(new DescribeDocumentCommand({ Name: name }));
  const tags = await ssm.send(new ListTagsForResourceCommand({ ResourceType: "Document", ResourceId: name }));
  return {
    defaultVersion: answer.Document?.DefaultVersion,
    latestVersion: answer.Document?.LatestVersion,
    hash: answer.Document?.Hash,
    tags: Object.fromEntries((tags.TagList ?? []).map((t) => [t.Key, t.Value])),
  };
}

describe("sync-documents apply", () => {
  it("creates every document, then a second run sends no write at all", async () => {
    await callsSinceLast();
    const first = await sync("apply", commitA);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs).toMatchObject({ "to-create": String(names.length), written: String(names.length) });
    expect(writesIn(await callsSinceLast())).toEqual({ CreateDocument: names.length });
    for (const name of names) {
      expect(await described(name)).toEqual({
        defaultVersion: "1",
        latestVersion: "1",
        hash: contentHash(readFileSync(documentFile(name), "utf8")),
        tags: { "orca-fleet:source-commit": commitA },
      });
    }
    expect(first.summary).toContain("SSM ドキュメント: 適用結果");
    expect(first.summary).toContain(`作成 ${names.length} 件`);

    await callsSinceLast();
    const second = await sync("apply", commitB);
    expect(second.exitCode, second.log).toBe(0);
    expect(second.outputs).toMatchObject({ unchanged: String(names.length), written: "0" });
    const calls = await callsSinceLast();
    expect(writesIn(calls)).toEqual({});
    // Only reads: one DescribeDocument per document, nothing else.
    expect(calls).toEqual({ DescribeDocument: names.length });
    // The tag still names the commit the content came from, not the later run's.
    for (const name of names) expect((await described(name)).tags).toEqual({ "orca-fleet:source-commit": commitA });
  });

  it("updates a changed document, moves its default version and tags it; the others get no write", async () => {
    expect((await sync("apply", commitA)).exitCode).toBe(0);
    const changed = editDocument("orca-restart", 'default: "60"', 'default: "90"');
    await callsSinceLast();
    const run = await sync("apply", commitB);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ "to-update": "1", written: "1", unchanged: String(names.length - 1) });
    expect(writesIn(await callsSinceLast())).toEqual({
      UpdateDocument: 1,
      UpdateDocumentDefaultVersion: 1,
      AddTagsToResource: 1,
    });
    expect(await described("orca-restart")).toEqual({
      defaultVersion: "2",
      latestVersion: "2",
      hash: contentHash(changed),
      tags: { "orca-fleet:source-commit": commitB },
    });
    expect(run.summary).toContain("更新 1 件");
    expect((await sync("apply", commitB)).outputs).toMatchObject({ written: "0" });
  });

  it("finishes a run that stopped after UpdateDocument: only the default moves", async () => {
    expect((await sync("apply", commitA)).exitCode).toBe(0);
    // A refusal the SDK does not retry, so the run stops between UpdateDocument and the default.
    await fetch(`${cloud.aws.url}/_localcloud/failures`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operation: "UpdateDocumentDefaultVersion", code: "AccessDeniedException" }),
    });
    const changed = editDocument("orca-healthcheck", 'default: "10"', 'default: "15"');
    const broken = await sync("apply", commitB);
    expect(broken.exitCode).toBe(1);
    expect(broken.annotations.map((a) => a.message)).toContainEqual(
      expect.stringContaining("orca-healthcheck: AccessDeniedException"),
    );
    expect(await described("orca-healthcheck")).toMatchObject({ defaultVersion: "1", latestVersion: "2" });
    await callsSinceLast();
    const resumed = await sync("apply", commitB);
    expect(resumed.exitCode, resumed.log).toBe(0);
    expect(writesIn(await callsSinceLast())).toEqual({ UpdateDocumentDefaultVersion: 1, AddTagsToResource: 1 });
    expect(await described("orca-healthcheck")).toEqual({
      defaultVersion: "2",
      latestVersion: "2",
      hash: contentHash(changed),
      tags: { "orca-fleet:source-commit": commitB },
    });
  });

  it("refuses a document that breaks AWS's limits before any call, naming the document and the field", async () => {
    writeFileSync(join(workspace, "ssm-documents", "aws-orca.yml"), readFileSync(documentFile("orca-restart"), "utf8"));
    await callsSinceLast();
    const run = await sync("apply", commitA);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => a.message).join("\n")).toContain("aws-orca.yml: name:");
    expect(run.summary).toContain("`aws-orca`");
    expect(await callsSinceLast()).toEqual({});
  });
});

describe("sync-documents plan on a pull request", () => {
  it("comments what would change once, edits that comment in place, and writes nothing to SSM", async () => {
    const { owner, repo } = cloud.github;
    const octokit = getOctokit(cloud.github.token, { baseUrl: cloud.github.url });
    expect((await sync("apply", commitA)).exitCode).toBe(0);
    const { data: pr } = await octokit.rest.issues.create({ owner, repo, title: "Give restart more time" });
    const opened = githubEvent("pull_request.opened", {
      repository: { owner, repo },
      overrides: { number: pr.number, pull_request: { number: pr.number } },
    });
    const planComments = () =>
      cloud.github.store
        .commentsOn(pr.number)
        .map((c) => c.body)
        .filter((b) => b.startsWith(marker("sync-documents-plan")));

    const changed = editDocument("orca-restart", 'default: "60"', 'default: "90"');
    await callsSinceLast();
    for (let round = 0; round < 2; round++) {
      const plan = await sync("plan", commitB, opened);
      expect(plan.exitCode, plan.log).toBe(0);
      expect(plan.outputs).toMatchObject({ "to-update": "1", "comment-url": expect.stringContaining("") });
    }
    expect(writesIn(await callsSinceLast())).toEqual({});
    const [comment] = planComments();
    expect(planComments()).toHaveLength(1);
    expect(comment).toContain("SSM ドキュメント: 計画");
    expect(comment).toMatch(
      /\| `orca-restart` \| 更新 \| `1` \| `[0-9a-f]{12}` \| 変更パラメーター: `waitSeconds`; \+1 −1 行 \|/,
    );
    expect(comment).toContain(contentHash(changed).slice(0, 12));

    editDocument("orca-restart", 'default: "90"', 'default: "120"');
    const edited = await sync("plan", commitB, opened);
    expect(edited.exitCode, edited.log).toBe(0);
    expect(planComments()).toHaveLength(1);
    expect(planComments()[0]).not.toBe(comment);
    expect(planComments()[0]).toContain(contentHash(readFileSync(documentFile("orca-restart"), "utf8")).slice(0, 12));
    expect(writesIn(await callsSinceLast())).toEqual({});
  });
});
