import type { Issues } from "../../adapters/github/issues.js";
import type { Locale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import type { MergedPullRequest } from "./merged-pull-request.js";
import { messages } from "./messages.js";
import { ProvisionRefusal } from "./refusal.js";
import { openProvision, type ReviewDrift, type ReviewedProvision, reviewDrift } from "./reviewed.js";
import { planCommentKey } from "./show-plan.js";

const driftShown = 10;

/** The reviewed plan of the merged pull request: its plan comment (by marker and the bot's login) and its block. */
export async function readReviewedPlan(
  issues: Pick<Issues, "findSticky">,
  pr: MergedPullRequest | undefined,
  botLogin: string,
): Promise<ReturnType<typeof openProvision>> {
  if (pr === undefined) return { found: false };
  const comment = await issues.findSticky(pr.number, planCommentKey, botLogin);
  return comment === undefined ? { found: false } : openProvision(comment.body);
}

/**
 * Refuses (a ProvisionRefusal, with how to refresh the plan) unless what apply would create now was reviewed:
 * no merged pull request (a direct push or a dispatch), no plan comment by the bot, a block that fails its digest,
 * or any drift. When nothing is to be created, nothing needs a review: the run only reports.
 */
export function checkReview(
  now: ReviewedProvision,
  pr: MergedPullRequest | undefined,
  reviewed: ReturnType<typeof openProvision>,
  context: { botLogin: string; locale: Locale },
): void {
  if (now.count === 0) return;
  const t = translator(context.locale);
  if (pr === undefined) throw new ProvisionRefusal(t(messages.noPullRequest, { count: now.count }));
  const fix = t(messages.refreshPlan, { pr: pr.number });
  if (!reviewed.found) {
    throw new ProvisionRefusal(`${t(messages.noReviewedPlan, { pr: pr.number, bot: context.botLogin })} ${fix}`);
  }
  if (!reviewed.ok) throw new ProvisionRefusal(`${t(messages.tamperedPlan, { pr: pr.number })} ${fix}`);
  const drift = reviewDrift(reviewed.state, now);
  if (drift.length === 0) return;
  // The first few say enough to act on; the count bounds the message for a large fleet.
  const shown = drift.slice(0, driftShown).map((d) => describeDrift(d, t));
  const said = [...shown, ...(drift.length > driftShown ? [`+${drift.length - driftShown}`] : [])].join("; ");
  throw new ProvisionRefusal(`${t(messages.stalePlan, { pr: pr.number, drift: said })} ${fix}`);
}

function describeDrift(drift: ReviewDrift, t: ReturnType<typeof translator>): string {
  switch (drift.kind) {
    case "ami":
      return t(messages.driftAmi, {
        now: drift.now ?? t(messages.driftNone),
        reviewed: drift.reviewed ?? t(messages.driftNone),
      });
    case "unreviewed":
      return t(messages.driftUnreviewed, { clinic: drift.clinic });
    case "changed":
      return t(messages.driftChanged, { clinic: drift.clinic });
    case "digest":
      return t(messages.driftDigest, { now: drift.now, reviewed: drift.reviewed });
  }
}
