import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { repoPath, repoRoot } from "../localcloud/runner/paths.js";

/**
 * Issue 3's "done when", from the outside: `npm run localcloud` started as a person starts it, its printed
 * environment taken at its word, and only tools nobody here wrote (the AWS CLI v2 and curl) talking to it.
 */
const run = promisify(execFile);
const startupMs = 60_000;
const toolMs = 30_000;

const printedEnv = z.object({
  AWS_ENDPOINT_URL: z.url(),
  AWS_REGION: z.string().min(1),
  AWS_ACCESS_KEY_ID: z.string().min(1),
  AWS_SECRET_ACCESS_KEY: z.string().min(1),
  GITHUB_API_URL: z.url(),
  GITHUB_REPOSITORY: z.string().regex(/^[^/]+\/[^/]+$/),
  GITHUB_TOKEN: z.string().min(1),
});
type PrintedEnv = z.infer<typeof printedEnv>;

const failedRun = z.object({ code: z.number(), stdout: z.string(), stderr: z.string() });

/** A port free on 127.0.0.1 right now: the OS picks it, and it is released for the CLI to take. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return address.port;
}

/** Whether something accepts connections on the port (refused, or no answer within a second, means no). */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port, timeout: 1000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The CLI's stdout up to the line that says it is ready, or a failure if it exits or takes too long. */
async function readyOutput(cli: ChildProcess): Promise<string> {
  const stdout = cli.stdout;
  if (stdout === null) throw new Error("the CLI has no stdout");
  stdout.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let printed = "";
    const timer = setTimeout(() => reject(new Error(`the CLI printed no environment in time:\n${printed}`)), startupMs);
    stdout.on("data", (chunk: string) => {
      printed += chunk;
      if (printed.includes("Ctrl-C")) {
        clearTimeout(timer);
        resolve(printed);
      }
    });
    cli.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the CLI exited (${code}) before it was ready:\n${printed}`));
    });
  });
}

describe("npm run localcloud, driven by the AWS CLI and curl", () => {
  let cli: ChildProcess;
  let awsPort: number;
  let githubPort: number;
  let env: PrintedEnv;
  let awsEnv: NodeJS.ProcessEnv;

  beforeAll(async () => {
    awsPort = await freePort();
    githubPort = await freePort();
    // Its own process group, so that afterAll can end tsx and the Node process it starts together.
    cli = spawn(
      repoPath("node_modules", ".bin", "tsx"),
      [
        "test/localcloud/cli.ts",
        "--aws-port",
        String(awsPort),
        "--github-port",
        String(githubPort),
        "--clinics",
        "clinics",
      ],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    const printed = await readyOutput(cli);
    const exported = Object.fromEntries([...printed.matchAll(/^export (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    env = printedEnv.parse(exported);
    awsEnv = {
      PATH: process.env.PATH,
      HOME: mkdtempSync(join(tmpdir(), "localcloud-cli-")),
      AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY,
      AWS_DEFAULT_REGION: env.AWS_REGION,
      AWS_PAGER: "",
    };
  }, startupMs + 5000);

  afterAll(() => {
    if (cli.pid !== undefined && cli.exitCode === null && cli.signalCode === null) process.kill(-cli.pid, "SIGKILL");
  });

  /** /usr/bin/aws (v2.9 ignores AWS_ENDPOINT_URL, so the endpoint goes in --endpoint-url), failures included. */
  const aws = async (...args: string[]) => {
    const argv = ["--endpoint-url", env.AWS_ENDPOINT_URL, "--output", "json", ...args];
    try {
      const { stdout, stderr } = await run("/usr/bin/aws", argv, { env: awsEnv, timeout: toolMs });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return failedRun.parse(error);
    }
  };
  const awsJson = async <S extends z.ZodType>(schema: S, ...args: string[]): Promise<z.infer<S>> => {
    const result = await aws(...args);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    return schema.parse(JSON.parse(result.stdout));
  };

  const curl = async (...args: string[]) => {
    const { stdout } = await run("curl", ["-s", "--max-time", "10", "-w", "\n%{http_code}", ...args], {
      timeout: toolMs,
    });
    const end = stdout.lastIndexOf("\n");
    return { status: Number(stdout.slice(end + 1)), body: JSON.parse(stdout.slice(0, end)) };
  };

  it("prints the environment for the ports it was given, on loopback", () => {
    expect(env.AWS_ENDPOINT_URL).toBe(`http://127.0.0.1:${awsPort}`);
    expect(env.GITHUB_API_URL).toBe(`http://127.0.0.1:${githubPort}`);
  });

  const batch = ["Name=tag:e2e:batch,Values=cli"];
  const instancesPage = z.object({
    Reservations: z.array(z.object({ Instances: z.array(z.object({ InstanceId: z.string() })) })),
    NextToken: z.string().optional(),
  });

  it("runs tagged instances and finds them by tag, page by page", { timeout: 4 * toolMs }, async () => {
    const launched: string[] = [];
    // Three launches make three reservations, so that --max-items 2 leaves a NextToken to follow.
    for (const clinic of ["sapporo", "sendai", "naha"]) {
      const answer = await awsJson(
        z.object({ Instances: z.array(z.object({ InstanceId: z.string() })) }),
        "ec2",
        "run-instances",
        "--image-id",
        "ami-0d52744d6551d851e",
        "--instance-type",
        "t3.medium",
        "--count",
        "2",
        "--tag-specifications",
        `ResourceType=instance,Tags=[{Key=e2e:batch,Value=cli},{Key=e2e:clinic,Value=${clinic}}]`,
      );
      launched.push(...answer.Instances.map((i) => i.InstanceId));
    }
    expect(launched).toHaveLength(6);

    const found: string[] = [];
    let token: string | undefined;
    for (let page = 0; page < 10; page++) {
      const starting = token === undefined ? [] : ["--starting-token", token];
      const answer = await awsJson(
        instancesPage,
        "ec2",
        "describe-instances",
        "--filters",
        ...batch,
        "--page-size",
        "5",
        "--max-items",
        "2",
        ...starting,
      );
      found.push(...answer.Reservations.flatMap((r) => r.Instances.map((i) => i.InstanceId)));
      if (page === 0) expect(answer.NextToken).toEqual(expect.any(String));
      token = answer.NextToken;
      if (token === undefined) break;
    }
    expect(token).toBeUndefined();
    expect(found.toSorted()).toEqual(launched.toSorted());
  });

  it("puts a parameter and reads it back; a missing one is ParameterNotFound", async () => {
    const put = await awsJson(
      z.object({ Version: z.number() }),
      "ssm",
      "put-parameter",
      "--name",
      "/e2e/greeting",
      "--value",
      "hello",
      "--type",
      "String",
    );
    expect(put.Version).toBe(1);
    const got = await awsJson(
      z.object({ Parameter: z.object({ Value: z.string(), Version: z.number() }) }),
      "ssm",
      "get-parameter",
      "--name",
      "/e2e/greeting",
    );
    expect(got.Parameter).toEqual(expect.objectContaining({ Value: "hello", Version: 1 }));
    const missing = await aws("ssm", "get-parameter", "--name", "/e2e/missing");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("ParameterNotFound");
  });

  it("runs `echo hi` on the tagged instances and shows `hi` in the invocations", { timeout: 4 * toolMs }, async () => {
    const sent = await awsJson(
      z.object({ Command: z.object({ CommandId: z.string() }) }),
      "ssm",
      "send-command",
      "--document-name",
      "AWS-RunShellScript",
      "--targets",
      "Key=tag:e2e:batch,Values=cli",
      "--parameters",
      'commands=["echo hi"]',
    );
    const invocations = z.object({
      CommandInvocations: z.array(
        z.object({
          InstanceId: z.string(),
          Status: z.string(),
          CommandPlugins: z.array(z.object({ Output: z.string().optional() })),
        }),
      ),
    });
    const terminal = new Set(["Success", "Failed", "Cancelled", "TimedOut", "Undeliverable", "Terminated"]);
    let listed: z.infer<typeof invocations> = { CommandInvocations: [] };
    // The instances boot and register within seconds; 40 polls half a second apart bound the wait.
    for (let poll = 0; poll < 40; poll++) {
      listed = await awsJson(
        invocations,
        "ssm",
        "list-command-invocations",
        "--command-id",
        sent.Command.CommandId,
        "--details",
      );
      const done =
        listed.CommandInvocations.length === 6 && listed.CommandInvocations.every((i) => terminal.has(i.Status));
      if (done) break;
      await delay(500);
    }
    expect(listed.CommandInvocations).toHaveLength(6);
    for (const invocation of listed.CommandInvocations) {
      expect(invocation.Status).toBe("Success");
      expect(invocation.CommandPlugins[0]?.Output).toBe("hi\n");
    }
  });

  it("creates an issue and a comment with the token, and refuses a request without one", async () => {
    const api = `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}`;
    const auth = ["-H", `Authorization: Bearer ${env.GITHUB_TOKEN}`];
    const issue = await curl(...auth, "-X", "POST", `${api}/issues`, "-d", '{"title":"Sendai: ORCA slow"}');
    expect(issue).toMatchObject({ status: 201, body: { title: "Sendai: ORCA slow", state: "open" } });
    const number = z.object({ number: z.number() }).parse(issue.body).number;
    const comment = await curl(...auth, "-X", "POST", `${api}/issues/${number}/comments`, "-d", '{"body":"Looking."}');
    expect(comment).toMatchObject({ status: 201, body: { body: "Looking.", user: { login: "github-actions[bot]" } } });
    const refused = await curl("-X", "POST", `${api}/issues`, "-d", '{"title":"anonymous"}');
    expect(refused).toMatchObject({ status: 401, body: { message: "Bad credentials" } });
  });

  it("stops on SIGINT with exit code 0 and closes both ports", { timeout: 20_000 }, async () => {
    const exited = new Promise<number | null>((resolve) => cli.once("exit", (code) => resolve(code)));
    cli.kill("SIGINT");
    const code = await Promise.race([exited, delay(15_000, "still running")]);
    expect(code).toBe(0);
    expect(await listening(awsPort)).toBe(false);
    expect(await listening(githubPort)).toBe(false);
  });
});

