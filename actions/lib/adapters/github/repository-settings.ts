import type { Octokit } from "./octokit.js";
import { unlessNotFound } from "./status.js";

/** The repository settings doctor reads; names only, never a secret's value (GitHub never returns one anyway). */
export interface RepositorySettings {
  /** owner/name, for the fixes doctor prints. */
  repo: string;
  defaultBranch(): Promise<string>;
  labels(): Promise<string[]>;
  /** undefined when the environment does not exist; branches: the names its deployment branch rules allow. */
  environment(name: string): Promise<{ branches: string[] } | undefined>;
  variableNames(): Promise<string[]>;
  secretNames(): Promise<string[]>;
  /** The status checks required on the branch; empty when the branch is not protected. */
  requiredChecks(branch: string): Promise<string[]>;
  actionsMayCreatePullRequests(): Promise<boolean>;
}

export function createRepositorySettings(octokit: Octokit, owner: string, repo: string): RepositorySettings {
  const at = { owner, repo };
  return {
    repo: `${owner}/${repo}`,
    async defaultBranch() {
      return (await octokit.rest.repos.get(at)).data.default_branch;
    },
    async labels() {
      const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...at, per_page: 100 });
      return all.map((l) => l.name);
    },
    async environment(name) {
      const env = await unlessNotFound(() => octokit.rest.repos.getEnvironment({ ...at, environment_name: name }));
      if (env === undefined) return undefined;
      const policy = env.data.deployment_branch_policy;
      // No policy: every branch may deploy. protected_branches: whichever branches are protected, by name unknown.
      if (policy === null || policy === undefined) return { branches: [] };
      if (policy.protected_branches) return { branches: ["(protected branches)"] };
      const rules = await octokit.paginate(octokit.rest.repos.listDeploymentBranchPolicies, {
        ...at,
        environment_name: name,
        per_page: 100,
      });
      return { branches: rules.filter((r) => r.type !== "tag").flatMap((r) => (r.name === undefined ? [] : [r.name])) };
    },
    async variableNames() {
      const all = await octokit.paginate(octokit.rest.actions.listRepoVariables, { ...at, per_page: 30 });
      return all.map((v) => v.name);
    },
    async secretNames() {
      const all = await octokit.paginate(octokit.rest.actions.listRepoSecrets, { ...at, per_page: 100 });
      return all.map((s) => s.name);
    },
    async requiredChecks(branch) {
      const checks = await unlessNotFound(() => octokit.rest.repos.getStatusChecksProtection({ ...at, branch }));
      if (checks === undefined) return [];
      return [...new Set([...(checks.data.contexts ?? []), ...(checks.data.checks ?? []).map((c) => c.context)])];
    },
    async actionsMayCreatePullRequests() {
      const answer = await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(at);
      return answer.data.can_approve_pull_request_reviews;
    },
  };
}
