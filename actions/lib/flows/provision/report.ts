import type { GitHub } from "../../adapters/github/github.js";
import type { Locale } from "../../core/i18n/locale.js";
import type { ApplyResult } from "./apply.js";
import { type MergedPullRequest, requestIssueNumber } from "./merged-pull-request.js";
import { renderApplyResult, renderIssueResult } from "./render.js";

/** The key of the one result comment on the merged pull request and on its request issue. */
export const resultCommentKey = "provision-result";

export interface ApplyReport {
  pullRequest?: number;
  issue?: number;
  issueClosed: boolean;
}

/**
 * Tells the people who asked: one comment on the merged pull request with each clinic's instance, and one on the
 * clinic-request issue, which is closed once every clinic is ready. The result is what is found (launched by this
 * run or an interrupted earlier one), and each comment is found by marker and author and edited in place, so a
 * re-run after a crash completes the report instead of adding a second one. A run with nothing to report says nothing.
 */
export async function reportApply(
  github: Pick<GitHub, "issues">,
  pr: MergedPullRequest | undefined,
  result: ApplyResult,
  settings: { locale: Locale; botLogin: string },
): Promise<ApplyReport> {
  if (result.results.length === 0 || pr === undefined) return { issueClosed: false };
  await github.issues.upsertSticky(
    pr.number,
    resultCommentKey,
    renderApplyResult(result, settings.locale),
    settings.botLogin,
  );
  const issue = requestIssueNumber(pr);
  if (issue === undefined) return { pullRequest: pr.number, issueClosed: false };
  await github.issues.upsertSticky(
    issue,
    resultCommentKey,
    renderIssueResult(result.results, settings.locale),
    settings.botLogin,
  );
  const done = result.results.every((r) => r.outcome === "ready");
  // Closing a closed issue changes nothing, so a re-run may close it again.
  if (done) await github.issues.close(issue);
  return { pullRequest: pr.number, issue, issueClosed: done };
}
