import type { Locale } from "../../core/i18n/locale.js";
import { codeSpan } from "../../core/render/body.js";
import type { OverdueCritical } from "./counts.js";
import { say } from "./messages.js";
import type { PatchReport } from "./render.js";
import type { PatchReportResult } from "./run-patch-report.js";

/** The JSON file the workflow uploads: the report as typed data, and every active clinic in full. */
export interface PatchReportFile extends PatchReport {
  version: 1;
  clinics: PatchReportResult["clinics"];
}

export function reportFile(result: PatchReportResult): PatchReportFile {
  return { version: 1, ...result.report, clinics: result.clinics };
}

/** The job summary: the report, then what this run wrote (the history, the issue). */
export function renderJobSummary(result: PatchReportResult, branch: string, locale: Locale): string {
  const history =
    result.history.outcome === "committed"
      ? say("historyCommitted", locale, { events: result.history.events, branch: codeSpan(branch) })
      : say("historyUnchanged", locale);
  const issue = say("issueLine", locale, {
    // A string: a number would be grouped by the locale (#1,234).
    number: String(result.issue.number),
    outcome: say(result.issue.outcome, locale),
  });
  return [result.markdown, "---", "", history, "", issue, ""].join("\n");
}

/** Why the job fails when critical patches have waited too long: the count and the first few, by clinic. */
export function overdueMessage(overdue: readonly OverdueCritical[], limitDays: number, locale: Locale): string {
  const clinics = new Set(overdue.map((o) => o.clinicId));
  const shown = overdue.slice(0, 10).map((o) => `${o.clinicId} ${o.kbId} (${o.days})`);
  return say("gateFailed", locale, {
    count: overdue.length,
    days: limitDays,
    clinics: clinics.size,
    list: `${shown.join(", ")}${overdue.length > shown.length ? ", …" : ""}`,
  });
}
