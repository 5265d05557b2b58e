import { assertBodyFits } from "../../core/render/body.js";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus } from "./status.js";

export interface PullRequestView {
  number: number;
  url: string;
  title: string;
  body: string;
  headRef: string;
  headSha: string;
}

export type PullOutcome = "created" | "updated" | "unchanged";

/** The open pull request from `branch` of this repository (not a fork), if any. */
export async function findOpenPull(
  octokit: Octokit,
  repo: RepoRef,
  branch: string,
): Promise<PullRequestView | undefined> {
  const { data } = await octokit.rest.pulls.list({
    ...repo,
    state: "open",
    head: `${repo.owner}:${branch}`,
    per_page: 10,
  });
  const pull = data.find((p) => p.head.ref === branch);
  return pull === undefined ? undefined : view(pull);
}

/** Every open pull request whose branch starts with `prefix`, in one paginated listing. */
export async function listOpenPullsWithPrefix(
  octokit: Octokit,
  repo: RepoRef,
  prefix: string,
): Promise<PullRequestView[]> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: "open", per_page: 100 });
  const fullName = `${repo.owner}/${repo.repo}`;
  return pulls.filter((p) => p.head.ref.startsWith(prefix) && p.head.repo?.full_name === fullName).map(view);
}

/** The paths a pull request adds or changes (removed files are left out). */
export async function changedPaths(octokit: Octokit, repo: RepoRef, pullNumber: number): Promise<string[]> {
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}

/** Opens the pull request, or brings an open one's title and body up to date; identical ones are left alone. */
export async function upsertPull(
  octokit: Octokit,
  repo: RepoRef,
  existing: PullRequestView | undefined,
  wanted: { head: string; base: string; title: string; body: string },
): Promise<{ pull: PullRequestView; outcome: PullOutcome }> {
  assertBodyFits(wanted.body, "pull request");
  if (existing === undefined) {
    try {
      const { data } = await octokit.rest.pulls.create({ ...repo, ...wanted });
      return { pull: view(data), outcome: "created" };
    } catch (error) {
      // 422: a pull request from this branch exists already (opened by a raced run): update that one instead.
      const raced = httpStatus(error) === 422 ? await findOpenPull(octokit, repo, wanted.head) : undefined;
      if (raced === undefined) throw error;
      return upsertPull(octokit, repo, raced, wanted);
    }
  }
  if (existing.title === wanted.title && existing.body === wanted.body) return { pull: existing, outcome: "unchanged" };
  const { data } = await octokit.rest.pulls.update({
    ...repo,
    pull_number: existing.number,
    title: wanted.title,
    body: wanted.body,
  });
  return { pull: view(data), outcome: "updated" };
}

function view(p: {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  head: { ref: string; sha: string };
}): PullRequestView {
  return {
    number: p.number,
    url: p.html_url,
    title: p.title,
    body: p.body ?? "",
    headRef: p.head.ref,
    headSha: p.head.sha,
  };
}

/** A pull request as the merge that made a commit names it. */
export interface MergedPullView {
  number: number;
  body: string;
  headRef: string;
  mergeCommitSha?: string;
}

/** Pull requests of one repository, as flows reach them. */
export interface PullRequests {
  findOpen(branch: string): Promise<PullRequestView | undefined>;
  listOpenWithPrefix(prefix: string): Promise<PullRequestView[]>;
  changedPaths(pullNumber: number): Promise<string[]>;
  upsert(
    existing: PullRequestView | undefined,
    wanted: { head: string; base: string; title: string; body: string },
  ): Promise<{ pull: PullRequestView; outcome: PullOutcome }>;
  /** The pull requests GitHub associates with a commit; none for a commit it cannot (yet) place. */
  associatedWithCommit(sha: string): Promise<MergedPullView[]>;
  get(pullNumber: number): Promise<MergedPullView>;
}

export function createPullRequests(octokit: Octokit, repo: RepoRef): PullRequests {
  const merged = (p: {
    number: number;
    body: string | null;
    head: { ref: string };
    merge_commit_sha: string | null;
  }): MergedPullView => ({
    number: p.number,
    body: p.body ?? "",
    headRef: p.head.ref,
    ...(p.merge_commit_sha === null ? {} : { mergeCommitSha: p.merge_commit_sha }),
  });
  return {
    findOpen: (branch) => findOpenPull(octokit, repo, branch),
    listOpenWithPrefix: (prefix) => listOpenPullsWithPrefix(octokit, repo, prefix),
    changedPaths: (pullNumber) => changedPaths(octokit, repo, pullNumber),
    upsert: (existing, wanted) => upsertPull(octokit, repo, existing, wanted),
    async associatedWithCommit(sha) {
      try {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
        return data.map(merged);
      } catch (error) {
        // A commit GitHub cannot (yet) place answers 404 or 422: no association, as an empty list would say.
        const status = httpStatus(error);
        if (status === 404 || status === 422) return [];
        throw error;
      }
    },
    async get(pullNumber) {
      const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
      return merged(data);
    },
  };
}
