import { DescribeInstancesCommand, type EC2Client, EC2ServiceException } from "@aws-sdk/client-ec2";
import { DescribeDocumentCommand, SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { ec2Client, testCredentials, testRegion } from "./moto/clients.js";

let server: AwsServerHandle;

beforeAll(async () => {
  server = await startAwsServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.ledger.reset();
  server.throttle.reset();
});

const describeOne = (client: EC2Client) =>
  client.send(new DescribeInstancesCommand({ Filters: [{ Name: "tag-key", Values: ["orca-fleet:clinic"] }] }));

describe("EC2 throttling through the SDK", () => {
  it("retries through a RequestLimitExceeded burst and succeeds", async () => {
    // A small bucket keeps the test short; the SDK cannot tell it from AWS's. The refill stays slow enough that the
    // 15 calls outrun it even when a loaded machine spreads them over seconds (at 20 a second they did not).
    server.throttle.configure({ ec2: { nonMutating: { capacity: 5, refillPerSecond: 2 } } });
    const client = ec2Client(server.url, 10);
    const answers = await Promise.all(Array.from({ length: 15 }, () => describeOne(client)));
    client.destroy();
    expect(answers).toHaveLength(15);
    const retried = answers.filter((answer) => (answer.$metadata.attempts ?? 1) > 1);
    expect(retried.length).toBeGreaterThan(0);
    expect(server.counts().DescribeInstances).toBeGreaterThan(15);
  });

  it("surfaces RequestLimitExceeded with HTTP 503 when retries run out", async () => {
    server.throttle.configure({ ec2: { nonMutating: { capacity: 1, refillPerSecond: 0 } } });
    const client = ec2Client(server.url, 1);
    await describeOne(client);
    const error = await describeOne(client).catch((caught: unknown) => caught);
    client.destroy();
    expect(error).toBeInstanceOf(EC2ServiceException);
    expect(error).toMatchObject({ name: "RequestLimitExceeded", $metadata: { httpStatusCode: 503 } });
    // Both calls counted, the refused one also apart: what a benchmark reads to tell throttling from real calls.
    expect(server.counts().DescribeInstances).toBe(2);
    expect(server.throttled()).toEqual({ DescribeInstances: 1 });
  });

  it("retries an injected 5xx and does not retry an injected client error", async () => {
    const client = ec2Client(server.url, 3);
    server.ledger.failNext({ operation: "DescribeInstances", code: "InternalError", status: 500, count: 2 });
    const recovered = await describeOne(client);
    expect(recovered.$metadata.attempts).toBe(3);
    server.ledger.failNext({ operation: "DescribeInstances", code: "UnauthorizedOperation", status: 403 });
    const refused = await describeOne(client).catch((caught: unknown) => caught);
    client.destroy();
    expect(refused).toMatchObject({ name: "UnauthorizedOperation", $metadata: { attempts: 1, httpStatusCode: 403 } });
  });

  it("adds the latency it is given to every call", async () => {
    server.ledger.setLatency({ ms: 120, operation: "DescribeInstances" });
    const client = ec2Client(server.url, 1);
    const started = Date.now();
    await describeOne(client);
    client.destroy();
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
  });
});

describe("SSM throttling through the SDK", () => {
  it("answers ThrottlingException from the settable SSM bucket", async () => {
    server.throttle.configure({ ssm: { capacity: 1, refillPerSecond: 0 } });
    const ssm = new SSMClient({
      endpoint: server.url,
      region: testRegion,
      credentials: testCredentials,
      maxAttempts: 1,
    });
    const describeShellScript = () => ssm.send(new DescribeDocumentCommand({ Name: "AWS-RunShellScript" }));
    await describeShellScript();
    const error = await describeShellScript().catch((caught: unknown) => caught);
    ssm.destroy();
    expect(error).toMatchObject({ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } });
  });
});