describe("npm run localcloud, stopped by npm's pid", () => {
  it("says what runs where, and stops both servers when SIGTERM reaches npm", {
    timeout: startupMs + 30_000,
  }, async () => {
    const awsPort = await freePort();
    const githubPort = await freePort();
    const npm = spawn(
      "npm",
      ["run", "localcloud", "--", "--aws-port", String(awsPort), "--github-port", String(githubPort)],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
        detached: true,
      },
    );
    try {
      const printed = await readyOutput(npm);
      expect(printed).toContain("The simulated instances report Ubuntu 22.04");
      expect(printed).toMatch(/AWS-RunShellScript commands run on this host \(.+\) as \S+/);
      expect(await listening(awsPort)).toBe(true);
      const exited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
      // Only npm's own process is signalled, as `kill <pid>` does: not its process group.
      npm.kill("SIGTERM");
      await Promise.race([exited, delay(15_000)]);
      // The server process outlives npm by the time it takes to close its sockets.
      for (
        let waited = 0;
        waited < 10_000 && ((await listening(awsPort)) || (await listening(githubPort)));
        waited += 250
      )
        await delay(250);
      expect(await listening(awsPort)).toBe(false);
      expect(await listening(githubPort)).toBe(false);
    } finally {
      if (npm.pid !== undefined) {
        try {
          process.kill(-npm.pid, "SIGKILL");
        } catch {
          // Already gone with its group.
        }
      }
    }
  });
});
