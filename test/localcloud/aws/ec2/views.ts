import type { XmlFields } from "../http/xml.js";
import type { Image, Instance, Tags, Volume } from "./model.js";
import { stateCodes } from "./model.js";

/** The XML shapes EC2 answers with (element names as in the 2016-11-15 API), built from the simulation's records. */
export function tagSet(tags: Tags): XmlFields[] | undefined {
  const entries = Object.entries(tags);
  return entries.length === 0 ? undefined : entries.map(([key, value]) => ({ key, value }));
}

export function stateView(state: Instance["state"]): XmlFields {
  return { code: stateCodes[state], name: state };
}

function privateDnsName(instance: Instance, region: string): string {
  return `ip-${instance.privateIpAddress.replaceAll(".", "-")}.${region}.compute.internal`;
}

export function instanceView(instance: Instance, volumes: ReadonlyMap<string, Volume>, region: string): XmlFields {
  const groupSet = instance.groups.map((group) => ({ groupId: group.id, groupName: group.name }));
  const dnsName = privateDnsName(instance, region);
  return {
    instanceId: instance.instanceId,
    imageId: instance.imageId,
    instanceState: stateView(instance.state),
    privateDnsName: dnsName,
    dnsName:
      instance.publicIpAddress === undefined
        ? ""
        : `ec2-${instance.publicIpAddress.replaceAll(".", "-")}.${region}.compute.amazonaws.com`,
    reason: instance.stateReason ?? "",
    keyName: instance.keyName,
    amiLaunchIndex: instance.amiLaunchIndex,
    instanceType: instance.instanceType,
    launchTime: instance.launchTime,
    placement: { availabilityZone: instance.subnet.availabilityZone, groupName: "", tenancy: "default" },
    monitoring: { state: "disabled" },
    subnetId: instance.subnet.id,
    vpcId: instance.subnet.vpcId,
    privateIpAddress: instance.privateIpAddress,
    ipAddress: instance.publicIpAddress,
    sourceDestCheck: true,
    groupSet,
    architecture: "x86_64",
    rootDeviceType: "ebs",
    rootDeviceName: instance.rootDeviceName,
    blockDeviceMapping: instance.volumeIds.flatMap((volumeId) => {
      const attachment = volumes.get(volumeId)?.attachment;
      return attachment === undefined
        ? []
        : [
            {
              deviceName: attachment.device,
              ebs: {
                volumeId,
                status: "attached",
                attachTime: attachment.attachTime,
                deleteOnTermination: attachment.deleteOnTermination,
              },
            },
          ];
    }),
    virtualizationType: "hvm",
    clientToken: instance.clientToken ?? "",
    tagSet: tagSet(instance.tags),
    hypervisor: "xen",
    networkInterfaceSet: [
      {
        networkInterfaceId: `eni-${instance.instanceId.slice(2)}`,
        subnetId: instance.subnet.id,
        vpcId: instance.subnet.vpcId,
        status: "in-use",
        privateIpAddress: instance.privateIpAddress,
        privateDnsName: dnsName,
        sourceDestCheck: true,
        groupSet,
        attachment: {
          attachmentId: `eni-attach-${instance.instanceId.slice(2)}`,
          deviceIndex: 0,
          status: "attached",
          attachTime: instance.launchTime,
          deleteOnTermination: true,
        },
        association:
          instance.publicIpAddress === undefined
            ? undefined
            : { publicIp: instance.publicIpAddress, ipOwnerId: "amazon" },
        privateIpAddressesSet: [{ privateIpAddress: instance.privateIpAddress, primary: true }],
      },
    ],
    iamInstanceProfile:
      instance.iamInstanceProfile === undefined
        ? undefined
        : { arn: instance.iamInstanceProfile.arn, id: instance.iamInstanceProfile.id },
    ebsOptimized: instance.ebsOptimized,
    metadataOptions: {
      state: instance.state === "pending" ? "pending" : "applied",
      httpTokens: instance.metadataOptions.httpTokens,
      httpPutResponseHopLimit: instance.metadataOptions.httpPutResponseHopLimit,
      httpEndpoint: instance.metadataOptions.httpEndpoint,
      httpProtocolIpv6: "disabled",
      instanceMetadataTags: instance.metadataOptions.instanceMetadataTags,
    },
    platformDetails: "Linux/UNIX",
    usageOperation: "RunInstances",
    bootMode: "uefi-preferred",
    currentInstanceBootMode: "legacy-bios",
  };
}

export function volumeView(volume: Volume): XmlFields {
  return {
    volumeId: volume.id,
    size: volume.size,
    snapshotId: "",
    availabilityZone: volume.availabilityZone,
    status: volume.state,
    createTime: volume.createTime,
    attachmentSet:
      volume.attachment === undefined
        ? []
        : [
            {
              volumeId: volume.id,
              instanceId: volume.attachment.instanceId,
              device: volume.attachment.device,
              status: "attached",
              attachTime: volume.attachment.attachTime,
              deleteOnTermination: volume.attachment.deleteOnTermination,
            },
          ],
    volumeType: volume.volumeType,
    iops: volume.iops,
    throughput: volume.throughput,
    encrypted: volume.encrypted,
    kmsKeyId: volume.kmsKeyId,
    tagSet: tagSet(volume.tags),
    multiAttachEnabled: false,
  };
}

export function imageView(image: Image): XmlFields {
  return {
    imageId: image.id,
    imageLocation: `${image.ownerId}/${image.name}`,
    imageState: "available",
    imageOwnerId: image.ownerId,
    creationDate: image.creationDate,
    isPublic: image.ownerAlias !== undefined,
    architecture: image.architecture,
    imageType: "machine",
    imageOwnerAlias: image.ownerAlias,
    name: image.name,
    description: image.description,
    rootDeviceType: "ebs",
    rootDeviceName: image.rootDeviceName,
    blockDeviceMapping: [
      {
        deviceName: image.rootDeviceName,
        ebs: { deleteOnTermination: true, volumeSize: image.rootVolumeSize, volumeType: "gp2", encrypted: false },
      },
    ],
    virtualizationType: "hvm",
    tagSet: tagSet(image.tags),
    hypervisor: "xen",
    platformDetails: "Linux/UNIX",
    usageOperation: "RunInstances",
    enaSupport: true,
    bootMode: "uefi-preferred",
  };
}
