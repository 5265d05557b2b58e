import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";

/** Debian's AWS CLI v2 (the `aws` on PATH may be another one). */
const awsCli = "/usr/bin/aws";
const run = promisify(execFile);

let server: AwsServerHandle;

beforeAll(async () => {
  server = await startAwsServer();
});
afterAll(async () => {
  await server.close();
});

/**
 * Runs the CLI against the local cloud. CLI 2.9 ignores AWS_ENDPOINT_URL (support came in 2.13), so the endpoint
 * also goes in --endpoint-url; the user's own configuration files are kept out.
 */
async function aws(...args: string[]): Promise<unknown> {
  const { stdout } = await run(awsCli, ["--endpoint-url", server.url, "--output", "json", ...args], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: "test",
      AWS_SECRET_ACCESS_KEY: "test",
      AWS_REGION: "ap-northeast-1",
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_PAGER: "",
    },
  });
  return stdout.trim() === "" ? undefined : JSON.parse(stdout);
}

const describeAnswer = z.object({
  Reservations: z.array(z.object({ Instances: z.array(z.object({ InstanceId: z.string() })) })),
  NextToken: z.string().optional(),
});

const ids = (answer: z.infer<typeof describeAnswer>) =>
  answer.Reservations.flatMap((reservation) => reservation.Instances.map((instance) => instance.InstanceId));

// Each CLI start costs a second or more of Python on a busy machine.
describe("AWS CLI v2 against the local EC2 endpoint", { timeout: 120_000 }, () => {
  it("runs instances with tags, pages a tag-filtered describe-instances and creates tags", async () => {
    const launched = z
      .object({
        Instances: z.array(z.object({ InstanceId: z.string(), Tags: z.array(z.object({ Key: z.string() })) })),
      })
      .parse(
        await aws(
          "ec2",
          "run-instances",
          "--image-id",
          "ami-0d52744d6551d851e",
          "--instance-type",
          "t3.medium",
          "--subnet-id",
          "subnet-0b1c2d3e4f5a69788",
          "--metadata-options",
          "HttpTokens=required,HttpEndpoint=enabled",
          "--tag-specifications",
          "ResourceType=instance,Tags=[{Key=orca-fleet:clinic,Value=cli-0},{Key=group,Value=cli}]",
        ),
      );
    expect(launched.Instances[0]?.Tags.map((tag) => tag.Key)).toEqual(["orca-fleet:clinic", "group"]);
    // Eleven more launches of one instance each, so that every reservation is one page item.
    for (let i = 1; i < 12; i++) server.ec2.launch({ tags: { "orca-fleet:clinic": `cli-${i}`, group: "cli" } });

    const filter = ["--filters", "Name=tag:group,Values=cli", "--page-size", "5"];
    const first = describeAnswer.parse(await aws("ec2", "describe-instances", ...filter, "--max-items", "7"));
    expect(ids(first)).toHaveLength(7);
    expect(first.NextToken).toBeDefined();
    const rest = describeAnswer.parse(
      await aws("ec2", "describe-instances", ...filter, "--starting-token", first.NextToken ?? ""),
    );
    const all = [...ids(first), ...ids(rest)];
    expect(new Set(all).size).toBe(12);
    expect(all).toContain(launched.Instances[0]?.InstanceId);

    await aws(
      "ec2",
      "create-tags",
      "--resources",
      ...all.slice(0, 2),
      "--tags",
      "Key=orca-fleet:orca-version,Value=5.2.0",
    );
    const versions = all.map((id) => server.ec2.instance(id)?.tags["orca-fleet:orca-version"]);
    expect(versions.filter((version) => version === "5.2.0")).toHaveLength(2);
    expect(server.counts()).toMatchObject({ RunInstances: 1, CreateTags: 1 });
  });

  it("exits non-zero with AWS's error code for an unknown instance", async () => {
    const failure = await aws("ec2", "describe-instances", "--instance-ids", "i-0123456789abcdef0").catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ code: 254, stderr: expect.stringContaining("InvalidInstanceID.NotFound") });
  });
});
