import { Aws, CfnOutput, aws_ec2 as ec2, Stack, type StackProps, aws_ssm as ssm } from "aws-cdk-lib";
import type { Construct } from "constructs";
import {
  outputKeyFor,
  securityGroupOutputPrefix,
  stackOutputs,
  subnetOutputPrefix,
} from "../actions/lib/core/stack-outputs.js";
import { BackupBucket } from "./backup-bucket.js";
import { CaKeyProtection } from "./ca-key.js";
import type { GitHubBinding } from "./github-trust.js";
import { FleetKeys } from "./keys.js";
import { FleetNetwork } from "./network.js";
import { FleetPatching } from "./patching.js";
import { requireJapaneseRegion } from "./regions.js";
import { BuildRole, ClinicRoles, instanceProfilePrefix, WorkflowRoles } from "./roles.js";

/** The fleet.yml settings the stack builds to; the policies in infra/policies name the same paths. */
export interface FleetSettings {
  domain: string;
  amiParameter: string;
  secretsPrefix: string;
  backupRetentionDays: number;
}

export interface FleetStackProps extends StackProps {
  github: GitHubBinding;
  fleet: FleetSettings;
  /** Every clinic in clinics/: each gets its own instance role and profile. */
  clinicIds: readonly string[];
  /** The ARN of GitHub's OIDC provider when the account has one already (one per account, any region). */
  existingOidcProviderArn?: string | undefined;
  vpcCidr?: string;
  orcaApiClients?: readonly string[];
}

/** The paths the policy files are written for; the stack refuses a fleet.yml that names others. */
const policyPaths = { amiParameter: "/orca-fleet/golden-ami", secretsPrefix: "/orca-fleet/secrets" };

const repositoryPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** Ubuntu 22.04 from Canonical's public parameter: only the parameter's first value, until the first bake. */
const canonicalJammy = "/aws/service/canonical/ubuntu/server/22.04/stable/current/amd64/hvm/ebs-gp2/ami-id";

/** The fleet's AWS foundation, one stack per account and region. */
export class FleetStack extends Stack {
  constructor(scope: Construct, id: string, props: FleetStackProps) {
    super(scope, id, props);
    const region = requireJapaneseRegion(props.env?.region);
    checkProps(props);

    const network = new FleetNetwork(this, "Network", {
      region,
      cidr: props.vpcCidr ?? "10.80.0.0/16",
      orcaApiClients: props.orcaApiClients,
      domain: props.fleet.domain,
    });
    const keys = new FleetKeys(this, "Keys");
    const backups = new BackupBucket(this, "Backups", {
      key: keys.backups,
      retentionDays: props.fleet.backupRetentionDays,
    });

    new ssm.StringParameter(this, "GoldenAmi", {
      parameterName: props.fleet.amiParameter,
      description: "orca-fleet: the golden AMI; bakes add versions labelled with the build and current",
      dataType: ssm.ParameterDataType.AWS_EC2_IMAGE,
      stringValue: ec2.MachineImage.fromSsmParameter(canonicalJammy).getImage(this).imageId,
    });

    const values = {
      ACCOUNT_ID: Aws.ACCOUNT_ID,
      REGION: region,
      VPC_ID: network.vpc.vpcId,
      ZONE_ID: network.zone.hostedZoneId,
      FLEET_DOMAIN: props.fleet.domain.replace(/\.$/, "").toLowerCase(),
      BACKUP_BUCKET: backups.bucket.bucketName,
      AMI_KEY_ID: keys.volumes.keyId,
      SECRETS_KEY_ID: keys.secrets.keyId,
      BACKUP_KEY_ID: keys.backups.keyId,
      BUILD_SUBNET_ID: network.buildSubnet.subnetId,
      BUILD_SECURITY_GROUP_ID: network.buildSecurityGroup.securityGroupId,
    };
    new WorkflowRoles(this, "Workflows", {
      binding: props.github,
      existingProviderArn: props.existingOidcProviderArn,
      values,
    });
    new ClinicRoles(this, "Clinics", { clinicIds: props.clinicIds, values });
    const build = new BuildRole(this, "Build", values);
    new FleetPatching(this, "Patching");
    const ca = new CaKeyProtection(this, "Ca", values);

    const output = (key: string, value: string, description: string) =>
      new CfnOutput(this, key, { key, value, description });
    output(stackOutputs.region, region, "fleet.yml region");
    output(stackOutputs.vpcId, network.vpc.vpcId, "the fleet's VPC");
    output(stackOutputs.zoneId, network.zone.hostedZoneId, "fleet.yml dns.zoneId");
    output(stackOutputs.domain, props.fleet.domain, "fleet.yml dns.domain");
    output(stackOutputs.backupBucket, backups.bucket.bucketName, "fleet.yml backup.bucket");
    output(stackOutputs.instanceProfilePrefix, instanceProfilePrefix, "fleet.yml instanceProfile (+ -<clinic id>)");
    // The name as written: the parameter's own attribute is a reference to the same value.
    output(stackOutputs.amiParameter, props.fleet.amiParameter, "fleet.yml ami.parameter");
    output(stackOutputs.secretsPrefix, props.fleet.secretsPrefix, "fleet.yml secrets.parameterPrefix");
    output(stackOutputs.volumesKeyArn, keys.volumes.keyArn, "Packer's kms_key_id");
    output(stackOutputs.backupKeyArn, keys.backups.keyArn, "the backup bucket's key");
    output(stackOutputs.secretsKeyArn, keys.secrets.keyArn, "the key for SecureString secrets");
    output(stackOutputs.buildSubnetId, network.buildSubnet.subnetId, "Packer's subnet_id");
    output(stackOutputs.buildSecurityGroupId, network.buildSecurityGroup.securityGroupId, "Packer's security group");
    output(stackOutputs.buildInstanceProfile, build.profile.ref, "Packer's iam_instance_profile");
    output(stackOutputs.caKeyArn, ca.key.attrArn, "orca-fleet certs --ca-parameter --ca-key-id");
    output(stackOutputs.operatorRoleArn, ca.operatorRole.attrArn, "the role that holds the fleet's CA");
    for (const [name, subnet] of network.subnets) {
      output(outputKeyFor(subnetOutputPrefix, name), subnet.subnetId, `fleet.yml subnets.${name}.id`);
    }
    for (const [name, group] of network.securityGroups) {
      output(outputKeyFor(securityGroupOutputPrefix, name), group.securityGroupId, `fleet.yml securityGroups.${name}`);
    }
  }
}

function checkProps(props: FleetStackProps): void {
  if (!repositoryPattern.test(props.github.repository)) {
    throw new Error(`github.repository must be OWNER/REPO as GitHub spells it, not "${props.github.repository}"`);
  }
  for (const [key, expected] of Object.entries(policyPaths)) {
    const actual = props.fleet[key as keyof typeof policyPaths];
    if (actual !== expected) {
      throw new Error(`fleet.yml names ${actual} where infra/policies grant ${expected}: change both together`);
    }
  }
}
