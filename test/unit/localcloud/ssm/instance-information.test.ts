import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext, instanceIdOf } from "./fake-context.js";

const infoSchema = z.object({
  InstanceInformationList: z.array(
    z.object({ InstanceId: z.string(), PingStatus: z.string(), PlatformName: z.string() }),
  ),
  NextToken: z.string().optional(),
});

describe("DescribeInstanceInformation", () => {
  it("lists an instance Online only after the registration delay, ConnectionLost when stopped or cut off", async () => {
    const context = fakeContext(new Date());
    const [a, b, c] = [1, 2, 3].map(
      (n) => context.launch(instanceIdOf(n), { ring: n === 1 ? "canary" : "general" }).instanceId,
    );
    const ssm = createSsmService(context);
    ssm.configure({ registrationDelaySeconds: 60 });
    expect(infoSchema.parse(await ssm.handle("DescribeInstanceInformation", {})).InstanceInformationList).toEqual([]);
    context.advance(61_000);
    context.setState(b ?? "", "stopped");
    ssm.setReachability(c ?? "", "connection-lost");
    const listed = infoSchema.parse(await ssm.handle("DescribeInstanceInformation", {})).InstanceInformationList;
    expect(listed.map((i) => [i.InstanceId, i.PingStatus])).toEqual([
      [a, "Online"],
      [b, "ConnectionLost"],
      [c, "ConnectionLost"],
    ]);
    expect(listed[0]?.PlatformName).toBe("Ubuntu");
    const canary = await ssm.handle("DescribeInstanceInformation", {
      Filters: [{ Key: "tag:ring", Values: ["canary"] }],
    });
    expect(infoSchema.parse(canary).InstanceInformationList.map((i) => i.InstanceId)).toEqual([a]);
    const byId = await ssm.handle("DescribeInstanceInformation", {
      InstanceInformationFilterList: [{ key: "InstanceIds", valueSet: [c] }],
    });
    expect(infoSchema.parse(byId).InstanceInformationList.map((i) => i.InstanceId)).toEqual([c]);
    const online = await ssm.handle("DescribeInstanceInformation", {
      Filters: [{ Key: "PingStatus", Values: ["Online"] }],
    });
    expect(infoSchema.parse(online).InstanceInformationList).toHaveLength(1);
  });

  it("pages 5 to 50 at a time", async () => {
    const context = fakeContext();
    for (let n = 1; n <= 12; n++) context.launch(instanceIdOf(n));
    const ssm = createSsmService(context);
    const first = infoSchema.parse(await ssm.handle("DescribeInstanceInformation", { MaxResults: 5 }));
    expect(first.InstanceInformationList).toHaveLength(5);
    const second = infoSchema.parse(
      await ssm.handle("DescribeInstanceInformation", { MaxResults: 10, NextToken: first.NextToken }),
    );
    expect(second.InstanceInformationList).toHaveLength(7);
    await expect(ssm.handle("DescribeInstanceInformation", { MaxResults: 4 })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("DescribeInstanceInformation", { MaxResults: 51 })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(
      ssm.handle("DescribeInstanceInformation", { Filters: [{ Key: "Color", Values: ["x"] }] }),
    ).rejects.toMatchObject({ code: "InvalidFilterKey" });
  });
});

describe("patch state", () => {
  it("reports counts per instance and the patches, filtered", async () => {
    const context = fakeContext();
    const id = context.launch(instanceIdOf(1)).instanceId;
    const ssm = createSsmService(context);
    ssm.setPatchState(id, {
      operation: "Scan",
      patches: [
        { title: "openssl", kbId: "openssl", state: "Missing", severity: "Critical", classification: "Security" },
        { title: "curl", kbId: "curl", state: "Installed" },
        { title: "tzdata", kbId: "tzdata", state: "Missing", classification: "Recommended" },
      ],
    });
    const states = await ssm.handle("DescribeInstancePatchStates", { InstanceIds: [id, instanceIdOf(2)] });
    expect(states).toMatchObject({
      InstancePatchStates: [
        {
          InstanceId: id,
          MissingCount: 2,
          InstalledCount: 1,
          CriticalNonCompliantCount: 1,
          SecurityNonCompliantCount: 1,
          OtherNonCompliantCount: 1,
          Operation: "Scan",
        },
      ],
    });
    const missing = await ssm.handle("DescribeInstancePatches", {
      InstanceId: id,
      Filters: [{ Key: "State", Values: ["Missing"] }],
    });
    expect(missing).toMatchObject({ Patches: [{ Title: "openssl" }, { Title: "tzdata" }] });
    const many = Array.from({ length: 51 }, (_, i) => instanceIdOf(i + 1));
    await expect(ssm.handle("DescribeInstancePatchStates", { InstanceIds: many })).rejects.toMatchObject({
      code: "ValidationException",
    });
  });
});
