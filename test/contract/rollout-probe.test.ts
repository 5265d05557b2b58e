import { describe, expect, it } from "vitest";
import { applyRollout } from "../../actions/lib/flows/rollout/apply.js";
import { clinicResults, countsOf } from "../../actions/lib/flows/rollout/clinic-results.js";
import { applyInput, depsFor, launchFleet, openPolicy, rolloutCloudForFile } from "./rollout-world.js";

/**
 * The end-of-bake probe on the local cloud: what orca-healthcheck reports after the update decides whether a clinic
 * spends the ring's error budget. The demo's fukuoka-tenjin had its masters behind (left so by the demo's step 60)
 * and halted nothing it should not have.
 */
const cloud = rolloutCloudForFile();

describe("the rollout's end-of-bake probe", () => {
  it("does not count masters behind (the clinic's own master update) as a failed update", async () => {
    const world = launchFleet(cloud.server, { canary: 1, early: 1, general: 1 });
    const canary = world.instances.get("canary-clinic-0") ?? "";
    cloud.server.ssm.setOrca(canary, { mastersBehind: ["病名マスタ"] });
    const input = applyInput(world, { policy: openPolicy({ waveSizes: [1], errorBudget: 0 }) });
    const result = await applyRollout(depsFor(cloud.clients, cloud.settled), input);
    expect(result.status).toBe("done");
    expect(countsOf(clinicResults(result.plan, result.instances))).toMatchObject({ updated: 3, failed: 0 });
  });

  it("counts an ORCA that is down after its update as unhealthy, and halts before the next ring", async () => {
    const world = launchFleet(cloud.server, { canary: 1, early: 1, general: 0 });
    const canary = world.instances.get("canary-clinic-0") ?? "";
    // The update goes well; by the end of the bake ORCA has stopped answering (set when the flow next reads the fleet).
    const deps = depsFor(cloud.clients, cloud.settled);
    const fleet = {
      inventory: async () => {
        if (cloud.server.ssm.setOrca(canary, {}).version === "5.2.1")
          cloud.server.ssm.setOrca(canary, { health: "down" });
        return deps.fleet.inventory();
      },
    };
    const input = applyInput(world, { policy: openPolicy({ waveSizes: [1], errorBudget: 0 }) });
    const result = await applyRollout({ ...deps, fleet }, input);
    expect(result.status).toBe("halted");
    const failed = clinicResults(result.plan, result.instances).filter((r) => r.state === "failed");
    expect(failed).toMatchObject([{ clinicId: "canary-clinic-0", failure: "unhealthy" }]);
    expect(failed[0]?.error).toMatch(/^(unreachable|http-error|timeout)/);
  });
});
