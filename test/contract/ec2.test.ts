import {
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  type EC2Client,
  EC2ServiceException,
  paginateDescribeInstances,
  RunInstancesCommand,
  type RunInstancesCommandInput,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import { LabelParameterVersionCommand, PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServerHandle } from "../localcloud/aws/server.js";
import { ec2Client, testCredentials, testRegion } from "./moto/clients.js";
import { attachedVolumes, instanceAttribute, localAwsForFile } from "./support.js";

const local = localAwsForFile(ec2Client);
let server: AwsServerHandle;
let ec2: EC2Client;

beforeEach(() => {
  ({ server, client: ec2 } = local);
  server.ec2.reset();
  server.ssm.reset();
  server.ledger.reset();
});

const subnetId = "subnet-0b1c2d3e4f5a69788";
const groupIds = ["sg-0a3f5c9e1b7d24680", "sg-0c81d2e4f6a930b57"];
const ubuntu = "ami-0d52744d6551d851e";

/** The request the toolkit sends for one clinic (see actions/lib/adapters/aws/launch-request.ts). */
function clinicLaunch(clinic: string, overrides: Partial<RunInstancesCommandInput> = {}): RunInstancesCommandInput {
  const tags = [
    { Key: "orca-fleet:clinic", Value: clinic },
    { Key: "Name", Value: `orca-${clinic}` },
  ];
  return {
    ImageId: ubuntu,
    InstanceType: "t3.medium",
    MinCount: 1,
    MaxCount: 1,
    ClientToken: `orca-fleet-${clinic}`,
    IamInstanceProfile: { Name: "orca-fleet-instance" },
    NetworkInterfaces: [
      {
        DeviceIndex: 0,
        SubnetId: subnetId,
        Groups: groupIds,
        AssociatePublicIpAddress: false,
        DeleteOnTermination: true,
      },
    ],
    MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled", HttpPutResponseHopLimit: 1 },
    BlockDeviceMappings: [
      {
        DeviceName: "/dev/sda1",
        Ebs: { VolumeType: "gp3", VolumeSize: 50, Encrypted: true, DeleteOnTermination: false },
      },
    ],
    DisableApiTermination: true,
    DisableApiStop: true,
    InstanceInitiatedShutdownBehavior: "stop",
    TagSpecifications: [
      { ResourceType: "instance", Tags: tags },
      { ResourceType: "volume", Tags: tags },
    ],
    UserData: Buffer.from("#cloud-config\npackages: [jq]\n").toString("base64"),
    ...overrides,
  };
}

async function errorOf(promise: Promise<unknown>): Promise<EC2ServiceException> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof EC2ServiceException)) throw new Error(`expected an EC2 error, got ${String(error)}`);
  return error;
}

