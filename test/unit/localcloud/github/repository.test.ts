import { GitHub, getOctokitOptions } from "@actions/github/lib/utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Octokit } from "../../../../actions/lib/adapters/github/octokit.js";
import { type GithubServerHandle, startGithubServer } from "../../../localcloud/github/server.js";

/** GitHub's rules for refs, contents and merges, as the toolkit's flows depend on them. */
describe("the local GitHub's repository rules", () => {
  let github: GithubServerHandle;
  let octokit: Octokit;
  let repo: { owner: string; repo: string };
  const status = (promise: Promise<unknown>) =>
    promise.then(
      () => 200,
      (error: unknown) => (typeof error === "object" && error !== null && "status" in error ? error.status : 0),
    );

  beforeEach(async () => {
    github = await startGithubServer();
    repo = { owner: github.owner, repo: github.repo };
    github.seedRepository({ ...repo, files: { "clinics/a.yml": "id: a\n", "clinics/fleet.yml": "region: x\n" } });
    octokit = new GitHub(getOctokitOptions(github.token, { baseUrl: github.url }));
  });

  afterEach(async () => {
    await github.close();
  });

  /** Commits one file on top of a commit through the git database API, as the intake flow does. */
  const commitFile = async (parent: string, path: string, content: string) => {
    const { data: base } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent });
    const { data: tree } = await octokit.rest.git.createTree({
      ...repo,
      base_tree: base.tree.sha,
      tree: [{ path, mode: "100644", type: "blob", content }],
    });
    const { data } = await octokit.rest.git.createCommit({
      ...repo,
      message: `Write ${path}`,
      tree: tree.sha,
      parents: [parent],
    });
    return data.sha;
  };

  it("moves a branch only forward unless forced", async () => {
    const main = github.store.branchSha("main") ?? "";
    const ahead = await commitFile(main, "clinics/b.yml", "id: b\n");
    const aside = await commitFile(main, "clinics/c.yml", "id: c\n");
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/intake", sha: ahead });
    expect(await status(octokit.rest.git.updateRef({ ...repo, ref: "heads/intake", sha: aside }))).toBe(422);
    expect(await status(octokit.rest.git.updateRef({ ...repo, ref: "heads/intake", sha: aside, force: true }))).toBe(
      200,
    );
    expect(github.store.refs.get("refs/heads/intake")).toBe(aside);
    expect(await status(octokit.rest.git.createRef({ ...repo, ref: "refs/heads/intake", sha: main }))).toBe(422);
  });

  it("creates a file without a sha, refuses to overwrite without the current one, and refuses a stale one", async () => {
    const put = (content: string, sha?: string) =>
      octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: "clinics/b.yml",
        message: "Write b",
        content: Buffer.from(content).toString("base64"),
        ...(sha === undefined ? {} : { sha }),
      });
    const created = await put("id: b\n");
    expect(created.status).toBe(201);
    const first = created.data.content?.sha ?? "";
    expect(await status(put("id: b2\n"))).toBe(422);
    const updated = await put("id: b2\n", first);
    expect(updated.status).toBe(200);
    expect(await status(put("id: b3\n", first))).toBe(409);
    expect(github.store.readFile("clinics/b.yml")).toBe("id: b2\n");
  });

  it("merges a pull request onto a base that moved, closes it and emits nothing else", async () => {
    const main = github.store.branchSha("main") ?? "";
    const head = await commitFile(main, "clinics/b.yml", "id: b\n");
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/add-b", sha: head });
    const { data: pull } = await octokit.rest.pulls.create({ ...repo, title: "Add b", head: "add-b", base: "main" });
    const { data: files } = await octokit.rest.pulls.listFiles({ ...repo, pull_number: pull.number });
    expect(files.map((f) => [f.filename, f.status, f.additions])).toEqual([["clinics/b.yml", "added", 1]]);

    const moved = await commitFile(main, "clinics/fleet.yml", "region: y\n");
    await octokit.rest.git.updateRef({ ...repo, ref: "heads/main", sha: moved });
    const { data: listed } = await octokit.rest.pulls.list({ ...repo, head: `${repo.owner}:add-b` });
    expect(listed.map((p) => p.number)).toEqual([pull.number]);

    const before = github.requests.length;
    const { data: merge } = await octokit.rest.pulls.merge({ ...repo, pull_number: pull.number, sha: head });
    expect(github.requests.length).toBe(before + 1);
    expect(github.store.branchSha("main")).toBe(merge.sha);
    expect(github.store.commits.get(merge.sha)?.parents).toEqual([moved, head]);
    expect(github.store.listFiles("main")).toEqual(["clinics/a.yml", "clinics/b.yml", "clinics/fleet.yml"]);
    expect(github.store.readFile("clinics/fleet.yml", "main")).toBe("region: y\n");
    const { data: merged } = await octokit.rest.pulls.get({ ...repo, pull_number: pull.number });
    expect(merged).toMatchObject({ state: "closed", merged: true, merge_commit_sha: merge.sha });
    expect(await status(octokit.rest.pulls.merge({ ...repo, pull_number: pull.number }))).toBe(405);
    const { data: none } = await octokit.rest.pulls.list({ ...repo, head: `${repo.owner}:add-b` });
    expect(none).toEqual([]);
  });

  it("refuses a merge whose head moved since it was read", async () => {
    const main = github.store.branchSha("main") ?? "";
    const head = await commitFile(main, "clinics/b.yml", "id: b\n");
    await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/add-b", sha: head });
    const { data: pull } = await octokit.rest.pulls.create({ ...repo, title: "Add b", head: "add-b", base: "main" });
    const newer = await commitFile(head, "clinics/b.yml", "id: b\nname: B\n");
    await octokit.rest.git.updateRef({ ...repo, ref: "heads/add-b", sha: newer });
    expect(await status(octokit.rest.pulls.merge({ ...repo, pull_number: pull.number, sha: head }))).toBe(409);
  });

  it("adds, lists and removes labels, creating unknown ones, and answers 404 for a label the issue lacks", async () => {
    const { data: issue } = await octokit.rest.issues.create({ ...repo, title: "x", labels: ["incident"] });
    await octokit.rest.issues.addLabels({ ...repo, issue_number: issue.number, labels: ["Sapporo-Kita"] });
    const { data: labels } = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: issue.number });
    expect(labels.map((l) => l.name)).toEqual(["incident", "Sapporo-Kita"]);
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: "incident" });
    expect(github.store.issue(issue.number).labels).toEqual(["Sapporo-Kita"]);
    expect(
      await status(octokit.rest.issues.removeLabel({ ...repo, issue_number: issue.number, name: "incident" })),
    ).toBe(404);
    expect([...github.store.labels.keys()]).toEqual(["incident", "Sapporo-Kita"]);
  });
});
