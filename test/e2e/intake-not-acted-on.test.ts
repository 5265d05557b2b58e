import { describe, expect, it } from "vitest";
import { formBody } from "../unit/intake/fixtures.js";
import { intakeWorldForFile, requestLabel } from "./intake-world.js";

/** The requests the intake action does not act on: an outside author's, and a closed issue. */
const world = intakeWorldForFile();
const { store, openIssue, intake, writesSince, commentsOn, labelsOn, expectRefusedCleanly } = world;

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
    const before = world.cloud.github.requests.length;
    const run = await intake(issue, "issues.edited");
    expect(run.outputs.outcome).toBe("ignored");
    expect(writesSince(before)).toEqual([]);
    expect(commentsOn(issue)).toEqual([]);
  });
});
