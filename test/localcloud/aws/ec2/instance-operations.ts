import { z } from "zod";
import type { XmlFields } from "../http/xml.js";
import { AwsError } from "../types.js";
import { selectInstances } from "./describe-instances.js";
import { filterSchema, pageSize, parseInput, queryBoolean, queryInteger, queryList } from "./input.js";
import type { Instance } from "./model.js";
import { page } from "./pagination.js";
import type { Ec2Store } from "./store.js";
import { stateView } from "./views.js";

const attributeNames = [
  "instanceType",
  "kernel",
  "ramdisk",
  "userData",
  "disableApiTermination",
  "instanceInitiatedShutdownBehavior",
  "rootDeviceName",
  "blockDeviceMapping",
  "productCodes",
  "sourceDestCheck",
  "groupSet",
  "ebsOptimized",
  "sriovNetSupport",
  "enaSupport",
  "enclaveOptions",
  "disableApiStop",
] as const;

const describeAttributeSchema = z.object({ InstanceId: z.string(), Attribute: z.enum(attributeNames) });

function existing(store: Ec2Store, instanceId: string): Instance {
  const instance = store.instancesById.get(instanceId);
  if (instance === undefined) {
    throw new AwsError("InvalidInstanceID.NotFound", `The instance ID '${instanceId}' does not exist`);
  }
  return store.settled(instance);
}

/** One attribute per call, as `<attribute><value>…</value></attribute>`, the way EC2 answers it. */
export function describeInstanceAttribute(store: Ec2Store, input: Record<string, unknown>): XmlFields {
  const { InstanceId, Attribute } = parseInput(describeAttributeSchema, input);
  const instance = existing(store, InstanceId);
  const value = (text: string | boolean | undefined): XmlFields => ({ value: text });
  const answers: Partial<Record<(typeof attributeNames)[number], XmlFields | XmlFields[]>> = {
    instanceType: value(instance.instanceType),
    userData: value(instance.userData),
    disableApiTermination: value(instance.disableApiTermination),
    disableApiStop: value(instance.disableApiStop),
    instanceInitiatedShutdownBehavior: value(instance.shutdownBehavior),
    rootDeviceName: value(instance.rootDeviceName),
    ebsOptimized: value(instance.ebsOptimized),
    sourceDestCheck: value(true),
    groupSet: instance.groups.map((group) => ({ groupId: group.id })),
  };
  const answer = answers[Attribute];
  if (answer === undefined) {
    throw new AwsError("UnsupportedOperation", `The attribute '${Attribute}' is not simulated by the local cloud.`);
  }
  return { instanceId: instance.instanceId, [Attribute]: answer };
}

const describeStatusSchema = z.object({
  InstanceId: queryList(z.string()).optional(),
  IncludeAllInstances: queryBoolean.default(false),
  Filter: queryList(filterSchema).default([]),
  MaxResults: queryInteger.optional(),
  NextToken: z.string().optional(),
});

/** Status checks pass once an instance runs; by default only running instances are listed, as AWS does. */
export function describeInstanceStatus(store: Ec2Store, input: Record<string, unknown>): XmlFields {
  const parsed = parseInput(describeStatusSchema, input);
  if (parsed.InstanceId !== undefined && parsed.MaxResults !== undefined) {
    throw new AwsError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults",
    );
  }
  const size = pageSize(parsed.MaxResults, 5, 1000, Number.MAX_SAFE_INTEGER);
  const statusFilters = parsed.Filter.filter((filter) => filter.Name !== "instance-status.status");
  const wanted = parsed.Filter.find((filter) => filter.Name === "instance-status.status")?.Value;
  const listed = function* () {
    for (const instance of selectInstances(store, parsed.InstanceId, statusFilters)) {
      if (!parsed.IncludeAllInstances && instance.state !== "running") continue;
      if (wanted !== undefined && !wanted.includes(checkStatus(instance))) continue;
      yield instance;
    }
  };
  const result = page(listed(), parsed.NextToken, size);
  return {
    instanceStatusSet: result.items.map((instance) => {
      const status = checkStatus(instance);
      const detail = { status, details: [{ name: "reachability", status: status === "ok" ? "passed" : status }] };
      return {
        instanceId: instance.instanceId,
        availabilityZone: instance.subnet.availabilityZone,
        instanceState: stateView(instance.state),
        systemStatus: detail,
        instanceStatus: detail,
      };
    }),
    nextToken: result.nextToken,
  };
}

function checkStatus(instance: Instance): string {
  return instance.state === "running" ? "ok" : "not-applicable";
}

const terminateSchema = z.object({ InstanceId: queryList(z.string()) });

/** Served so that tests can count it (the toolkit must never call it); termination protection is honoured. */
export function terminateInstances(store: Ec2Store, input: Record<string, unknown>, shutdownMs: number): XmlFields {
  const ids = parseInput(terminateSchema, input).InstanceId;
  const instances = ids.map((id) => existing(store, id));
  const guarded = instances.find((instance) => instance.disableApiTermination);
  if (guarded !== undefined) {
    throw new AwsError(
      "OperationNotPermitted",
      `The instance '${guarded.instanceId}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`,
    );
  }
  return {
    instancesSet: instances.map((instance) => {
      const previousState = stateView(instance.state);
      if (instance.state !== "terminated" && instance.state !== "shutting-down") {
        store.setState(instance, "shutting-down", store.nowMs() + shutdownMs);
      }
      return { instanceId: instance.instanceId, currentState: stateView(instance.state), previousState };
    }),
  };
}
