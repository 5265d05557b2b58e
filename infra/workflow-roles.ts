/**
 * One IAM role per workflow: which workflow file may assume it, in which GitHub context, with which policy file.
 * The stack makes the roles from this table and the IAM policy tests check the same table, so a role cannot be
 * trusted more widely than the tests say.
 */
export interface WorkflowRole {
  /** The role is named `orca-fleet-<id>`. */
  id: string;
  /** The permission policy in infra/policies. */
  policy: string;
  /** The only workflow file (.github/workflows/<file>) whose jobs may assume the role. */
  workflow: string;
  /**
   * `pull_request`: jobs of pull requests (read-only roles only); `environment`: jobs on the protected branch that
   * run in the protected environment.
   */
  context: "pull_request" | "environment";
  /** The action entry points the role runs, for the policy tests' reachability check. */
  entries: readonly string[];
}

export const workflowRoles: readonly WorkflowRole[] = [
  {
    id: "plan",
    policy: "plan.policy.json",
    workflow: "plan.yml",
    context: "pull_request",
    entries: ["actions/lib/flows/provision/show-plan.ts"],
  },
  {
    id: "apply",
    policy: "apply.policy.json",
    workflow: "apply.yml",
    context: "environment",
    entries: ["actions/provision/main.ts"],
  },
  {
    id: "bake-ami",
    policy: "bake-ami.policy.json",
    workflow: "bake-ami.yml",
    context: "environment",
    entries: ["actions/bake-ami/main.ts"],
  },
  {
    id: "rollout",
    policy: "rollout.policy.json",
    workflow: "rollout.yml",
    context: "environment",
    // The SSM command runner is checked now; the action joins it when it lands.
    entries: ["actions/rollout/main.ts", "actions/lib/adapters/aws/ssm-commands.ts"],
  },
  {
    // The rollout's plan mode on pull requests reads the instances' tags and nothing else.
    id: "rollout-plan",
    policy: "rollout-plan.policy.json",
    workflow: "rollout.yml",
    context: "pull_request",
    entries: ["actions/lib/adapters/aws/ec2-inventory.ts"],
  },
  {
    id: "liveness-sweep",
    policy: "liveness-sweep.policy.json",
    workflow: "liveness.yml",
    context: "environment",
    entries: ["actions/liveness-sweep/main.ts", "actions/lib/adapters/aws/ssm-commands.ts"],
  },
  {
    id: "patch-report",
    policy: "patch-report.policy.json",
    workflow: "patch-report.yml",
    context: "environment",
    entries: ["actions/patch-report/main.ts"],
  },
  {
    // Plan mode on pull requests calls only the documents' reads (its e2e test counts the calls).
    id: "sync-documents-plan",
    policy: "sync-documents-plan.policy.json",
    workflow: "sync-documents.yml",
    context: "pull_request",
    entries: ["actions/lib/adapters/aws/ssm-document-reads.ts"],
  },
  {
    id: "sync-documents",
    policy: "sync-documents.policy.json",
    workflow: "sync-documents.yml",
    context: "environment",
    entries: ["actions/sync-documents/main.ts"],
  },
];

export const roleName = (role: WorkflowRole): string => `orca-fleet-${role.id}`;
