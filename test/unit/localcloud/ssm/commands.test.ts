import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseResultLine } from "../../../../actions/lib/core/result-line.js";
import { agentUser } from "../../../localcloud/aws/ssm/agents/agent-user.js";
import { scratchDir } from "../../../localcloud/aws/ssm/agents/shell.js";
import { createSsmService } from "../../../localcloud/aws/ssm/index.js";
import { fakeContext, instanceIdOf } from "./fake-context.js";

const commandSchema = z.object({ Command: z.object({ CommandId: z.string() }) });
const invocationSchema = z.object({
  Status: z.string(),
  StatusDetails: z.string(),
  ResponseCode: z.number(),
  StandardOutputContent: z.string(),
  StandardErrorContent: z.string(),
});
const listSchema = z.object({
  CommandInvocations: z.array(
    z.object({
      InstanceId: z.string(),
      Status: z.string(),
      StatusDetails: z.string(),
      CommandPlugins: z.array(z.object({ Output: z.string(), Name: z.string() })),
    }),
  ),
  NextToken: z.string().optional(),
});
const commandsSchema = z.object({
  Commands: z.array(
    z.object({
      Status: z.string(),
      StatusDetails: z.string(),
      ErrorCount: z.number(),
      CompletedCount: z.number(),
      TargetCount: z.number(),
    }),
  ),
});

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function setup(
  count = 3,
  tags: (n: number) => Record<string, string> = (n) => ({
    "orca-fleet:clinic": `c${n}`,
    ring: n % 2 ? "canary" : "general",
  }),
) {
  const context = fakeContext();
  const ids = Array.from({ length: count }, (_, i) => context.launch(instanceIdOf(i + 1), tags(i + 1)).instanceId);
  const ssm = createSsmService(context);
  closers.push(() => ssm.close());
  return { context, ids, ssm };
}

async function send(ssm: ReturnType<typeof setup>["ssm"], input: Record<string, unknown>): Promise<string> {
  return commandSchema.parse(await ssm.handle("SendCommand", input)).Command.CommandId;
}

/** One AWS-RunShellScript command to one instance, the shape most of these tests send. */
function sendShell(ssm: ReturnType<typeof setup>["ssm"], instanceId: string, commands: string[]): Promise<string> {
  return send(ssm, { DocumentName: "AWS-RunShellScript", InstanceIds: [instanceId], Parameters: { commands } });
}

async function invocation(ssm: ReturnType<typeof setup>["ssm"], commandId: string, instanceId: string) {
  return invocationSchema.parse(
    await ssm.handle("GetCommandInvocation", { CommandId: commandId, InstanceId: instanceId }),
  );
}

