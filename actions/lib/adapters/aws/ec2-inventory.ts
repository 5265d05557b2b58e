import {
  DescribeInstancesCommand,
  type EC2Client,
  type Instance,
  paginateDescribeInstances,
} from "@aws-sdk/client-ec2";
import { tagKeys } from "../../core/instance-tags.js";

/** One instance that carries the fleet's clinic tag, as every flow needs to see it. */
export interface FleetInstance {
  instanceId: string;
  /** The value of the clinic tag: the clinic this instance serves. */
  clinicId: string;
  state: string;
  privateIpAddress?: string;
  imageId?: string;
  /** Where it runs: the liveness sweep looks for failures that share a subnet or a zone. */
  subnetId?: string;
  availabilityZone?: string;
  tags: Readonly<Record<string, string>>;
}

/** Every instance of each clinic, in the order given: a clinic with more than one is a finding of its own. */
export function instancesPerClinic(instances: readonly FleetInstance[]): Map<string, FleetInstance[]> {
  const perClinic = new Map<string, FleetInstance[]>();
  for (const instance of instances) {
    const list = perClinic.get(instance.clinicId) ?? [];
    list.push(instance);
    perClinic.set(instance.clinicId, list);
  }
  return perClinic;
}

/** A clinic's instance: the running one when a clinic has several live instances, else the first found. */
export function instanceByClinic(instances: readonly FleetInstance[]): Map<string, FleetInstance> {
  const byClinic = new Map<string, FleetInstance>();
  for (const instance of instances) {
    const current = byClinic.get(instance.clinicId);
    if (current === undefined || (current.state !== "running" && instance.state === "running"))
      byClinic.set(instance.clinicId, instance);
  }
  return byClinic;
}

/** Every state but terminated: a stopped clinic server is still that clinic's server. */
const liveStates = ["pending", "running", "shutting-down", "stopping", "stopped"];

/** DescribeInstances answers at most 1,000 instances a page. */
const pageSize = 1000;

/** DescribeInstances takes this many ids a call when InstanceIds is given (and then no MaxResults). */
export const idsPerDescribe = 1000;

/**
 * The fleet's actual state: every live instance tagged with a clinic, in as few pages as AWS allows. Instances
 * without the tag are not the fleet's and are never read.
 */
export async function readInventory(ec2: EC2Client): Promise<FleetInstance[]> {
  const found: FleetInstance[] = [];
  const pages = paginateDescribeInstances(
    { client: ec2, pageSize },
    {
      Filters: [
        { Name: "tag-key", Values: [tagKeys.clinic] },
        { Name: "instance-state-name", Values: liveStates },
      ],
    },
  );
  for await (const page of pages) {
    for (const reservation of page.Reservations ?? []) {
      for (const instance of reservation.Instances ?? []) {
        const view = toFleetInstance(instance);
        if (view !== undefined) found.push(view);
      }
    }
  }
  return found;
}

/** Describes the given instances, up to 1,000 ids a call; ids AWS no longer knows are simply absent. */
export async function describeFleetInstances(ec2: EC2Client, instanceIds: readonly string[]): Promise<FleetInstance[]> {
  const found: FleetInstance[] = [];
  for (let start = 0; start < instanceIds.length; start += idsPerDescribe) {
    const batch = instanceIds.slice(start, start + idsPerDescribe);
    const page = await ec2.send(new DescribeInstancesCommand({ InstanceIds: batch }));
    for (const reservation of page.Reservations ?? []) {
      for (const instance of reservation.Instances ?? []) {
        const view = toFleetInstance(instance);
        if (view !== undefined) found.push(view);
      }
    }
  }
  return found;
}

function toFleetInstance(instance: Instance): FleetInstance | undefined {
  const tags: Record<string, string> = {};
  for (const tag of instance.Tags ?? []) {
    if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? "";
  }
  const clinicId = tags[tagKeys.clinic];
  if (instance.InstanceId === undefined || clinicId === undefined) return undefined;
  return {
    instanceId: instance.InstanceId,
    clinicId,
    state: instance.State?.Name ?? "unknown",
    ...(instance.PrivateIpAddress === undefined ? {} : { privateIpAddress: instance.PrivateIpAddress }),
    ...(instance.ImageId === undefined ? {} : { imageId: instance.ImageId }),
    ...(instance.SubnetId === undefined ? {} : { subnetId: instance.SubnetId }),
    ...(instance.Placement?.AvailabilityZone === undefined
      ? {}
      : { availabilityZone: instance.Placement.AvailabilityZone }),
    tags,
  };
}

/** EC2's view of the fleet, as the flows read it: its instances by tag and by id. Read-only. */
export interface Ec2Fleet {
  /** Every live instance tagged with a clinic. */
  inventory(): Promise<FleetInstance[]>;
  /** The given instances; ids EC2 does not know (yet) are absent rather than an error. */
  describe(instanceIds: readonly string[]): Promise<FleetInstance[]>;
}

export function createEc2Fleet(ec2: EC2Client): Ec2Fleet {
  return {
    inventory: () => readInventory(ec2),
    async describe(instanceIds) {
      try {
        return await describeFleetInstances(ec2, instanceIds);
      } catch (error) {
        // Right after RunInstances, EC2 may not know an id yet (eventual consistency): nothing to see this time.
        if (error instanceof Error && error.name === "InvalidInstanceID.NotFound") return [];
        throw error;
      }
    },
  };
}
