import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitObjects } from "../../../localcloud/github/git-objects.js";

const run = promisify(execFile);

/** git itself is the oracle: the local GitHub's shas must be the ones git computes for the same content. */
describe("git objects hash as git hashes them", () => {
  let repo: string;
  const git = async (args: string[], env: Record<string, string> = {}) =>
    (await run("git", args, { cwd: repo, env: { ...process.env, ...env } })).stdout.trim();

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), "git-oracle-"));
    await git(["init", "-q"]);
    await mkdir(join(repo, "clinics", "deep"), { recursive: true });
    await writeFile(join(repo, "README.md"), "# fleet\n");
    await writeFile(join(repo, "clinics", "a.yml"), "id: a\n");
    await writeFile(join(repo, "clinics", "deep", "b.yml"), "id: b\n");
    await writeFile(join(repo, "clinics-list"), "a\n");
    await git(["add", "."]);
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  it("gives blobs, nested trees and commits git's shas", async () => {
    const objects = new GitObjects();
    const tree = objects.applyChanges(undefined, [
      { path: "clinics/deep/b.yml", content: "id: b\n" },
      { path: "README.md", content: "# fleet\n" },
      { path: "clinics-list", content: "a\n" },
      { path: "clinics/a.yml", content: "id: a\n" },
    ]);
    expect(objects.putBlob(Buffer.from("# fleet\n"))).toBe(await git(["hash-object", "README.md"]));
    expect(tree).toBe(await git(["write-tree"]));

    const date = "2026-01-05T10:00:00Z";
    const who = { name: "GitHub", email: "noreply@github.com", date };
    const commit = objects.putCommit({ tree, parents: [], message: "Seed\n", author: who, committer: who });
    const stamp = `${Date.parse(date) / 1000} +0000`;
    const oracle = await git(["commit-tree", tree, "-m", "Seed"], {
      GIT_AUTHOR_NAME: who.name,
      GIT_AUTHOR_EMAIL: who.email,
      GIT_AUTHOR_DATE: stamp,
      GIT_COMMITTER_NAME: who.name,
      GIT_COMMITTER_EMAIL: who.email,
      GIT_COMMITTER_DATE: stamp,
    });
    expect(commit.sha).toBe(oracle);
  });

  it("deletes paths and whole folders, and drops emptied trees", () => {
    const objects = new GitObjects();
    const base = objects.applyChanges(undefined, [
      { path: "clinics/a.yml", content: "a" },
      { path: "clinics/deep/b.yml", content: "b" },
      { path: "README.md", content: "r" },
    ]);
    const pruned = objects.applyChanges(base, [{ path: "clinics/deep", delete: true }]);
    expect([...objects.flatten(pruned).keys()].sort()).toEqual(["README.md", "clinics/a.yml"]);
    const empty = objects.applyChanges(pruned, [{ path: "clinics/a.yml", delete: true }]);
    expect(objects.trees.get(empty)?.map((e) => e.name)).toEqual(["README.md"]);
  });

  it("finds the merge base of two branches", () => {
    const objects = new GitObjects();
    const who = { name: "n", email: "e", date: "2026-01-01T00:00:00Z" };
    const tree = objects.applyChanges(undefined, []);
    const root = objects.putCommit({ tree, parents: [], message: "root", author: who, committer: who });
    const left = objects.putCommit({ tree, parents: [root.sha], message: "left", author: who, committer: who });
    const right = objects.putCommit({ tree, parents: [root.sha], message: "right", author: who, committer: who });
    expect(objects.mergeBase(left.sha, right.sha)).toBe(root.sha);
    expect(objects.mergeBase(left.sha, left.sha)).toBe(left.sha);
  });
});
