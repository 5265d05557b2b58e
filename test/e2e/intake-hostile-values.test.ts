import { describe, expect, it } from "vitest";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { formBody } from "../unit/intake/fixtures.js";
import { fixtureBody, intakeWorldForFile } from "./intake-world.js";

/**
 * The intake action on hostile values in a well-formed form (ids a file system or a reader would misread, markup, an
 * oversized body, a clinic the registry already has), and the one comment it keeps editing in place.
 */
const world = intakeWorldForFile();
const { store, openIssue, intake, writesSince, commentsOn, expectRefusedCleanly } = world;

describe("hostile and broken requests touch nothing but one comment and needs-changes", () => {
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
    const before = world.cloud.github.requests.length;
    await intake(issue, "issues.edited");
    expect(writesSince(before)).toEqual([]);
  });
});
