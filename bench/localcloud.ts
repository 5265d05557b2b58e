// Holds 10,000 instances in the local AWS endpoint and prints the server time (measured inside the server, from the
// parsed request to the written answer, latency injection excluded) of the calls the toolkit makes at fleet scale:
// a filtered DescribeInstances page, a SendCommand to 50 instances and a ListCommandInvocations page.
// Usage: npm run bench:localcloud [-- <instances>]

import { performance } from "node:perf_hooks";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { ListCommandInvocationsCommand, SendCommandCommand, SSMClient } from "@aws-sdk/client-ssm";
import { ec2Client, testCredentials, testRegion } from "../test/contract/moto/clients.js";
import { type AwsServerHandle, startAwsServer } from "../test/localcloud/aws/server.js";

const size = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(size) || size < 50)
  throw new Error(`instances must be a whole number of at least 50, not ${process.argv[2]}`);
const rounds = 20;

const warmUp = 3;

interface Figure {
  call: string;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  clientMs: number;
}

/** Runs `call` a few times to warm up, then `rounds` times, reading the server's own timing of each call. */
async function measure(
  server: AwsServerHandle,
  label: string,
  operation: string,
  call: () => Promise<unknown>,
): Promise<Figure> {
  for (let i = 0; i < warmUp; i++) await call();
  const serverMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    await call();
    const timing = server.ledger.timings()[operation];
    if (timing === undefined) throw new Error(`the server timed no ${operation}`);
    serverMs.push(timing.lastMs);
  }
  const clientMs = (performance.now() - started) / rounds;
  const sorted = serverMs.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { call: label, medianMs: at(0.5), p90Ms: at(0.9), maxMs: at(1), clientMs };
}

const server = await startAwsServer();
const ec2 = ec2Client(server.url);
const ssm = new SSMClient({ endpoint: server.url, region: testRegion, credentials: testCredentials });
try {
  const launchStarted = performance.now();
  for (let i = 0; i < size; i++) {
    const clinic = `clinic-${String(i).padStart(5, "0")}`;
    server.ec2.launch({
      running: true,
      tags: {
        "orca-fleet:clinic": clinic,
        "orca-fleet:managed-by": "orca-fleet",
        ring: i % 10 === 0 ? "canary" : "general",
      },
    });
  }
  const launchMs = performance.now() - launchStarted;
  const healthcheck = server.ssm.seedToolkitDocuments().find((name) => name.includes("healthcheck"));
  if (healthcheck === undefined) throw new Error("ssm-documents/ holds no healthcheck document");
  const ids = [...server.context.instances()].slice(0, 50).map((instance) => instance.instanceId);
  let commandId = "";
  const figures: Figure[] = [
    await measure(server, "DescribeInstances tag:orca-fleet:clinic = one clinic", "DescribeInstances", () =>
      ec2.send(
        new DescribeInstancesCommand({
          Filters: [{ Name: "tag:orca-fleet:clinic", Values: [`clinic-${String(size / 2).padStart(5, "0")}`] }],
        }),
      ),
    ),
    await measure(server, "DescribeInstances tag:ring = canary, state running, page of 100", "DescribeInstances", () =>
      ec2.send(
        new DescribeInstancesCommand({
          Filters: [
            { Name: "tag:ring", Values: ["canary"] },
            { Name: "instance-state-name", Values: ["running"] },
          ],
          MaxResults: 100,
        }),
      ),
    ),
    await measure(server, "DescribeInstances tag-key, page of 1,000 (the inventory read)", "DescribeInstances", () =>
      ec2.send(
        new DescribeInstancesCommand({
          Filters: [{ Name: "tag-key", Values: ["orca-fleet:clinic"] }],
          MaxResults: 1000,
        }),
      ),
    ),
    await measure(server, "SendCommand orca-healthcheck (simulated) to 50 instances", "SendCommand", async () => {
      const sent = await ssm.send(new SendCommandCommand({ DocumentName: healthcheck, InstanceIds: ids }));
      commandId = sent.Command?.CommandId ?? "";
      await server.ssm.settle();
    }),
    await measure(
      server,
      "SendCommand AWS-RunShellScript (50 real shells) to 50 instances",
      "SendCommand",
      async () => {
        const sent = await ssm.send(
          new SendCommandCommand({
            DocumentName: "AWS-RunShellScript",
            InstanceIds: ids,
            Parameters: { commands: ["true"] },
          }),
        );
        commandId = sent.Command?.CommandId ?? "";
        await server.ssm.settle();
      },
    ),
    await measure(server, "ListCommandInvocations Details, page of 50", "ListCommandInvocations", () =>
      ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId, Details: true, MaxResults: 50 })),
    ),
  ];
  console.log(`Local AWS endpoint with ${size.toLocaleString("en")} instances (launched in ${launchMs.toFixed(0)} ms)`);
  console.log(
    `${rounds} calls each after ${warmUp} to warm up; server time is measured inside the server, client time includes the SDK and HTTP.\n`,
  );
  console.log("| call | server median ms | server p90 ms | server max ms | client mean ms |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const f of figures) {
    console.log(
      `| ${f.call} | ${f.medianMs.toFixed(2)} | ${f.p90Ms.toFixed(2)} | ${f.maxMs.toFixed(2)} | ${f.clientMs.toFixed(1)} |`,
    );
  }
} finally {
  ec2.destroy();
  ssm.destroy();
  await server.close();
}