describe("Run Command with AWS-RunShellScript", () => {
  it("runs the commands for real with bash, with ORCA_URL and the instance id in the environment", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [id],
      Parameters: {
        commands: [
          "echo hi",
          'echo "$AWS_SSM_INSTANCE_ID"',
          'curl -s -X POST "$ORCA_URL/api/api01rv2/systeminfv2?format=json" -d "{}"',
          "echo oops >&2",
        ],
      },
    });
    await ssm.settle();
    const result = await invocation(ssm, commandId, id);
    const [hi, instance, orca] = result.StandardOutputContent.split("\n");
    expect(hi).toBe("hi");
    expect(instance).toBe(id);
    expect(orca).toContain('"Api_Result":"0001"');
    expect(result).toMatchObject({ Status: "Success", ResponseCode: 0, StandardErrorContent: "oops\n" });
  });

  it("runs scripts as an unprivileged user in the instance's own scratch folder, never as root", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [id],
      Parameters: {
        commands: ["id -u", "pwd", "echo kept > disk.txt && cat disk.txt", "touch /etc/orca-fleet-x || echo refused"],
      },
    });
    await ssm.settle();
    const result = await invocation(ssm, commandId, id);
    const [uid, cwd, written, etc] = result.StandardOutputContent.trim().split("\n");
    expect(Number(uid)).not.toBe(0);
    expect(Number(uid)).toBe(agentUser().uid);
    expect(cwd).toBe(scratchDir(id));
    expect(written).toBe("kept");
    expect(etc).toBe("refused");
  });

  it("enforces executionTimeout and reports a non-zero exit as Failed", async () => {
    const { ssm, ids } = setup(2);
    const [a = "", b = ""] = ids;
    const slow = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [a],
      Parameters: { commands: ["sleep 20"], executionTimeout: ["1"] },
    });
    const failing = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: [b],
      Parameters: { commands: ["exit 3"] },
    });
    await ssm.settle();
    expect(await invocation(ssm, slow, a)).toMatchObject({ Status: "TimedOut", StatusDetails: "ExecutionTimedOut" });
    expect(await invocation(ssm, failing, b)).toMatchObject({ Status: "Failed", ResponseCode: 3 });
  });

  it("cuts plugin output at 2,500 characters in the list and 24,000 in GetCommandInvocation", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    const commandId = await sendShell(ssm, id, ["head -c 30000 /dev/zero | tr '\\0' x"]);
    await ssm.settle();
    const list = listSchema.parse(await ssm.handle("ListCommandInvocations", { CommandId: commandId, Details: true }));
    expect(list.CommandInvocations[0]?.CommandPlugins[0]?.Output).toHaveLength(2_500);
    expect((await invocation(ssm, commandId, id)).StandardOutputContent).toHaveLength(24_000);
  });

  it("checks Parameters against the document", async () => {
    const { ssm, ids } = setup(1);
    const base = { DocumentName: "AWS-RunShellScript", InstanceIds: ids };
    await expect(ssm.handle("SendCommand", { ...base, Parameters: { command: ["x"] } })).rejects.toMatchObject({
      code: "InvalidParameters",
    });
    await expect(ssm.handle("SendCommand", { ...base, Parameters: {} })).rejects.toMatchObject({
      code: "InvalidParameters",
    });
    await expect(
      ssm.handle("SendCommand", { ...base, Parameters: { commands: ["x"], executionTimeout: ["soon"] } }),
    ).rejects.toMatchObject({ code: "InvalidParameters" });
    await expect(
      ssm.handle("SendCommand", { ...base, DocumentName: "No-Such-Doc", Parameters: { commands: ["x"] } }),
    ).rejects.toMatchObject({ code: "InvalidDocument" });
  });

  it("refuses more than 50 instance ids, unknown ones, duplicates and more than 5 targets", async () => {
    const { ssm, ids } = setup(1);
    const base = { DocumentName: "AWS-RunShellScript", Parameters: { commands: ["true"] } };
    const many = Array.from({ length: 51 }, (_, i) => instanceIdOf(i + 1));
    await expect(ssm.handle("SendCommand", { ...base, InstanceIds: many })).rejects.toMatchObject({
      code: "ValidationException",
    });
    await expect(ssm.handle("SendCommand", { ...base, InstanceIds: [instanceIdOf(99)] })).rejects.toMatchObject({
      code: "InvalidInstanceId",
    });
    await expect(ssm.handle("SendCommand", { ...base, InstanceIds: [...ids, ...ids] })).rejects.toMatchObject({
      code: "DuplicateInstanceId",
    });
    const targets = Array.from({ length: 6 }, (_, i) => ({ Key: `tag:k${i}`, Values: ["v"] }));
    await expect(ssm.handle("SendCommand", { ...base, Targets: targets })).rejects.toMatchObject({
      code: "ValidationException",
    });
  });

  it("answers InvocationDoesNotExist for a settable window right after the send", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    ssm.configure({ invocationVisibilityMs: 300 });
    const commandId = await sendShell(ssm, id, ["true"]);
    await expect(ssm.handle("GetCommandInvocation", { CommandId: commandId, InstanceId: id })).rejects.toMatchObject({
      code: "InvocationDoesNotExist",
    });
    await new Promise((r) => setTimeout(r, 350));
    await ssm.settle();
    expect(await invocation(ssm, commandId, id)).toMatchObject({ Status: "Success" });
  });

  it("lets a test await an invocation's status, and says so when it ended in another", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    const commandId = await sendShell(ssm, id, ["true"]);
    await ssm.reached(commandId, id, "Success");
    expect(await invocation(ssm, commandId, id)).toMatchObject({ Status: "Success" });
    await expect(ssm.reached(commandId, id, "Delayed")).rejects.toThrow(/ended Success before it was Delayed/);
    await expect(ssm.reached(commandId, "i-00000000000000999", "Success")).rejects.toThrow(/was not sent to/);
  });

  it("cancels a running command", async () => {
    const { ssm, ids } = setup(1);
    const [id = ""] = ids;
    const commandId = await sendShell(ssm, id, ["sleep 30"]);
    await ssm.reached(commandId, id, "InProgress");
    expect(await ssm.handle("CancelCommand", { CommandId: commandId })).toEqual({});
    await ssm.settle();
    expect(await invocation(ssm, commandId, id)).toMatchObject({ Status: "Cancelled" });
    const listed = commandsSchema.parse(await ssm.handle("ListCommands", { CommandId: commandId }));
    expect(listed.Commands[0]).toMatchObject({ Status: "Cancelled" });
    await expect(
      ssm.handle("CancelCommand", { CommandId: "00000000-0000-0000-0000-000000000000" }),
    ).rejects.toMatchObject({ code: "InvalidCommandId" });
  });
});

