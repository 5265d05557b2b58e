import { describe, expect, it } from "vitest";
import { patchStateSource } from "../../actions/lib/adapters/aws/patch-states.js";
import type { PatchReportInput } from "../localcloud/aws/ssm/steering.js";
import { ssmClient } from "./ssm-oracle.js";
import { localAwsForFile } from "./support.js";

/** The patch-state adapter against the local cloud: batches of 50 ids, pages of 100 patches, non-compliant only. */

const local = localAwsForFile(ssmClient);
const id = (i: number) => `i-${String(i).padStart(17, "0")}`;
type Patch = PatchReportInput["patches"][number];

describe("patchStateSource", () => {
  it("reads 120 instances in three calls of at most 50 ids; instances never scanned are absent", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => id(i + 1));
    for (const instanceId of ids.slice(0, 110))
      local.server.ssm.setPatchState(instanceId, { patches: [{ title: "bash", kbId: "bash", state: "Installed" }] });
    local.server.ledger.resetCounts();
    const states = await patchStateSource(local.client, { concurrency: 2 }).states(ids);
    expect(states.map((s) => s.instanceId).sort()).toEqual(ids.slice(0, 110).sort());
    expect(states[0]).toMatchObject({ installed: 1, missing: 0, operation: "Scan" });
    expect(local.server.counts().DescribeInstancePatchStates).toBe(3);
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
    local.server.ssm.setPatchState(instanceId, { patches });
    local.server.ledger.resetCounts();
    const found = await patchStateSource(local.client, { concurrency: 1 }).nonCompliantPatches(instanceId);
    expect(found).toHaveLength(153);
    expect(new Set(found.map((p) => p.state))).toEqual(
      new Set(["Missing", "InstalledPendingReboot", "InstalledRejected", "Failed"]),
    );
    expect(found.find((p) => p.kbId === "f")).toMatchObject({ severity: "Critical", state: "Failed" });
    expect(local.server.counts().DescribeInstancePatches).toBe(2);
  });
});
