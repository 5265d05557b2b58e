import { describe, expect, it } from "vitest";
import { AddressPool } from "../../../localcloud/aws/ec2/addresses.js";
import { type FilterFields, filterPredicate, valueMatcher } from "../../../localcloud/aws/ec2/filters.js";
import { IdSource, idPatterns } from "../../../localcloud/aws/ec2/ids.js";
import { decodeToken, encodeToken, page } from "../../../localcloud/aws/ec2/pagination.js";

describe("EC2 filter values", () => {
  it("match whole strings, with * and ? as wildcards", () => {
    const matches = valueMatcher(["orca-*", "t3.?arge", "exact"]);
    expect(["orca-sapporo", "t3.large", "exact"].map(matches)).toEqual([true, true, true]);
    expect(["xorca-a", "t3.xlarge", "exactly", undefined].map(matches)).toEqual([false, false, false, false]);
  });

  it("AND across filters, OR across values, and refuse unknown filter names", () => {
    interface Resource {
      tags: Record<string, string>;
      type: string;
    }
    const fields: FilterFields<Resource> = { "instance-type": (resource) => [resource.type] };
    const predicate = filterPredicate<Resource>(
      [
        { Name: "tag:ring", Value: ["canary", "early"] },
        { Name: "instance-type", Value: ["t3.medium"] },
      ],
      fields,
    );
    expect(predicate({ tags: { ring: "early" }, type: "t3.medium" })).toBe(true);
    expect(predicate({ tags: { ring: "general" }, type: "t3.medium" })).toBe(false);
    expect(predicate({ tags: { ring: "canary" }, type: "t3.large" })).toBe(false);
    expect(() => filterPredicate<Resource>([{ Name: "colour", Value: ["red"] }], fields)).toThrow(
      expect.objectContaining({ code: "InvalidParameterValue" }),
    );
  });
});

describe("AddressPool", () => {
  it("skips the four addresses AWS reserves, reuses released ones and refuses when the subnet is full", () => {
    const pool = new AddressPool({ id: "subnet-1", vpcId: "vpc-1", cidr: "10.20.1.0/29", availabilityZone: "a" });
    expect([pool.allocate(), pool.allocate(), pool.allocate()]).toEqual(["10.20.1.4", "10.20.1.5", "10.20.1.6"]);
    expect(() => pool.allocate()).toThrow(expect.objectContaining({ code: "InsufficientFreeAddressesInSubnet" }));
    pool.release("10.20.1.5");
    expect(pool.allocate()).toBe("10.20.1.5");
  });
});

describe("ids and pages", () => {
  it("makes distinct ids in AWS's long form, the same from run to run", () => {
    const first = new IdSource(0n);
    const ids = Array.from({ length: 1000 }, () => first.id("i"));
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => idPatterns.instance.test(id))).toBe(true);
    expect(new IdSource(0n).id("i")).toBe(ids[0]);
  });

  it("pages in creation order and refuses a token it did not make", () => {
    const items = Array.from({ length: 12 }, (_, seq) => ({ seq }));
    const first = page(items, undefined, 5);
    const second = page(items, first.nextToken, 5);
    const third = page(items, second.nextToken, 5);
    expect([first, second, third].map((p) => p.items.map((item) => item.seq))).toEqual([
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
      [10, 11],
    ]);
    expect(third.nextToken).toBeUndefined();
    expect(decodeToken(encodeToken(41))).toBe(41);
    expect(() => decodeToken("not-a-token")).toThrow(expect.objectContaining({ code: "InvalidParameterValue" }));
  });
});
