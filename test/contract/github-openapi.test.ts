import { GitHub, getOctokitOptions } from "@actions/github/lib/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { type GithubServerHandle, repositoryRouteList, startGithubServer } from "../localcloud/github/server.js";
import { Shapes } from "../localcloud/github/shapes.js";
import { GithubStore } from "../localcloud/github/store.js";
import { GithubContract, loadGithubSpec } from "./github-openapi-validator.js";
import { setUpRepository } from "./github-settings-scenario.js";

/** Every answer the scenario gets, success or error, with the route template Octokit requested it by. */
interface Seen {
  method: string;
  template: string;
  status: number;
  body: unknown;
}

const served = repositoryRouteList(new GithubStore("o", "r"), new Shapes(new GithubStore("o", "r"), "", "")).map(
  (route) => ({ method: route.method, template: route.template.replace(/\{(\w+)\*\}/g, "{$1}") }),
);

describe("the local GitHub answers in the shapes of GitHub's OpenAPI description", () => {
  let github: GithubServerHandle;
  let octokit: Octokit;
  let contract: GithubContract;
  const seen: Seen[] = [];

  beforeAll(async () => {
    contract = new GithubContract(loadGithubSpec());
    github = await startGithubServer();
    github.seedRepository({
      owner: github.owner,
      repo: github.repo,
      files: { "clinics/fleet.yml": "region: ap-northeast-1\n", "README.md": "# fleet\n" },
    });
    // A client without the throttling plugin, which spaces writes a second apart; github-octokit.test.ts runs the
    // toolkit's own client.
    octokit = new GitHub(getOctokitOptions(github.token, { baseUrl: github.url }));
    octokit.hook.after("request", (response, options) => {
      seen.push({ method: options.method, template: options.url, status: response.status, body: response.data });
    });
    octokit.hook.error("request", (error, options) => {
      if ("response" in error && error.response !== undefined) {
        const { status, data } = error.response;
        seen.push({ method: options.method, template: options.url, status, body: data });
      }
      throw error;
    });
    await scenario(octokit, github);
  });

  afterAll(async () => {
    await github?.close();
  });

  it("serves only operations that GitHub has", () => {
    const unknown = served.filter((r) => !contract.hasOperation(r.method, r.template));
    expect(unknown).toEqual([]);
  });

  it("exercises every route it serves", () => {
    const missing = served.filter((r) => !seen.some((s) => s.method === r.method && s.template === r.template));
    expect(missing).toEqual([]);
  });

  it("answers every request with a body that fits the spec's schema for its status", () => {
    const failures = seen
      .filter((s) => s.status !== 204)
      .flatMap((s) => {
        const errors = contract.check(s.method, s.template, s.status, s.body);
        return errors === undefined ? [] : [`${s.method} ${s.template} ${s.status}:\n${errors}`];
      });
    expect(failures).toEqual([]);
    expect(new Set(seen.map((s) => s.status))).toEqual(new Set([200, 201, 204, 404, 409, 422]));
  });
});

