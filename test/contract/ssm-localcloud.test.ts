import {
  DescribeInstanceInformationCommand,
  DescribeInstancePatchStatesCommand,
  GetCommandInvocationCommand,
  GetParameterCommand,
  InvalidParameters,
  InvocationDoesNotExist,
  ListCommandInvocationsCommand,
  ParameterNotFound,
  SendCommandCommand,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResultLine } from "../../actions/lib/core/result-line.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { ssmClient } from "./ssm-oracle.js";

/**
 * The local SSM over HTTP, through the SDK: AWS's exception classes, the admin routes that README.md documents,
 * and a clinic's path from launch to registration to a healthcheck answered from its simulated WebORCA.
 */
let local: AwsServerHandle;
let ssm: SSMClient;

beforeAll(async () => {
  local = await startAwsServer();
  ssm = ssmClient(local.url);
});

afterAll(async () => {
  ssm?.destroy();
  await local?.close();
});

async function admin(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${local.url}/_localcloud/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(response.status, path).toBe(200);
  return response.json();
}

describe("the local SSM through the SDK", () => {
  it("raises AWS's exception classes", async () => {
    await expect(ssm.send(new GetParameterCommand({ Name: "/nothing" }))).rejects.toBeInstanceOf(ParameterNotFound);
    const [instance] = local.ec2.launch({ running: true });
    const id = instance?.instanceId ?? "";
    await expect(
      ssm.send(
        new SendCommandCommand({ DocumentName: "AWS-RunShellScript", InstanceIds: [id], Parameters: { nope: ["x"] } }),
      ),
    ).rejects.toBeInstanceOf(InvalidParameters);
    await admin("PUT", "ssm/settings", { invocationVisibilityMs: 5_000 });
    const sent = await ssm.send(
      new SendCommandCommand({
        DocumentName: "AWS-RunShellScript",
        InstanceIds: [id],
        Parameters: { commands: ["true"] },
      }),
    );
    await expect(
      ssm.send(new GetCommandInvocationCommand({ CommandId: sent.Command?.CommandId, InstanceId: id })),
    ).rejects.toBeInstanceOf(InvocationDoesNotExist);
    await admin("PUT", "ssm/settings", { invocationVisibilityMs: 0 });
  });

  it("registers a launched clinic after the delay and answers the toolkit's healthcheck from its WebORCA", async () => {
    expect(await admin("PUT", "ssm/settings", { registrationDelaySeconds: 0.5 })).toEqual({
      registrationDelaySeconds: 0.5,
      invocationVisibilityMs: 0,
      updateDurationMs: 0,
      firstBootSeconds: 0,
      firstBootFails: false,
    });
    const [instance] = local.ec2.launch({ tags: { "orca-fleet:clinic": "kanda-naika" } });
    const id = instance?.instanceId ?? "";
    const online = async () => {
      const info = await ssm.send(
        new DescribeInstanceInformationCommand({ Filters: [{ Key: "InstanceIds", Values: [id] }] }),
      );
      return info.InstanceInformationList?.[0]?.PingStatus;
    };
    expect(await online()).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await online()).toBe("Online");
    expect(await admin("POST", "ssm/documents")).toEqual({
      created: ["orca-healthcheck", "orca-restart", "orca-update"],
    });
    expect(
      await admin("PUT", `ssm/instances/${id}/orca`, { version: "5.2.1", clockOffsetSeconds: 3_600 }),
    ).toMatchObject({
      version: "5.2.1",
      clockOffsetSeconds: 3_600,
      health: "healthy",
    });
    const sent = await ssm.send(
      new SendCommandCommand({
        DocumentName: "orca-healthcheck",
        Targets: [{ Key: "tag:orca-fleet:clinic", Values: ["kanda-naika"] }],
      }),
    );
    await local.ssm.settle();
    const listed = await ssm.send(
      new ListCommandInvocationsCommand({ CommandId: sent.Command?.CommandId, Details: true }),
    );
    const output = listed.CommandInvocations?.[0]?.CommandPlugins?.[0]?.Output ?? "";
    const line = parseResultLine(output);
    expect(line.ok && line.result).toMatchObject({
      instanceId: id,
      status: "clock-skew",
      apiResult: "0006",
      version: "5.2.1",
    });
  });

  it("answers the healthcheck as a first boot leaves ORCA: not up while it runs, never up when its setup failed", async () => {
    await admin("POST", "reset");
    await admin("POST", "ssm/documents");
    const probe = async (id: string) => {
      const sent = await ssm.send(new SendCommandCommand({ DocumentName: "orca-healthcheck", InstanceIds: [id] }));
      await local.ssm.settle();
      const listed = await ssm.send(
        new ListCommandInvocationsCommand({ CommandId: sent.Command?.CommandId, Details: true }),
      );
      const line = parseResultLine(listed.CommandInvocations?.[0]?.CommandPlugins?.[0]?.Output ?? "");
      return line.ok && line.result.document === "orca-healthcheck" && line.result.v === 2
        ? { status: line.result.status, orca: line.result.services.orca }
        : undefined;
    };
    await admin("PUT", "ssm/settings", { firstBootSeconds: 3_600 });
    const [booting] = local.ec2.launch({ running: true });
    expect(await probe(booting?.instanceId ?? "")).toEqual({ status: "unreachable", orca: false });
    await admin("PUT", "ssm/settings", { firstBootSeconds: 0, firstBootFails: true });
    const [failed] = local.ec2.launch({ running: true });
    expect(await probe(failed?.instanceId ?? "")).toEqual({ status: "unreachable", orca: false });
    expect(local.ssm.orca(failed?.instanceId ?? "")).toMatchObject({ orcaServiceActive: false, restartHeals: false });
    await admin("PUT", "ssm/settings", { firstBootFails: false });
    const [fine] = local.ec2.launch({ running: true });
    expect(await probe(fine?.instanceId ?? "")).toEqual({ status: "healthy", orca: true });
  });

  it("steers reachability and patch state through the admin routes", async () => {
    const [instance] = local.ec2.launch({ running: true });
    const id = instance?.instanceId ?? "";
    expect(await admin("PUT", `ssm/instances/${id}/reachability`, { reachability: "undeliverable" })).toEqual({
      reachability: "undeliverable",
      latencyMs: 0,
    });
    await admin("PUT", `ssm/instances/${id}/patches`, {
      patches: [{ title: "openssl", kbId: "openssl", state: "Missing", severity: "Critical" }],
    });
    const states = await ssm.send(new DescribeInstancePatchStatesCommand({ InstanceIds: [id] }));
    expect(states.InstancePatchStates?.[0]).toMatchObject({ InstanceId: id, MissingCount: 1 });
    const seen = await admin("GET", `ssm/instances/${id}`);
    expect(seen).toMatchObject({
      instanceId: id,
      reachability: "undeliverable",
      orcaUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/i-/),
    });
    const refused = await fetch(`${local.url}/_localcloud/ssm/instances/${id}/orca`, {
      method: "PUT",
      body: JSON.stringify({ health: "sleepy" }),
    });
    expect(refused.status).toBe(400);
  });
});
