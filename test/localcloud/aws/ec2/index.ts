import { z } from "zod";
import type { XmlFields } from "../http/xml.js";
import {
  type AdminRequest,
  type AdminRouteDoc,
  AwsError,
  type InstanceStateName,
  type LocalAwsContext,
  type ServiceModule,
} from "../types.js";
import { describeInstances } from "./describe-instances.js";
import { parseInput } from "./input.js";
import { describeInstanceAttribute, describeInstanceStatus, terminateInstances } from "./instance-operations.js";
import type { Instance, SecurityGroup, Subnet, Tags } from "./model.js";
import { reservationsView } from "./reservations.js";
import { createTags, describeImages, describeVolumes } from "./resource-operations.js";
import { ec2Response } from "./respond.js";
import { runInstances } from "./run-instances.js";
import { type RunInstancesInput, runInstancesSchema } from "./run-instances-input.js";
import type { Ec2Store } from "./store.js";

/** What tests, the benchmark and the composition may do to EC2 directly. */
export interface Ec2Sim {
  /** How long new instances stay pending (default 300 ms). */
  setBootDelay(ms: number): void;
  /** Launches like RunInstances, from the default subnet and first seeded image unless told otherwise. */
  launch(spec: LaunchSpec): Instance[];
  /** Registers an image owned by this account (a golden AMI) and answers its id. */
  registerImage(spec: { name: string; description?: string; tags?: Tags }): string;
  addSubnet(subnet: Subnet): void;
  addSecurityGroup(group: SecurityGroup): void;
  setInstanceState(instanceId: string, state: InstanceStateName): void;
  instance(instanceId: string): Instance | undefined;
}

export interface LaunchSpec {
  count?: number;
  imageId?: string;
  instanceType?: string;
  subnetId?: string;
  securityGroupIds?: string[];
  tags?: Tags;
  /** Skip the boot delay: the instance is running at once. */
  running?: boolean;
}

const defaultBootDelayMs = 300;
const shutdownDelayMs = 300;

export function createEc2Service(context: LocalAwsContext, store: Ec2Store): ServiceModule & Ec2Sim {
  const settings = { bootDelayMs: defaultBootDelayMs };

  const operations: Record<string, (input: Record<string, unknown>) => XmlFields> = {
    RunInstances: (input) => {
      const launched = runInstances(store, context, settings, parseInput(runInstancesSchema, input));
      const [reservation] = reservationsView(launched.instances, store, context);
      return { ...reservation };
    },
    DescribeInstances: (input) => {
      const { instances, nextToken } = describeInstances(store, input);
      return { reservationSet: reservationsView(instances, store, context), nextToken };
    },
    DescribeInstanceStatus: (input) => describeInstanceStatus(store, input),
    DescribeInstanceAttribute: (input) => describeInstanceAttribute(store, input),
    DescribeVolumes: (input) => describeVolumes(store, input),
    DescribeImages: (input) => describeImages(store, context.accountId, input),
    CreateTags: (input) => createTags(store, input),
    TerminateInstances: (input) => terminateInstances(store, input, shutdownDelayMs),
  };

  const sim: Ec2Sim = {
    setBootDelay(ms) {
      settings.bootDelayMs = ms;
    },
    launch(spec) {
      const input: RunInstancesInput = {
        ImageId: spec.imageId ?? store.images.keys().next().value ?? "",
        MinCount: spec.count ?? 1,
        MaxCount: spec.count ?? 1,
        InstanceType: spec.instanceType ?? "t3.medium",
        ...(spec.subnetId === undefined ? {} : { SubnetId: spec.subnetId }),
        ...(spec.securityGroupIds === undefined ? {} : { SecurityGroupId: spec.securityGroupIds }),
        TagSpecification: [
          { ResourceType: "instance", Tag: Object.entries(spec.tags ?? {}).map(([Key, Value]) => ({ Key, Value })) },
        ],
      };
      const { instances } = runInstances(store, context, settings, input);
      if (spec.running === true) for (const instance of instances) store.setState(instance, "running");
      return instances;
    },
    registerImage({ name, description, tags }) {
      const id = store.ids.id("ami");
      store.images.set(id, {
        id,
        name,
        description: description ?? name,
        ownerId: context.accountId,
        creationDate: context.now(),
        architecture: "x86_64",
        rootDeviceName: "/dev/sda1",
        rootVolumeSize: 30,
        tags: { ...tags },
      });
      return id;
    },
    addSubnet(subnet) {
      store.addSubnet(subnet);
    },
    addSecurityGroup(group) {
      store.securityGroups.set(group.id, group);
    },
    setInstanceState(instanceId, state) {
      const instance = store.instancesById.get(instanceId);
      if (instance === undefined)
        throw new AwsError("InvalidInstanceID.NotFound", `The instance ID '${instanceId}' does not exist`);
      store.setState(instance, state);
    },
    instance(instanceId) {
      const instance = store.instancesById.get(instanceId);
      return instance === undefined ? undefined : store.settled(instance);
    },
  };

  return {
    ...sim,
    async handle(operation, input) {
      const run = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
      if (run === undefined) {
        throw new AwsError("InvalidAction", `The action ${operation} is not valid for this web service.`);
      }
      return ec2Response(operation, run(input));
    },
    async admin(request) {
      return ec2Admin(sim, request);
    },
    adminRoutes: ec2AdminRoutes,
    reset() {
      store.reset();
      settings.bootDelayMs = defaultBootDelayMs;
    },
  };
}

const bootDelaySchema = z.strictObject({ ms: z.number().int().nonnegative() });
const imageSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
});
const stateSchema = z.strictObject({
  state: z.enum(["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]),
});

const ec2AdminRoutes: readonly AdminRouteDoc[] = [
  { method: "PUT", path: "ec2/boot-delay", does: "how long a new instance stays pending: { ms }" },
  {
    method: "POST",
    path: "ec2/images",
    does: "registers an image owned by the account: { name, description?, tags? }",
  },
  { method: "PUT", path: "ec2/instances/{id}/state", does: "sets an instance's state: { state }" },
];

/** Admin routes under /_localcloud/ec2/: boot delay, golden images, instance states. */
function ec2Admin(sim: Ec2Sim, request: AdminRequest): unknown | undefined {
  const [service, resource, id, detail] = request.segments;
  if (service !== "ec2") return undefined;
  if (request.method === "PUT" && resource === "boot-delay") {
    sim.setBootDelay(bootDelaySchema.parse(request.body).ms);
    return { ok: true };
  }
  if (request.method === "POST" && resource === "images") {
    const { name, description, tags } = imageSchema.parse(request.body);
    return {
      imageId: sim.registerImage({
        name,
        ...(description === undefined ? {} : { description }),
        ...(tags === undefined ? {} : { tags }),
      }),
    };
  }
  if (request.method === "PUT" && resource === "instances" && id !== undefined && detail === "state") {
    sim.setInstanceState(id, stateSchema.parse(request.body).state);
    return { ok: true };
  }
  return undefined;
}
