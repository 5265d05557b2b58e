import { describe, expect, it } from "vitest";
import { type FleetInstance, readInventory } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import { applyRollout } from "../../actions/lib/flows/rollout/apply.js";
import {
  applyInput,
  depsFor,
  launchFleet,
  openPolicy,
  rolloutCloudForFile,
  updateInvocations,
} from "./rollout-world.js";

/**
 * The rollout's apply against the local cloud, in-process: orca-update runs in the simulator, tags hold the
 * records, and each instance's invocations are counted from SSM's own lists.
 */
const cloud = rolloutCloudForFile();

const tagsOf = async (id: string): Promise<FleetInstance["tags"]> =>
  (await readInventory(cloud.clients.ec2)).find((i) => i.instanceId === id)?.tags ?? {};

describe("rollout apply on the local cloud", () => {
  it("updates every active clinic once, canary before early before general", async () => {
    const world = launchFleet(cloud.server, { canary: 1, early: 3, general: 4 });
    const result = await applyRollout(depsFor(cloud.clients, cloud.settled), applyInput(world));
    expect(result.status).toBe("done");
    const runs = await updateInvocations(cloud.clients.ssm);
    expect(runs.map((r) => r.instanceId).sort()).toEqual([...world.instances.values()].sort());
    const rings = runs.map((r) => r.comment.split(" ")[3]);
    expect(rings).toEqual([...rings].sort((a, b) => order(a) - order(b)));
    for (const id of world.instances.values()) {
      expect(await tagsOf(id)).toMatchObject({ [tagKeys.orcaVersion]: "5.2.1", [tagKeys.rolloutOutcome]: "updated" });
    }
  });

  it("halts when two early clinics fail past a budget of one, leaves general alone, and resumes only when asked", async () => {
    const world = launchFleet(cloud.server, { canary: 1, early: 4, general: 3 });
    const [bad1, bad2] = ["early-clinic-0", "early-clinic-1"].map((id) => world.instances.get(id) ?? "");
    for (const id of [bad1, bad2]) cloud.server.ssm.setOrca(id ?? "", { updateFailsFor: ["5.2.1"] });
    const input = applyInput(world, { policy: openPolicy({ waveSizes: [5], errorBudget: 1 }) });
    // One command per wave at MaxConcurrency 1 makes the order deterministic: the two failures come first.
    const halted = await applyRollout(depsFor(cloud.clients, cloud.settled), input);
    expect(halted.status).toBe("halted");
    expect(halted.plan.halt).toMatchObject({ reason: "error-budget", ring: "early", failures: 2, budget: 1 });
    const general = [...world.instances].filter(([c]) => c.startsWith("general")).map(([, id]) => id);
    const touched = new Set((await updateInvocations(cloud.clients.ssm)).map((r) => r.instanceId));
    expect(general.filter((id) => touched.has(id))).toEqual([]);
    for (const id of [bad1, bad2]) expect((await tagsOf(id ?? ""))[tagKeys.rolloutOutcome]).toBe("rolled-back");

    cloud.server.ledger.resetCounts();
    const again = await applyRollout(depsFor(cloud.clients, cloud.settled), input);
    expect(again.status).toBe("halted");
    expect(cloud.server.counts().SendCommand).toBeUndefined();

    const resumed = await applyRollout(depsFor(cloud.clients, cloud.settled), {
      ...input,
      resume: { retryFailed: false },
    });
    expect(resumed.status).toBe("done");
    const after = await updateInvocations(cloud.clients.ssm);
    expect(general.every((id) => after.some((r) => r.instanceId === id))).toBe(true);
    // The failed clinics were not sent again: retries are only on request.
    expect(after.filter((r) => r.instanceId === bad1)).toHaveLength(1);
    expect((await tagsOf(bad1 ?? ""))[tagKeys.rolloutAcknowledged]).toBeDefined();
  });
});

function order(ring: string | undefined): number {
  return ["canary", "early", "general"].indexOf(ring ?? "");
}
