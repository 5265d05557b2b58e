import { createHash } from "node:crypto";
import { tagKeys } from "../../../../actions/lib/core/instance-tags.js";
import { AwsError, type LocalAwsContext } from "../types.js";
import { idPatterns } from "./ids.js";
import type {
  Image,
  Instance,
  InstanceProfile,
  MetadataOptions,
  SecurityGroup,
  Subnet,
  Tags,
  Volume,
} from "./model.js";
import type { RunInstancesInput } from "./run-instances-input.js";
import { accountId } from "./seed.js";
import type { Ec2Store } from "./store.js";
import { checkTag, checkTagCount } from "./tag-rules.js";

export interface LaunchSettings {
  /** How long an instance stays pending before it is running. */
  bootDelayMs: number;
}

const maxUserDataBytes = 16 * 1024;
const taggableOnLaunch = new Set(["instance", "volume", "network-interface"]);

/**
 * Launches instances as RunInstances does, after checking what AWS checks; a ClientToken seen before answers with the
 * instances it launched when the parameters are the same and with IdempotentParameterMismatch when they are not.
 */
export function runInstances(
  store: Ec2Store,
  context: LocalAwsContext,
  settings: LaunchSettings,
  input: RunInstancesInput,
): { reservationId: string; instances: Instance[] } {
  const { ClientToken: clientToken, ...parameters } = input;
  const fingerprint = JSON.stringify(parameters);
  if (clientToken !== undefined) {
    if (clientToken.length > 64 || !/^[\x20-\x7e]*$/.test(clientToken)) {
      throw new AwsError("InvalidParameterValue", "The client token must be at most 64 ASCII characters.");
    }
    const previous = store.launches.get(clientToken);
    if (previous !== undefined) {
      if (previous.fingerprint !== fingerprint) {
        throw new AwsError(
          "IdempotentParameterMismatch",
          "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).",
        );
      }
      const instances = previous.instanceIds.flatMap((id) => {
        const instance = store.instancesById.get(id);
        return instance === undefined ? [] : [store.settled(instance)];
      });
      return { reservationId: previous.reservationId, instances };
    }
  }
  if (input.MinCount < 1 || input.MaxCount < input.MinCount) {
    throw new AwsError("InvalidParameterValue", "MinCount must be at least 1 and MaxCount at least MinCount.");
  }
  const image = resolveImage(store, context, input.ImageId);
  const userData = checkUserData(input.UserData);
  const { subnet, groups, publicIp } = network(store, input);
  const tags = launchTags(input);
  const profile = instanceProfile(store, input.IamInstanceProfile, tags.instance[tagKeys.clinic]);
  const metadataOptions = metadata(input);
  const devices = blockDevices(store, context, image, input);

  const now = context.now();
  const reservationId = store.ids.id("r");
  const instances: Instance[] = [];
  for (let index = 0; index < input.MaxCount; index++) {
    const instanceId = store.ids.id("i");
    const privateIpAddress =
      index === 0 && input.PrivateIpAddress !== undefined ? input.PrivateIpAddress : store.allocateAddress(subnet);
    const volumeIds = devices.map((device) => {
      const volume: Volume = {
        ...device.volume,
        id: store.ids.id("vol"),
        availabilityZone: subnet.availabilityZone,
        createTime: now,
        state: "in-use",
        attachment: {
          instanceId,
          device: device.name,
          attachTime: now,
          deleteOnTermination: device.deleteOnTermination,
        },
        tags: { ...tags.volume },
      };
      store.volumes.set(volume.id, volume);
      return volume.id;
    });
    const instance: Instance = {
      seq: store.instances.length,
      revision: 0,
      instanceId,
      reservationId,
      imageId: image.id,
      instanceType: input.InstanceType,
      state: "pending",
      transitionAt: now.getTime() + settings.bootDelayMs,
      launchTime: now,
      tags: { ...tags.instance },
      subnet,
      groups,
      privateIpAddress,
      ...(publicIp ? { publicIpAddress: `198.51.100.${(store.instances.length % 250) + 1}` } : {}),
      ...(userData === undefined ? {} : { userData }),
      disableApiTermination: input.DisableApiTermination ?? false,
      disableApiStop: input.DisableApiStop ?? false,
      shutdownBehavior: input.InstanceInitiatedShutdownBehavior ?? "stop",
      metadataOptions,
      ...(profile === undefined ? {} : { iamInstanceProfile: profile }),
      ...(clientToken === undefined ? {} : { clientToken }),
      ...(input.KeyName === undefined ? {} : { keyName: input.KeyName }),
      rootDeviceName: image.rootDeviceName,
      volumeIds,
      amiLaunchIndex: index,
      ebsOptimized: input.EbsOptimized ?? false,
    };
    store.addInstance(instance);
    instances.push(instance);
  }
  if (clientToken !== undefined) {
    store.launches.set(clientToken, { fingerprint, reservationId, instanceIds: instances.map((i) => i.instanceId) });
  }
  return { reservationId, instances };
}

