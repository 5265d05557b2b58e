import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadRegistry } from "../../actions/lib/core/registry/load.js";
import { validateClinicText } from "../../actions/lib/core/registry/validate-text.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import type { AuthorAssociation } from "../localcloud/github/store.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { runAction } from "../localcloud/runner/run-action.js";
import { formBody } from "../unit/intake/fixtures.js";

/**
 * The intake action as the runner starts it, against the local GitHub seeded with the example registry: what it
 * creates for a valid request, and what it does not create for every hostile or broken one.
 */

const requestLabel = "clinic-request";
let cloud: LocalCloud;

beforeAll(async () => {
  cloud = await startLocalCloud({ clinicsDir: repoPath("clinics") });
}, 600_000);

afterAll(async () => {
  await cloud?.stop();
});

function store() {
  return cloud.github.store;
}

/** Opens an issue as a person with the given association, as the form would (label applied). */
function openIssue(body: string, options: { login?: string; association?: AuthorAssociation } = {}): number {
  const login = options.login ?? "hana";
  store().addUser(login, "User", options.association ?? "MEMBER");
  return store().createIssue({ title: "クリニック追加依頼", body, labels: [requestLabel], user: login }).number;
}

async function intake(issueNumber: number, action: "issues.opened" | "issues.edited" = "issues.opened") {
  const issue = store().issue(issueNumber);
  const event = githubEvent(action, {
    repository: { owner: cloud.github.owner, repo: cloud.github.repo },
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
  const run = await runAction({ action: "intake", eventName: event.eventName, payload: event.payload, env: cloud.env });
  expect(run.exitCode, run.log).toBe(0);
  return run;
}

/** Requests that changed something on the local GitHub, since `from`. */
function writesSince(from: number): string[] {
  return cloud.github.requests
    .slice(from)
    .filter((r) => r.method !== "GET")
    .map((r) => `${r.method} ${r.path}`);
}

function pullFor(issueNumber: number) {
  return [...store().pulls.values()].find((p) => p.head === `clinic-request/${issueNumber}`);
}

function commentsOn(issueNumber: number) {
  return store().commentsOn(issueNumber);
}

function labelsOn(issueNumber: number): string[] {
  return store()
    .labelsOn(issueNumber)
    .map((l) => l.name)
    .sort();
}

/** Nothing but one comment and at most the needs-changes label: no branch, no file, no pull request. */
function expectRefusedCleanly(issueNumber: number, filesBefore: number) {
  expect(store().branchSha(`clinic-request/${issueNumber}`)).toBeUndefined();
  expect(pullFor(issueNumber)).toBeUndefined();
  expect(store().listFiles()).toHaveLength(filesBefore);
  expect(labelsOn(issueNumber).filter((l) => l !== requestLabel && l !== "needs-changes")).toEqual([]);
  expect(commentsOn(issueNumber)).toHaveLength(1);
}

const fixtureBody = (name: string) => readFileSync(repoPath("test/fixtures/intake", name, "issue.txt"), "utf8");

describe("a valid request", () => {
  let issue: number;

  it("becomes a branch, one commit of clinics/<id>.yml, a pull request, a comment and the pr-opened label", async () => {
    issue = openIssue(formBody({ id: "ueno-naika", "medical-institution-code": "1317654320" }));
    const run = await intake(issue);
    expect(run.outputs.outcome).toBe("pr-opened");

    const pull = pullFor(issue);
    expect(pull).toBeDefined();
    expect(String(pull?.number)).toBe(run.outputs["pull-request-number"]);
    const file = store().readFile("clinics/ueno-naika.yml", `clinic-request/${issue}`);
    expect(file).toContain("id: ueno-naika");
    expect(store().issue(pull?.number ?? 0).body).toContain(`Closes #${issue}`);
    expect(store().issue(pull?.number ?? 0).body).toContain("| クリニックID | `id` | `ueno-naika` |");

    const comments = commentsOn(issue);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(marker("intake"))).toBe(true);
    expect(comments[0]?.body).toContain(run.outputs["pull-request-url"]);
    expect(comments[0]?.body).toContain("プルリクエストを作成しました");
    expect(labelsOn(issue)).toEqual([requestLabel, "pr-opened"]);
  });

  it("writes a file that the registry's own validation accepts", async () => {
    const text = store().readFile("clinics/ueno-naika.yml", `clinic-request/${issue}`) ?? "";
    const registry = await loadRegistry(repoPath("clinics"));
    const result = validateClinicText(text, "clinics/ueno-naika.yml", {
      fleet: registry.fleet,
      clinics: registry.clinics,
    });
    expect(result.problems).toEqual([]);
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/clinic.schema.json");
  });

  it("changes nothing when run again: no comment, branch, commit or pull request", async () => {
    const before = cloud.github.requests.length;
    const commits = store().commits.size;
    const run = await intake(issue);
    expect(run.outputs.outcome).toBe("pr-opened");
    expect(writesSince(before)).toEqual([]);
    expect(store().commits.size).toBe(commits);
    expect(commentsOn(issue)).toHaveLength(1);
  });

  it("updates the pull request's file after an edit and says so, then again changes nothing", async () => {
    const pullNumber = pullFor(issue)?.number;
    store().updateIssue(issue, {
      body: formBody({
        id: "ueno-naika",
        "medical-institution-code": "1317654320",
        "maintenance-window": "daily 22:00-06:00",
      }),
    });
    await intake(issue, "issues.edited");
    expect(pullFor(issue)?.number).toBe(pullNumber);
    expect(store().readFile("clinics/ueno-naika.yml", `clinic-request/${issue}`)).toContain(
      "maintenanceWindow: daily 22:00-06:00",
    );
    expect(commentsOn(issue)).toHaveLength(1);
    expect(commentsOn(issue)[0]?.body).toContain("プルリクエストを更新しました");

    const before = cloud.github.requests.length;
    await intake(issue, "issues.edited");
    expect(writesSince(before)).toEqual([]);
  });

  it("moves the file when an edit renames the clinic, so the pull request adds one clinic", async () => {
    store().updateIssue(issue, { body: formBody({ id: "ueno-ekimae", "medical-institution-code": "1317654320" }) });
    await intake(issue, "issues.edited");
    const files = store()
      .listFiles(`clinic-request/${issue}`)
      .filter((f) => f.startsWith("clinics/ueno"));
    expect(files).toEqual(["clinics/ueno-ekimae.yml"]);
  });

  it("answers a later broken edit with needs-changes and leaves the open pull request alone", async () => {
    const head = store().branchSha(`clinic-request/${issue}`);
    store().updateIssue(issue, { body: formBody({ id: "ueno-ekimae", "medical-institution-code": "1317654321" }) });
    const run = await intake(issue, "issues.edited");
    expect(run.outputs.outcome).toBe("needs-changes");
    expect(store().branchSha(`clinic-request/${issue}`)).toBe(head);
    expect(labelsOn(issue)).toEqual([requestLabel, "needs-changes"]);
    expect(commentsOn(issue)).toHaveLength(1);
    expect(commentsOn(issue)[0]?.body).toContain("医療機関コード");
  });

  it("refuses a clinic code that another open request already claims", async () => {
    const files = store().listFiles().length;
    const other = openIssue(formBody({ id: "ueno-bunin", "medical-institution-code": "1317654320" }));
    // The first request's pull request now adds 1317654320 again once it is valid; make it valid first.
    store().updateIssue(issue, { body: formBody({ id: "ueno-ekimae", "medical-institution-code": "1317654320" }) });
    await intake(issue, "issues.edited");
    const run = await intake(other);
    expect(run.outputs.outcome).toBe("needs-changes");
    expect(commentsOn(other)[0]?.body).toContain(`clinic-request/${issue}`);
    expectRefusedCleanly(other, files);
  });
});

describe("hostile and broken requests touch nothing but one comment and needs-changes", () => {
  const fixtureCases = [
    "shell-metacharacters",
    "markup-in-name",
    "invisible-in-id",
    "lookalike-id",
    "path-id",
    "heading-missing",
    "heading-duplicated",
    "headings-reordered",
    "no-response",
    "not-an-option",
  ];
  for (const name of fixtureCases) {
    it(name, async () => {
      const files = store().listFiles().length;
      const issue = openIssue(fixtureBody(name));
      const run = await intake(issue);
      expect(run.outputs.outcome).toBe("needs-changes");
      expect(Number(run.outputs.problems)).toBeGreaterThan(0);
      expectRefusedCleanly(issue, files);
      expect(labelsOn(issue)).toEqual([requestLabel, "needs-changes"]);
    });
  }

  for (const [label, id] of [
    ["an id naming a device", "CON"],
    ["an id with a trailing dot", "sakura-naika."],
    ["an id with a right-to-left override", "sakura\u202Enaika"],
  ] as const) {
    it(label, async () => {
      const files = store().listFiles().length;
      const issue = openIssue(formBody({ id }));
      expect((await intake(issue)).outputs.outcome).toBe("needs-changes");
      expectRefusedCleanly(issue, files);
    });
  }

  it("echoes markup inert: nobody is pinged, nothing links, and the marker appears once, at the top", async () => {
    const issue = openIssue(fixtureBody("markup-in-name"));
    await intake(issue);
    const body = commentsOn(issue)[0]?.body ?? "";
    // Echoed answers are code spans, which GitHub renders literally; outside them nothing pings or links.
    const outsideCode = body.replace(/\\`/g, "").replace(/`[^`]*`/g, "");
    expect(outsideCode.split(marker("intake"))).toHaveLength(2);
    expect(body.startsWith(marker("intake"))).toBe(true);
    expect(outsideCode).not.toMatch(/@octocat|@admin|#123|<b>|\]\(https/);
  });

  it("a body over 64 KiB, refused before it is read", async () => {
    const files = store().listFiles().length;
    const issue = openIssue(formBody({ name: "あ".repeat(30_000) }));
    const run = await intake(issue);
    expect(run.outputs.outcome).toBe("needs-changes");
    expectRefusedCleanly(issue, files);
    expect(commentsOn(issue)[0]?.body).toContain("65536");
  });

  it("a clinic id or institution code that the registry already has", async () => {
    const files = store().listFiles().length;
    const issue = openIssue(formBody({ id: "shinjuku-naika", "medical-institution-code": "1318814790" }));
    const run = await intake(issue);
    expect(run.outputs.outcome).toBe("needs-changes");
    expect(Number(run.outputs.problems)).toBeGreaterThanOrEqual(2);
    expectRefusedCleanly(issue, files);
  });

  it("the same comment is edited in place on the next edit, never a second one", async () => {
    const issue = openIssue(fixtureBody("no-response"));
    await intake(issue);
    const first = commentsOn(issue)[0];
    store().updateIssue(issue, { body: fixtureBody("not-an-option") });
    await intake(issue, "issues.edited");
    expect(commentsOn(issue)).toHaveLength(1);
    expect(commentsOn(issue)[0]?.id).toBe(first?.id);
    expect(commentsOn(issue)[0]?.body).toContain("Tokyo");
    const before = cloud.github.requests.length;
    await intake(issue, "issues.edited");
    expect(writesSince(before)).toEqual([]);
  });
});

describe("requests intake does not act on", () => {
  it("an outside author gets one polite comment and nothing else, not even a label", async () => {
    const files = store().listFiles().length;
    const issue = openIssue(formBody({ id: "gaibu-iin", "medical-institution-code": "1315000112" }), {
      login: "stranger",
      association: "NONE",
    });
    const run = await intake(issue);
    expect(run.outputs.outcome).toBe("unauthorised");
    expectRefusedCleanly(issue, files);
    expect(labelsOn(issue)).toEqual([requestLabel]);
    expect(commentsOn(issue)[0]?.body).toContain("ありがとうございます");
  });

  it("a closed issue: nothing at all", async () => {
    const issue = openIssue(formBody({ id: "tojita-iin", "medical-institution-code": "1312223337" }));
    store().updateIssue(issue, { state: "closed" });
    const before = cloud.github.requests.length;
    const run = await intake(issue, "issues.edited");
    expect(run.outputs.outcome).toBe("ignored");
    expect(writesSince(before)).toEqual([]);
    expect(commentsOn(issue)).toEqual([]);
  });
});
