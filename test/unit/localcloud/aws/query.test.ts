import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../localcloud/aws/http/query.js";

describe("parseQuery", () => {
  it("unflattens EC2's 1-based lists and nested members", () => {
    const params = new URLSearchParams(
      "Action=RunInstances&Version=2016-11-15&MinCount=1&TagSpecification.1.ResourceType=instance" +
        "&TagSpecification.1.Tag.2.Key=b&TagSpecification.1.Tag.1.Key=a&TagSpecification.1.Tag.1.Value=1" +
        "&NetworkInterface.1.SecurityGroupId.1=sg-1&MetadataOptions.HttpTokens=required",
    );
    expect(parseQuery(params)).toEqual({
      MinCount: "1",
      TagSpecification: [{ ResourceType: "instance", Tag: [{ Key: "a", Value: "1" }, { Key: "b" }] }],
      NetworkInterface: [{ SecurityGroupId: ["sg-1"] }],
      MetadataOptions: { HttpTokens: "required" },
    });
  });

  it("compacts gaps in list numbering and ignores prototype keys", () => {
    const params = new URLSearchParams("InstanceId.3=i-3&InstanceId.1=i-1&__proto__.polluted=x&a.__proto__=y");
    const parsed = parseQuery(params);
    expect(parsed).toEqual({ InstanceId: ["i-1", "i-3"] });
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("keeps the value when a key repeats and decodes percent-encoding", () => {
    expect(parseQuery(new URLSearchParams("Filter.1.Name=tag%3Aorca-fleet%3Aclinic&Filter.1.Value.1=a%20b"))).toEqual({
      Filter: [{ Name: "tag:orca-fleet:clinic", Value: ["a b"] }],
    });
  });
});
