import { DescribeInstancesCommand, RunInstancesCommand } from "@aws-sdk/client-ec2";
import { GetParameterCommand, PutParameterCommand } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ec2Client } from "../../../contract/moto/clients.js";
import { ssmClient } from "../../../contract/ssm-oracle.js";
import { type AwsServerHandle, startAwsServer } from "../../../localcloud/aws/server.js";

/** The lost-answer fault: the call takes effect, then the client gets AWS's internal error (HTTP 500). */
describe("a lost answer on the local AWS", () => {
  let aws: AwsServerHandle;
  beforeAll(async () => {
    aws = await startAwsServer();
  });
  afterAll(() => aws.close());
  beforeEach(() => {
    aws.ec2.reset();
    aws.ssm.reset();
    aws.ledger.reset();
  });

  const admin = async (path: string, body: unknown) => {
    const response = await fetch(`${aws.url}/_localcloud/${path}`, { method: "POST", body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };

  it("still creates exactly one instance when RunInstances' answer is lost and the SDK retries with its ClientToken", async () => {
    expect(await admin("lost-answers", { operation: "RunInstances" })).toEqual({ status: 200, body: { ok: true } });
    const ec2 = ec2Client(aws.url);
    const imageId = aws.ec2.registerImage({ name: "orca-fleet-golden" });
    const launched = await ec2.send(
      new RunInstancesCommand({ ImageId: imageId, MinCount: 1, MaxCount: 1, ClientToken: "orca-fleet-sapporo-kita-1" }),
    );
    // The first call's answer was lost; the SDK's retry is answered with the instance the first call created.
    expect(aws.counts().RunInstances).toBe(2);
    const described = await ec2.send(new DescribeInstancesCommand({}));
    const instances = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []);
    expect(instances.map((i) => i.InstanceId)).toEqual([launched.Instances?.[0]?.InstanceId]);
    expect(instances[0]?.ClientToken).toBe("orca-fleet-sapporo-kita-1");
    ec2.destroy();
  });

  it("loses the answer of any operation, SSM's included, and only as many as asked", async () => {
    await admin("lost-answers", { count: 1 });
    const ssm = ssmClient(aws.url);
    const put = ssm.send(new PutParameterCommand({ Name: "/orca-fleet/ami", Value: "ami-1", Type: "String" }));
    await expect(put).rejects.toMatchObject({ name: "InternalServerError", $metadata: { httpStatusCode: 500 } });
    // The effect happened: the parameter is there, and the next call is answered.
    const got = await ssm.send(new GetParameterCommand({ Name: "/orca-fleet/ami" }));
    expect(got.Parameter?.Value).toBe("ami-1");
    ssm.destroy();
  });

  it("refuses a plan that is not a positive count", async () => {
    const refused = await admin("lost-answers", { operation: "RunInstances", count: 0 });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain("count");
  });
});
