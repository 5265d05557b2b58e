import { z } from "zod";
import { AwsError } from "../types.js";
import { type FilterFields, filterPredicate, hasWildcard } from "./filters.js";
import { type Filter, filterSchema, pageSize, parseInput, queryInteger, queryList } from "./input.js";
import { type Instance, stateCodes } from "./model.js";
import { decodeToken, page } from "./pagination.js";
import type { Ec2Store } from "./store.js";

export const describeInstancesSchema = z.object({
  InstanceId: queryList(z.string()).optional(),
  Filter: queryList(filterSchema).default([]),
  MaxResults: queryInteger.optional(),
  NextToken: z.string().optional(),
});

const instanceFields: FilterFields<Instance> = {
  "instance-id": (instance) => [instance.instanceId],
  "instance-state-name": (instance) => [instance.state],
  "instance-state-code": (instance) => [String(stateCodes[instance.state])],
  "instance-type": (instance) => [instance.instanceType],
  "image-id": (instance) => [instance.imageId],
  "subnet-id": (instance) => [instance.subnet.id],
  "vpc-id": (instance) => [instance.subnet.vpcId],
  "availability-zone": (instance) => [instance.subnet.availabilityZone],
  "private-ip-address": (instance) => [instance.privateIpAddress],
  "reservation-id": (instance) => [instance.reservationId],
  "client-token": (instance) => [instance.clientToken],
  "instance.group-id": (instance) => instance.groups.map((group) => group.id),
  "metadata-options.http-tokens": (instance) => [instance.metadataOptions.httpTokens],
};

/**
 * Instances matching ids and filters, in creation order, from position `after` on. An exact tag or id filter that
 * narrows the fleet to a small set starts from the index; otherwise the fleet is walked in order.
 */
export function* selectInstances(
  store: Ec2Store,
  ids: readonly string[] | undefined,
  filters: readonly Filter[],
  after = -1,
): Iterable<Instance> {
  const predicate = filterPredicate(filters, instanceFields);
  let smallest: ReadonlySet<Instance> | undefined;
  for (const filter of filters) {
    const indexed = indexedCandidates(store, filter);
    if (indexed !== undefined && (smallest === undefined || indexed.size < smallest.size)) smallest = indexed;
  }
  let ordered: Iterable<Instance>;
  if (ids !== undefined) {
    ordered = ids.map((id) => {
      const instance = store.instancesById.get(id);
      if (instance === undefined)
        throw new AwsError("InvalidInstanceID.NotFound", `The instance ID '${id}' does not exist`);
      return instance;
    });
  } else if (smallest !== undefined && smallest.size * 16 < store.instances.length) {
    ordered = [...smallest].sort((a, b) => a.seq - b.seq);
  } else {
    ordered = store.instances.slice(after + 1);
  }
  for (const instance of ordered) if (predicate(store.settled(instance))) yield instance;
}

function indexedCandidates(store: Ec2Store, filter: Filter): ReadonlySet<Instance> | undefined {
  if (hasWildcard(filter.Value)) return undefined;
  if (filter.Name.startsWith("tag:")) return store.instanceTags.withValues(filter.Name.slice(4), filter.Value);
  if (filter.Name === "tag-key") {
    if (filter.Value.length === 1) return store.instanceTags.withKey(filter.Value[0] ?? "");
    const found = new Set<Instance>();
    for (const key of filter.Value) for (const instance of store.instanceTags.withKey(key)) found.add(instance);
    return found;
  }
  if (filter.Name === "instance-id") {
    return new Set(filter.Value.flatMap((id) => store.instancesById.get(id) ?? []));
  }
  return undefined;
}

/** DescribeInstances' rules: InstanceIds and MaxResults exclude each other; pages hold 5 to 1,000 instances. */
export function describeInstances(
  store: Ec2Store,
  input: Record<string, unknown>,
): { instances: Instance[]; nextToken?: string } {
  const parsed = parseInput(describeInstancesSchema, input);
  if (parsed.InstanceId !== undefined && parsed.MaxResults !== undefined) {
    throw new AwsError(
      "InvalidParameterCombination",
      "The parameter instancesSet cannot be used with the parameter maxResults",
    );
  }
  for (const id of parsed.InstanceId ?? []) {
    if (!/^i-[0-9a-f]{8}([0-9a-f]{9})?$/.test(id))
      throw new AwsError("InvalidInstanceID.Malformed", `Invalid id: "${id}"`);
  }
  const size = pageSize(parsed.MaxResults, 5, 1000, Number.MAX_SAFE_INTEGER);
  const after = decodeToken(parsed.NextToken);
  const result = page(selectInstances(store, parsed.InstanceId, parsed.Filter, after), parsed.NextToken, size);
  return result.nextToken === undefined
    ? { instances: result.items }
    : { instances: result.items, nextToken: result.nextToken };
}
