import {
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateTagsCommand,
  CreateVpcCommand,
  DescribeImagesCommand,
  DescribeInstanceStatusCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type Instance,
  paginateDescribeInstances,
  RegisterImageCommand,
  RunInstancesCommand,
  type RunInstancesCommandInput,
  TerminateInstancesCommand,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { ec2Client, motoEc2Client } from "./moto/clients.js";
import { type MotoHandle, motoStartupBudgetMs, startMoto } from "./moto/start-moto.js";
import { attachedVolumes, instanceAttribute } from "./support.js";

/**
 * moto_server is the oracle: the same SDK calls go to moto and to the local cloud, and the answers must agree in
 * shape, in the fields the toolkit reads, and in error codes. Left out, because moto does not implement them (AWS's
 * behaviour is checked in ec2.test.ts instead): ClientToken idempotency (moto ignores the token), `resolve:ssm:` image
 * ids (moto leaves them unresolved), DisableApiTermination (moto neither stores it nor refuses termination), and the
 * validations moto skips (MaxResults range, malformed ids, unknown filters, user data size, `aws:` tag keys).
 */
interface Backend {
  name: string;
  client: EC2Client;
  imageId: string;
  subnetId: string;
  groupIds: string[];
}

let moto: MotoHandle;
let local: AwsServerHandle;
let backends: Backend[];

beforeAll(async () => {
  [moto, local] = await Promise.all([startMoto(), startAwsServer()]);
  const motoClient = motoEc2Client(moto.url);
  const vpc = await motoClient.send(new CreateVpcCommand({ CidrBlock: "10.20.0.0/16" }));
  const vpcId = vpc.Vpc?.VpcId ?? "";
  const subnet = await motoClient.send(
    new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: "10.20.0.0/18", AvailabilityZone: "ap-northeast-1a" }),
  );
  const group = await motoClient.send(
    new CreateSecurityGroupCommand({ VpcId: vpcId, GroupName: "orca-api", Description: "ORCA API" }),
  );
  const image = await motoClient.send(new RegisterImageCommand({ Name: "orca-golden", RootDeviceName: "/dev/sda1" }));
  backends = [
    {
      name: "moto",
      client: motoClient,
      imageId: image.ImageId ?? "",
      subnetId: subnet.Subnet?.SubnetId ?? "",
      groupIds: [group.GroupId ?? ""],
    },
    {
      name: "local",
      client: ec2Client(local.url, 1),
      imageId: local.ec2.registerImage({ name: "orca-golden" }),
      subnetId: "subnet-0b1c2d3e4f5a69788",
      groupIds: ["sg-0a3f5c9e1b7d24680"],
    },
  ];
}, motoStartupBudgetMs);

afterAll(async () => {
  for (const backend of backends ?? []) backend.client.destroy();
  await Promise.all([moto?.stop(), local?.close()]);
});

function launch(backend: Backend, clinic: string): RunInstancesCommandInput {
  const tags = [{ Key: "orca-fleet:clinic", Value: clinic }];
  return {
    ImageId: backend.imageId,
    InstanceType: "t3.medium",
    MinCount: 1,
    MaxCount: 1,
    NetworkInterfaces: [
      { DeviceIndex: 0, SubnetId: backend.subnetId, Groups: backend.groupIds, AssociatePublicIpAddress: false },
    ],
    MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled", HttpPutResponseHopLimit: 1 },
    BlockDeviceMappings: [
      {
        DeviceName: "/dev/sda1",
        Ebs: { VolumeType: "gp3", VolumeSize: 50, Encrypted: true, DeleteOnTermination: false },
      },
    ],
    DisableApiStop: true,
    InstanceInitiatedShutdownBehavior: "stop",
    TagSpecifications: [
      { ResourceType: "instance", Tags: tags },
      { ResourceType: "volume", Tags: tags },
    ],
    UserData: Buffer.from(`#cloud-config\nhostname: ${clinic}\n`).toString("base64"),
  };
}

/** Every key path of an SDK answer, list positions collapsed, so two answers compare by shape. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`));
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === "$metadata" ? [] : [`${prefix}.${key}`, ...keyPaths(item, `${prefix}.${key}`)],
  );
}

/** Fields moto adds that AWS leaves out or that the toolkit never reads (moto's defaults for other platforms). */
const motoOnlyInstanceFields = new Set(
  [
    ".KernelId",
    ".SriovNetSupport",
    ".StateReason",
    ".StateReason.Code",
    ".StateReason.Message",
    ".HibernationOptions",
    ".ProductCodes",
    ".NetworkInterfaces[].Association",
    ".NetworkInterfaces[].Ipv6Addresses",
    ".NetworkInterfaces[].MacAddress",
    ".NetworkInterfaces[].Description",
    ".NetworkInterfaces[].InterfaceType",
    ".NetworkInterfaces[].OwnerId",
    ".NetworkInterfaces[].Attachment.NetworkCardIndex",
  ].map((path) => `.Instances[]${path}`),
);

