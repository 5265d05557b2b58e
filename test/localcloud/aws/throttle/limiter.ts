import { z } from "zod";
import { AwsError } from "../types.js";
import { type Ec2ThrottleClass, ec2BucketSizes, ec2ThrottleClass, runInstancesResourceBucket } from "./ec2-classes.js";
import { type BucketSize, TokenBucket } from "./token-bucket.js";

const bucketSizeSchema = z.strictObject({
  capacity: z.number().positive(),
  refillPerSecond: z.number().nonnegative(),
});

/** What the admin interface and tests may set; throttling is off until asked for. */
export const throttleSettingsSchema = z.strictObject({
  /** true: AWS's published buckets; an object: those buckets with some sizes replaced; false: off. */
  ec2: z
    .union([
      z.boolean(),
      z.strictObject({
        nonMutating: bucketSizeSchema.optional(),
        unfilteredDescribe: bucketSizeSchema.optional(),
        mutating: bucketSizeSchema.optional(),
        createTags: bucketSizeSchema.optional(),
        runInstances: bucketSizeSchema.optional(),
        runInstancesResources: bucketSizeSchema.optional(),
      }),
    ])
    .optional(),
  /** SSM publishes no rates: one bucket shared by every SSM operation, or false for off. */
  ssm: z.union([z.literal(false), bucketSizeSchema]).optional(),
});
export type ThrottleSettings = z.infer<typeof throttleSettingsSchema>;

const maxCountSchema = z.string().regex(/^\d+$/).transform(Number);

interface Ec2Buckets {
  byClass: Record<Ec2ThrottleClass, TokenBucket>;
  runInstancesResources: TokenBucket;
}

/** Meters calls per account the way AWS does and refuses the excess with AWS's throttling errors. */
export class Throttle {
  private ec2: Ec2Buckets | undefined;
  private ssm: TokenBucket | undefined;

  constructor(private readonly nowMs: () => number) {}

  configure(settings: ThrottleSettings): void {
    if (settings.ec2 !== undefined) this.ec2 = settings.ec2 === false ? undefined : this.ec2Buckets(settings.ec2);
    if (settings.ssm !== undefined)
      this.ssm = settings.ssm === false ? undefined : new TokenBucket(settings.ssm, this.nowMs);
  }

  reset(): void {
    this.ec2 = undefined;
    this.ssm = undefined;
  }

  /** Throws RequestLimitExceeded (HTTP 503) when the operation's bucket, or RunInstances' instance bucket, is empty. */
  admitEc2(operation: string, input: Readonly<Record<string, unknown>>): void {
    if (this.ec2 === undefined) return;
    const bucket = this.ec2.byClass[ec2ThrottleClass(operation, input)];
    if (!bucket.take()) throw new AwsError("RequestLimitExceeded", "Request limit exceeded.", 503);
    if (operation !== "RunInstances") return;
    const count = maxCountSchema.safeParse(input.MaxCount);
    if (!this.ec2.runInstancesResources.take(count.success ? count.data : 1)) {
      bucket.giveBack(1);
      throw new AwsError("RequestLimitExceeded", "Request limit exceeded.", 503);
    }
  }

  /** Throws ThrottlingException (HTTP 400, as SSM answers it) when the SSM bucket is empty. */
  admitSsm(): void {
    if (this.ssm !== undefined && !this.ssm.take()) throw new AwsError("ThrottlingException", "Rate exceeded", 400);
  }

  describe(): { ec2: boolean; ssm: BucketSize | false } {
    return { ec2: this.ec2 !== undefined, ssm: this.ssm?.size ?? false };
  }

  private ec2Buckets(settings: true | Exclude<ThrottleSettings["ec2"], boolean | undefined>): Ec2Buckets {
    const sizes = settings === true ? {} : settings;
    const bucket = (name: Ec2ThrottleClass) => new TokenBucket(sizes[name] ?? ec2BucketSizes[name], this.nowMs);
    return {
      byClass: {
        nonMutating: bucket("nonMutating"),
        unfilteredDescribe: bucket("unfilteredDescribe"),
        mutating: bucket("mutating"),
        createTags: bucket("createTags"),
        runInstances: bucket("runInstances"),
      },
      runInstancesResources: new TokenBucket(sizes.runInstancesResources ?? runInstancesResourceBucket, this.nowMs),
    };
  }
}
