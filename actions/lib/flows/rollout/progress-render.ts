import type { Locale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import { inert, table } from "../../core/render/markdown.js";
import { applyMessages, applyStatusWords } from "./apply-messages.js";
import type { ClinicResult } from "./clinic-results.js";
import { countsOf } from "./clinic-results.js";
import { failureWords, stateWords } from "./messages.js";
import type { RolloutPlan } from "./plan-types.js";
import { tokyoTime } from "./render.js";

/** Failures listed in the comment; the rest are counted and left to the JSON artifact. */
export const maxFailureRows = 30;
const errorChars = 160;

export type ProgressStatus = keyof typeof applyStatusWords;

/**
 * The live comment (and job summary) of an apply: status, HALTED and how to resume, a line per ring and wave,
 * counts, the failures table and the next windows. Its size is bounded by construction: a fixed number of lines per
 * ring and wave, at most maxFailureRows failures with their errors cut, whatever the fleet's size.
 */
export function renderProgress(
  plan: RolloutPlan,
  results: readonly ClinicResult[],
  status: ProgressStatus,
  locale: Locale,
): string {
  const say = translator(locale);
  const lines = [
    `### ${say(applyMessages.title, { status: say(applyStatusWords[status]), at: tokyoTime(plan.plannedAt) })}`,
    "",
  ];
  const halt = plan.halt;
  if (halt !== undefined) {
    lines.push(
      halt.reason === "rollback-failed"
        ? say(applyMessages.haltRollbackFailed, { clinics: halt.clinics.join(", ") })
        : say(applyMessages.haltBudget, {
            ring: halt.ring,
            wave: halt.wave + 1,
            failures: halt.failures,
            budget: halt.budget,
          }),
      "",
    );
  }
  lines.push(say(applyMessages.counts, { ...countsOf(results) }), "");
  for (const ring of plan.rings) {
    const mine = results.filter((r) => r.ring === ring.ring);
    const { updated, failed, remaining } = countsOf(mine);
    lines.push(
      `- ${say(applyMessages.ringProgress, { ring: ring.ring, state: say(stateWords[ring.state]), updated, failed, remaining })}`,
    );
    for (const w of ring.waves) {
      lines.push(
        `  - ${say(applyMessages.waveProgress, { wave: w.wave + 1, clinics: w.clinics.length, failures: w.failures, budget: w.budget })}`,
      );
    }
    const next = ring.waiting
      .map((w) => w.earliestStart)
      .filter((s): s is string => s !== null)
      .sort()[0];
    if (next !== undefined) lines.push(`  - ${say(applyMessages.nextWindow, { at: tokyoTime(next) })}`);
  }
  const failures = results.filter((r) => r.state === "failed");
  if (failures.length > 0) {
    const rows = failures
      .slice(0, maxFailureRows)
      .map((f) => [
        f.clinicId,
        inert(f.step ?? (f.failure === undefined ? "-" : say(failureWords[f.failure]))),
        inert((f.error ?? "").slice(0, errorChars)),
        f.rolledBack === true
          ? say(applyMessages.yes)
          : f.failure === "rollback-failed"
            ? say(applyMessages.no)
            : say(applyMessages.notApplicable),
      ]);
    lines.push(
      "",
      `#### ${say(applyMessages.failuresHead)}`,
      "",
      table(
        [applyMessages.headClinic, applyMessages.headStep, applyMessages.headError, applyMessages.headRolledBack].map(
          (h) => say(h),
        ),
        rows,
      ),
    );
    if (failures.length > maxFailureRows)
      lines.push("", say(applyMessages.more, { count: failures.length - maxFailureRows }));
  }
  return lines.join("\n");
}