/** Walks every route once, and the documented errors (404, 409, 422) where GitHub describes them. */
async function scenario(octokit: Octokit, github: GithubServerHandle): Promise<void> {
  const repo = { owner: github.owner, repo: github.repo };
  const ignore = () => undefined;
  await octokit.rest.repos.get(repo);
  await setUpRepository(octokit, repo);
  const issue = await octokit.rest.issues.create({ ...repo, title: "Clinic request", body: "x", labels: ["intake"] });
  const n = issue.data.number;
  await octokit.rest.issues.get({ ...repo, issue_number: n });
  await octokit.rest.issues.get({ ...repo, issue_number: 999 }).catch(ignore);
  await octokit.rest.issues.update({ ...repo, issue_number: n, state: "closed", state_reason: "completed" });
  await octokit.rest.issues.listForRepo({ ...repo, state: "all", labels: "intake", creator: "github-actions[bot]" });
  await octokit.rest.issues.create({ ...repo, title: "" }).catch(ignore);
  const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: n, body: "hello" });
  await octokit.rest.issues.listComments({ ...repo, issue_number: n });
  await octokit.rest.issues.getComment({ ...repo, comment_id: comment.data.id });
  await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.data.id, body: "edited" });
  await octokit.rest.issues.createLabel({ ...repo, name: "incident", color: "d73a4a", description: "An incident" });
  await octokit.rest.issues.createLabel({ ...repo, name: "incident" }).catch(ignore);
  await octokit.rest.issues.getLabel({ ...repo, name: "incident" });
  await octokit.rest.issues.listLabelsForRepo(repo);
  await octokit.rest.issues.addLabels({ ...repo, issue_number: n, labels: ["incident"] });
  await octokit.rest.issues.setLabels({ ...repo, issue_number: n, labels: ["incident", "intake"] });
  await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: n });
  await octokit.rest.issues.removeLabel({ ...repo, issue_number: n, name: "intake" });
  await octokit.rest.issues.removeLabel({ ...repo, issue_number: n, name: "intake" }).catch(ignore);

  const main = await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
  await octokit.rest.git.getRef({ ...repo, ref: "heads/absent" }).catch(ignore);
  const base = await octokit.rest.git.getCommit({ ...repo, commit_sha: main.data.object.sha });
  await octokit.rest.git.getTree({ ...repo, tree_sha: base.data.tree.sha, recursive: "1" });
  const blob = await octokit.rest.git.createBlob({ ...repo, content: "id: c001\n", encoding: "utf-8" });
  await octokit.rest.git.getBlob({ ...repo, file_sha: blob.data.sha });
  const tree = await octokit.rest.git.createTree({
    ...repo,
    base_tree: base.data.tree.sha,
    tree: [
      { path: "clinics/c001.yml", mode: "100644", type: "blob", sha: blob.data.sha },
      { path: "clinics/c002.yml", mode: "100644", type: "blob", content: "id: c002\n" },
    ],
  });
  const commit = await octokit.rest.git.createCommit({
    ...repo,
    message: "Add two clinics",
    tree: tree.data.sha,
    parents: [base.data.sha],
  });
  await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/intake/c001", sha: commit.data.sha });
  await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/intake/c001", sha: commit.data.sha }).catch(ignore);
  await octokit.rest.git.listMatchingRefs({ ...repo, ref: "heads/intake/" });
  await octokit.rest.git.updateRef({ ...repo, ref: "heads/intake/c001", sha: base.data.sha }).catch(ignore);
  await octokit.rest.git.updateRef({ ...repo, ref: "heads/intake/c001", sha: commit.data.sha, force: true });

  const pull = await octokit.rest.pulls.create({
    ...repo,
    title: "Add clinic c001",
    head: `${github.owner}:intake/c001`,
    base: "main",
  });
  await octokit.rest.pulls.create({ ...repo, title: "again", head: "intake/c001", base: "main" }).catch(ignore);
  await octokit.rest.pulls.get({ ...repo, pull_number: pull.data.number });
  await octokit.rest.pulls.list({ ...repo, head: `${github.owner}:intake/c001`, state: "open" });
  await octokit.rest.pulls.update({ ...repo, pull_number: pull.data.number, body: "Adds c001" });
  await octokit.rest.pulls.listFiles({ ...repo, pull_number: pull.data.number });
  await octokit.rest.pulls.merge({ ...repo, pull_number: pull.data.number, sha: base.data.sha }).catch(ignore);
  await octokit.rest.pulls.merge({ ...repo, pull_number: pull.data.number, merge_method: "squash" });
  await octokit.rest.git.deleteRef({ ...repo, ref: "heads/intake/c001" });

  const file = await octokit.rest.repos.getContent({ ...repo, path: "clinics/c001.yml", ref: "main" });
  await octokit.rest.repos.getContent({ ...repo, path: "clinics" });
  await octokit.rest.repos.getContent({ ...repo, path: "absent.yml" }).catch(ignore);
  const created = await octokit.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: "docs/notes.md",
    message: "Add notes",
    content: Buffer.from("notes\n").toString("base64"),
  });
  await octokit.rest.repos.createOrUpdateFileContents({
    ...repo,
    path: "docs/notes.md",
    message: "Edit notes",
    content: Buffer.from("more notes\n").toString("base64"),
    sha: created.data.content?.sha ?? "",
  });
  await octokit.rest.repos
    .createOrUpdateFileContents({
      ...repo,
      path: "clinics/c001.yml",
      message: "stale",
      content: Buffer.from("id: c001\nname: x\n").toString("base64"),
      sha: blob.data.sha === ("sha" in file.data ? file.data.sha : "") ? "0".repeat(40) : blob.data.sha,
    })
    .catch(ignore);
}
