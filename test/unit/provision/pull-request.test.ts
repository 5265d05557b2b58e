import { describe, expect, it } from "vitest";
import { namedPullRequest, requestIssueNumber } from "../../../actions/lib/flows/provision/merged-pull-request.js";

describe("requestIssueNumber", () => {
  it("reads GitHub's closing keywords in the body first", () => {
    expect(requestIssueNumber({ body: "Adds the clinic.\n\nCloses #42", headRef: "clinic-request/7" })).toBe(42);
    expect(requestIssueNumber({ body: "resolved #9", headRef: "x" })).toBe(9);
  });

  it("falls back to the intake's branch name, and finds nothing otherwise", () => {
    expect(requestIssueNumber({ body: "see #3 for context", headRef: "clinic-request/17" })).toBe(17);
    expect(requestIssueNumber({ body: "", headRef: "feature/clinic-request/17" })).toBeUndefined();
  });
});

describe("namedPullRequest", () => {
  it("reads merge and squash commit titles only", () => {
    expect(namedPullRequest("Merge pull request #12 from acme/clinic-request/7\n\nAdd clinic")).toBe(12);
    expect(namedPullRequest("Add sendai-aoba (#31)\n\n* more")).toBe(31);
    expect(namedPullRequest("Revert #12 and (#13) later")).toBeUndefined();
  });
});
