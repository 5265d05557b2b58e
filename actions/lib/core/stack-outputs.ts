/**
 * The outputs of the fleet's CloudFormation stack (infra/) that fleet.yml takes its ids from. The stack writes them
 * and `orca-fleet setup fleet` reads them, both through these names, so the two cannot drift apart.
 */
export const stackOutputs = {
  region: "Region",
  vpcId: "VpcId",
  zoneId: "ZoneId",
  domain: "Domain",
  backupBucket: "BackupBucket",
  /** Each clinic's instance profile is this name followed by `-<clinic id>`. */
  instanceProfilePrefix: "InstanceProfilePrefix",
  amiParameter: "AmiParameter",
  secretsPrefix: "SecretsPrefix",
  volumesKeyArn: "VolumesKeyArn",
  backupKeyArn: "BackupKeyArn",
  secretsKeyArn: "SecretsKeyArn",
  buildSubnetId: "BuildSubnetId",
  buildSecurityGroupId: "BuildSecurityGroupId",
  buildInstanceProfile: "BuildInstanceProfile",
  caKeyArn: "CaKeyArn",
  operatorRoleArn: "OperatorRoleArn",
} as const;

/** Subnets and security groups are one output each, named by prefix + the PascalCase of fleet.yml's logical name. */
export const subnetOutputPrefix = "Subnet";
export const securityGroupOutputPrefix = "SecurityGroup";

const logicalNamePattern = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/;

/** `private-a` → `SubnetPrivateA`. Logical names are lower-case words joined by dashes, so the mapping reverses. */
export function outputKeyFor(prefix: string, logicalName: string): string {
  if (!logicalNamePattern.test(logicalName)) {
    throw new Error(
      `"${logicalName}" is not a logical name: use lower-case words (a letter, then letters or digits) joined by dashes`,
    );
  }
  return prefix + logicalName.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `SubnetPrivateA` → `private-a`; undefined when the key is not one of this prefix's outputs. */
export function logicalNameOf(prefix: string, outputKey: string): string | undefined {
  if (!outputKey.startsWith(prefix)) return undefined;
  const rest = outputKey.slice(prefix.length);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(rest)) return undefined;
  return rest.replace(/[A-Z]/g, (c, index: number) => (index === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
}
