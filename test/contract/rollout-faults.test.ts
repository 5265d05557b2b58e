import type { SSMClient } from "@aws-sdk/client-ssm";
import type { InitializeMiddleware, MetadataBearer } from "@smithy/types";
import { describe, expect, it } from "vitest";
import { applyRollout } from "../../actions/lib/flows/rollout/apply.js";
import {
  applyInput,
  type Clients,
  clientsFor,
  depsFor,
  launchFleet,
  openPolicy,
  rolloutCloudForFile,
  updateInvocations,
} from "./rollout-world.js";

/**
 * Exactly once, through crashes and lost answers: a dozen clinics in three rings, the run killed after its k-th AWS
 * call for every k (a client middleware throws "process died" and the run is abandoned), then run again; and the
 * same with the k-th call's answer lost (performed, then a 500). Every instance runs orca-update exactly once.
 */
const cloud = rolloutCloudForFile();

class ProcessDied extends Error {
  override name = "ProcessDied";
}

/** Counts every AWS call the clients make and runs `atCall(n)` before the n-th; outside the SDK's retries. */
function instrument(clients: Clients, atCall: (n: number) => void): void {
  let calls = 0;
  const counter: InitializeMiddleware<object, MetadataBearer> = (next) => async (args) => {
    calls += 1;
    atCall(calls);
    return next(args);
  };
  const options = { step: "initialize", name: "orcaFleetTestCallCounter" } as const;
  clients.ec2.middlewareStack.add(counter, options);
  clients.ssm.middlewareStack.add(counter, options);
}

function fresh() {
  cloud.reset();
  return launchFleet(cloud.server, { canary: 2, early: 4, general: 6 });
}

const policy = openPolicy({ waveSizes: [4], errorBudget: 1 });

async function expectEachOnce(world: ReturnType<typeof fresh>, ssm: SSMClient): Promise<void> {
  const runs = (await updateInvocations(ssm)).map((r) => r.instanceId).sort();
  expect(runs).toEqual([...world.instances.values()].sort());
}

describe("rollout exactly once", () => {
  it("a run killed after its k-th AWS call, for every k, then run again, updates every instance exactly once", async () => {
    let k = 1;
    for (; ; k++) {
      const world = fresh();
      const dying = clientsFor(cloud.server, 8, "immediate");
      instrument(dying, (n) => {
        if (n > k) throw new ProcessDied(`process died after call ${k}`);
      });
      let died = false;
      try {
        await applyRollout(depsFor(dying, cloud.settled), applyInput(world, { policy }));
      } catch (error) {
        if (!(error instanceof ProcessDied)) throw error;
        died = true;
      } finally {
        dying.ec2.destroy();
        dying.ssm.destroy();
      }
      const rerun = clientsFor(cloud.server, 8, "immediate");
      const result = await applyRollout(depsFor(rerun, cloud.settled), applyInput(world, { policy }));
      expect(result.status, `k=${k}`).toBe("done");
      await expectEachOnce(world, rerun.ssm);
      rerun.ec2.destroy();
      rerun.ssm.destroy();
      if (!died) break;
    }
    // The whole rollout takes some dozens of calls; every one of them was a crash point.
    expect(k).toBeGreaterThan(20);
  });

  it("the k-th call's answer lost (performed, then a 500), for every k: every instance updated exactly once", async () => {
    let total = Number.POSITIVE_INFINITY;
    for (let k = 1; k <= total; k++) {
      const world = fresh();
      const clients = clientsFor(cloud.server, 8, "immediate");
      let calls = 0;
      instrument(clients, (n) => {
        calls = n;
        if (n === k) cloud.server.ledger.loseNextAnswers({ count: 1 });
      });
      const result = await applyRollout(depsFor(clients, cloud.settled), applyInput(world, { policy }));
      expect(result.status, `k=${k}`).toBe("done");
      await expectEachOnce(world, clients.ssm);
      clients.ec2.destroy();
      clients.ssm.destroy();
      if (k === 1) total = calls;
    }
    expect(total).toBeGreaterThan(20);
  });
});

describe("rollout under throttling", () => {
  /** The EC2 and SSM operations the apply makes, with the code AWS throttles each with. */
  const throttled = [
    { operation: "SendCommand", code: "ThrottlingException", status: 400 },
    { operation: "ListCommands", code: "ThrottlingException", status: 400 },
    { operation: "ListCommandInvocations", code: "ThrottlingException", status: 400 },
    { operation: "GetCommandInvocation", code: "ThrottlingException", status: 400 },
    { operation: "DescribeInstances", code: "RequestLimitExceeded", status: 503 },
    { operation: "CreateTags", code: "RequestLimitExceeded", status: 503 },
  ];
  const twice = 2;

  /** One run on a fresh fleet where general-clinic-0 fails its update (so GetCommandInvocation is called). */
  async function run(throttle: boolean) {
    const world = fresh();
    cloud.server.ssm.setOrca(world.instances.get("general-clinic-0") ?? "", { updateFailsFor: ["5.2.1"] });
    if (throttle) for (const t of throttled) cloud.server.ledger.failNext({ ...t, count: twice });
    const clients = clientsFor(cloud.server, 8, "immediate");
    const result = await applyRollout(depsFor(clients, cloud.settled), applyInput(world, { policy }));
    const counts = cloud.server.counts();
    const commands = (await updateInvocations(clients.ssm)).length;
    clients.ec2.destroy();
    clients.ssm.destroy();
    return { world, result, counts, commands };
  }

  it("completes with each instance updated once and no command or tag write repeated beyond the throttled tries", async () => {
    const calm = await run(false);
    const busy = await run(true);
    expect(busy.result.status).toBe(calm.result.status);
    expect(busy.result.plan.status).toBe(calm.result.plan.status);
    expect(busy.commands).toBe(calm.commands);
    for (const { operation } of throttled) {
      // Every operation was called, and refused twice before it went through.
      expect(calm.counts[operation], operation).toBeGreaterThan(0);
      expect(busy.counts[operation], operation).toBeGreaterThanOrEqual((calm.counts[operation] ?? 0) + twice);
    }
    // Writes: exactly the calm run's plus the two refused tries, nothing sent or tagged again.
    expect(busy.counts.SendCommand).toBe((calm.counts.SendCommand ?? 0) + twice);
    expect(busy.counts.CreateTags).toBe((calm.counts.CreateTags ?? 0) + twice);
    const cloudForCount = clientsFor(cloud.server, 8, "immediate");
    await expectEachOnce(busy.world, cloudForCount.ssm);
    cloudForCount.ec2.destroy();
    cloudForCount.ssm.destroy();
  });
});
