import { parsePeriod, parseState } from "../../core/history/files.js";
import { defaultRetention, periodPath, type Retention, statePath } from "../../core/history/layout.js";
import { emptyFleetState, type FleetState, type PeriodFile } from "../../core/history/records.js";
import { type HistoryChange, type HistoryFileChange, planWrite, writeChanges } from "../../core/history/write-plan.js";
import type { Clock, Sleep } from "../../core/ports.js";
import { treeEntries } from "./branch-file.js";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus, unlessNotFound } from "./status.js";

/** The history's branch: a branch of the repository that holds only the history's data files. */
export interface HistoryTarget extends RepoRef {
  branch: string;
}

export interface HistoryDeps {
  clock: Clock;
  sleep: Sleep;
  retention?: Retention;
  /** Attempts before giving up when other runs keep moving the branch (default 6). */
  maxAttempts?: number;
}

export type HistoryOutcome = "committed" | "unchanged";

export interface HistoryResult {
  outcome: HistoryOutcome;
  /** The state as it now is on the branch: after this run's change, or as found when nothing changed. */
  state: FleetState;
  events: number;
  commit?: string;
  /** Reads of the branch this took: more than one when another run moved the branch in between. */
  attempts: number;
}

interface Head {
  commit: string;
  tree: string;
  /** Every file on the branch, path to blob sha. */
  files: Map<string, string>;
}

const readme = [
  "# The fleet's history",
  "",
  "Written by orca-fleet's actions, one commit per run that changed something; see docs/status.md on the default",
  "branch. state.json is the fleet now; events/, days/ and weeks/ are what changed, at decreasing detail.",
  "",
].join("\n");

/**
 * Applies `change` to the fleet's state on the history branch as one commit, appending the events it implies and
 * rolling older files up. When the branch moved under it (another run wrote first), the ref update is refused as
 * not a fast forward (422) and the whole read-change-write starts again from the new head: never a force push.
 */
export async function updateHistory(
  octokit: Octokit,
  target: HistoryTarget,
  change: HistoryChange,
  message: string,
  deps: HistoryDeps,
): Promise<HistoryResult> {
  const maxAttempts = deps.maxAttempts ?? 6;
  const retention = deps.retention ?? defaultRetention;
  for (let attempt = 1; ; attempt += 1) {
    const head = await readHead(octokit, target);
    const state = head === undefined ? emptyFleetState : await readState(octokit, target, head);
    const planned = planWrite(state, [...(head?.files.keys() ?? [])], change, deps.clock.now(), retention);
    if (planned === undefined) return { outcome: "unchanged", state, events: 0, attempts: attempt };
    const sources = new Map<string, PeriodFile>();
    const toRead = [periodPath("events", planned.day), ...planned.rollup.groups.flatMap((g) => g.sources)];
    for (const path of toRead) {
      const sha = head?.files.get(path);
      if (sha !== undefined) sources.set(path, parsePeriod(await readBlob(octokit, target, sha), path));
    }
    const changes = writeChanges(planned, sources.get(periodPath("events", planned.day)), (group) =>
      group.sources.flatMap((path) => sources.get(path) ?? []),
    );
    const commit = await tryCommit(octokit, target, head, changes, message);
    if (commit !== undefined)
      return { outcome: "committed", state: planned.next, events: planned.events.length, commit, attempts: attempt };
    if (attempt >= maxAttempts)
      throw new Error(
        `the history branch ${target.branch} moved under each of ${maxAttempts} attempts to write; run again later`,
      );
    // Jittered, growing waits, so that two writers that collided do not collide again in step.
    await deps.sleep(Math.round((200 + Math.random() * 300) * attempt));
  }
}

/** Reads the state alone, as the status site and reports do; an absent branch is an empty history. */
export async function readHistoryState(octokit: Octokit, target: HistoryTarget): Promise<FleetState> {
  const head = await readHead(octokit, target);
  return head === undefined ? emptyFleetState : readState(octokit, target, head);
}

async function readHead(octokit: Octokit, target: HistoryTarget): Promise<Head | undefined> {
  const repo = { owner: target.owner, repo: target.repo };
  const ref = await unlessNotFound(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${target.branch}` }));
  if (ref === undefined) return undefined;
  const commit = ref.data.object.sha;
  const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commit });
  const { data: tree } = await octokit.rest.git.getTree({ ...repo, tree_sha: parent.tree.sha, recursive: "true" });
  // The branch holds a few hundred files at most (its retention bounds it), far below a truncated listing.
  if (tree.truncated) throw new Error(`the history branch ${target.branch} lists too many files to read`);
  const files = new Map<string, string>();
  for (const entry of tree.tree)
    if (entry.type === "blob" && entry.path !== undefined && entry.sha !== undefined) files.set(entry.path, entry.sha);
  return { commit, tree: parent.tree.sha, files };
}

async function readState(octokit: Octokit, target: HistoryTarget, head: Head): Promise<FleetState> {
  const sha = head.files.get(statePath);
  return sha === undefined ? emptyFleetState : parseState(await readBlob(octokit, target, sha), statePath);
}

/** Blobs rather than the contents API: the state of a large fleet passes the contents API's 1 MB. */
async function readBlob(octokit: Octokit, target: HistoryTarget, sha: string): Promise<string> {
  const { data } = await octokit.rest.git.getBlob({ owner: target.owner, repo: target.repo, file_sha: sha });
  return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
}

/** The commit's sha, or undefined when another run moved (or created) the branch first. */
async function tryCommit(
  octokit: Octokit,
  target: HistoryTarget,
  head: Head | undefined,
  changes: readonly HistoryFileChange[],
  message: string,
): Promise<string | undefined> {
  const repo = { owner: target.owner, repo: target.repo };
  const entries = [
    ...(head === undefined ? [{ path: "README.md", text: readme }] : []),
    ...changes.filter((c) => c.text !== null || head?.files.has(c.path) === true),
  ];
  const { data: tree } = await octokit.rest.git.createTree({
    ...repo,
    ...(head === undefined ? {} : { base_tree: head.tree }),
    tree: treeEntries(entries),
  });
  const { data: commit } = await octokit.rest.git.createCommit({
    ...repo,
    message,
    tree: tree.sha,
    parents: head === undefined ? [] : [head.commit],
  });
  try {
    if (head === undefined)
      await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${target.branch}`, sha: commit.sha });
    else await octokit.rest.git.updateRef({ ...repo, ref: `heads/${target.branch}`, sha: commit.sha, force: false });
  } catch (error) {
    // 422: "Update is not a fast forward", or "Reference already exists" for a branch another run just created.
    if (httpStatus(error) === 422) return undefined;
    throw error;
  }
  return commit.sha;
}
