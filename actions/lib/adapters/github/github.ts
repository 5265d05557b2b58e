import { type Branches, createBranches } from "./branch-file.js";
import { createIssues, type Issues } from "./issues.js";
import type { Octokit } from "./octokit.js";
import { createPullRequests, type PullRequests } from "./pull-request.js";
import type { RepoRef } from "./repo-ref.js";
import type { TeamsApi } from "./team-membership.js";

/** Everything a flow reaches on GitHub, for one repository: built once by the main, faked by unit tests. */
export interface GitHub {
  repo: RepoRef;
  issues: Issues;
  branches: Branches;
  pulls: PullRequests;
  teams: TeamsApi;
}

export function createGitHub(octokit: Octokit, repo: RepoRef): GitHub {
  return {
    repo,
    issues: createIssues(octokit, repo),
    branches: createBranches(octokit, repo),
    pulls: createPullRequests(octokit, repo),
    teams: octokit,
  };
}