describe("RunInstances", () => {
  it("launches what the toolkit asks for: private, IMDSv2, encrypted gp3, protected, tagged", async () => {
    const launched = await ec2.send(new RunInstancesCommand(clinicLaunch("sapporo-kita")));
    const instance = launched.Instances?.[0];
    const instanceId = instance?.InstanceId ?? "";
    expect(instance?.State?.Name).toBe("pending");
    expect(instance?.PublicIpAddress).toBeUndefined();
    expect(instance?.PrivateIpAddress).toMatch(/^10\.20\.([0-9]|[1-5][0-9]|6[0-3])\.\d+$/);
    expect(instance?.MetadataOptions?.HttpTokens).toBe("required");
    expect(instance?.SecurityGroups?.map((group) => group.GroupId)).toEqual(groupIds);
    expect(instance?.IamInstanceProfile?.Arn).toBe("arn:aws:iam::123456789012:instance-profile/orca-fleet-instance");

    const attribute = (
      name: "userData" | "disableApiTermination" | "disableApiStop" | "instanceInitiatedShutdownBehavior",
    ) => instanceAttribute(ec2, instanceId, name);
    expect((await attribute("userData")).UserData?.Value).toBe(clinicLaunch("x").UserData);
    expect((await attribute("disableApiTermination")).DisableApiTermination?.Value).toBe(true);
    expect((await attribute("disableApiStop")).DisableApiStop?.Value).toBe(true);
    expect((await attribute("instanceInitiatedShutdownBehavior")).InstanceInitiatedShutdownBehavior?.Value).toBe(
      "stop",
    );

    const volumes = await attachedVolumes(ec2, instanceId);
    expect(volumes.Volumes).toHaveLength(1);
    expect(volumes.Volumes?.[0]).toMatchObject({
      Encrypted: true,
      VolumeType: "gp3",
      Size: 50,
      Iops: 3000,
      Throughput: 125,
    });
    expect(volumes.Volumes?.[0]?.Attachments?.[0]).toMatchObject({
      InstanceId: instanceId,
      DeleteOnTermination: false,
    });
    expect(volumes.Volumes?.[0]?.Tags).toContainEqual({ Key: "orca-fleet:clinic", Value: "sapporo-kita" });
  });

  it("boots: pending, then running after the boot delay", async () => {
    server.ec2.setBootDelay(50);
    const launched = await ec2.send(new RunInstancesCommand(clinicLaunch("sendai-aoba")));
    const instanceId = launched.Instances?.[0]?.InstanceId ?? "";
    await new Promise((resolve) => setTimeout(resolve, 80));
    const described = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }));
    expect(described.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe("running");
    const status = await ec2.send(new DescribeInstanceStatusCommand({ InstanceIds: [instanceId] }));
    expect(status.InstanceStatuses?.[0]?.InstanceStatus?.Status).toBe("ok");
  });

  it("answers a repeated ClientToken with the same instance, and a changed request with IdempotentParameterMismatch", async () => {
    const first = await ec2.send(new RunInstancesCommand(clinicLaunch("kobe-motomachi")));
    const again = await ec2.send(new RunInstancesCommand(clinicLaunch("kobe-motomachi")));
    expect(again.Instances?.map((i) => i.InstanceId)).toEqual(first.Instances?.map((i) => i.InstanceId));
    expect(again.ReservationId).toBe(first.ReservationId);

    const changed = await errorOf(
      ec2.send(new RunInstancesCommand(clinicLaunch("kobe-motomachi", { InstanceType: "t3.large" }))),
    );
    expect(changed.name).toBe("IdempotentParameterMismatch");
    expect(changed.$metadata.httpStatusCode).toBe(400);
    expect(changed.$metadata.attempts).toBe(1);
    // EC2 compares every parameter, tags included: "change another request parameter" (Run_Instance_Idempotency).
    const base = clinicLaunch("kobe-motomachi");
    const retagged = await errorOf(
      ec2.send(
        new RunInstancesCommand({
          ...base,
          TagSpecifications: (base.TagSpecifications ?? []).map((spec) => ({
            ...spec,
            Tags: [...(spec.Tags ?? []), { Key: "orca-fleet:launched-by", Value: "7002" }],
          })),
        }),
      ),
    );
    expect(retagged.name).toBe("IdempotentParameterMismatch");
    expect(server.counts().RunInstances).toBe(4);
    expect((await ec2.send(new DescribeInstancesCommand({}))).Reservations).toHaveLength(1);
  });

  it("refuses user data over 16 KB, unknown images and a resolve:ssm parameter that does not exist", async () => {
    const big = Buffer.alloc(16 * 1024 + 1, "a").toString("base64");
    expect((await errorOf(ec2.send(new RunInstancesCommand(clinicLaunch("a", { UserData: big }))))).name).toBe(
      "InvalidParameterValue",
    );
    const exact = Buffer.alloc(16 * 1024, "a").toString("base64");
    await ec2.send(new RunInstancesCommand(clinicLaunch("b", { UserData: exact })));
    expect(
      (await errorOf(ec2.send(new RunInstancesCommand(clinicLaunch("c", { ImageId: "ami-0123456789abcdef0" }))))).name,
    ).toBe("InvalidAMIID.NotFound");
    expect((await errorOf(ec2.send(new RunInstancesCommand(clinicLaunch("d", { ImageId: "ubuntu" }))))).name).toBe(
      "InvalidAMIID.Malformed",
    );
    const missing = await errorOf(
      ec2.send(new RunInstancesCommand(clinicLaunch("e", { ImageId: "resolve:ssm:/orca-fleet/none:current" }))),
    );
    expect(missing.name).toBe("InvalidAMIID.NotFound");
  });

  it("resolves resolve:ssm:<parameter>:<label> through Parameter Store at launch", async () => {
    const golden = server.ec2.registerImage({ name: "orca-fleet-golden-2026-11-25" });
    const ssm = new SSMClient({ endpoint: server.url, region: testRegion, credentials: testCredentials });
    await ssm.send(
      new PutParameterCommand({
        Name: "/orca-fleet/golden-ami",
        Value: golden,
        Type: "String",
        DataType: "aws:ec2:image",
      }),
    );
    await ssm.send(
      new LabelParameterVersionCommand({ Name: "/orca-fleet/golden-ami", ParameterVersion: 1, Labels: ["current"] }),
    );
    ssm.destroy();
    const launched = await ec2.send(
      new RunInstancesCommand(clinicLaunch("umeda-hifuka", { ImageId: "resolve:ssm:/orca-fleet/golden-ami:current" })),
    );
    expect(launched.Instances?.[0]?.ImageId).toBe(golden);
    const unlabelled = await errorOf(
      ec2.send(
        new RunInstancesCommand(clinicLaunch("kyoto-karasuma", { ImageId: "resolve:ssm:/orca-fleet/golden-ami:next" })),
      ),
    );
    expect(unlabelled.name).toBe("InvalidAMIID.NotFound");
  });

  it("launches from a registered golden image and refuses unknown subnets and groups", async () => {
    const golden = server.ec2.registerImage({ name: "orca-fleet-golden-2026-11-25" });
    const images = await ec2.send(new DescribeImagesCommand({ Owners: ["self"] }));
    expect(images.Images?.map((image) => image.ImageId)).toEqual([golden]);
    await ec2.send(new RunInstancesCommand(clinicLaunch("f", { ImageId: golden })));
    const noSubnet = clinicLaunch("g", {
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: "subnet-0000000000000000a", Groups: groupIds }],
    });
    expect((await errorOf(ec2.send(new RunInstancesCommand(noSubnet)))).name).toBe("InvalidSubnetID.NotFound");
    const noGroup = clinicLaunch("h", {
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnetId, Groups: ["sg-0000000000000000a"] }],
    });
    expect((await errorOf(ec2.send(new RunInstancesCommand(noGroup)))).name).toBe("InvalidGroup.NotFound");
  });
});

