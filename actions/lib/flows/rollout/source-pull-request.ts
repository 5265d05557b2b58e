import type { CommitView } from "../../adapters/github/commit-history.js";
import type { PullRequests } from "../../adapters/github/pull-request.js";
import { findMergedPullRequest, namedPullRequest } from "../provision/merged-pull-request.js";

/** How far back scheduled and manual runs look for the merge that changed the versions. */
export const historyDepth = 30;

export interface SourceLookup {
  pulls: Pick<PullRequests, "associatedWithCommit" | "get" | "changedPaths">;
  firstParentCommits(sha: string, limit: number): Promise<CommitView[]>;
}

/**
 * The pull request that changed the versions being rolled out, where the live comment goes. On the merge's push it
 * is that merge's pull request; on a scheduled or manual run, the latest merge on the branch whose pull request
 * changed the file of a clinic still being updated (found from the desired state's history, not a run's memory).
 */
export async function sourcePullRequest(
  github: SourceLookup,
  event: { sha: string; headCommitMessage?: string; isPush: boolean },
  files: ReadonlySet<string>,
): Promise<number | undefined> {
  if (event.isPush) return (await findMergedPullRequest(github.pulls, event.sha, event.headCommitMessage))?.number;
  if (files.size === 0) return undefined;
  for (const commit of await github.firstParentCommits(event.sha, historyDepth)) {
    const named = namedPullRequest(commit.message);
    if (named === undefined) continue;
    const paths = await github.pulls.changedPaths(named);
    if (paths.some((p) => files.has(p))) return named;
  }
  return undefined;
}
