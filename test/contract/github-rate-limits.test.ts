import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";

/** The toolkit's Octokit tells a rate limit from a permission error by status and headers alone. */
describe("the toolkit's GitHub client on 403 and 429", () => {
  let github: GithubServerHandle;
  const slept: number[] = [];
  const warnings: string[] = [];

  beforeAll(async () => {
    github = await startGithubServer();
    github.seedRepository({ owner: github.owner, repo: github.repo, files: { "README.md": "x\n" } });
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await github.close();
  });

  const client = () => {
    slept.length = 0;
    warnings.length = 0;
    return createOctokit(
      github.token,
      { ...silentLog, warning: (message) => warnings.push(message) },
      { sleep: async (ms) => void slept.push(ms) },
    );
  };

  it("waits out the local GitHub's injected secondary rate limits for as long as retry-after says", async () => {
    vi.stubEnv("GITHUB_API_URL", github.url);
    github.requests.length = 0;
    github.failNext({ status: 403, retryAfter: 7 });
    github.failNext({ status: 429, retryAfter: 3 });
    const { status } = await client().rest.repos.get({ owner: github.owner, repo: github.repo });
    expect(status).toBe(200);
    expect(github.requests.map((r) => r.status)).toEqual([403, 429, 200]);
    expect(slept).toEqual([7000, 3000]);
    expect(warnings).toHaveLength(2);
  });

  it("gives up after its retries when the limit does not lift", async () => {
    vi.stubEnv("GITHUB_API_URL", github.url);
    github.requests.length = 0;
    github.failNext({ status: 429, retryAfter: 1, count: 4 });
    await expect(client().rest.repos.get({ owner: github.owner, repo: github.repo })).rejects.toMatchObject({
      status: 429,
    });
    expect(github.requests.map((r) => r.status)).toEqual([429, 429, 429, 429]);
  });

  describe("against a server that refuses for want of permission", () => {
    let server: Server;
    let calls = 0;

    beforeAll(async () => {
      // The local GitHub injects rate limits only; a permission 403 (no retry-after, rate limit left) is made here,
      // worded like a rate limit so that only a client that reads the text would be fooled.
      server = createServer((_request, response) => {
        calls++;
        response.writeHead(403, { "content-type": "application/json", "x-ratelimit-remaining": "4999" });
        response.end(JSON.stringify({ message: "You have exceeded a secondary rate limit (not really)" }));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it("does not retry a 403 that is a permission error", async () => {
      vi.stubEnv("GITHUB_API_URL", `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      calls = 0;
      await expect(client().rest.repos.get({ owner: "o", repo: "r" })).rejects.toMatchObject({ status: 403 });
      expect(calls).toBe(1);
      expect(slept).toEqual([]);
    });
  });
});
