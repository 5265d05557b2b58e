import { describe, expect, it } from "vitest";
import { upsertStickyIssue } from "../../actions/lib/adapters/github/sticky-issue.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { localGithubForFile } from "./support.js";

/** One issue kept in place by marker, label and author, against the local GitHub. */

const local = localGithubForFile();
const bot = "github-actions[bot]";
const repo = () => local.repo;

const wanted = (key: string, body: string) => ({ key, label: "weekly-report", title: "Weekly report", body });

describe("upsertStickyIssue", () => {
  it("creates once, then edits the same issue, and writes nothing for an identical one", async () => {
    const created = await upsertStickyIssue(local.octokit, repo(), wanted("report-a", "week 1"), bot);
    expect(created.outcome).toBe("created");
    const issue = local.server.store.issue(created.number);
    expect(issue.labels).toEqual(["weekly-report"]);
    expect(issue.body).toBe(`${marker("report-a")}\nweek 1`);
    const edited = await upsertStickyIssue(local.octokit, repo(), wanted("report-a", "week 2"), bot);
    expect(edited).toMatchObject({ number: created.number, outcome: "updated" });
    local.server.requests.length = 0;
    const same = await upsertStickyIssue(local.octokit, repo(), wanted("report-a", "week 2"), bot);
    expect(same).toMatchObject({ number: created.number, outcome: "unchanged" });
    expect(local.server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("ignores a person's issue that carries the marker and the label", async () => {
    const forged = local.server.store.createIssue({
      title: "Weekly report",
      body: `${marker("report-b")}\nnot the bot's`,
      labels: ["weekly-report"],
      user: "hana",
    });
    const result = await upsertStickyIssue(local.octokit, repo(), wanted("report-b", "the real one"), bot);
    expect(result.outcome).toBe("created");
    expect(result.number).not.toBe(forged.number);
    expect(local.server.store.issue(forged.number).body).toContain("not the bot's");
  });

  it("reopens the report when someone closed it, rather than opening another", async () => {
    const first = await upsertStickyIssue(local.octokit, repo(), wanted("report-c", "same"), bot);
    await local.octokit.rest.issues.update({ ...repo(), issue_number: first.number, state: "closed" });
    const again = await upsertStickyIssue(local.octokit, repo(), wanted("report-c", "same"), bot);
    expect(again).toMatchObject({ number: first.number, outcome: "updated" });
    expect(local.server.store.issue(first.number).state).toBe("open");
  });
});
