import type { InstanceStateName, InstanceView } from "../types.js";

export type Tags = Record<string, string>;

export interface Subnet {
  id: string;
  vpcId: string;
  cidr: string;
  availabilityZone: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  vpcId: string;
}

export interface Image {
  id: string;
  name: string;
  description: string;
  ownerId: string;
  ownerAlias?: string;
  creationDate: Date;
  architecture: "x86_64" | "arm64";
  rootDeviceName: string;
  rootVolumeSize: number;
  tags: Tags;
}

export interface InstanceProfile {
  name: string;
  arn: string;
  id: string;
}

export interface MetadataOptions {
  httpTokens: "optional" | "required";
  httpEndpoint: "enabled" | "disabled";
  httpPutResponseHopLimit: number;
  instanceMetadataTags: "enabled" | "disabled";
}

export interface Volume {
  id: string;
  size: number;
  volumeType: string;
  iops?: number;
  throughput?: number;
  encrypted: boolean;
  kmsKeyId?: string;
  availabilityZone: string;
  createTime: Date;
  state: "in-use" | "available" | "deleted";
  attachment?: { instanceId: string; device: string; attachTime: Date; deleteOnTermination: boolean };
  tags: Tags;
}

/** One simulated instance; it is its own InstanceView, so the SSM side reads it without copies. */
export interface Instance extends InstanceView {
  /** Creation order: DescribeInstances pages walk it. */
  seq: number;
  /** Bumped on every change, so that a rendered answer can be reused until the instance changes. */
  revision: number;
  state: InstanceStateName;
  /** When a pending or shutting-down instance reaches its next state (epoch ms); read lazily, no timers. */
  transitionAt?: number;
  stateReason?: string;
  tags: Tags;
  reservationId: string;
  instanceType: string;
  subnet: Subnet;
  groups: SecurityGroup[];
  publicIpAddress?: string;
  userData?: string;
  disableApiTermination: boolean;
  disableApiStop: boolean;
  shutdownBehavior: "stop" | "terminate";
  metadataOptions: MetadataOptions;
  iamInstanceProfile?: InstanceProfile;
  clientToken?: string;
  rootDeviceName: string;
  volumeIds: string[];
  amiLaunchIndex: number;
  keyName?: string;
  ebsOptimized: boolean;
}

export const stateCodes: Readonly<Record<InstanceStateName, number>> = {
  pending: 0,
  running: 16,
  "shutting-down": 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};