/** ImageId directly, or `resolve:ssm:<parameter>[:label|:version]` read from Parameter Store at launch. */
function resolveImage(store: Ec2Store, context: LocalAwsContext, imageId: string): Image {
  let id = imageId;
  if (imageId.startsWith("resolve:ssm:")) {
    const selector = imageId.slice("resolve:ssm:".length);
    const resolved = context.resolveSsmParameter(selector);
    if (resolved === undefined) {
      throw new AwsError("InvalidAMIID.NotFound", `The image ID '${imageId}' does not exist: no parameter ${selector}`);
    }
    id = resolved;
  }
  if (!idPatterns.image.test(id))
    throw new AwsError("InvalidAMIID.Malformed", `Invalid id: "${id}" (expecting "ami-...")`);
  const image = store.images.get(id);
  if (image === undefined) throw new AwsError("InvalidAMIID.NotFound", `The image id '[${id}]' does not exist`);
  return image;
}

/** User data arrives base64-encoded; AWS limits it to 16 KB before encoding. */
function checkUserData(userData: string | undefined): string | undefined {
  if (userData === undefined) return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(userData) || userData.length % 4 !== 0) {
    throw new AwsError("InvalidParameterValue", "Invalid BASE64 encoding of user data.");
  }
  if (Buffer.from(userData, "base64").byteLength > maxUserDataBytes) {
    throw new AwsError("InvalidParameterValue", `User data is limited to ${maxUserDataBytes} bytes`);
  }
  return userData;
}

function network(
  store: Ec2Store,
  input: RunInstancesInput,
): { subnet: Subnet; groups: SecurityGroup[]; publicIp: boolean } {
  const interfaces = input.NetworkInterface ?? [];
  if (interfaces.length > 0 && (input.SubnetId !== undefined || input.SecurityGroupId !== undefined)) {
    throw new AwsError(
      "InvalidParameterCombination",
      "Network interfaces and an instance-level subnet ID or security groups may not be specified on the same request",
    );
  }
  if (interfaces.length > 1) throw new AwsError("InvalidParameterValue", "Only one network interface is simulated.");
  const primary = interfaces[0];
  const subnetId = primary?.SubnetId ?? input.SubnetId;
  const subnet = subnetId === undefined ? store.subnets.values().next().value : store.subnets.get(subnetId);
  if (subnet === undefined)
    throw new AwsError("InvalidSubnetID.NotFound", `The subnet ID '${subnetId}' does not exist`);
  const groupIds = primary?.SecurityGroupId ?? input.SecurityGroupId ?? [];
  const groups = groupIds.map((groupId) => {
    const group = store.securityGroups.get(groupId);
    if (!idPatterns.group.test(groupId)) throw new AwsError("InvalidGroupId.Malformed", `Invalid id: "${groupId}"`);
    if (group === undefined || group.vpcId !== subnet.vpcId) {
      throw new AwsError(
        "InvalidGroup.NotFound",
        `The security group '${groupId}' does not exist in VPC '${subnet.vpcId}'`,
      );
    }
    return group;
  });
  const fallback = [...store.securityGroups.values()].find(
    (group) => group.name === "default" && group.vpcId === subnet.vpcId,
  );
  return {
    subnet,
    groups: groups.length > 0 || fallback === undefined ? groups : [fallback],
    // The fleet's subnets do not map public addresses on launch; only an explicit request gets one.
    publicIp: primary?.AssociatePublicIpAddress ?? false,
  };
}

