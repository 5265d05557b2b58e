import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect } from "vitest";
import type { AuthorAssociation, CommentRecord, GithubStore, PullRecord } from "../localcloud/github/store.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { runAction } from "../localcloud/runner/run-action.js";

/**
 * The intake action as the runner starts it, against the local GitHub seeded with the example registry. Each
 * intake-*.test.ts file calls intakeWorldForFile() and gets its own local cloud, so the files share no state and run
 * side by side.
 */

export const requestLabel = "clinic-request";

export interface IntakeWorld {
  readonly cloud: LocalCloud;
  store(): GithubStore;
  /** Opens an issue as a person with the given association, as the form would (label applied). */
  openIssue(body: string, options?: { login?: string; association?: AuthorAssociation }): number;
  /** Runs the bundled intake action on the issue's event; it must exit 0. */
  intake(issueNumber: number, action?: "issues.opened" | "issues.edited"): ReturnType<typeof runAction>;
  /** Requests that changed something on the local GitHub, since `from`. */
  writesSince(from: number): string[];
  pullFor(issueNumber: number): PullRecord | undefined;
  commentsOn(issueNumber: number): CommentRecord[];
  labelsOn(issueNumber: number): string[];
  /** Nothing but one comment and at most the needs-changes label: no branch, no file, no pull request. */
  expectRefusedCleanly(issueNumber: number, filesBefore: number): void;
}

/** Starts a local cloud before the file's tests and stops it after; use the world inside tests only. */
export function intakeWorldForFile(): IntakeWorld {
  let started: LocalCloud | undefined;
  beforeAll(async () => {
    started = await startLocalCloud({ clinicsDir: repoPath("clinics") });
  }, 600_000);
  afterAll(async () => {
    await started?.stop();
  });
  const cloud = () => {
    if (started === undefined) throw new Error("the local cloud starts in beforeAll: use the world inside a test");
    return started;
  };
  const store = () => cloud().github.store;
  const pullFor = (issueNumber: number) =>
    [...store().pulls.values()].find((p) => p.head === `clinic-request/${issueNumber}`);
  const commentsOn = (issueNumber: number) => store().commentsOn(issueNumber);
  const labelsOn = (issueNumber: number) =>
    store()
      .labelsOn(issueNumber)
      .map((l) => l.name)
      .sort();
  return {
    get cloud() {
      return cloud();
    },
    store,
    openIssue(body, options = {}) {
      const login = options.login ?? "hana";
      store().addUser(login, "User", options.association ?? "MEMBER");
      return store().createIssue({ title: "クリニック追加依頼", body, labels: [requestLabel], user: login }).number;
    },
    async intake(issueNumber, action = "issues.opened") {
      const issue = store().issue(issueNumber);
      const event = githubEvent(action, {
        repository: { owner: cloud().github.owner, repo: cloud().github.repo },
        overrides: {
          issue: {
            number: issueNumber,
            body: issue.body,
            state: issue.state,
            labels: issue.labels.map((name) => ({ name })),
            author_association: store().user(issue.user).association,
          },
        },
      });
      const run = await runAction({
        action: "intake",
        eventName: event.eventName,
        payload: event.payload,
        env: cloud().env,
      });
      expect(run.exitCode, run.log).toBe(0);
      return run;
    },
    writesSince(from) {
      return cloud()
        .github.requests.slice(from)
        .filter((r) => r.method !== "GET")
        .map((r) => `${r.method} ${r.path}`);
    },
    pullFor,
    commentsOn,
    labelsOn,
    expectRefusedCleanly(issueNumber, filesBefore) {
      expect(store().branchSha(`clinic-request/${issueNumber}`)).toBeUndefined();
      expect(pullFor(issueNumber)).toBeUndefined();
      expect(store().listFiles()).toHaveLength(filesBefore);
      expect(labelsOn(issueNumber).filter((l) => l !== requestLabel && l !== "needs-changes")).toEqual([]);
      expect(commentsOn(issueNumber)).toHaveLength(1);
    },
  };
}

/** The issue body of one of test/fixtures/intake's hostile or broken requests. */
export const fixtureBody = (name: string) => readFileSync(repoPath("test/fixtures/intake", name, "issue.txt"), "utf8");
