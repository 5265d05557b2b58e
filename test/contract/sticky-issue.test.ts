import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOctokit, type Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { upsertStickyIssue } from "../../actions/lib/adapters/github/sticky-issue.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";

/** One issue kept in place by marker, label and author, against the local GitHub. */

let github: GithubServerHandle;
let octokit: Octokit;
const bot = "github-actions[bot]";

beforeAll(async () => {
  github = await startGithubServer();
  github.seedRepository({ owner: github.owner, repo: github.repo, files: { "README.md": "# fleet\n" } });
  vi.stubEnv("GITHUB_API_URL", github.url);
  octokit = createOctokit(github.token, silentLog);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await github?.close();
});

const repo = () => ({ owner: github.owner, repo: github.repo });
const wanted = (key: string, body: string) => ({ key, label: "weekly-report", title: "Weekly report", body });

describe("upsertStickyIssue", () => {
  it("creates once, then edits the same issue, and writes nothing for an identical one", async () => {
    const created = await upsertStickyIssue(octokit, repo(), wanted("report-a", "week 1"), bot);
    expect(created.outcome).toBe("created");
    const issue = github.store.issue(created.number);
    expect(issue.labels).toEqual(["weekly-report"]);
    expect(issue.body).toBe(`${marker("report-a")}\nweek 1`);
    const edited = await upsertStickyIssue(octokit, repo(), wanted("report-a", "week 2"), bot);
    expect(edited).toMatchObject({ number: created.number, outcome: "updated" });
    github.requests.length = 0;
    const same = await upsertStickyIssue(octokit, repo(), wanted("report-a", "week 2"), bot);
    expect(same).toMatchObject({ number: created.number, outcome: "unchanged" });
    expect(github.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("ignores a person's issue that carries the marker and the label", async () => {
    const forged = github.store.createIssue({
      title: "Weekly report",
      body: `${marker("report-b")}\nnot the bot's`,
      labels: ["weekly-report"],
      user: "hana",
    });
    const result = await upsertStickyIssue(octokit, repo(), wanted("report-b", "the real one"), bot);
    expect(result.outcome).toBe("created");
    expect(result.number).not.toBe(forged.number);
    expect(github.store.issue(forged.number).body).toContain("not the bot's");
  });

  it("reopens the report when someone closed it, rather than opening another", async () => {
    const first = await upsertStickyIssue(octokit, repo(), wanted("report-c", "same"), bot);
    await octokit.rest.issues.update({ ...repo(), issue_number: first.number, state: "closed" });
    const again = await upsertStickyIssue(octokit, repo(), wanted("report-c", "same"), bot);
    expect(again).toMatchObject({ number: first.number, outcome: "updated" });
    expect(github.store.issue(first.number).state).toBe("open");
  });
});
