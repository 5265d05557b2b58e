import type { InstanceStateName } from "../types.js";
import { AddressPool } from "./addresses.js";
import { IdSource } from "./ids.js";
import type { Image, Instance, InstanceProfile, SecurityGroup, Subnet, Volume } from "./model.js";
import { seedImages, seedInstanceProfiles, seedSecurityGroups, seedSubnets } from "./seed.js";
import { TagIndex } from "./tag-index.js";

/** What a ClientToken remembers: the launch it made and the parameters it was made with. */
export interface LaunchRecord {
  fingerprint: string;
  reservationId: string;
  instanceIds: string[];
}

/** Everything EC2 holds, indexed for a 10,000-instance fleet: by id, by creation order, by tag. */
export class Ec2Store {
  readonly instances: Instance[] = [];
  readonly instancesById = new Map<string, Instance>();
  readonly instanceTags = new TagIndex<Instance>();
  readonly volumes = new Map<string, Volume>();
  readonly images = new Map<string, Image>();
  readonly subnets = new Map<string, Subnet>();
  readonly addressPools = new Map<string, AddressPool>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  readonly instanceProfiles = new Map<string, InstanceProfile>();
  readonly launches = new Map<string, LaunchRecord>();
  ids = new IdSource(0n);

  constructor(
    readonly region: string,
    readonly nowMs: () => number,
  ) {
    this.seed();
  }

  reset(): void {
    this.instances.length = 0;
    this.instancesById.clear();
    this.instanceTags.clear();
    this.volumes.clear();
    this.images.clear();
    this.subnets.clear();
    this.addressPools.clear();
    this.securityGroups.clear();
    this.instanceProfiles.clear();
    this.launches.clear();
    this.ids = new IdSource(0n);
    this.seed();
  }

  addSubnet(subnet: Subnet): void {
    this.subnets.set(subnet.id, subnet);
    this.addressPools.set(subnet.id, new AddressPool(subnet));
  }

  allocateAddress(subnet: Subnet): string {
    let pool = this.addressPools.get(subnet.id);
    if (pool === undefined) {
      pool = new AddressPool(subnet);
      this.addressPools.set(subnet.id, pool);
    }
    return pool.allocate();
  }

  addInstance(instance: Instance): void {
    this.instances.push(instance);
    this.instancesById.set(instance.instanceId, instance);
    for (const [key, value] of Object.entries(instance.tags)) this.instanceTags.add(instance, key, value);
  }

  /** The instance with its lazily due state change applied. */
  settled(instance: Instance): Instance {
    if (instance.transitionAt === undefined || this.nowMs() < instance.transitionAt) return instance;
    delete instance.transitionAt;
    if (instance.state === "pending") this.setState(instance, "running");
    else if (instance.state === "shutting-down") this.setState(instance, "terminated");
    else if (instance.state === "stopping") this.setState(instance, "stopped");
    return instance;
  }

  setState(instance: Instance, state: InstanceStateName, transitionAt?: number): void {
    instance.state = state;
    instance.revision += 1;
    if (transitionAt === undefined) delete instance.transitionAt;
    else instance.transitionAt = transitionAt;
    if (state === "terminated") this.releaseInstance(instance);
  }

  setInstanceTag(instance: Instance, key: string, value: string): void {
    const previous = instance.tags[key];
    if (previous !== undefined) this.instanceTags.remove(instance, key, previous);
    instance.tags[key] = value;
    instance.revision += 1;
    this.instanceTags.add(instance, key, value);
  }

  private releaseInstance(instance: Instance): void {
    this.addressPools.get(instance.subnet.id)?.release(instance.privateIpAddress);
    for (const volumeId of instance.volumeIds) {
      const volume = this.volumes.get(volumeId);
      if (volume?.attachment === undefined) continue;
      if (volume.attachment.deleteOnTermination) this.volumes.delete(volumeId);
      else {
        delete volume.attachment;
        volume.state = "available";
      }
    }
  }

  private seed(): void {
    for (const subnet of seedSubnets(this.region)) this.addSubnet(subnet);
    for (const group of seedSecurityGroups()) this.securityGroups.set(group.id, group);
    for (const profile of seedInstanceProfiles(this.region)) this.instanceProfiles.set(profile.name, profile);
    for (const image of seedImages()) this.images.set(image.id, image);
  }
}
