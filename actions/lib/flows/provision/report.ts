import type { GitHub } from "../../adapters/github/github.js";
import type { Locale } from "../../core/i18n/locale.js";

import type { ApplyResult } from "./apply.js";
import { findMergedPullRequest, requestIssueNumber } from "./merged-pull-request.js";
import { renderApplyResult, renderIssueResult } from "./render.js";

export interface ApplyReport {
  pullRequest?: number;
  issue?: number;
  issueClosed: boolean;
}

/**
 * Tells the people who asked: a comment on the merged pull request with each clinic's instance, and one on the
 * clinic-request issue, which is closed once every clinic is ready. A run that created nothing says nothing, so
 * a re-run never buries the first report.
 */
export async function reportApply(
  github: Pick<GitHub, "issues" | "pulls">,
  push: { sha: string; headCommitMessage?: string },
  result: ApplyResult,
  locale: Locale,
): Promise<ApplyReport> {
  if (result.results.length === 0) return { issueClosed: false };
  const pr = await findMergedPullRequest(github.pulls, push.sha, push.headCommitMessage);
  if (pr === undefined) return { issueClosed: false };
  await github.issues.comment(pr.number, renderApplyResult(result, locale));
  const issue = requestIssueNumber(pr);
  if (issue === undefined) return { pullRequest: pr.number, issueClosed: false };
  await github.issues.comment(issue, renderIssueResult(result.results, locale));
  const done = result.results.every((r) => r.outcome === "ready");
  if (done) await github.issues.close(issue);
  return { pullRequest: pr.number, issue, issueClosed: done };
}
