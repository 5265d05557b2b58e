import type { BucketSize } from "./token-bucket.js";

/** EC2's request-rate classes (per account and region), as AWS publishes them for API request throttling. */
export type Ec2ThrottleClass = "nonMutating" | "unfilteredDescribe" | "mutating" | "createTags" | "runInstances";

export const ec2BucketSizes: Readonly<Record<Ec2ThrottleClass, BucketSize>> = {
  nonMutating: { capacity: 100, refillPerSecond: 20 },
  unfilteredDescribe: { capacity: 50, refillPerSecond: 10 },
  mutating: { capacity: 50, refillPerSecond: 5 },
  createTags: { capacity: 100, refillPerSecond: 10 },
  runInstances: { capacity: 5, refillPerSecond: 2 },
};

/** RunInstances also draws from a bucket of instances launched. */
export const runInstancesResourceBucket: BucketSize = { capacity: 1000, refillPerSecond: 2 };

/** Describe calls that AWS meters in the smaller bucket when they carry neither filters, ids nor pagination. */
const unfilteredCapable = new Set(["DescribeInstances", "DescribeVolumes", "DescribeImages"]);
const nonMutatingPrefixes = ["Describe", "Get", "List"];

export function ec2ThrottleClass(operation: string, input: Readonly<Record<string, unknown>>): Ec2ThrottleClass {
  if (operation === "RunInstances") return "runInstances";
  if (operation === "CreateTags") return "createTags";
  if (!nonMutatingPrefixes.some((prefix) => operation.startsWith(prefix))) return "mutating";
  const narrowed = ["Filter", "InstanceId", "VolumeId", "ImageId", "MaxResults", "NextToken"].some(
    (key) => input[key] !== undefined,
  );
  return unfilteredCapable.has(operation) && !narrowed ? "unfilteredDescribe" : "nonMutating";
}
