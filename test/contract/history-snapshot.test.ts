import { describe, expect, it } from "vitest";
import { type HistoryTarget, updateHistory } from "../../actions/lib/adapters/github/history-branch.js";
import { readHistorySnapshot } from "../../actions/lib/adapters/github/history-snapshot.js";
import type { FleetState } from "../../actions/lib/core/history/records.js";
import { localGithubForFile } from "./support.js";

/** The status site's reader of the whole history branch, against the local GitHub's git data API. */

const local = localGithubForFile();
const deps = (at: string) => ({ clock: { now: () => new Date(at) }, sleep: async () => {} });

const down =
  (at: string) =>
  (state: FleetState): FleetState => ({
    ...state,
    clinics: { ...state.clinics, "aa-1": { health: { class: "down", since: at }, incidents: [7] } },
  });

describe("reading the history branch whole", () => {
  it("is an empty history while the branch does not exist", async () => {
    const target: HistoryTarget = { ...local.repo, branch: "no-such-history" };
    await expect(readHistorySnapshot(local.octokit, target)).resolves.toEqual({
      state: { version: 1, clinics: {}, patchTrend: [] },
      periods: [],
    });
  });

  it("reads the state and every period file the writers left, and not the branch's README", async () => {
    const target: HistoryTarget = { ...local.repo, branch: "fleet-status-snapshot" };
    const at = "2026-11-30T01:00:00.000Z";
    await updateHistory(local.octokit, target, down(at), "sweep", deps(at));
    const snapshot = await readHistorySnapshot(local.octokit, target);
    expect(snapshot.state.clinics["aa-1"]).toEqual({ health: { class: "down", since: at }, incidents: [7] });
    expect(snapshot.periods).toHaveLength(1);
    expect(snapshot.periods[0]?.events.map((e) => e.kind).sort()).toEqual(["health", "incident"]);
  });
});
