import { ListCommandInvocationsCommand, SSMClient } from "@aws-sdk/client-ssm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSsmCommands, type SsmCommands } from "../../actions/lib/adapters/aws/ssm-commands.js";
import { systemClock } from "../../actions/lib/core/ports.js";
import { formatResultLine } from "../../actions/lib/core/result-line.js";
import { testCredentials, testRegion } from "./moto/clients.js";
import { localAwsForFile } from "./support.js";

/**
 * The SSM command runner against the local cloud, which runs AWS-RunShellScript for real and answers the toolkit's
 * documents from each instance's simulated ORCA: batching, resuming by identity, waiting on counts, reading pages,
 * fuller output for failures only, statuses told apart, and throttling survived. Calls are counted by the endpoint.
 */
const local = localAwsForFile(
  (url) =>
    new SSMClient({
      endpoint: url,
      region: testRegion,
      credentials: testCredentials,
      retryMode: "adaptive",
      maxAttempts: 8,
    }),
);
let runner: SsmCommands;
let fleet: string[];
let identityCount = 0;

beforeAll(() => {
  local.server.ssm.seedToolkitDocuments();
  fleet = local.server.ec2
    .launch({ count: 120, tags: { "orca-fleet:clinic": "runner" }, running: true })
    .map((i) => i.instanceId);
  runner = createSsmCommands({
    ssm: local.client,
    clock: systemClock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    // Short waits: the local cloud finishes in milliseconds what AWS takes seconds for.
    backoff: { firstMs: 40, maxMs: 200, factor: 1.5 },
  });
});

beforeEach(() => {
  local.server.ledger.reset();
  local.server.throttle.reset();
  for (const id of fleet) local.server.ssm.setReachability(id, "ok", 0);
  for (const id of fleet) local.server.ssm.setOrca(id, { health: "healthy" });
});

/** A fresh identity per test: a run is found again only by its own. */
const identity = () => `orca-fleet contract runner ${++identityCount}`;
const since = () => new Date(Date.now() - 1000);
const calls = () => local.server.counts();

