import { SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { patchStateSource } from "../../actions/lib/adapters/aws/patch-states.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import type { PatchReportInput } from "../localcloud/aws/ssm/steering.js";

/** The patch-state adapter against the local cloud: batches of 50 ids, pages of 100 patches, non-compliant only. */

let aws: AwsServerHandle;
let ssm: SSMClient;
const id = (i: number) => `i-${String(i).padStart(17, "0")}`;
type Patch = PatchReportInput["patches"][number];

beforeAll(async () => {
  aws = await startAwsServer();
  ssm = new SSMClient({
    region: "ap-northeast-1",
    endpoint: aws.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
});

afterAll(async () => {
  ssm?.destroy();
  await aws?.close();
});

describe("patchStateSource", () => {
  it("reads 120 instances in three calls of at most 50 ids; instances never scanned are absent", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => id(i + 1));
    for (const instanceId of ids.slice(0, 110))
      aws.ssm.setPatchState(instanceId, { patches: [{ title: "bash", kbId: "bash", state: "Installed" }] });
    aws.ledger.resetCounts();
    const states = await patchStateSource(ssm, { concurrency: 2 }).states(ids);
    expect(states.map((s) => s.instanceId).sort()).toEqual(ids.slice(0, 110).sort());
    expect(states[0]).toMatchObject({ installed: 1, missing: 0, operation: "Scan" });
    expect(aws.counts().DescribeInstancePatchStates).toBe(3);
  });

  it("pages through an instance's non-compliant patches, 100 a page, leaving the compliant ones out", async () => {
    const instanceId = id(500);
    const patches: Patch[] = [
      ...Array.from(
        { length: 150 },
        (_, i): Patch => ({ title: `m${i}`, kbId: `m${i}`, state: "Missing", severity: "Low" }),
      ),
      { title: "k", kbId: "k", state: "InstalledPendingReboot" },
      { title: "r", kbId: "r", state: "InstalledRejected" },
      { title: "f", kbId: "f", state: "Failed", severity: "Critical" },
      ...Array.from({ length: 80 }, (_, i): Patch => ({ title: `i${i}`, kbId: `i${i}`, state: "Installed" })),
      { title: "o", kbId: "o", state: "InstalledOther" },
      { title: "n", kbId: "n", state: "NotApplicable" },
    ];
    aws.ssm.setPatchState(instanceId, { patches });
    aws.ledger.resetCounts();
    const found = await patchStateSource(ssm, { concurrency: 1 }).nonCompliantPatches(instanceId);
    expect(found).toHaveLength(153);
    expect(new Set(found.map((p) => p.state))).toEqual(
      new Set(["Missing", "InstalledPendingReboot", "InstalledRejected", "Failed"]),
    );
    expect(found.find((p) => p.kbId === "f")).toMatchObject({ severity: "Critical", state: "Failed" });
    expect(aws.counts().DescribeInstancePatches).toBe(2);
  });
});
