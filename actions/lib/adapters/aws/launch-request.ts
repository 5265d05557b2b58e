import { _InstanceType, type RunInstancesCommandInput, type Tag } from "@aws-sdk/client-ec2";
import { managedByValue, tagKeys } from "../../core/instance-tags.js";
import type { Clinic, Fleet } from "../../core/registry/schema.js";
import { clientToken } from "./client-token.js";

/** Ubuntu's images boot from this device; the mapping makes its volume encrypted gp3. */
const rootDevice = "/dev/sda1";
/** Room for ORCA, PostgreSQL 14 and local dump generations before they go to the backup bucket. */
const rootVolumeGiB = 50;

export interface LaunchInput {
  clinic: Clinic;
  fleet: Fleet;
  /** A concrete AMI id, resolved from the fleet's parameter before any launch. */
  amiId: string;
  /** Rendered user-data, plain text; base64 here as RunInstances wants it. */
  userData: string;
}

/** A clinic whose instance settings name something fleet.yml does not define. */
export class LaunchSettingsError extends Error {
  override readonly name = "LaunchSettingsError";
}

/** The tags on the instance and on its volumes: how every flow finds and describes a clinic's server. */
export function instanceTags(clinic: Clinic, amiId: string): Tag[] {
  return [
    { Key: tagKeys.clinic, Value: clinic.id },
    { Key: tagKeys.name, Value: `orca-${clinic.id}` },
    { Key: tagKeys.orcaVersion, Value: clinic.orca.version },
    { Key: tagKeys.ami, Value: amiId },
    { Key: tagKeys.managedBy, Value: managedByValue },
  ];
}

/**
 * The clinic's instance profile: fleet.yml's `instanceProfile` is the prefix the stack names each clinic's profile
 * with (its InstanceProfilePrefix output, which `orca-fleet setup fleet` writes there), followed by the clinic's id.
 */
export function clinicInstanceProfile(clinic: Clinic, fleet: Fleet): string {
  return `${fleet.instanceProfile}-${clinic.id}`;
}

/** The subnet id and security group ids for a clinic, from fleet.yml's logical names. */
export function resolveNetwork(clinic: Clinic, fleet: Fleet): { subnetId: string; securityGroupIds: string[] } {
  const subnet = fleet.subnets[clinic.instance.subnet];
  if (subnet === undefined) {
    throw new LaunchSettingsError(
      `instance.subnet "${clinic.instance.subnet}" is not in fleet.yml subnets (known: ${Object.keys(fleet.subnets).join(", ")})`,
    );
  }
  const securityGroupIds = subnet.securityGroups.map((logical) => {
    const id = fleet.securityGroups[logical];
    if (id === undefined) {
      throw new LaunchSettingsError(
        `subnet "${clinic.instance.subnet}" names security group "${logical}", which fleet.yml securityGroups lacks`,
      );
    }
    return id;
  });
  return { subnetId: subnet.id, securityGroupIds };
}

/**
 * The one RunInstances request for a clinic. Every setting the guidelines require is fixed here: no public
 * address, IMDSv2 only, encrypted volumes, termination and stop protection, and a shutdown from inside the
 * instance that stops rather than terminates.
 */
export function launchRequest(input: LaunchInput): RunInstancesCommandInput {
  const { clinic, fleet, amiId } = input;
  const { subnetId, securityGroupIds } = resolveNetwork(clinic, fleet);
  const tags = instanceTags(clinic, amiId);
  const instanceType = clinic.instance.type;
  if (!isInstanceType(instanceType)) {
    throw new LaunchSettingsError(`instance.type "${instanceType}" is not an EC2 instance type`);
  }
  return {
    ImageId: amiId,
    InstanceType: instanceType,
    MinCount: 1,
    MaxCount: 1,
    ClientToken: clientToken(clinic),
    // The clinic's own profile (infra makes one per clinic file), so its server reaches only its own secrets,
    // record and backups.
    IamInstanceProfile: { Name: clinicInstanceProfile(clinic, fleet) },
    NetworkInterfaces: [
      {
        DeviceIndex: 0,
        SubnetId: subnetId,
        Groups: securityGroupIds,
        AssociatePublicIpAddress: false,
        DeleteOnTermination: true,
      },
    ],
    MetadataOptions: {
      HttpTokens: "required",
      HttpEndpoint: "enabled",
      // One hop: only the instance itself, not a container on it, reaches the metadata service.
      HttpPutResponseHopLimit: 1,
    },
    BlockDeviceMappings: [
      {
        DeviceName: rootDevice,
        // The volume outlives an accidental termination: a clinic's data is never deleted by the toolkit.
        Ebs: { VolumeType: "gp3", VolumeSize: rootVolumeGiB, Encrypted: true, DeleteOnTermination: false },
      },
    ],
    DisableApiTermination: true,
    DisableApiStop: true,
    InstanceInitiatedShutdownBehavior: "stop",
    TagSpecifications: [
      { ResourceType: "instance", Tags: tags },
      { ResourceType: "volume", Tags: tags },
    ],
    UserData: Buffer.from(input.userData, "utf8").toString("base64"),
  };
}

const knownInstanceTypes: ReadonlySet<string> = new Set(Object.values(_InstanceType));

function isInstanceType(value: string): value is _InstanceType {
  return knownInstanceTypes.has(value);
}

/**
 * The reviewed request plus the run that launches it, on the instance. Not part of what the review sealed (the run
 * is not known before the merge); EC2 compares it with the token's first request, so of two applies at once the
 * second is answered IdempotentParameterMismatch instead of silently sharing the first one's launch.
 */
export function withLaunchedBy(request: RunInstancesCommandInput, runId: string): RunInstancesCommandInput {
  const tag = { Key: tagKeys.launchedBy, Value: runId };
  return {
    ...request,
    TagSpecifications: (request.TagSpecifications ?? []).map((spec) =>
      spec.ResourceType === "instance" ? { ...spec, Tags: [...(spec.Tags ?? []), tag] } : spec,
    ),
  };
}
