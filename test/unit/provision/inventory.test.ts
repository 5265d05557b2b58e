import { DescribeInstancesCommand, EC2Client } from "@aws-sdk/client-ec2";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, describe, expect, it } from "vitest";
import { describeFleetInstances, readInventory } from "../../../actions/lib/adapters/aws/ec2-inventory.js";

const ec2 = mockClient(EC2Client);
// Unit files share a worker's modules (vitest.config.ts): the next file must get EC2Client's own send back.
afterAll(() => ec2.restore());

const tagged = (id: string, clinic: string) => ({
  InstanceId: id,
  State: { Name: "running" as const },
  PrivateIpAddress: "10.0.0.5",
  Tags: [{ Key: "orca-fleet:clinic", Value: clinic }],
});

describe("readInventory", () => {
  it("pages through tagged, live instances 1,000 at a time", async () => {
    ec2.reset();
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [{ Instances: [tagged("i-1", "a"), { InstanceId: "i-untagged" }] }],
        NextToken: "p2",
      })
      .resolvesOnce({ Reservations: [{ Instances: [tagged("i-2", "b")] }] });
    const found = await readInventory(new EC2Client({ region: "ap-northeast-1" }));
    expect(found.map((i) => [i.instanceId, i.clinicId, i.state, i.privateIpAddress])).toEqual([
      ["i-1", "a", "running", "10.0.0.5"],
      ["i-2", "b", "running", "10.0.0.5"],
    ]);
    const inputs = ec2.commandCalls(DescribeInstancesCommand).map((call) => call.args[0].input);
    // The paginator reuses one input object, so each recorded call shows the same filters and page size.
    expect(inputs).toHaveLength(2);
    for (const input of inputs) {
      expect(input).toMatchObject({
        Filters: [
          { Name: "tag-key", Values: ["orca-fleet:clinic"] },
          { Name: "instance-state-name", Values: ["pending", "running", "shutting-down", "stopping", "stopped"] },
        ],
        MaxResults: 1000,
      });
    }
  });
});

describe("describeFleetInstances", () => {
  it("asks by id in batches of 1,000 without MaxResults, which AWS refuses beside InstanceIds", async () => {
    ec2.reset();
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
    const ids = Array.from({ length: 2500 }, (_, i) => `i-${i}`);
    await describeFleetInstances(new EC2Client({ region: "ap-northeast-1" }), ids);
    const inputs = ec2.commandCalls(DescribeInstancesCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => input.InstanceIds?.length)).toEqual([1000, 1000, 500]);
    expect(inputs.every((input) => input.MaxResults === undefined)).toBe(true);
  });
});
