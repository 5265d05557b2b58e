import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";

/**
 * The AWS CLI v2 (Debian's /usr/bin/aws, not the pyenv v1 on PATH) against the local cloud's SSM: an implementation
 * no one here wrote, with its own serialisation and error handling. This CLI predates AWS_ENDPOINT_URL, so the
 * endpoint goes in --endpoint-url.
 */
const run = promisify(execFile);
let local: AwsServerHandle;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  local = await startAwsServer();
  local.ec2.launch({ count: 2, tags: { "orca-fleet:clinic": "kanda-naika" }, running: true });
  local.ec2.launch({ tags: { "orca-fleet:clinic": "other" }, running: true });
  env = {
    PATH: process.env.PATH,
    HOME: mkdtempSync(join(tmpdir(), "awscli-home-")),
    AWS_ACCESS_KEY_ID: "test",
    AWS_SECRET_ACCESS_KEY: "test",
    AWS_DEFAULT_REGION: "ap-northeast-1",
    AWS_PAGER: "",
  };
});

afterAll(async () => {
  await local?.close();
});

async function aws(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("/usr/bin/aws", ["--endpoint-url", local.url, "--output", "json", ...args], {
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }).parse(error);
    return failed;
  }
}

function json<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  return schema.parse(JSON.parse(text));
}

describe("aws ssm against the local cloud", () => {
  it("puts a parameter, reads it back, and misses one with ParameterNotFound", async () => {
    const put = await aws(
      "ssm",
      "put-parameter",
      "--name",
      "/orca-fleet/ami",
      "--value",
      "ami-0123456789abcdef0",
      "--type",
      "String",
      "--data-type",
      "aws:ec2:image",
    );
    expect(put.code, put.stderr).toBe(0);
    expect(json(z.object({ Version: z.number() }), put.stdout).Version).toBe(1);
    const got = await aws("ssm", "get-parameter", "--name", "/orca-fleet/ami");
    expect(
      json(z.object({ Parameter: z.object({ Value: z.string(), Version: z.number() }) }), got.stdout).Parameter,
    ).toEqual({
      Value: "ami-0123456789abcdef0",
      Version: 1,
    });
    const miss = await aws("ssm", "get-parameter", "--name", "/orca-fleet/missing");
    expect(miss.code).not.toBe(0);
    expect(miss.stderr).toContain("ParameterNotFound");
  });

  it("sends a command to a tag target and lists its invocations with details", async () => {
    const sent = await aws(
      "ssm",
      "send-command",
      "--document-name",
      "AWS-RunShellScript",
      "--targets",
      "Key=tag:orca-fleet:clinic,Values=kanda-naika",
      "--parameters",
      'commands=["echo hi"]',
    );
    expect(sent.code, sent.stderr).toBe(0);
    const command = json(
      z.object({ Command: z.object({ CommandId: z.string(), TargetCount: z.number() }) }),
      sent.stdout,
    ).Command;
    expect(command.TargetCount).toBe(2);
    await local.ssm.settle();
    const listed = await aws("ssm", "list-command-invocations", "--command-id", command.CommandId, "--details");
    expect(listed.code, listed.stderr).toBe(0);
    const invocations = json(
      z.object({
        CommandInvocations: z.array(
          z.object({ Status: z.string(), CommandPlugins: z.array(z.object({ Name: z.string(), Output: z.string() })) }),
        ),
      }),
      listed.stdout,
    ).CommandInvocations;
    expect(invocations.map((i) => [i.Status, i.CommandPlugins[0]?.Name, i.CommandPlugins[0]?.Output])).toEqual([
      ["Success", "aws:runShellScript", "hi\n"],
      ["Success", "aws:runShellScript", "hi\n"],
    ]);
  });
});
