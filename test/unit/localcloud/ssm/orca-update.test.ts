import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseResultLine } from "../../../../actions/lib/core/result-line.js";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext, instanceIdOf } from "./fake-context.js";

/**
 * orca-update sent through the local SSM: the simulated agent answers with the line the script would print, the
 * invocation's status follows the script's exit code, and the instance's simulated ORCA is left as the script
 * would leave the server (the equality with the real script is held by test/unit/ssm-documents/update-contract).
 */
const invocationSchema = z.object({ Status: z.string(), ResponseCode: z.number(), StandardOutputContent: z.string() });
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

type Ssm = ReturnType<typeof createSsmService>;

async function deliver(ssm: Ssm, id: string, target: string) {
  const sent = z.object({ Command: z.object({ CommandId: z.string() }) }).parse(
    await ssm.handle("SendCommand", {
      DocumentName: "orca-update",
      InstanceIds: [id],
      Parameters: { targetRelease: [target], backupBucket: ["orca-fleet-backups"], backupPrefix: ["clinics/c1"] },
    }),
  );
  await ssm.settle();
  const invocation = invocationSchema.parse(
    await ssm.handle("GetCommandInvocation", { CommandId: sent.Command.CommandId, InstanceId: id }),
  );
  const parsed = parseResultLine(invocation.StandardOutputContent);
  if (!parsed.ok || parsed.result.document !== "orca-update") throw new Error(invocation.StandardOutputContent);
  return { invocation, line: parsed.result, orca: ssm.orca(id) };
}

async function update(patch: Parameters<Ssm["setOrca"]>[1], target = "5.2.1") {
  const context = fakeContext();
  const id = context.launch(instanceIdOf(1), { "orca-fleet:clinic": "c1" }).instanceId;
  const ssm = createSsmService(context);
  closers.push(() => ssm.close());
  ssm.seedToolkitDocuments();
  ssm.setOrca(id, patch);
  return { ...(await deliver(ssm, id, target)), again: () => deliver(ssm, id, target) };
}

describe("orca-update in the local cloud", () => {
  it("updates the simulated ORCA, and a second delivery finds it already current", async () => {
    const first = await update({});
    expect(first.line).toMatchObject({ status: "updated", releaseBefore: "5.2.0", releaseAfter: "5.2.1" });
    expect(first.invocation).toMatchObject({ Status: "Success", ResponseCode: 0 });
    expect(first.orca.version).toBe("5.2.1");
    const second = await first.again();
    expect(second.line).toMatchObject({ status: "already-current", backup: null, durationsMs: { lock: 1 } });
    expect(second.orca).toEqual(first.orca);
  });

  it("rolls back a failing program update: Failed with exit 1, the previous release running", async () => {
    const { line, invocation, orca } = await update({ updateFailsFor: ["5.2.1"] });
    expect(line).toMatchObject({ status: "rolled-back", step: "postcheck", releaseAfter: "5.2.0" });
    expect(line.failedDatabase).toMatch(/^orca_failed_[0-9]{14}$/);
    expect(invocation).toMatchObject({ Status: "Failed", ResponseCode: 1 });
    expect(orca).toMatchObject({ version: "5.2.0", health: "healthy", schemaBehind: false });
  });

  it("leaves a failed roll-back's marker, so the next delivery tries the roll-back again", async () => {
    const { line, invocation, orca } = await update({ installFailsFor: ["5.2.1"], rollbackFails: true });
    expect(line).toMatchObject({
      status: "rollback-failed",
      rollbackReason: "reinstalling release 5.2.0 failed (exit 100)",
    });
    expect(invocation.ResponseCode).toBe(2);
    expect(orca.interruptedUpdate).toMatchObject({ step: "rollback", releaseBefore: "5.2.0", target: "5.2.1" });
    expect(orca.health).toBe("down");
  });

  it("answers busy under a held lock and changes nothing", async () => {
    const { line, invocation, orca } = await update({ updateLockHeld: true });
    expect(line).toMatchObject({ status: "busy", step: "lock", releaseBefore: null });
    expect(invocation).toMatchObject({ Status: "Success", ResponseCode: 0 });
    expect(orca.version).toBe("5.2.0");
  });

  it("runs for the configured time before its result, so a benchmark's waves last as long as a real update's", async () => {
    const context = fakeContext();
    const id = context.launch(instanceIdOf(1), { "orca-fleet:clinic": "c1" }).instanceId;
    const ssm = createSsmService(context);
    closers.push(() => ssm.close());
    ssm.seedToolkitDocuments();
    expect(ssm.configure({ updateDurationMs: 600_000 })).toMatchObject({ updateDurationMs: 600_000 });
    const sent = z.object({ Command: z.object({ CommandId: z.string() }) }).parse(
      await ssm.handle("SendCommand", {
        DocumentName: "orca-update",
        InstanceIds: [id],
        Parameters: { targetRelease: ["5.2.1"], backupBucket: ["orca-fleet-backups"], backupPrefix: ["clinics/c1"] },
      }),
    );
    const commandId = sent.Command.CommandId;
    await ssm.reached(commandId, id, "InProgress");
    // Ten minutes from now at the earliest: the update is still running, the server not yet touched.
    expect(await ssm.handle("GetCommandInvocation", { CommandId: commandId, InstanceId: id })).toMatchObject({
      Status: "InProgress",
    });
    expect(ssm.orca(id).version).toBe("5.2.0");
    await ssm.handle("CancelCommand", { CommandId: commandId });
    await ssm.settle();
    expect(ssm.orca(id).version).toBe("5.2.0");
    // Off again (the default), the next delivery answers at once.
    ssm.configure({ updateDurationMs: 0 });
    expect((await deliver(ssm, id, "5.2.1")).line).toMatchObject({ status: "updated", releaseAfter: "5.2.1" });
  });
});
