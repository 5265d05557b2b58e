import { assertBodyFits } from "../../core/render/body.js";
import { marker } from "../../core/render/markdown.js";
import type { Octokit } from "./octokit.js";
import { httpStatus } from "./status.js";

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** Names the comment: one comment per key per issue or pull request. */
  key: string;
}

export type StickyOutcome = "created" | "updated" | "unchanged";

/**
 * Creates the comment that carries the key's hidden marker, or edits it in place; an identical body is left
 * alone, so re-running an action makes no request that writes. Only comments by `author` (the token's own login,
 * when known) count, so a person who pastes the marker cannot hijack the comment.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  target: StickyCommentTarget,
  body: string,
  author?: string,
): Promise<{ id: number; url: string; outcome: StickyOutcome }> {
  const tag = marker(target.key);
  const full = `${tag}\n${body}`;
  assertBodyFits(full, "comment");
  const existing = await findStickyComment(octokit, target, author);
  const repo = { owner: target.owner, repo: target.repo };
  if (existing === undefined) return createOnce(octokit, target, full, author);
  if (existing.body === full) return { id: existing.id, url: existing.html_url, outcome: "unchanged" };
  const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: full });
  return { id: data.id, url: data.html_url, outcome: "updated" };
}

/** Attempts at creating a sticky comment whose answers were lost (a 5xx, or no answer at all). */
const createAttempts = 4;

/**
 * Creates the comment without plugin-retry's blind retries: a 5xx may come after GitHub made the comment (a lost
 * answer), and a blind retry would post it twice. After such a failure the comment is looked for by its marker and
 * author, and created again only when it is not there.
 */
async function createOnce(
  octokit: Octokit,
  target: StickyCommentTarget,
  body: string,
  author: string | undefined,
): Promise<{ id: number; url: string; outcome: StickyOutcome }> {
  const repo = { owner: target.owner, repo: target.repo };
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: target.issueNumber,
        body,
        request: { retries: 0 },
      });
      return { id: data.id, url: data.html_url, outcome: "created" };
    } catch (error) {
      const status = httpStatus(error);
      if (attempt >= createAttempts || (status !== undefined && status < 500)) throw error;
      const made = await findStickyComment(octokit, target, author);
      if (made !== undefined) return { id: made.id, url: made.html_url, outcome: "created" };
    }
  }
}

export async function findStickyComment(
  octokit: Octokit,
  target: StickyCommentTarget,
  author?: string,
): Promise<{ id: number; body: string; html_url: string } | undefined> {
  const tag = marker(target.key);
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for (const comment of comments) {
    if (comment.body && carriesMarker(comment, tag, author))
      return { id: comment.id, body: comment.body, html_url: comment.html_url };
  }
  return undefined;
}

/**
 * Whether a comment or an issue is the one a marker names: its body starts with the marker and, when the author is
 * known, that author wrote it (a person who pastes the marker into their own text does not take it over).
 */
export function carriesMarker(
  item: { body?: string | null; user?: { login: string } | null },
  tag: string,
  author: string | undefined,
): boolean {
  if (author !== undefined && item.user?.login !== author) return false;
  return item.body?.startsWith(tag) === true;
}
