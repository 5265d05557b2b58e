import type { Image, InstanceProfile, SecurityGroup, Subnet } from "./model.js";

/** The account every simulated resource belongs to (AWS's documentation account). */
export const accountId = "123456789012";
const vpcId = "vpc-0e6a4c2b8d1f35790";
/** Canonical's account, the owner of the public Ubuntu images. */
const canonical = "099720109477";

/**
 * The network the example fleet (clinics/fleet.yml) names, with /18 ranges so that one subnet holds a 10,000-instance
 * benchmark. Tests add their own with Ec2Sim.addSubnet / addSecurityGroup.
 */
export function seedSubnets(region: string): Subnet[] {
  return [
    { id: "subnet-0b1c2d3e4f5a69788", vpcId, cidr: "10.20.0.0/18", availabilityZone: `${region}a` },
    { id: "subnet-03e9a7c5b1d2f4866", vpcId, cidr: "10.20.64.0/18", availabilityZone: `${region}c` },
    { id: "subnet-0f4d6b8a2c1e3579a", vpcId, cidr: "10.20.128.0/18", availabilityZone: `${region}d` },
  ];
}

export function seedSecurityGroups(): SecurityGroup[] {
  return [
    { id: "sg-0a3f5c9e1b7d24680", name: "orca-api", vpcId },
    { id: "sg-0c81d2e4f6a930b57", name: "ssm-endpoints", vpcId },
    { id: "sg-0d2b4f6a8c1e3a5b7", name: "default", vpcId },
  ];
}

export function seedInstanceProfiles(region: string): InstanceProfile[] {
  const name = "orca-fleet-instance";
  return [
    {
      name,
      arn: `arn:aws:iam::${accountId}:instance-profile/${name}`,
      id: `AIPA${region.replaceAll("-", "").toUpperCase().slice(0, 8)}ORCAFLEET1`,
    },
  ];
}

/** A few of Canonical's Ubuntu 22.04 LTS images, as DescribeImages lists them. */
export function seedImages(): Image[] {
  const builds = [
    { id: "ami-0d52744d6551d851e", serial: "20260903", arch: "x86_64" },
    { id: "ami-0a9b3f2c7e15d4c86", serial: "20261015", arch: "x86_64" },
    { id: "ami-07c1e4d8b2a6f9350", serial: "20261015", arch: "arm64" },
  ] as const;
  return builds.map(({ id, serial, arch }) => {
    const flavour = arch === "x86_64" ? "amd64" : "arm64";
    return {
      id,
      name: `ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-${flavour}-server-${serial}`,
      description: `Canonical, Ubuntu, 22.04 LTS, ${flavour} jammy image build on ${serial.slice(0, 4)}-${serial.slice(4, 6)}-${serial.slice(6)}`,
      ownerId: canonical,
      ownerAlias: "amazon",
      creationDate: new Date(`${serial.slice(0, 4)}-${serial.slice(4, 6)}-${serial.slice(6)}T08:00:00.000Z`),
      architecture: arch,
      rootDeviceName: "/dev/sda1",
      rootVolumeSize: 8,
      tags: {},
    };
  });
}
