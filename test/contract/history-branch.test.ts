import { beforeEach, describe, expect, it } from "vitest";
import {
  type HistoryTarget,
  readHistoryState,
  updateHistory,
} from "../../actions/lib/adapters/github/history-branch.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { parsePeriod } from "../../actions/lib/core/history/files.js";
import type { FleetState, HealthClass } from "../../actions/lib/core/history/records.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { localGithubForFile } from "./support.js";

/** The history branch's adapter against the local GitHub's git data API. Octokit spaces writes a second apart (GitHub's
 * secondary limits), so each write here takes a few seconds. */

const local = localGithubForFile();
let target: HistoryTarget;
let branchCount = 0;
let now = new Date("2026-11-30T00:00:00Z");
const deps = { clock: { now: () => now }, sleep: async () => {} };

beforeEach(() => {
  branchCount += 1;
  target = { ...local.repo, branch: `fleet-status-${branchCount}` };
  now = new Date("2026-11-30T00:00:00Z");
});

const health =
  (clinic: string, cls: HealthClass) =>
  (state: FleetState): FleetState => ({
    ...state,
    clinics: {
      ...state.clinics,
      [clinic]: { ...state.clinics[clinic], health: { class: cls, since: now.toISOString() } },
    },
  });

/** The commits of the branch, newest first, following first parents. */
function commits(): string[] {
  const { git } = local.server.store;
  const list: string[] = [];
  for (let sha = git.refs.get(`refs/heads/${target.branch}`); sha !== undefined; ) {
    list.push(sha);
    sha = git.commits.get(sha)?.parents[0];
  }
  return list;
}

function fileAt(path: string): string | undefined {
  const { git } = local.server.store;
  const head = git.refs.get(`refs/heads/${target.branch}`);
  const tree = head === undefined ? undefined : git.commits.get(head)?.tree;
  const blob = tree === undefined ? undefined : git.flatten(tree).get(path)?.sha;
  return blob === undefined ? undefined : git.blobs.get(blob)?.toString("utf8");
}

describe("the history branch", () => {
  it("starts as a branch of its own, and a second run that changes nothing adds no commit", async () => {
    const first = await updateHistory(local.octokit, target, health("aa-1", "healthy"), "sweep", deps);
    expect(first).toMatchObject({ outcome: "committed", events: 1, attempts: 1 });
    // An orphan: none of the default branch's files or history.
    expect(commits()).toHaveLength(1);
    expect(fileAt("README.md")).toContain("The fleet's history");
    now = new Date("2026-12-02T00:00:00Z"); // later the same ISO week
    const second = await updateHistory(local.octokit, target, health("aa-1", "healthy"), "sweep", deps);
    expect(second.outcome).toBe("unchanged");
    expect(commits()).toHaveLength(1);
    expect((await readHistoryState(local.octokit, target)).clinics["aa-1"]?.health?.class).toBe("healthy");
  });

  it("lands both of two writers that raced: the loser re-reads the moved branch and writes again", async () => {
    await updateHistory(local.octokit, target, health("aa-1", "healthy"), "seed", deps);
    const other = createOctokit(local.server.token, silentLog);
    let raced = false;
    const racer = createOctokit(local.server.token, silentLog);
    racer.hook.before("request", async (options) => {
      // Just before the racer moves the ref, another run writes first.
      if (!raced && options.method === "PATCH" && String(options.url).includes("/git/refs/")) {
        raced = true;
        await updateHistory(other, target, health("bb-2", "down"), "other run", deps);
      }
    });
    const result = await updateHistory(racer, target, health("aa-1", "degraded"), "racer", deps);
    expect(raced).toBe(true);
    expect(result).toMatchObject({ outcome: "committed", attempts: 2 });
    const state = await readHistoryState(local.octokit, target);
    expect(state.clinics["aa-1"]?.health?.class).toBe("degraded");
    expect(state.clinics["bb-2"]?.health?.class).toBe("down");
    expect(commits()).toHaveLength(3);
    const events = parsePeriod(fileAt("events/2026-11-30.json") ?? "", "events").events;
    expect(events.map((e) => ("clinic" in e ? `${e.clinic}:${e.kind}` : e.kind))).toEqual([
      "aa-1:health",
      "bb-2:health",
      "aa-1:health",
    ]);
  });

  it("lands every one of several writers started at once", async () => {
    const clinics = ["c1", "c2", "c3"];
    const results = await Promise.all(
      clinics.map((c) =>
        updateHistory(createOctokit(local.server.token, silentLog), target, health(c, "down"), c, deps),
      ),
    );
    expect(results.every((r) => r.outcome === "committed")).toBe(true);
    const state = await readHistoryState(local.octokit, target);
    expect(Object.keys(state.clinics).sort()).toEqual(clinics);
    expect(commits()).toHaveLength(clinics.length);
  });

  it("rolls older days up as it writes: events to a day file after two weeks, days to a week after 90 days", async () => {
    const classes: HealthClass[] = ["healthy", "down", "healthy", "degraded"];
    for (const [i, cls] of classes.entries()) {
      now = new Date(Date.UTC(2026, 0, 5, i)); // Monday 5 January 2026, four changes in a day
      await updateHistory(local.octokit, target, health("aa-1", cls), "sweep", deps);
    }
    now = new Date("2026-01-25T00:00:00Z");
    await updateHistory(local.octokit, target, health("aa-1", "down"), "sweep", deps);
    expect(fileAt("events/2026-01-05.json")).toBeUndefined();
    const day = parsePeriod(fileAt("days/2026-01-05.json") ?? "", "day");
    expect(day.events).toEqual([
      expect.objectContaining({ kind: "health", class: "degraded", worst: "down", folded: 4 }),
    ]);
    now = new Date("2026-05-01T00:00:00Z");
    await updateHistory(local.octokit, target, health("aa-1", "healthy"), "sweep", deps);
    expect(fileAt("days/2026-01-05.json")).toBeUndefined();
    const week = parsePeriod(fileAt("weeks/2026-W02.json") ?? "", "week");
    expect(week.events).toEqual([expect.objectContaining({ kind: "health", folded: 4, worst: "down" })]);
  });
});