describe("targets, concurrency and errors", () => {
  it("sends to instances by tag and lists invocations 50 a page", async () => {
    const { ssm } = setup(60, () => ({ "orca-fleet:managed-by": "orca-fleet" }));
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      Targets: [{ Key: "tag:orca-fleet:managed-by", Values: ["orca-fleet"] }],
      Parameters: { commands: ["true"] },
      MaxConcurrency: "100%",
    });
    await ssm.settle();
    const first = listSchema.parse(
      await ssm.handle("ListCommandInvocations", { CommandId: commandId, MaxResults: 50 }),
    );
    expect(first.CommandInvocations).toHaveLength(50);
    const second = listSchema.parse(
      await ssm.handle("ListCommandInvocations", { CommandId: commandId, NextToken: first.NextToken }),
    );
    expect(second.CommandInvocations).toHaveLength(10);
    expect(second.NextToken).toBeUndefined();
    await expect(ssm.handle("ListCommandInvocations", { CommandId: commandId, MaxResults: 51 })).rejects.toMatchObject({
      code: "ValidationException",
    });
  });

  it("runs no more than MaxConcurrency at once", async () => {
    const { ssm, ids } = setup(6);
    for (const id of ids) ssm.setReachability(id, "ok", 50);
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: ids,
      Parameters: { commands: ["true"] },
      MaxConcurrency: "2",
    });
    await ssm.settle();
    expect(ssm.peakConcurrency(commandId)).toBe(2);
    const pct = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: ids,
      Parameters: { commands: ["true"] },
      MaxConcurrency: "50%",
    });
    await ssm.settle();
    expect(ssm.peakConcurrency(pct)).toBe(3);
  });

  it("stops sending once errors exceed MaxErrors", async () => {
    const { ssm, ids } = setup(6);
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: ids,
      Parameters: { commands: ["exit 1"] },
      MaxConcurrency: "1",
      MaxErrors: "1",
    });
    await ssm.settle();
    const listed = commandsSchema.parse(await ssm.handle("ListCommands", { CommandId: commandId }));
    expect(listed.Commands[0]).toMatchObject({ Status: "Failed", ErrorCount: 2, TargetCount: 6, CompletedCount: 6 });
    const list = listSchema.parse(await ssm.handle("ListCommandInvocations", { CommandId: commandId }));
    expect(list.CommandInvocations.map((i) => i.Status)).toEqual([
      "Failed",
      "Failed",
      "Cancelled",
      "Cancelled",
      "Cancelled",
      "Cancelled",
    ]);
  });

  it("simulates unreachable agents; Undeliverable does not count toward MaxErrors", async () => {
    const { ssm, ids, context } = setup(5);
    const [a = "", b = "", c = "", d = "", e = ""] = ids;
    ssm.setReachability(a, "undeliverable");
    ssm.setReachability(b, "delivery-timeout");
    ssm.setReachability(c, "slow");
    ssm.setReachability(d, "connection-lost");
    context.setState(e, "stopped");
    const commandId = await send(ssm, {
      DocumentName: "AWS-RunShellScript",
      InstanceIds: ids,
      Parameters: { commands: ["true"] },
      MaxErrors: "5",
      TimeoutSeconds: 30,
    });
    await ssm.reached(commandId, d, "Delayed");
    expect(await invocation(ssm, commandId, d)).toMatchObject({ Status: "Delayed" });
    ssm.setReachability(d, "ok");
    context.advance(31_000);
    await ssm.settle();
    const statuses = Object.fromEntries(
      listSchema
        .parse(await ssm.handle("ListCommandInvocations", { CommandId: commandId }))
        .CommandInvocations.map((i) => [i.InstanceId, i.StatusDetails]),
    );
    expect(statuses).toEqual({
      [a]: "Undeliverable",
      [b]: "DeliveryTimedOut",
      [c]: "ExecutionTimedOut",
      [d]: "Success",
      [e]: "DeliveryTimedOut",
    });
    const listed = commandsSchema.parse(await ssm.handle("ListCommands", { CommandId: commandId }));
    expect(listed.Commands[0]).toMatchObject({ ErrorCount: 1, Status: "Failed", StatusDetails: "Incomplete" });
  });
});

