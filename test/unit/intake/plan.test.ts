import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelChanges } from "../../../actions/lib/adapters/github/labels.js";
import { pullCommentVariant, requestLabels } from "../../../actions/lib/flows/intake/plan.js";

describe("pullCommentVariant", () => {
  it("says opened when this run opened the pull request, whatever else changed", () => {
    expect(pullCommentVariant("created", "created", 0)).toBe("opened");
    expect(pullCommentVariant("created", "unchanged", 1)).toBe("opened");
  });

  it("says updated when an edit changed the file or removed a renamed one", () => {
    expect(pullCommentVariant("unchanged", "updated", 0)).toBe("updated");
    expect(pullCommentVariant("updated", "created", 1)).toBe("updated");
    expect(pullCommentVariant("unchanged", "unchanged", 1)).toBe("updated");
  });

  it("says current when nothing changed, so a re-run keeps the comment", () => {
    expect(pullCommentVariant("unchanged", "unchanged", 0)).toBe("current");
    expect(pullCommentVariant("updated", "unchanged", 0)).toBe("current");
  });
});

describe("request labels", () => {
  const names = fc.uniqueArray(fc.constantFrom("clinic-request", "needs-changes", "pr-opened", "bug", "question"));

  it("leaves exactly one of needs-changes and pr-opened, and never touches other labels", () => {
    fc.assert(
      fc.property(names, fc.constantFrom("needs-changes" as const, "pr-opened" as const), (current, outcome) => {
        const { wanted, unwanted } = requestLabels(outcome);
        const { add, remove } = labelChanges(current, wanted, unwanted);
        const after = [...current.filter((l) => !remove.includes(l)), ...add];
        expect(after).toContain(outcome);
        expect(after.filter((l) => l === "needs-changes" || l === "pr-opened")).toEqual([outcome]);
        expect(after.filter((l) => !wanted.includes(l) && !unwanted.includes(l)).sort()).toEqual(
          current.filter((l) => !wanted.includes(l) && !unwanted.includes(l)).sort(),
        );
      }),
    );
  });

  it("asks for no change when the labels are already right: a re-run makes no label call", () => {
    const { wanted, unwanted } = requestLabels("pr-opened");
    expect(labelChanges(["clinic-request", "pr-opened"], wanted, unwanted)).toEqual({ add: [], remove: [] });
  });
});
