import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { commitChanges, ensureBranch, readFile } from "../../actions/lib/adapters/github/branch-file.js";
import { createGitHub } from "../../actions/lib/adapters/github/github.js";
import { applyLabelChanges } from "../../actions/lib/adapters/github/labels.js";
import { createOctokit, type Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { findOpenPull, upsertPull } from "../../actions/lib/adapters/github/pull-request.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { clinicsInOtherRequests } from "../../actions/lib/flows/intake/other-requests.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";

/**
 * Intake's GitHub adapters in process against the local GitHub: the races that answer 422, the secondary rate limit
 * that the Octokit factory waits out, 404 as "absent", and how many calls the uniqueness check makes.
 */

let github: GithubServerHandle;
let octokit: Octokit;
const warnings: string[] = [];
const repo = () => ({ owner: github.owner, repo: github.repo });
const clinicText = (id: string, code: string) =>
  `id: ${id}\nname: テスト\nmedicalInstitutionCode: "${code}"\nprefecture: 東京都\nstatus: active\n` +
  `orca:\n  version: "5.2.0"\n  ring: general\ninstance:\n  type: t3.medium\n  subnet: private-a\n` +
  `maintenanceWindow: Sun 01:00-05:00\ncontact:\n  name: 山田 花子\n  email: hanako@example.jp\n`;

beforeAll(async () => {
  github = await startGithubServer();
  process.env.GITHUB_API_URL = github.url;
  octokit = createOctokit(github.token, { ...silentLog, warning: (m) => warnings.push(m) });
  github.seedRepository({ ...repo(), files: { "README.md": "# fleet\n" } });
});

afterAll(async () => {
  await github?.close();
});

beforeEach(() => {
  warnings.length = 0;
});

describe("ensureBranch", () => {
  it("creates the branch once, and reports an existing one without a second write", async () => {
    expect(await ensureBranch(octokit, repo(), "clinic-request/1", "main")).toBe(true);
    expect(await ensureBranch(octokit, repo(), "clinic-request/1", "main")).toBe(false);
    expect(github.store.branchSha("clinic-request/1")).toBe(github.store.branchSha("main"));
  });

  it("takes a 422 from a raced run's branch as the branch being there", async () => {
    // Its own client, so that the hook stays in this test.
    const client = createOctokit(github.token, { ...silentLog, warning: (m) => warnings.push(m) });
    client.hook.error("request", async (error, options) => {
      // Between this run's 404 and its create, another run creates the branch.
      if (options.method === "GET" && String(options.url).includes("/git/ref/"))
        github.store.commitChanges("clinic-request/2", "raced", [{ path: "x.txt", content: "x" }]);
      throw error;
    });
    expect(await ensureBranch(client, repo(), "clinic-request/2", "main")).toBe(false);
    expect(github.store.readFile("x.txt", "clinic-request/2")).toBe("x");
  });
});

describe("files on a branch", () => {
  it("reads an absent file as undefined (404), and writes and deletes in one commit", async () => {
    await ensureBranch(octokit, repo(), "clinic-request/3", "main");
    expect(await readFile(octokit, repo(), "clinic-request/3", "clinics/a.yml")).toBeUndefined();
    await commitChanges(octokit, repo(), "clinic-request/3", [{ path: "clinics/a.yml", text: "a\n" }], "add a");
    const before = github.store.commits.size;
    await commitChanges(
      octokit,
      repo(),
      "clinic-request/3",
      [
        { path: "clinics/b.yml", text: "b\n" },
        { path: "clinics/a.yml", text: null },
      ],
      "rename a to b",
    );
    expect(github.store.commits.size).toBe(before + 1);
    expect(github.store.listFiles("clinic-request/3").filter((f) => f.startsWith("clinics/"))).toEqual([
      "clinics/b.yml",
    ]);
    expect((await readFile(octokit, repo(), "clinic-request/3", "clinics/b.yml"))?.text).toBe("b\n");
  });

  it("waits out a secondary rate limit (403 with retry-after) and carries on", async () => {
    github.failNext({ status: 403, retryAfter: 1 });
    expect((await readFile(octokit, repo(), "main", "README.md"))?.text).toBe("# fleet\n");
    expect(warnings.join("\n")).toMatch(/secondary rate limit/);
    github.failNext({ status: 429, retryAfter: 1 });
    expect((await readFile(octokit, repo(), "main", "README.md"))?.text).toBe("# fleet\n");
  });
});

describe("upsertPull", () => {
  it("updates the pull request a raced run opened when create answers 422", async () => {
    await ensureBranch(octokit, repo(), "clinic-request/4", "main");
    await commitChanges(octokit, repo(), "clinic-request/4", [{ path: "c.txt", text: "c" }], "c");
    github.store.addUser("other-run", "Bot", "NONE");
    const first = github.store.createPull({ title: "old", head: "clinic-request/4", base: "main", user: "other-run" });
    const wanted = { head: "clinic-request/4", base: "main", title: "new", body: "Closes #9" };
    const { pull, outcome } = await upsertPull(octokit, repo(), undefined, wanted);
    expect(outcome).toBe("updated");
    expect(pull.number).toBe(first.number);
    expect(github.store.issue(first.number).title).toBe("new");
    const again = await upsertPull(octokit, repo(), await findOpenPull(octokit, repo(), "clinic-request/4"), wanted);
    expect(again.outcome).toBe("unchanged");
  });
});

describe("applyLabelChanges", () => {
  it("adds what is wanted and takes a label already gone (404) as removed", async () => {
    github.store.addUser("hana", "User", "MEMBER");
    const issue = github.store.createIssue({ title: "t", labels: ["clinic-request"], user: "hana" });
    await applyLabelChanges(octokit, repo(), issue.number, { add: ["pr-opened"], remove: ["needs-changes"] });
    expect(github.store.labelsOn(issue.number).map((l) => l.name)).toEqual(["clinic-request", "pr-opened"]);
  });
});

describe("clinicsInOtherRequests", () => {
  it("reads each other open request's clinic with one listing and two calls per request", async () => {
    for (const [n, id, code] of [
      [20, "req-one", "1312345676"],
      [21, "req-two", "1317654320"],
    ] as const) {
      await ensureBranch(octokit, repo(), `clinic-request/${n}`, "main");
      await commitChanges(
        octokit,
        repo(),
        `clinic-request/${n}`,
        [{ path: `clinics/${id}.yml`, text: clinicText(id, code) }],
        id,
      );
      github.store.createPull({ title: id, head: `clinic-request/${n}`, base: "main", user: "hana" });
    }
    const from = github.requests.length;
    const found = await clinicsInOtherRequests(createGitHub(octokit, repo()), "clinic-request/20");
    expect(found.map((f) => [f.file, f.clinic.medicalInstitutionCode])).toEqual([
      ["clinic-request/21:clinics/req-two.yml", "1317654320"],
    ]);
    const calls = github.requests.slice(from).map((r) => r.route);
    expect(calls.filter((r) => r === "GET /repos/{owner}/{repo}/pulls")).toHaveLength(1);
    // The other open pull requests of this file (clinic-request/2, /4) add no clinic: one file listing each.
    expect(calls.length).toBeLessThanOrEqual(1 + 2 * 3);
  });
});
