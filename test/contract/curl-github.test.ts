import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoPath, repoRoot } from "../localcloud/runner/paths.js";

const run = promisify(execFile);

/** `npm run localcloud` in the foreground, as a person starts it, reached with curl. */
describe("curl against the local GitHub started by the CLI", () => {
  let cli: ChildProcess;
  const env: Record<string, string> = {};

  beforeAll(async () => {
    cli = spawn(
      repoPath("node_modules", ".bin", "tsx"),
      ["test/localcloud/cli.ts", "--aws-port", "0", "--github-port", "0"],
      {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let printed = "";
    cli.stdout?.setEncoding("utf8");
    for await (const chunk of cli.stdout ?? []) {
      printed += String(chunk);
      if (printed.includes("Ctrl-C")) break;
    }
    for (const [, key = "", value = ""] of printed.matchAll(/^export (\w+)=(\S+)$/gm)) env[key] = value;
  });

  afterAll(() => {
    if (cli.exitCode === null) cli.kill("SIGKILL");
  });

  const curl = async (args: string[]) => {
    const { stdout } = await run("curl", ["-s", "-w", "\n%{http_code}", ...args]);
    const status = Number(stdout.slice(stdout.lastIndexOf("\n") + 1));
    return { status, body: JSON.parse(stdout.slice(0, stdout.lastIndexOf("\n"))) };
  };

  it("creates an issue and a comment with a token", async () => {
    const api = `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}`;
    const auth = ["-H", `Authorization: Bearer ${env.GITHUB_TOKEN}`];
    const issue = await curl([...auth, "-X", "POST", `${api}/issues`, "-d", '{"title":"Sapporo: ORCA down"}']);
    expect(issue).toMatchObject({ status: 201, body: { number: 1, title: "Sapporo: ORCA down", state: "open" } });
    const comment = await curl([...auth, "-X", "POST", `${api}/issues/1/comments`, "-d", '{"body":"Restarted."}']);
    expect(comment).toMatchObject({
      status: 201,
      body: { body: "Restarted.", user: { login: "github-actions[bot]" } },
    });
  });

  it("refuses a request without a token", async () => {
    const api = `${env.GITHUB_API_URL}/repos/${env.GITHUB_REPOSITORY}`;
    const refused = await curl(["-X", "POST", `${api}/issues`, "-d", '{"title":"x"}']);
    expect(refused).toMatchObject({ status: 401, body: { message: "Bad credentials" } });
  });

  it("stops cleanly on SIGINT", async () => {
    cli.kill("SIGINT");
    const [code] = await once(cli, "exit");
    expect(code).toBe(0);
  });
});
