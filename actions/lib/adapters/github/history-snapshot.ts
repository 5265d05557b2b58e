import type { HistorySnapshot } from "../../core/history/snapshot.js";
import { isSnapshotPath, snapshotOf } from "../../core/history/snapshot.js";
import type { HistoryTarget } from "./history-branch.js";
import type { Octokit } from "./octokit.js";
import { unlessNotFound } from "./status.js";

/**
 * Reads the whole history branch (the state and every period file) through the git data API: one tree listing and
 * one blob per file, a few hundred at most since the branch's retention bounds it. An absent branch is an empty
 * history, so a site can be built before any writer has run.
 */
export async function readHistorySnapshot(octokit: Octokit, target: HistoryTarget): Promise<HistorySnapshot> {
  const repo = { owner: target.owner, repo: target.repo };
  const ref = await unlessNotFound(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${target.branch}` }));
  if (ref === undefined) return snapshotOf(new Map());
  const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
  const { data: tree } = await octokit.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha, recursive: "true" });
  if (tree.truncated) throw new Error(`the history branch ${target.branch} lists too many files to read`);
  const files = new Map<string, string>();
  for (const entry of tree.tree) {
    if (entry.type !== "blob" || entry.path === undefined || entry.sha === undefined) continue;
    if (!isSnapshotPath(entry.path)) continue;
    const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha });
    files.set(entry.path, Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8"));
  }
  return snapshotOf(files);
}
