import { z } from "zod";
import { assertBodyFits } from "../../core/render/body.js";
import { applyLabelChanges, type LabelChanges } from "./labels.js";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { findStickyComment, type StickyOutcome, upsertStickyComment } from "./sticky-comment.js";

/** An issue as the flows read it: re-read from GitHub, never taken from a possibly old event payload. */
export interface IssueView {
  state: string;
  body: string;
  authorLogin: string;
  authorAssociation: string;
  labels: string[];
}

/** A comment found by its hidden marker and author. */
export interface StickyComment {
  id: number;
  body: string;
  url: string;
}

/**
 * Issues and pull-request conversations of one repository, as every flow reaches them: comments by hidden marker and
 * author in one place, plain comments, labels and closing.
 */
export interface Issues {
  get(issueNumber: number): Promise<IssueView>;
  /** Creates or edits the one comment that carries the key's marker, written by `author` when given. */
  upsertSticky(
    issueNumber: number,
    key: string,
    body: string,
    author?: string,
  ): Promise<{ url: string; outcome: StickyOutcome }>;
  findSticky(issueNumber: number, key: string, author?: string): Promise<StickyComment | undefined>;
  comment(issueNumber: number, body: string): Promise<void>;
  relabel(issueNumber: number, changes: LabelChanges): Promise<void>;
  close(issueNumber: number): Promise<void>;
}

const issueView = z.object({
  state: z.string(),
  body: z.string().nullable().optional(),
  author_association: z.string(),
  user: z.object({ login: z.string() }).nullable(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])),
});

export function createIssues(octokit: Octokit, repo: RepoRef): Issues {
  return {
    async get(issueNumber) {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issueNumber });
      const issue = issueView.parse(data);
      return {
        state: issue.state,
        body: issue.body ?? "",
        authorLogin: issue.user?.login ?? "",
        authorAssociation: issue.author_association,
        labels: issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
      };
    },
    async upsertSticky(issueNumber, key, body, author) {
      const { url, outcome } = await upsertStickyComment(octokit, { ...repo, issueNumber, key }, body, author);
      return { url, outcome };
    },
    async findSticky(issueNumber, key, author) {
      const found = await findStickyComment(octokit, { ...repo, issueNumber, key }, author);
      return found === undefined ? undefined : { id: found.id, body: found.body, url: found.html_url };
    },
    async comment(issueNumber, body) {
      assertBodyFits(body, "comment");
      await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    },
    relabel: (issueNumber, changes) => applyLabelChanges(octokit, repo, issueNumber, changes),
    async close(issueNumber) {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: issueNumber,
        state: "closed",
        state_reason: "completed",
      });
    },
  };
}
