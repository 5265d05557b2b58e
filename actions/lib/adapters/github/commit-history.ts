import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus } from "./status.js";

export interface CommitView {
  sha: string;
  message: string;
}

/** A branch's history back from a commit along first parents (the merges on main), at most `limit` commits. */
export async function firstParentCommits(
  octokit: Octokit,
  repo: RepoRef,
  sha: string,
  limit: number,
): Promise<CommitView[]> {
  const commits: CommitView[] = [];
  let next: string | undefined = sha;
  while (next !== undefined && commits.length < limit) {
    let answer: { data: { sha: string; message: string; parents: { sha: string }[] } };
    try {
      answer = await octokit.rest.git.getCommit({ ...repo, commit_sha: next });
    } catch (error) {
      // A commit the repository does not hold (a shallow or rewritten history) ends the walk: no older merge is known.
      if (httpStatus(error) === 404 || httpStatus(error) === 422) break;
      throw error;
    }
    commits.push({ sha: answer.data.sha, message: answer.data.message });
    next = answer.data.parents[0]?.sha;
  }
  return commits;
}