function missingFrom(localAnswer: unknown, motoAnswer: unknown, motoOnly: ReadonlySet<string> = new Set()): string[] {
  const have = new Set(keyPaths(localAnswer));
  return [...new Set(keyPaths(motoAnswer))].filter((path) => !have.has(path) && !motoOnly.has(path)).sort();
}

/** What the toolkit reads of an instance, with each backend's own ids replaced by their roles. */
function toolkitView(instance: Instance | undefined, backend: Backend) {
  return {
    instanceId: /^i-[0-9a-f]{17}$/.test(instance?.InstanceId ?? ""),
    imageId: instance?.ImageId === backend.imageId,
    state: instance?.State?.Name,
    privateIp: /^10\.20\.\d+\.\d+$/.test(instance?.PrivateIpAddress ?? ""),
    publicIp: instance?.PublicIpAddress,
    subnet: instance?.SubnetId === backend.subnetId,
    launchTime: instance?.LaunchTime instanceof Date,
    instanceType: instance?.InstanceType,
    tags: instance?.Tags,
    httpTokens: instance?.MetadataOptions?.HttpTokens,
    groups: instance?.NetworkInterfaces?.[0]?.Groups?.map((group) => backend.groupIds.indexOf(group.GroupId ?? "")),
    rootDevice: instance?.BlockDeviceMappings?.map((mapping) => mapping.DeviceName),
  };
}

/** Runs one step on both backends and answers [moto, local]. */
async function both<T>(step: (backend: Backend) => Promise<T>): Promise<[T, T]> {
  const [motoBackend, localBackend] = backends;
  if (motoBackend === undefined || localBackend === undefined) throw new Error("backends not started");
  return [await step(motoBackend), await step(localBackend)];
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "no error",
    (error: unknown) => (error instanceof Error ? error.name : String(error)),
  );
}

const launched = new Map<string, string>();
function launchedId(backend: Backend): string {
  return launched.get(backend.name) ?? "";
}

