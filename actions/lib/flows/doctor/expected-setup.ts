import { requestLabel } from "../intake/form.js";

/**
 * What the workflows in .github/workflows assume of the repository. test/unit/doctor/expected-setup.test.ts reads
 * the workflow files and fails when one uses a variable or secret that is not listed here.
 */
export const expectedRepository = {
  /** clinic-intake.yml runs only on issues with this label. */
  labels: [requestLabel],
  /** apply.yml and bake-ami.yml run their jobs in this environment, which only the default branch may reach. */
  environment: "production",
  /** Repository variables without which a workflow cannot assume its role or build. */
  variables: [
    "AWS_PLAN_ROLE_ARN",
    "AWS_APPLY_ROLE_ARN",
    "AWS_BAKE_ROLE_ARN",
    "AWS_PATCH_REPORT_ROLE_ARN",
    "AWS_DOCUMENTS_PLAN_ROLE_ARN",
    "AWS_DOCUMENTS_ROLE_ARN",
    "AWS_ROLLOUT_PLAN_ROLE_ARN",
    "AWS_ROLLOUT_ROLE_ARN",
    "BAKE_SUBNET_ID",
    "BAKE_SECURITY_GROUP_ID",
    "BAKE_INSTANCE_PROFILE",
    "BAKE_KMS_KEY_ID",
    "AWS_LIVENESS_ROLE_ARN",
  ],
  /** Used when set, with a fallback when not (AWS_REGION defaults to Tokyo; intake falls back to GITHUB_TOKEN). */
  optionalVariables: ["AWS_REGION", "INTAKE_APP_ID", "INTAKE_TEAM", "PATCH_REPORT_FAIL_ON_CRITICAL_DAYS"],
  /** Secrets required when a variable is set: the intake App's key goes with its id. */
  secretsWith: { INTAKE_APP_ID: "INTAKE_APP_PRIVATE_KEY" } as Readonly<Record<string, string>>,
  /** Secrets used when set, with nothing lost but a notice when not (the sweep's Slack webhook). */
  optionalSecrets: ["SLACK_WEBHOOK_URL"],
  /** ci.yml's and validate.yml's jobs: a pull request may not merge before they pass. */
  requiredChecks: ["ci", "validate"],
} as const;
