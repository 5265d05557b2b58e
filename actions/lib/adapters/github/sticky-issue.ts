import { assertBodyFits } from "../../core/render/body.js";
import { marker } from "../../core/render/markdown.js";
import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { carriesMarker, type StickyOutcome } from "./sticky-comment.js";

/** An issue kept in place under a hidden marker: one per key in the repository, edited rather than repeated. */
export interface StickyIssue {
  /** Names the issue: its body starts with this key's hidden marker. */
  key: string;
  /** The label it carries and is listed by. */
  label: string;
  title: string;
  body: string;
}

export interface StickyIssueResult {
  number: number;
  url: string;
  outcome: StickyOutcome;
}

/**
 * Creates the issue, or edits the one that carries the key's marker, was opened by `author` and has the label,
 * open or closed: a closed one is reopened, since it is the current report. An identical issue is left alone, so a
 * second run with the same report writes nothing. Listed by label and creator, so the listing stays small however
 * many issues the repository has.
 */
export async function upsertStickyIssue(
  octokit: Octokit,
  repo: RepoRef,
  wanted: StickyIssue,
  author: string | undefined,
): Promise<StickyIssueResult> {
  const tag = marker(wanted.key);
  const body = `${tag}\n${wanted.body}`;
  assertBodyFits(body, "issue");
  const existing = await findStickyIssue(octokit, repo, wanted, author);
  if (existing === undefined) {
    const { data } = await octokit.rest.issues.create({ ...repo, title: wanted.title, body, labels: [wanted.label] });
    return { number: data.number, url: data.html_url, outcome: "created" };
  }
  if (existing.body === body && existing.title === wanted.title && existing.state === "open")
    return { number: existing.number, url: existing.html_url, outcome: "unchanged" };
  const { data } = await octokit.rest.issues.update({
    ...repo,
    issue_number: existing.number,
    title: wanted.title,
    body,
    state: "open",
  });
  return { number: data.number, url: data.html_url, outcome: "updated" };
}

export async function findStickyIssue(
  octokit: Octokit,
  repo: RepoRef,
  wanted: Pick<StickyIssue, "key" | "label">,
  author: string | undefined,
): Promise<{ number: number; title: string; body: string; state: string; html_url: string } | undefined> {
  const tag = marker(wanted.key);
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repo,
    labels: wanted.label,
    state: "all",
    ...(author === undefined ? {} : { creator: author }),
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  // Pull requests share the issues listing; the oldest marked issue is the report, should a race have made two.
  const found = issues.find((issue) => issue.pull_request === undefined && carriesMarker(issue, tag, author));
  if (found === undefined) return undefined;
  return {
    number: found.number,
    title: found.title,
    body: found.body ?? "",
    state: found.state,
    html_url: found.html_url,
  };
}
