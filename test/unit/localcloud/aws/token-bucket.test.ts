import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ec2ThrottleClass } from "../../../localcloud/aws/throttle/ec2-classes.js";
import { Throttle } from "../../../localcloud/aws/throttle/limiter.js";
import { TokenBucket } from "../../../localcloud/aws/throttle/token-bucket.js";

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("TokenBucket", () => {
  it("allows a burst of its capacity, then refills at its rate", () => {
    const time = clock();
    const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 2 }, time.now);
    expect(Array.from({ length: 6 }, () => bucket.take())).toEqual([true, true, true, true, true, false]);
    time.advance(499);
    expect(bucket.take()).toBe(false);
    time.advance(1);
    expect(bucket.take()).toBe(true);
    time.advance(60_000);
    expect(bucket.available()).toBe(5);
  });

  it("takes a count all at once or not at all", () => {
    const bucket = new TokenBucket({ capacity: 1000, refillPerSecond: 2 }, clock().now);
    expect(bucket.take(900)).toBe(true);
    expect(bucket.take(101)).toBe(false);
    expect(bucket.available()).toBe(100);
  });

  it("never grants more than capacity plus what the elapsed time refilled", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 50 }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }),
        (capacity, refillPerSecond, gaps) => {
          const time = clock();
          const bucket = new TokenBucket({ capacity, refillPerSecond }, time.now);
          let granted = 0;
          for (const gap of gaps) {
            time.advance(gap);
            if (bucket.take()) granted += 1;
          }
          expect(granted).toBeLessThanOrEqual(capacity + (time.now() / 1000) * refillPerSecond);
        },
      ),
    );
  });
});

describe("ec2ThrottleClass", () => {
  it("meters EC2 operations in AWS's classes", () => {
    expect(ec2ThrottleClass("RunInstances", {})).toBe("runInstances");
    expect(ec2ThrottleClass("CreateTags", {})).toBe("createTags");
    expect(ec2ThrottleClass("TerminateInstances", {})).toBe("mutating");
    expect(ec2ThrottleClass("DescribeInstances", {})).toBe("unfilteredDescribe");
    expect(ec2ThrottleClass("DescribeInstances", { MaxResults: "5" })).toBe("nonMutating");
    expect(ec2ThrottleClass("DescribeInstances", { Filter: [] })).toBe("nonMutating");
    expect(ec2ThrottleClass("DescribeInstanceAttribute", {})).toBe("nonMutating");
  });
});

describe("Throttle", () => {
  it("is off until configured, then answers RequestLimitExceeded with HTTP 503", () => {
    const time = clock();
    const throttle = new Throttle(time.now);
    for (let i = 0; i < 200; i++) throttle.admitEc2("RunInstances", { MaxCount: "1" });
    throttle.configure({ ec2: true });
    for (let i = 0; i < 5; i++) throttle.admitEc2("RunInstances", { MaxCount: "1" });
    expect(() => throttle.admitEc2("RunInstances", { MaxCount: "1" })).toThrow(
      expect.objectContaining({ code: "RequestLimitExceeded", status: 503 }),
    );
  });

  it("refuses a launch larger than the instance bucket without spending a request token", () => {
    const throttle = new Throttle(clock().now);
    throttle.configure({ ec2: { runInstancesResources: { capacity: 10, refillPerSecond: 0 } } });
    expect(() => throttle.admitEc2("RunInstances", { MaxCount: "11" })).toThrow(
      expect.objectContaining({ code: "RequestLimitExceeded" }),
    );
    for (let i = 0; i < 5; i++) throttle.admitEc2("RunInstances", { MaxCount: "2" });
  });

  it("answers SSM's ThrottlingException from the SSM bucket", () => {
    const throttle = new Throttle(clock().now);
    throttle.configure({ ssm: { capacity: 2, refillPerSecond: 0 } });
    throttle.admitSsm();
    throttle.admitSsm();
    expect(() => throttle.admitSsm()).toThrow(expect.objectContaining({ code: "ThrottlingException", status: 400 }));
  });
});