describe("DescribeInstances", () => {
  it("pages a tag-filtered fleet with MaxResults and NextToken", async () => {
    // Odd instances stay pending for the whole test, however slow the machine.
    server.ec2.setBootDelay(600_000);
    for (let i = 0; i < 23; i++) server.ec2.launch({ tags: { "orca-fleet:clinic": `c${i}` }, running: i % 2 === 0 });
    server.ec2.launch({ count: 3, tags: { other: "yes" } });
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeInstances(
      { client: ec2, pageSize: 5 },
      { Filters: [{ Name: "tag-key", Values: ["orca-fleet:clinic"] }] },
    )) {
      pages += 1;
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) seen.push(instance.InstanceId ?? "");
      }
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);

    const running = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: "tag:orca-fleet:clinic", Values: ["c0", "c1", "c2"] },
          { Name: "instance-state-name", Values: ["running"] },
        ],
      }),
    );
    const tags = running.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.Tags?.[0]?.Value);
    expect(tags).toEqual(["c0", "c2"]);
  });

  it("refuses what AWS refuses: MaxResults out of range, ids with MaxResults, unknown ids and filters", async () => {
    const [instance] = server.ec2.launch({});
    const id = instance?.instanceId ?? "";
    expect((await errorOf(ec2.send(new DescribeInstancesCommand({ MaxResults: 4 })))).name).toBe(
      "InvalidParameterValue",
    );
    expect((await errorOf(ec2.send(new DescribeInstancesCommand({ MaxResults: 1001 })))).name).toBe(
      "InvalidParameterValue",
    );
    expect((await errorOf(ec2.send(new DescribeInstancesCommand({ InstanceIds: [id], MaxResults: 5 })))).name).toBe(
      "InvalidParameterCombination",
    );
    const missing = await errorOf(ec2.send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })));
    expect(missing.name).toBe("InvalidInstanceID.NotFound");
    expect(missing.message).toContain("i-0123456789abcdef0");
    expect(
      (await errorOf(ec2.send(new DescribeInstancesCommand({ Filters: [{ Name: "colour", Values: ["x"] }] })))).name,
    ).toBe("InvalidParameterValue");
  });
});

describe("CreateTags and TerminateInstances", () => {
  it("tags up to 1,000 resources a call and no more than 50 tags a resource", async () => {
    const ids = server.ec2.launch({ count: 1000 }).map((instance) => instance.instanceId);
    await ec2.send(
      new CreateTagsCommand({ Resources: ids, Tags: [{ Key: "orca-fleet:orca-version", Value: "5.2.0" }] }),
    );
    const tagged = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [{ Name: "tag:orca-fleet:orca-version", Values: ["5.2.0"] }],
        MaxResults: 1000,
      }),
    );
    expect(tagged.Reservations?.flatMap((r) => r.Instances ?? [])).toHaveLength(1000);
    const tooMany = await errorOf(
      ec2.send(new CreateTagsCommand({ Resources: [...ids, "i-0123456789abcdef0"], Tags: [{ Key: "k", Value: "v" }] })),
    );
    expect(tooMany.name).toBe("InvalidParameterValue");
    const fiftyOne = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    expect((await errorOf(ec2.send(new CreateTagsCommand({ Resources: [ids[0] ?? ""], Tags: fiftyOne })))).name).toBe(
      "TagLimitExceeded",
    );
  });

  it("serves and counts TerminateInstances, honouring termination protection", async () => {
    const protectedOne = await ec2.send(new RunInstancesCommand(clinicLaunch("nerima-seikei")));
    const id = protectedOne.Instances?.[0]?.InstanceId ?? "";
    expect((await errorOf(ec2.send(new TerminateInstancesCommand({ InstanceIds: [id] })))).name).toBe(
      "OperationNotPermitted",
    );
    const [plain] = server.ec2.launch({ running: true });
    const terminated = await ec2.send(new TerminateInstancesCommand({ InstanceIds: [plain?.instanceId ?? ""] }));
    expect(terminated.TerminatingInstances?.[0]).toMatchObject({
      PreviousState: { Name: "running" },
      CurrentState: { Name: "shutting-down" },
    });
    expect(server.counts().TerminateInstances).toBe(2);
  });
});
