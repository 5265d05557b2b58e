import type { Policy } from "./policy-source.js";
import type { WorkflowRole } from "./workflow-roles.js";

/** GitHub's OIDC issuer, as IAM names its provider. */
export const githubIssuer = "token.actions.githubusercontent.com";
export const githubAudience = "sts.amazonaws.com";

/**
 * The repository's OIDC subject template (Settings → Actions → OIDC, or `PUT
 * /repos/{owner}/{repo}/actions/oidc/customization/sub`). GitHub's default subject carries the environment OR the
 * ref, never both; with these keys it carries the context (environment or event), the ref, and the workflow file, so
 * a trust policy can bind all three.
 */
export const subjectClaimKeys = ["repo", "context", "ref", "job_workflow_ref"] as const;

export interface GitHubBinding {
  /** OWNER/REPO, as GitHub spells it. */
  repository: string;
  /** The protected environment every writing workflow runs in. */
  environment: string;
  /** The protected branch those workflows run from. */
  branch: string;
}

/**
 * The subject a role accepts, under the template above. Pull-request jobs differ only in the pull request's number,
 * so their subject is a StringLike pattern whose one wildcard stands for that number's place; every other role's
 * subject is matched exactly.
 */
export function trustedSubject(
  binding: GitHubBinding,
  role: WorkflowRole,
): { operator: "StringEquals" | "StringLike"; subject: string } {
  const { repository, environment, branch } = binding;
  const workflowPath = `${repository}/.github/workflows/${role.workflow}`;
  if (role.context === "pull_request") {
    const ref = "refs/pull/*/merge";
    return {
      operator: "StringLike",
      subject: `repo:${repository}:pull_request:ref:${ref}:job_workflow_ref:${workflowPath}@${ref}`,
    };
  }
  const ref = `refs/heads/${branch}`;
  return {
    operator: "StringEquals",
    subject: `repo:${repository}:environment:${environment}:ref:${ref}:job_workflow_ref:${workflowPath}@${ref}`,
  };
}

/** The role's trust policy: GitHub's tokens for this audience and this subject only. */
export function githubTrustPolicy(binding: GitHubBinding, role: WorkflowRole, providerArn: string): Policy {
  const { operator, subject } = trustedSubject(binding, role);
  const audience = { [`${githubIssuer}:aud`]: githubAudience };
  const sub = { [`${githubIssuer}:sub`]: subject };
  const condition =
    operator === "StringEquals"
      ? { StringEquals: { ...audience, ...sub } }
      : { StringEquals: audience, StringLike: sub };
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "ThisWorkflowInThisContextOnly",
        Effect: "Allow",
        Principal: { Federated: providerArn },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: condition,
      },
    ],
  };
}
