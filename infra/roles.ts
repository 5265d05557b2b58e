import { aws_iam as iam } from "aws-cdk-lib";
import { Construct } from "constructs";
import { type GitHubBinding, githubAudience, githubIssuer, githubTrustPolicy } from "./github-trust.js";
import { fillPolicy, type PlaceholderName, readPolicy } from "./policy-source.js";
import { roleName, workflowRoles } from "./workflow-roles.js";

type Values = Partial<Record<PlaceholderName, string>>;

/** Where the clinic roles and their instance profiles live: the apply role may pass only roles under this path. */
export const clinicRolePath = "/orca-fleet/clinics/";
export const instanceProfilePrefix = "orca-fleet-instance";
/** The build instance's role, the only one the bake role may pass. */
export const buildRolePath = "/orca-fleet/";
export const buildRoleName = "orca-fleet-build";

export interface WorkflowRolesProps {
  binding: GitHubBinding;
  /** An existing provider for GitHub in this account; without it the stack creates one. */
  existingProviderArn: string | undefined;
  values: Values;
}

/** GitHub's OIDC provider and one role per workflow, each trusted for one workflow file in one context. */
export class WorkflowRoles extends Construct {
  readonly roles: ReadonlyMap<string, iam.CfnRole>;
  readonly providerArn: string;

  constructor(scope: Construct, id: string, props: WorkflowRolesProps) {
    super(scope, id);
    this.providerArn =
      props.existingProviderArn ??
      // IAM no longer checks thumbprints for GitHub's issuer, so none is pinned here.
      new iam.OidcProviderNative(this, "GitHub", { url: `https://${githubIssuer}`, clientIds: [githubAudience] })
        .oidcProviderArn;
    const roles = new Map<string, iam.CfnRole>();
    for (const role of workflowRoles) {
      roles.set(
        role.id,
        new iam.CfnRole(this, role.id, {
          roleName: roleName(role),
          description: `orca-fleet: ${role.workflow} in ${props.binding.repository}`,
          maxSessionDuration: 3600,
          assumeRolePolicyDocument: githubTrustPolicy(props.binding, role, this.providerArn),
          policies: [{ policyName: role.id, policyDocument: fillPolicy(readPolicy(role.policy), props.values) }],
        }),
      );
    }
    this.roles = roles;
  }
}

export interface ClinicRolesProps {
  clinicIds: readonly string[];
  values: Values;
}

/**
 * One role and instance profile per clinic. An instance role's session carries nothing a policy could tell one
 * clinic's server from another's by (no instance tags as principal tags), so scoping a clinic to its own secrets,
 * record and backups takes a role of its own, from the same policy file with the clinic's id filled in.
 */
export class ClinicRoles extends Construct {
  readonly profiles: ReadonlyMap<string, iam.CfnInstanceProfile>;

  constructor(scope: Construct, id: string, props: ClinicRolesProps) {
    super(scope, id);
    const profiles = new Map<string, iam.CfnInstanceProfile>();
    for (const clinicId of props.clinicIds) {
      const name = `${instanceProfilePrefix}-${clinicId}`;
      const values = { ...props.values, CLINIC_ID: clinicId };
      const role = new iam.CfnRole(this, `${clinicId}-role`, {
        roleName: name,
        path: clinicRolePath,
        description: `orca-fleet: the server of clinic ${clinicId}`,
        assumeRolePolicyDocument: fillPolicy(readPolicy("instance.trust.json"), values),
        policies: [
          { policyName: "clinic-server", policyDocument: fillPolicy(readPolicy("instance.policy.json"), values) },
        ],
      });
      profiles.set(
        clinicId,
        new iam.CfnInstanceProfile(this, `${clinicId}-profile`, {
          instanceProfileName: name,
          path: clinicRolePath,
          roles: [role.ref],
        }),
      );
    }
    this.profiles = profiles;
  }
}

/** Packer's build instance: the SSM agent's core permissions, so Session Manager can reach it, and nothing else. */
export class BuildRole extends Construct {
  readonly profile: iam.CfnInstanceProfile;

  constructor(scope: Construct, id: string, values: Values) {
    super(scope, id);
    const role = new iam.CfnRole(this, "Role", {
      roleName: buildRoleName,
      path: buildRolePath,
      description: "orca-fleet: Packer's temporary build instance",
      assumeRolePolicyDocument: fillPolicy(readPolicy("instance.trust.json"), values),
      managedPolicyArns: [iam.ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore").managedPolicyArn],
    });
    this.profile = new iam.CfnInstanceProfile(this, "Profile", {
      instanceProfileName: buildRoleName,
      path: buildRolePath,
      roles: [role.ref],
    });
  }
}
