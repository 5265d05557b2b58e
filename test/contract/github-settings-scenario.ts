import type { Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { expectedRepository } from "../../actions/lib/flows/doctor/expected-setup.js";

type Repo = { owner: string; repo: string };

/**
 * Sets a repository up as the workflows want it, through GitHub's own write endpoints as an administrator would:
 * the labels, the production environment limited to the default branch, the variables, the intake App's secret,
 * the required ci check and Actions' pull-request permission. Also walks the settings routes' 404s, for the
 * OpenAPI contract test.
 */
export async function setUpRepository(octokit: Octokit, repo: Repo, branch = "main"): Promise<void> {
  const ignore = () => undefined;
  await octokit.rest.repos.getStatusChecksProtection({ ...repo, branch: "absent" }).catch(ignore);
  for (const name of expectedRepository.labels) await octokit.rest.issues.createLabel({ ...repo, name }).catch(ignore);
  const environment_name = expectedRepository.environment;
  await octokit.rest.repos.createOrUpdateEnvironment({
    ...repo,
    environment_name,
    deployment_branch_policy: { protected_branches: false, custom_branch_policies: true },
  });
  await octokit.rest.repos.getEnvironment({ ...repo, environment_name });
  await octokit.rest.repos.createDeploymentBranchPolicy({ ...repo, environment_name, name: branch, type: "branch" });
  await octokit.rest.repos.listDeploymentBranchPolicies({ ...repo, environment_name });
  for (const name of [...expectedRepository.variables, "INTAKE_APP_ID"]) {
    await octokit.rest.actions.createRepoVariable({ ...repo, name, value: `value-of-${name}` });
  }
  await octokit.rest.actions.listRepoVariables(repo);
  const sealed = { encrypted_value: Buffer.from("sealed").toString("base64"), key_id: "local" };
  await octokit.rest.actions.createOrUpdateRepoSecret({ ...repo, secret_name: "INTAKE_APP_PRIVATE_KEY", ...sealed });
  await octokit.rest.actions.listRepoSecrets(repo);
  await octokit.rest.repos.updateBranchProtection({
    ...repo,
    branch,
    required_status_checks: { strict: true, contexts: [...expectedRepository.requiredChecks] },
    enforce_admins: true,
    required_pull_request_reviews: null,
    restrictions: null,
  });
  await octokit.rest.repos.getStatusChecksProtection({ ...repo, branch });
  await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
  await octokit.rest.actions.setGithubActionsDefaultWorkflowPermissionsRepository({
    ...repo,
    can_approve_pull_request_reviews: true,
  });
}
