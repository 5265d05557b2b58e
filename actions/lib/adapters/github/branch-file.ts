import { z } from "zod";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus, unlessNotFound } from "./status.js";

const fileContent = z.object({ type: z.literal("file"), sha: z.string(), content: z.string() });

/** Creates `branch` from the head of `base` unless it exists (then no further call); returns whether it was created. */
export async function ensureBranch(octokit: Octokit, repo: RepoRef, branch: string, base: string): Promise<boolean> {
  const existing = await unlessNotFound(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
  if (existing !== undefined) return false;
  const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: data.object.sha });
  } catch (error) {
    // 422: "Reference already exists", made by a run that raced this one; the branch is there, as wanted.
    if (httpStatus(error) === 422) return false;
    throw error;
  }
  return true;
}

/** A file's text and blob sha at a ref, or undefined when it does not exist there. */
export async function readFile(
  octokit: Octokit,
  repo: RepoRef,
  ref: string,
  path: string,
): Promise<{ text: string; sha: string } | undefined> {
  const response = await unlessNotFound(() => octokit.rest.repos.getContent({ ...repo, path, ref }));
  if (response === undefined) return undefined;
  const file = fileContent.parse(response.data);
  return { text: Buffer.from(file.content, "base64").toString("utf8"), sha: file.sha };
}

/** A file to write (`text`) or remove (`text: null`) in one commit. */
export interface FileChange {
  path: string;
  text: string | null;
}

/**
 * Commits the changes on `branch` as one commit through the git data API (tree, commit, fast-forward of the ref);
 * a concurrent push makes the ref update fail with 422 rather than be overwritten.
 */
export async function commitChanges(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
  changes: readonly FileChange[],
  message: string,
): Promise<string> {
  const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    base_tree: parent.tree.sha,
    tree: changes.map((change) =>
      change.text === null
        ? { path: change.path, mode: "100644" as const, type: "blob" as const, sha: null }
        : { path: change.path, mode: "100644" as const, type: "blob" as const, content: change.text },
    ),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.sha,
    parents: [ref.object.sha],
  });
  await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha });
  return commit.sha;
}

/** Branches and files of one repository, as flows that propose changes reach them. */
export interface Branches {
  /** Creates the branch from the head of `base` unless it exists; answers whether it was created. */
  ensure(branch: string, base: string): Promise<boolean>;
  readFile(ref: string, path: string): Promise<{ text: string; sha: string } | undefined>;
  /** One commit of every change on the branch; answers the commit's sha. */
  commit(branch: string, changes: readonly FileChange[], message: string): Promise<string>;
}

export function createBranches(octokit: Octokit, repo: RepoRef): Branches {
  return {
    ensure: (branch, base) => ensureBranch(octokit, repo, branch, base),
    readFile: (ref, path) => readFile(octokit, repo, ref, path),
    commit: (branch, changes, message) => commitChanges(octokit, repo, branch, changes, message),
  };
}
