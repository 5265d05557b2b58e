import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOctokit, type Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";

/** The toolkit's own Octokit (retry and throttling plugins) against the local GitHub's injected failures. */
describe("the toolkit's GitHub client rides out rate limits and server errors", () => {
  let github: GithubServerHandle;
  let octokit: Octokit;
  const warnings: string[] = [];

  beforeAll(async () => {
    github = await startGithubServer();
    github.seedRepository({ owner: github.owner, repo: github.repo, files: { "README.md": "x\n" } });
    vi.stubEnv("GITHUB_API_URL", github.url);
    octokit = createOctokit(github.token, { ...silentLog, warning: (message) => warnings.push(message) });
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    await github.close();
  });

  it("waits out a secondary rate limit (403, then 429) and succeeds", async () => {
    github.requests.length = 0;
    github.failNext({ status: 403, retryAfter: 1 });
    github.failNext({ status: 429, retryAfter: 1 });
    const { status } = await octokit.rest.repos.get({ owner: github.owner, repo: github.repo });
    expect(status).toBe(200);
    expect(github.requests.map((r) => r.status)).toEqual([403, 429, 200]);
    expect(warnings.filter((w) => w.includes("secondary rate limit"))).toHaveLength(2);
  });

  it("retries a 502 and succeeds", async () => {
    github.requests.length = 0;
    github.failNext({ status: 502 });
    const { status } = await octokit.rest.repos.get({ owner: github.owner, repo: github.repo });
    expect(status).toBe(200);
    expect(github.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  it("surfaces a 404 at once, without retrying", async () => {
    github.requests.length = 0;
    await expect(
      octokit.rest.issues.get({ owner: github.owner, repo: github.repo, issue_number: 404 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(github.requests.map((r) => r.status)).toEqual([404]);
  });
});