describe("SSM command runner", () => {
  it("sends 120 instances in 3 SendCommand calls and reads every result line through the contract", async () => {
    const run = await runner.run({
      document: "orca-healthcheck",
      instanceIds: fleet,
      identity: identity(),
      since: since(),
    });
    expect(calls().SendCommand).toBe(3);
    expect(run.sent).toHaveLength(3);
    expect(run.unfinished).toEqual([]);
    expect(run.outcomes.map((o) => o.instanceId)).toEqual(fleet);
    for (const o of run.outcomes) {
      expect(o).toMatchObject({ end: "success", responseCode: 0, fullOutput: false });
      expect(o.result).toMatchObject({
        ok: true,
        result: { document: "orca-healthcheck", instanceId: o.instanceId, status: "healthy" },
      });
    }
    // One page of invocations per command of 40, and no per-instance reads when nothing failed.
    expect(calls().ListCommandInvocations).toBe(3);
    expect(calls().GetCommandInvocation).toBeUndefined();
  });

  it("sends nothing new when re-run with the same identity, and reports the same outcomes", async () => {
    const request = {
      document: "orca-healthcheck",
      instanceIds: fleet.slice(0, 60),
      identity: identity(),
      since: since(),
    };
    const first = await runner.run(request);
    local.server.ledger.resetCounts();
    const again = await runner.run(request);
    expect(calls().SendCommand).toBeUndefined();
    expect(again.sent).toEqual([]);
    expect(again.resumed.sort()).toEqual(first.sent.sort());
    expect(again.outcomes).toEqual(first.outcomes);
    // Asking for more instances under the same identity sends only to the new ones.
    const more = await runner.run({ ...request, instanceIds: fleet.slice(0, 70) });
    expect(calls().SendCommand).toBe(1);
    expect(more.outcomes.map((o) => o.instanceId)).toEqual(fleet.slice(0, 70));
  });

  it("looks the identity up in the commands its caller listed, without listing again, and hands back their last state", async () => {
    const request = {
      document: "orca-healthcheck",
      instanceIds: fleet.slice(0, 60),
      identity: identity(),
      since: since(),
    };
    const known = await runner.list("orca-healthcheck", request.since);
    const first = await runner.run(request, { known });
    expect(first.commands.map((c) => [c.commandId, c.comment, c.status]).sort()).toEqual(
      first.sent.map((id) => [id, request.identity, "Success"]).sort(),
    );
    local.server.ledger.resetCounts();
    // The caller's list kept current with what the first run handed back: nothing is sent, and the one ListCommands
    // is the wait's poll (which finds both commands finished), not a look-up before sending.
    const again = await runner.run(request, { known: [...known, ...first.commands] });
    expect(calls().SendCommand).toBeUndefined();
    expect(calls().ListCommands).toBe(1);
    expect(again.resumed.sort()).toEqual([...first.sent].sort());
    expect(again.outcomes).toEqual(first.outcomes);
  });

  it("never sends twice when SendCommand's answer is lost: the SDK does not retry it, the runner finds it by identity", async () => {
    const ids = fleet.slice(0, 60);
    local.server.ledger.loseNextAnswers({ operation: "SendCommand", count: 2 });
    const run = await runner.run({
      document: "orca-healthcheck",
      instanceIds: ids,
      identity: identity(),
      since: since(),
    });
    // Two batches, both performed with their answers lost: two calls in all, each found again by ListCommands.
    expect(calls().SendCommand).toBe(2);
    expect(run.sent).toHaveLength(2);
    expect(run.outcomes.map((o) => [o.instanceId, o.end])).toEqual(ids.map((id) => [id, "success"]));
    const received: string[] = [];
    for (const commandId of run.sent) {
      const page = await local.client.send(new ListCommandInvocationsCommand({ CommandId: commandId, MaxResults: 50 }));
      received.push(...(page.CommandInvocations ?? []).map((row) => row.InstanceId ?? ""));
    }
    expect(received.sort()).toEqual([...ids].sort());
  });

  it("stops at a deadline with the unfinished instances named, and a later run waits on them instead of resending", async () => {
    const [slow, quick] = fleet;
    if (!slow || !quick) throw new Error("fleet");
    local.server.ssm.setReachability(slow, "ok", 1_500);
    const request = { document: "orca-healthcheck", instanceIds: [slow, quick], identity: identity(), since: since() };
    const first = await runner.run(request, { deadline: new Date(Date.now() + 300) });
    expect(first.unfinished).toEqual([slow]);
    const later = await runner.run(request);
    expect(later.sent).toEqual([]);
    expect(later.unfinished).toEqual([]);
    expect(later.outcomes.map((o) => [o.instanceId, o.end])).toEqual([
      [slow, "success"],
      [quick, "success"],
    ]);
    expect(calls().SendCommand).toBe(1);
  });

  it("tells a failed script, an undeliverable agent and a delivery timeout apart, reading fuller output for the failure only", async () => {
    const [failing, gone, late, fine] = fleet;
    if (!failing || !gone || !late || !fine) throw new Error("fleet");
    local.server.ssm.setOrca(failing, { health: "api-error" });
    local.server.ssm.setReachability(gone, "undeliverable");
    local.server.ssm.setReachability(late, "delivery-timeout");
    const run = await runner.run({
      document: "orca-healthcheck",
      instanceIds: [failing, gone, late, fine],
      identity: identity(),
      since: since(),
      maxErrors: "4",
    });
    expect(run.outcomes.map((o) => [o.instanceId, o.end, o.statusDetails])).toEqual([
      [failing, "failed", "Failed"],
      [gone, "undeliverable", "Undeliverable"],
      [late, "delivery-timed-out", "DeliveryTimedOut"],
      [fine, "success", "Success"],
    ]);
    expect(run.outcomes[0]).toMatchObject({
      fullOutput: true,
      responseCode: 1,
      result: { ok: true, result: { status: "api-error" } },
    });
    expect(run.outcomes[1]?.result).toEqual({ ok: false, error: "no output: the command did not run (undeliverable)" });
    expect(calls().GetCommandInvocation).toBe(1);
  });

  it("reports instances never sent to after MaxErrors as cancelled", async () => {
    const [first, second, third] = fleet;
    if (!first || !second || !third) throw new Error("fleet");
    local.server.ssm.setOrca(first, { health: "down" });
    const run = await runner.run({
      document: "orca-healthcheck",
      instanceIds: [first, second, third],
      identity: identity(),
      since: since(),
      maxConcurrency: "1",
      maxErrors: "0",
    });
    expect(run.outcomes.map((o) => o.end)).toEqual(["failed", "cancelled", "cancelled"]);
    expect(run.outcomes[1]?.result.ok).toBe(false);
  });

  it("reads a failed run's result line past the 2,500 characters ListCommandInvocations keeps, even while it is not yet visible", async () => {
    const [instance] = fleet;
    if (!instance) throw new Error("fleet");
    local.server.ssm.configure({ invocationVisibilityMs: 400 });
    const line = formatResultLine({
      v: 1,
      document: "orca-healthcheck",
      instanceId: instance,
      ok: false,
      status: "api-error",
      httpStatus: 200,
      apiResult: "0089",
      apiResultMessage: "system error",
      jmaReceiptVersion: "050200-1",
      version: "5.2.0",
      databaseLocalVersion: null,
      databaseNewVersion: null,
      elapsedMs: 12,
      at: "2026-11-30T00:00:00Z",
    });
    try {
      const run = await runner.run({
        document: "AWS-RunShellScript",
        parameters: { commands: [`head -c 3000 /dev/zero | tr '\\0' x; echo; echo '${line}'; exit 2`] },
        instanceIds: [instance],
        identity: identity(),
        since: since(),
      });
      const [outcome] = run.outcomes;
      expect(outcome).toMatchObject({
        end: "failed",
        responseCode: 2,
        fullOutput: true,
        result: { ok: true, result: { apiResult: "0089" } },
      });
      expect(outcome?.output.length).toBeGreaterThan(3000);
    } finally {
      local.server.ssm.configure({ invocationVisibilityMs: 0 });
    }
  });

  it("survives SSM throttling on every operation and still sends each batch once", async () => {
    // A client of its own, counting the calls that needed more than one attempt (SSM answered ThrottlingException).
    const client = new SSMClient({
      endpoint: local.server.url,
      region: testRegion,
      credentials: testCredentials,
      retryMode: "adaptive",
      maxAttempts: 8,
    });
    let throttled = 0;
    client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const metadata = (result.output as { $metadata?: { attempts?: number } }).$metadata;
        if ((metadata?.attempts ?? 1) > 1) throttled += 1;
        return result;
      },
      { step: "initialize" },
    );
    const throttledRunner = createSsmCommands({
      ssm: client,
      clock: systemClock,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      backoff: { firstMs: 40, maxMs: 200, factor: 1.5 },
    });
    local.server.throttle.configure({ ssm: { capacity: 2, refillPerSecond: 8 } });
    const id = identity();
    const from = since();
    const run = await throttledRunner.run({
      document: "orca-healthcheck",
      instanceIds: fleet,
      identity: id,
      since: from,
    });
    local.server.throttle.reset();
    client.destroy();
    expect(throttled).toBeGreaterThan(0);
    expect(run.outcomes).toHaveLength(120);
    expect(run.outcomes.every((o) => o.end === "success")).toBe(true);
    // The endpoint saw throttled attempts, but only three commands exist for the identity.
    expect(calls().SendCommand).toBeGreaterThanOrEqual(3);
    expect(await runner.find(id, "orca-healthcheck", from)).toHaveLength(3);
  });

  it("refuses an identity that SendCommand's Comment cannot hold, and ids that are not instances", async () => {
    const base = { document: "orca-healthcheck", since: since() };
    await expect(runner.run({ ...base, instanceIds: fleet.slice(0, 1), identity: "x".repeat(101) })).rejects.toThrow(
      /identity must be 1-100 characters/,
    );
    await expect(runner.run({ ...base, instanceIds: ["clinic-a"], identity: identity() })).rejects.toThrow(
      /instanceIds must be EC2 instance ids/,
    );
    expect(calls().SendCommand).toBeUndefined();
  });
});
