import type { PullRequests } from "../../adapters/github/pull-request.js";

export interface MergedPullRequest {
  number: number;
  body: string;
  headRef: string;
}

/**
 * The pull request whose merge made the pushed commit. GitHub's commit-to-pull-request index can lag right after a
 * merge, so when it names none, the pushed commit's message is read (`Merge pull request #N …`, or a squash title
 * ending in `(#N)`) and the pull request it names counts only if GitHub says its merge commit is this one.
 */
export async function findMergedPullRequest(
  pulls: Pick<PullRequests, "associatedWithCommit" | "get">,
  sha: string,
  headCommitMessage: string | undefined,
): Promise<MergedPullRequest | undefined> {
  const associated = await pulls.associatedWithCommit(sha);
  const merged = associated.find((pr) => pr.mergeCommitSha === sha);
  if (merged !== undefined) return { number: merged.number, body: merged.body, headRef: merged.headRef };
  const named = namedPullRequest(headCommitMessage ?? "");
  if (named === undefined) return undefined;
  const pull = await pulls.get(named);
  if (pull.mergeCommitSha !== sha) return undefined;
  return { number: pull.number, body: pull.body, headRef: pull.headRef };
}

/** The pull request a merge or squash commit's first line names. */
export function namedPullRequest(message: string): number | undefined {
  const title = message.split("\n", 1)[0] ?? "";
  const match = /^Merge pull request #(\d+) /.exec(title) ?? /\(#(\d+)\)$/.exec(title);
  return match?.[1] === undefined ? undefined : Number(match[1]);
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