describe("EC2 against moto as the oracle", () => {
  it("RunInstances answers the same shape and the same fields the toolkit reads", async () => {
    const answers = await both(async (backend) => {
      const answer = await backend.client.send(new RunInstancesCommand(launch(backend, "sapporo-kita")));
      launched.set(backend.name, answer.Instances?.[0]?.InstanceId ?? "");
      return { answer, view: toolkitView(answer.Instances?.[0], backend) };
    });
    const [fromMoto, fromLocal] = answers;
    expect(fromLocal.view).toEqual(fromMoto.view);
    expect(missingFrom(fromLocal.answer, fromMoto.answer, motoOnlyInstanceFields)).toEqual([]);
  });

  it("DescribeInstanceAttribute answers userData, disableApiStop and the shutdown behaviour alike", async () => {
    for (const attribute of ["userData", "disableApiStop", "instanceInitiatedShutdownBehavior"] as const) {
      const [fromMoto, fromLocal] = await both(async (backend) => {
        const { $metadata, InstanceId, ...answer } = await instanceAttribute(
          backend.client,
          launchedId(backend),
          attribute,
        );
        return answer;
      });
      expect(fromLocal).toEqual(fromMoto);
    }
  });

  it("DescribeVolumes by attachment.instance-id shows the encrypted gp3 root volume with its tags", async () => {
    const [fromMoto, fromLocal] = await both(async (backend) => {
      const answer = await attachedVolumes(backend.client, launchedId(backend));
      const volume = answer.Volumes?.[0];
      return {
        answer,
        view: {
          count: answer.Volumes?.length,
          encrypted: volume?.Encrypted,
          type: volume?.VolumeType,
          size: volume?.Size,
          iops: volume?.Iops,
          tags: volume?.Tags,
          attachedTo: volume?.Attachments?.[0]?.InstanceId === launchedId(backend),
          kmsKey: volume?.KmsKeyId?.startsWith("arn:aws:kms:ap-northeast-1:123456789012:key/"),
        },
      };
    });
    expect(fromLocal.view).toEqual(fromMoto.view);
    expect(missingFrom(fromLocal.answer, fromMoto.answer)).toEqual([]);
  });

  it("DescribeInstances filters by tag and pages by MaxResults alike", async () => {
    const [fromMoto, fromLocal] = await both(async (backend) => {
      for (let i = 0; i < 7; i++) await backend.client.send(new RunInstancesCommand(launch(backend, `paged-${i}`)));
      const pages: number[] = [];
      for await (const page of paginateDescribeInstances(
        { client: backend.client, pageSize: 5 },
        { Filters: [{ Name: "tag:orca-fleet:clinic", Values: Array.from({ length: 7 }, (_, i) => `paged-${i}`) }] },
      )) {
        pages.push((page.Reservations ?? []).flatMap((reservation) => reservation.Instances ?? []).length);
      }
      const byKey = await backend.client.send(
        new DescribeInstancesCommand({
          Filters: [
            { Name: "tag-key", Values: ["orca-fleet:clinic"] },
            { Name: "instance-id", Values: [launchedId(backend)] },
          ],
        }),
      );
      return { pages, byKey: byKey.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.Tags) };
    });
    expect(fromLocal).toEqual(fromMoto);
  });

  it("CreateTags makes an instance findable by its new tag", async () => {
    const [fromMoto, fromLocal] = await both(async (backend) => {
      await backend.client.send(
        new CreateTagsCommand({
          Resources: [launchedId(backend)],
          Tags: [{ Key: "orca-fleet:orca-version", Value: "5.2.0" }],
        }),
      );
      const answer = await backend.client.send(
        new DescribeInstancesCommand({ Filters: [{ Name: "tag:orca-fleet:orca-version", Values: ["5.2.0"] }] }),
      );
      return answer.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId === launchedId(backend));
    });
    expect(fromLocal).toEqual(fromMoto);
  });

  it("DescribeInstanceStatus and DescribeImages answer the same shapes", async () => {
    local.ec2.setBootDelay(0);
    const [fromMoto, fromLocal] = await both(async (backend) => {
      const status = await backend.client.send(
        new DescribeInstanceStatusCommand({ InstanceIds: [launchedId(backend)], IncludeAllInstances: true }),
      );
      const images = await backend.client.send(new DescribeImagesCommand({ ImageIds: [backend.imageId] }));
      return { status, images };
    });
    expect(missingFrom(fromLocal.status, fromMoto.status)).toEqual([]);
    expect(fromLocal.status.InstanceStatuses?.[0]?.InstanceState?.Name).toBe("running");
    // moto lists empty ProductCodes and Tags (AWS leaves both out when empty) and a snapshot for a registered image.
    const motoOnlyImageFields = new Set([
      ".Images[].ProductCodes",
      ".Images[].Tags",
      ".Images[].BlockDeviceMappings[].Ebs.SnapshotId",
    ]);
    expect(missingFrom(fromLocal.images, fromMoto.images, motoOnlyImageFields)).toEqual([]);
  });

  it("TerminateInstances answers with the previous and current states alike", async () => {
    const [fromMoto, fromLocal] = await both(async (backend) => {
      const answer = await backend.client.send(new TerminateInstancesCommand({ InstanceIds: [launchedId(backend)] }));
      return answer.TerminatingInstances?.map(({ CurrentState, PreviousState }) => ({ CurrentState, PreviousState }));
    });
    expect(fromLocal).toEqual(fromMoto);
  });

  it("answers the same error codes", async () => {
    const unknownInstance = "i-0123456789abcdef0";
    const cases: [string, (backend: Backend) => Promise<unknown>][] = [
      ["describe unknown id", (b) => b.client.send(new DescribeInstancesCommand({ InstanceIds: [unknownInstance] }))],
      [
        "ids with MaxResults",
        (b) => b.client.send(new DescribeInstancesCommand({ InstanceIds: [launchedId(b)], MaxResults: 5 })),
      ],
      ["attribute of unknown id", (b) => instanceAttribute(b.client, unknownInstance, "userData")],
      ["terminate unknown id", (b) => b.client.send(new TerminateInstancesCommand({ InstanceIds: [unknownInstance] }))],
      ["unknown volume", (b) => b.client.send(new DescribeVolumesCommand({ VolumeIds: ["vol-0123456789abcdef0"] }))],
      ["unknown image", (b) => b.client.send(new DescribeImagesCommand({ ImageIds: ["ami-0123456789abcdef0"] }))],
      [
        "unknown subnet",
        (b) =>
          b.client.send(
            new RunInstancesCommand({
              ...launch(b, "x"),
              NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: "subnet-0000000000000000a" }],
            }),
          ),
      ],
      [
        "unknown security group",
        (b) =>
          b.client.send(
            new RunInstancesCommand({
              ImageId: b.imageId,
              MinCount: 1,
              MaxCount: 1,
              SubnetId: b.subnetId,
              SecurityGroupIds: ["sg-0000000000000000a"],
            }),
          ),
      ],
      [
        "51 tags",
        (b) =>
          b.client.send(
            new CreateTagsCommand({
              Resources: [launchedId(b)],
              Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" })),
            }),
          ),
      ],
    ];
    for (const [name, call] of cases) {
      const [fromMoto, fromLocal] = await both((backend) => errorCode(call(backend)));
      expect({ name, code: fromLocal }).toEqual({ name, code: fromMoto });
    }
  });
});