/** The profiles infra makes, one per clinic file: `orca-fleet-instance-<clinic id>`. */
const clinicProfilePattern = /^orca-fleet-instance-([a-z0-9][a-z0-9-]{1,38}[a-z0-9])$/;

/**
 * The instance profile a launch names. Besides the seeded ones, every clinic's own profile exists, as the stack
 * makes one per clinic; a clinic's profile given to a launch tagged for another clinic is refused, so a test sees
 * a launch that would hand one clinic's server another clinic's access.
 */
function instanceProfile(
  store: Ec2Store,
  given: RunInstancesInput["IamInstanceProfile"],
  clinicTag: string | undefined,
): InstanceProfile | undefined {
  if (given === undefined) return undefined;
  const perClinic = clinicProfilePattern.exec(given.Name ?? "");
  if (perClinic !== null && given.Arn === undefined) {
    if (clinicTag !== undefined && perClinic[1] !== clinicTag) {
      throw new AwsError(
        "InvalidParameterValue",
        `Instance profile ${given.Name} belongs to clinic ${perClinic[1]}, not to ${clinicTag} (local cloud check)`,
      );
    }
    return clinicProfile(given.Name ?? "");
  }
  const profile = [...store.instanceProfiles.values()].find(
    (candidate) => candidate.name === given.Name || candidate.arn === given.Arn,
  );
  if (profile === undefined) {
    const [parameter, value] = given.Arn === undefined ? ["name", given.Name] : ["arn", given.Arn];
    throw new AwsError(
      "InvalidParameterValue",
      `Value (${value}) for parameter iamInstanceProfile.${parameter} is invalid. Invalid IAM Instance Profile ${parameter}`,
    );
  }
  return profile;
}

function clinicProfile(name: string): InstanceProfile {
  const id = `AIPA${createHash("sha256").update(name).digest("hex").slice(0, 17).toUpperCase()}`;
  return { name, arn: `arn:aws:iam::${accountId}:instance-profile/orca-fleet/clinics/${name}`, id };
}

function launchTags(input: RunInstancesInput): { instance: Tags; volume: Tags } {
  const byType: Record<"instance" | "volume", Tags> = { instance: {}, volume: {} };
  for (const spec of input.TagSpecification ?? []) {
    if (!taggableOnLaunch.has(spec.ResourceType)) {
      throw new AwsError(
        "InvalidParameterValue",
        `'${spec.ResourceType}' is not a valid taggable resource type for this operation.`,
      );
    }
    if (spec.ResourceType !== "instance" && spec.ResourceType !== "volume") continue;
    const target = byType[spec.ResourceType];
    checkTagCount(
      target,
      spec.Tag.map((tag) => tag.Key),
    );
    for (const tag of spec.Tag) {
      checkTag(tag.Key, tag.Value);
      target[tag.Key] = tag.Value;
    }
  }
  return byType;
}

function metadata(input: RunInstancesInput): MetadataOptions {
  const given = input.MetadataOptions;
  return {
    httpTokens: given?.HttpTokens ?? "optional",
    httpEndpoint: given?.HttpEndpoint ?? "enabled",
    httpPutResponseHopLimit: given?.HttpPutResponseHopLimit ?? 1,
    instanceMetadataTags: given?.InstanceMetadataTags ?? "disabled",
  };
}

