import type { Clock } from "../../core/ports.js";
import { marker } from "../../core/render/markdown.js";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus, unlessNotFound } from "./status.js";
import { carriesMarker } from "./sticky-comment.js";

/** An open incident issue as listed: its marker's key, and the body that holds its state. */
export interface IncidentIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  key: string;
}

export type OpenOutcome = { outcome: "created"; number: number; url: string } | { outcome: "held" };

/**
 * Incident issues: one open issue per key (a clinic, or a common cause), found by marker and author. Opening one
 * first creates a git ref named for the key, which GitHub creates atomically or refuses with 422 when it exists: of
 * two sweeps that want the same incident at once, one opens it and the other is told it is held. The ref goes when
 * the incident closes; one left by a sweep that died between the ref and the issue is stale after `staleMs`.
 */
export interface IncidentIssues {
  /** The open incidents opened by the author, oldest first, one per key: one list call for any fleet of < 100. */
  listOpen(): Promise<IncidentIssue[]>;
  open(key: string, title: string, body: string, labels: readonly string[]): Promise<OpenOutcome>;
  update(issueNumber: number, key: string, title: string, body: string): Promise<void>;
  close(issueNumber: number, key: string, comment: string): Promise<void>;
}

export interface IncidentIssueOptions {
  label: string;
  author: string;
  clock: Clock;
  /** A lock older than this without its issue was left by a sweep that died (default 15 minutes). */
  staleMs?: number;
}

const markerKey = /^<!-- orca-fleet:(incident(?:-parent)?:[^ ]+) -->/;

/** Where a key's lock lives: a ref under refs/heads/orca-fleet/locks/, named for the key. */
export function lockRef(key: string): string {
  return `heads/orca-fleet/locks/${key.replace(/[^A-Za-z0-9._-]/g, "-")}`;
}

export function createIncidentIssues(octokit: Octokit, repo: RepoRef, options: IncidentIssueOptions): IncidentIssues {
  const staleMs = options.staleMs ?? 15 * 60_000;

  async function listOpen(): Promise<IncidentIssue[]> {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      ...repo,
      labels: options.label,
      state: "open",
      creator: options.author,
      sort: "created",
      direction: "asc",
      per_page: 100,
    });
    const byKey = new Map<string, IncidentIssue>();
    for (const issue of issues) {
      if (issue.pull_request !== undefined) continue;
      const key = markerKey.exec(issue.body ?? "")?.[1];
      // The oldest marked issue is the incident, should anything ever have made two.
      if (key === undefined || byKey.has(key) || !carriesMarker(issue, marker(key), options.author)) continue;
      byKey.set(key, { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body ?? "", key });
    }
    return [...byKey.values()];
  }

  /** A commit for the lock to point at, dated now: the default branch's tree, no parent, nothing changed. */
  async function lockCommit(key: string): Promise<string> {
    const { data: repository } = await octokit.rest.repos.get({ ...repo });
    const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${repository.default_branch}` });
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: head.object.sha });
    const date = options.clock.now().toISOString();
    const who = { name: "orca-fleet liveness sweep", email: "orca-fleet@users.noreply.github.com", date };
    const { data } = await octokit.rest.git.createCommit({
      ...repo,
      message: `orca-fleet: incident lock for ${key}`,
      tree: commit.tree.sha,
      parents: [],
      author: who,
      committer: who,
    });
    return data.sha;
  }

  async function takeLock(key: string, sha: string): Promise<boolean> {
    try {
      await octokit.rest.git.createRef({ ...repo, ref: `refs/${lockRef(key)}`, sha });
      return true;
    } catch (error) {
      if (httpStatus(error) === 422) return false;
      throw error;
    }
  }

  /** Whether a lock that exists was left by a sweep that died: old, and no open issue carries its key. */
  async function staleLock(key: string): Promise<boolean> {
    const ref = await unlessNotFound(() => octokit.rest.git.getRef({ ...repo, ref: lockRef(key) }));
    if (ref === undefined) return true;
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
    const age = options.clock.now().getTime() - Date.parse(commit.committer.date);
    if (!(age > staleMs)) return false;
    return !(await listOpen()).some((issue) => issue.key === key);
  }

  /** Deletes a key's lock; one already gone (404, or GitHub's 422 "Reference does not exist") is what was wanted. */
  async function dropLock(key: string): Promise<void> {
    try {
      await octokit.rest.git.deleteRef({ ...repo, ref: lockRef(key) });
    } catch (error) {
      const status = httpStatus(error);
      if (status !== 404 && status !== 422) throw error;
    }
  }

  async function createIssue(key: string, title: string, body: string, labels: readonly string[]) {
    try {
      // No automatic retry of a create: a lost answer retried blindly would open a second issue.
      const { data } = await octokit.rest.issues.create({
        ...repo,
        title,
        body,
        labels: [...labels],
        request: { retries: 0 },
      });
      return { number: data.number, url: data.html_url };
    } catch (error) {
      const status = httpStatus(error);
      if (status === undefined || status < 500) throw error;
      // The issue may have been made before the answer was lost: look before creating it again.
      const made = (await listOpen()).find((issue) => issue.key === key);
      if (made !== undefined) return { number: made.number, url: made.url };
      const { data } = await octokit.rest.issues.create({ ...repo, title, body, labels: [...labels] });
      return { number: data.number, url: data.html_url };
    }
  }

  return {
    listOpen,
    async open(key, title, body, labels) {
      const sha = await lockCommit(key);
      if (!(await takeLock(key, sha))) {
        if (!(await staleLock(key))) return { outcome: "held" };
        await dropLock(key);
        if (!(await takeLock(key, sha))) return { outcome: "held" };
      }
      const created = await createIssue(key, title, `${marker(key)}\n${body}`, labels);
      return { outcome: "created", ...created };
    },
    async update(issueNumber, key, title, body) {
      await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, title, body: `${marker(key)}\n${body}` });
    },
    async close(issueNumber, key, comment) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment });
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issueNumber,
        state: "closed",
        state_reason: "completed",
      });
      await dropLock(key);
    },
  };
}
