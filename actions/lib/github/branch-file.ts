import { z } from "zod";
import type { Octokit } from "./octokit.js";
import { unlessNotFound } from "./status.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export type FileOutcome = "created" | "updated" | "unchanged";

const fileContent = z.object({ type: z.literal("file"), sha: z.string(), content: z.string() });

/** Creates `branch` from the head of `base` unless it exists (then no further call); returns whether it was created. */
export async function ensureBranch(octokit: Octokit, repo: RepoRef, branch: string, base: string): Promise<boolean> {
  const existing = await unlessNotFound(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
  if (existing !== undefined) return false;
  const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
  await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: data.object.sha });
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

/**
 * Commits `text` to `path` on `branch` through the contents API, unless the file already holds exactly that text:
 * re-running makes no commit.
 */
export async function writeFile(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
  path: string,
  text: string,
  message: string,
): Promise<FileOutcome> {
  const current = await readFile(octokit, repo, branch, path);
  if (current?.text === text) return "unchanged";
  await octokit.rest.repos.createOrUpdateFileContents({
    ...repo,
    path,
    branch,
    message,
    content: Buffer.from(text, "utf8").toString("base64"),
    ...(current === undefined ? {} : { sha: current.sha }),
  });
  return current === undefined ? "created" : "updated";
}

/** Removes `path` from `branch` with one commit; a file already gone is fine. */
export async function deleteFile(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
  path: string,
  message: string,
): Promise<void> {
  const current = await readFile(octokit, repo, branch, path);
  if (current === undefined) return;
  await octokit.rest.repos.deleteFile({ ...repo, path, branch, message, sha: current.sha });
}
