import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../actions/lib/core/registry/load.js";
import { validateClinicText } from "../../actions/lib/core/registry/validate-text.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { repoPath } from "../localcloud/runner/paths.js";
import { formBody } from "../unit/intake/fixtures.js";
import { intakeWorldForFile, requestLabel } from "./intake-world.js";

/**
 * A valid request through the intake action, step after step on the same issue (the tests share it, in order): what
 * it creates, that a second run changes nothing, and how later edits move, update or refuse the pull request.
 */
const world = intakeWorldForFile();
const { store, openIssue, intake, writesSince, pullFor, commentsOn, labelsOn, expectRefusedCleanly } = world;

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
    const before = world.cloud.github.requests.length;
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

    const before = world.cloud.github.requests.length;
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
