import { describe, expect, it } from "vitest";
import { fixtureBody, intakeWorldForFile, requestLabel } from "./intake-world.js";

/**
 * The intake action on the hostile and broken issue forms of test/fixtures/intake: each is refused with one comment
 * and the needs-changes label, and nothing else is written.
 */
const { store, openIssue, intake, labelsOn, expectRefusedCleanly } = intakeWorldForFile();

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
});