describe("the toolkit's documents", () => {
  it("answers orca-healthcheck from the simulated state with a contract line, without running it", async () => {
    const { ssm, ids } = setup(3);
    const [a = "", b = "", c = ""] = ids;
    expect(ssm.seedToolkitDocuments()).toEqual(["orca-healthcheck", "orca-restart", "orca-update"]);
    ssm.setOrca(b, { health: "api-error", apiErrorResult: "0089" });
    ssm.setOrca(c, { version: "5.2.1", clockOffsetSeconds: 7_200 });
    const commandId = await send(ssm, { DocumentName: "orca-healthcheck", InstanceIds: ids, MaxErrors: "100%" });
    await ssm.settle();
    const lines = await Promise.all(
      ids.map(async (id) => parseResultLine((await invocation(ssm, commandId, id)).StandardOutputContent)),
    );
    expect(
      lines.map((l) =>
        l.ok && l.result.document === "orca-healthcheck"
          ? [l.result.instanceId, l.result.status, l.result.apiResult, l.result.version]
          : l,
      ),
    ).toEqual([
      [a, "healthy", "0000", "5.2.0"],
      [b, "api-error", "0089", "5.2.0"],
      [c, "clock-skew", "0006", "5.2.1"],
    ]);
    expect(await invocation(ssm, commandId, b)).toMatchObject({ Status: "Failed", ResponseCode: 1 });
  });

  it("answers orca-healthcheck's v2 line with the services, masters, certificate and disk set on the instance", async () => {
    const { ssm, ids } = setup(1);
    const [a = ""] = ids;
    ssm.seedToolkitDocuments();
    ssm.setOrca(a, {
      mastersBehind: ["病名マスタ"],
      certificateDaysLeft: 12,
      freeDiskMb: 800,
      diskSizeMb: 40_000,
      postgresqlActive: false,
    });
    const commandId = await send(ssm, { DocumentName: "orca-healthcheck", InstanceIds: ids });
    await ssm.settle();
    const line = parseResultLine((await invocation(ssm, commandId, a)).StandardOutputContent);
    expect(line.ok && line.result).toMatchObject({
      v: 2,
      status: "masters-behind",
      services: { orca: true, postgresql: false },
      masters: { behind: 1, names: ["病名マスタ"] },
      certificateDaysLeft: 12,
      disk: { freeMb: 800, freePercent: 2 },
    });
  });

  it("heals a broken ORCA with orca-restart when a restart heals it", async () => {
    const { ssm, ids } = setup(2);
    const [a = "", b = ""] = ids;
    ssm.seedToolkitDocuments();
    ssm.setOrca(a, { health: "hung", restartHeals: true });
    ssm.setOrca(b, { health: "down", restartHeals: false });
    const commandId = await send(ssm, { DocumentName: "orca-restart", InstanceIds: ids, MaxErrors: "1" });
    await ssm.settle();
    expect(ssm.orca(a).health).toBe("healthy");
    expect(ssm.orca(b).health).toBe("down");
    const b1 = parseResultLine((await invocation(ssm, commandId, b)).StandardOutputContent);
    expect(b1.ok && b1.result).toMatchObject({ document: "orca-restart", status: "unreachable", ok: false });
  });

  it("checks a toolkit document's parameters against its allowedPattern", async () => {
    const { ssm, ids } = setup(1);
    ssm.seedToolkitDocuments();
    await expect(
      ssm.handle("SendCommand", {
        DocumentName: "orca-healthcheck",
        InstanceIds: ids,
        Parameters: { probeTimeoutSeconds: ["999"] },
      }),
    ).rejects.toMatchObject({ code: "InvalidParameters" });
  });
});
