import { GitHub, getOctokitOptions } from "@actions/github/lib/utils";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { createRepositorySettings } from "../../actions/lib/adapters/github/repository-settings.js";
import { checkGitHub } from "../../actions/lib/flows/doctor/github-checks.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";
import { setUpRepository } from "./github-settings-scenario.js";

/** doctor's GitHub part through the toolkit's own Octokit and adapter, against the local GitHub. */
describe("doctor's GitHub checks against the local GitHub", () => {
  let github: GithubServerHandle;

  beforeAll(async () => {
    github = await startGithubServer();
    github.seedRepository({ owner: github.owner, repo: github.repo, files: { "README.md": "# fleet\n" } });
    vi.stubEnv("GITHUB_API_URL", github.url);
  });

  afterAll(async () => {
    // Unit files share a worker (vitest.config.ts): the next file must not reach this server.
    vi.unstubAllEnvs();
    await github?.close();
  });

  const quiet = () => {};
  const log = { warning: quiet, info: quiet, error: quiet, startGroup: quiet, endGroup: quiet };
  const settings = () => createRepositorySettings(createOctokit(github.token, log), github.owner, github.repo);

  it("names each missing setting of a new repository, and passes once it is set up", async () => {
    const before = await checkGitHub(settings());
    expect(before.filter((f) => !f.ok).map((f) => f.id)).toEqual([
      "github.labels",
      "github.environment",
      "github.variables",
      "github.required-checks",
      "github.actions-pull-requests",
    ]);
    const admin = new GitHub(getOctokitOptions(github.token, { baseUrl: github.url }));
    await setUpRepository(admin, { owner: github.owner, repo: github.repo });
    const after = await checkGitHub(settings());
    expect(after.filter((f) => !f.ok)).toEqual([]);
    expect(after.map((f) => f.id)).toContain("github.secrets");
  });
});