interface Device {
  name: string;
  deleteOnTermination: boolean;
  volume: Pick<Volume, "size" | "volumeType" | "encrypted" | "iops" | "throughput" | "kmsKeyId">;
}

/** The image's root volume, changed or joined by BlockDeviceMappings, with EBS's limits for gp3 and io volumes. */
function blockDevices(store: Ec2Store, context: LocalAwsContext, image: Image, input: RunInstancesInput): Device[] {
  const devices = new Map<string, Device>([
    [
      image.rootDeviceName,
      {
        name: image.rootDeviceName,
        deleteOnTermination: true,
        volume: { size: image.rootVolumeSize, volumeType: "gp2", encrypted: false, iops: 100 },
      },
    ],
  ]);
  for (const mapping of input.BlockDeviceMapping ?? []) {
    if (mapping.NoDevice !== undefined) {
      devices.delete(mapping.DeviceName);
      continue;
    }
    const ebs = mapping.Ebs;
    if (ebs === undefined) continue;
    const isRoot = mapping.DeviceName === image.rootDeviceName;
    const size = ebs.VolumeSize ?? (isRoot ? image.rootVolumeSize : undefined);
    if (size === undefined)
      throw new AwsError("InvalidBlockDeviceMapping", `The device '${mapping.DeviceName}' needs a volume size.`);
    if (isRoot && size < image.rootVolumeSize) {
      throw new AwsError(
        "InvalidBlockDeviceMapping",
        `Volume of size ${size}GB is smaller than snapshot, expect size >= ${image.rootVolumeSize}GB`,
      );
    }
    const volumeType = ebs.VolumeType ?? "gp2";
    const encrypted = ebs.Encrypted ?? ebs.KmsKeyId !== undefined;
    devices.set(mapping.DeviceName, {
      name: mapping.DeviceName,
      deleteOnTermination: ebs.DeleteOnTermination ?? true,
      volume: {
        size,
        volumeType,
        encrypted,
        ...performance(volumeType, size, ebs.Iops, ebs.Throughput),
        ...(encrypted ? { kmsKeyId: ebs.KmsKeyId ?? defaultEbsKey(store, context) } : {}),
      },
    });
  }
  return [...devices.values()];
}

function performance(
  volumeType: string,
  size: number,
  iops: number | undefined,
  throughput: number | undefined,
): { iops?: number; throughput?: number } {
  if (volumeType === "gp3") {
    const chosen = { iops: iops ?? 3000, throughput: throughput ?? 125 };
    if (chosen.iops < 3000 || chosen.iops > 16000) {
      throw new AwsError(
        "InvalidParameterValue",
        `Volume iops of ${chosen.iops} is not between 3000 and 16000 for gp3.`,
      );
    }
    if (chosen.throughput < 125 || chosen.throughput > 1000) {
      throw new AwsError(
        "InvalidParameterValue",
        `Throughput of ${chosen.throughput} MiB/s is not between 125 and 1000 for gp3.`,
      );
    }
    return chosen;
  }
  if (throughput !== undefined) {
    throw new AwsError("InvalidParameterCombination", `Throughput is not supported for volume type ${volumeType}.`);
  }
  if (volumeType === "io1" || volumeType === "io2") {
    if (iops === undefined)
      throw new AwsError(
        "InvalidParameterCombination",
        `The parameter iops must be specified for ${volumeType} volumes.`,
      );
    return { iops };
  }
  if (iops !== undefined)
    throw new AwsError("InvalidParameterCombination", `The parameter iops is not supported for ${volumeType} volumes.`);
  return volumeType === "gp2" ? { iops: Math.min(16000, Math.max(100, size * 3)) } : {};
}

/** The account's AWS-managed EBS key (aws/ebs), used when Encrypted is set without a KmsKeyId. */
function defaultEbsKey(store: Ec2Store, context: LocalAwsContext): string {
  return `arn:aws:kms:${store.region}:${context.accountId}:key/0e4c1c2a-7b6d-4f3e-9a51-2c8d9e0f1a2b`;
}
