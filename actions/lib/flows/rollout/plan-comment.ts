import type { Locale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import { applyMessages } from "./apply-messages.js";
import type { RolloutPlan } from "./plan-types.js";
import { renderRolloutPlan } from "./render.js";
import { sealTargets } from "./reviewed-targets.js";

/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
export const commentLimit = 65_000;
const rowsPerRing = 60;

/**
 * The plan comment on a pull request: per ring its clinics (folded, at most rowsPerRing shown), waves, earliest
 * windows and freezes, then the hidden reviewed-targets block apply compares with. Should the rows still not fit,
 * only the ring lines remain: the body is under the limit by construction.
 */
export function renderPlanComment(plan: RolloutPlan, locale: Locale): string {
  const block = sealTargets(plan);
  const full = `${renderRolloutPlan(plan, locale, { maxRowsPerRing: rowsPerRing })}\n\n${block}`;
  if (full.length <= commentLimit) return full;
  const say = translator(locale);
  const short = renderRolloutPlan(plan, locale, { maxRowsPerRing: 0 });
  return `${short}\n\n${say(applyMessages.summaryOnly)}\n\n${block}`;
}
