import { describe, expect, it } from "vitest";
import { githubEvent, merge } from "../../localcloud/runner/events.js";

describe("event payloads from GitHub's examples", () => {
  it("points the payload at the given repository", () => {
    const { eventName, payload } = githubEvent("pull_request.opened", {
      repository: { owner: "clinic-ops", repo: "fleet" },
      overrides: { number: 7 },
    });
    expect(eventName).toBe("pull_request");
    expect(payload).toMatchObject({
      action: "opened",
      number: 7,
      repository: { full_name: "clinic-ops/fleet", owner: { login: "clinic-ops" } },
      pull_request: { base: { ref: "main", repo: { full_name: "clinic-ops/fleet" } } },
    });
  });

  it("builds a merged close, a schedule and a dispatch", () => {
    expect(githubEvent("pull_request.closed.merged").payload).toMatchObject({
      action: "closed",
      pull_request: { merged: true, state: "closed" },
    });
    expect(githubEvent("schedule")).toMatchObject({ eventName: "schedule", payload: { schedule: "*/10 * * * *" } });
    expect(githubEvent("workflow_dispatch").payload).toHaveProperty("inputs");
    expect(githubEvent("issues.edited").payload).toMatchObject({ action: "edited" });
  });

  it("merges objects field by field and replaces arrays", () => {
    expect(merge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] } })).toEqual({ a: { b: 1, c: [3] }, d: 1 });
  });
});
