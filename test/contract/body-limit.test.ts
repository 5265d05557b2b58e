import { describe, expect, it } from "vitest";
import { createIssues } from "../../actions/lib/adapters/github/issues.js";
import { createPullRequests } from "../../actions/lib/adapters/github/pull-request.js";
import { upsertStickyComment } from "../../actions/lib/adapters/github/sticky-comment.js";
import { upsertStickyIssue } from "../../actions/lib/adapters/github/sticky-issue.js";
import { BodyTooLongError, githubBodyLimit } from "../../actions/lib/core/render/body.js";
import { localGithubForFile } from "./support.js";

/** Every adapter that writes a body refuses one GitHub would refuse, before it sends anything. */

const local = localGithubForFile();
const bot = "github-actions[bot]";
const tooLong = "x".repeat(githubBodyLimit);

describe("a body over GitHub's limit", () => {
  it("is refused by each writing adapter with a clear error, and no request writes", async () => {
    const issue = local.server.store.createIssue({ title: "Request", body: "hello", labels: [], user: "hana" });
    local.server.requests.length = 0;
    const attempts = [
      upsertStickyComment(local.octokit, { ...local.repo, issueNumber: issue.number, key: "k" }, tooLong, bot),
      upsertStickyIssue(local.octokit, local.repo, { key: "r", label: "report", title: "Report", body: tooLong }, bot),
      createIssues(local.octokit, local.repo).comment(issue.number, tooLong),
      createPullRequests(local.octokit, local.repo).upsert(undefined, {
        head: "feature",
        base: "main",
        title: "Feature",
        body: tooLong,
      }),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toThrow(BodyTooLongError);
      await expect(attempt).rejects.toThrow(
        /over GitHub's limit of 65535; its renderer must build it with boundedBody/,
      );
    }
    expect(local.server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("passes at the largest length GitHub takes with the marker line", async () => {
    const issue = local.server.store.createIssue({ title: "Request", body: "hello", labels: [], user: "hana" });
    const result = await upsertStickyComment(
      local.octokit,
      { ...local.repo, issueNumber: issue.number, key: "fits" },
      "y".repeat(githubBodyLimit - 100),
      bot,
    );
    expect(result.outcome).toBe("created");
  });
});
