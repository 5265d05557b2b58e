import type { Octokit } from "../github/octokit.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface MergedPullRequest {
  number: number;
  body: string;
  headRef: string;
}

/** The pull request whose merge made the pushed commit, if a pull request made it. */
export async function findMergedPullRequest(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
): Promise<MergedPullRequest | undefined> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
  const merged = data.find((pr) => pr.merge_commit_sha === sha) ?? data.find((pr) => pr.merged_at !== null);
  if (merged === undefined) return undefined;
  return { number: merged.number, body: merged.body ?? "", headRef: merged.head.ref };
}

/**
 * The clinic-request issue a pull request answers: its body's `Closes #N` (any of GitHub's closing keywords),
 * else the intake's branch name clinic-request/<N>.
 */
export function requestIssueNumber(pr: Pick<MergedPullRequest, "body" | "headRef">): number | undefined {
  const closing = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+#(\d+)\b/i.exec(pr.body);
  if (closing?.[1] !== undefined) return Number(closing[1]);
  const branch = /^clinic-request\/(\d+)$/.exec(pr.headRef);
  return branch?.[1] === undefined ? undefined : Number(branch[1]);
}
