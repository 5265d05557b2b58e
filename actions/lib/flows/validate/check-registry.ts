import type { FlowReport } from "../../core/flow-report.js";
import { translator } from "../../core/i18n/message.js";
import { inGroup, type Log } from "../../core/ports.js";
import { annotateProblems } from "../../core/registry/annotate.js";
import { loadRegistry } from "../../core/registry/load.js";
import { summaryMessages } from "./messages.js";
import { renderSummary } from "./summary.js";

/**
 * The validate action's flow: every problem of the registry as an annotation on its file, line and column, a job
 * summary, and a failure when there is any problem.
 */
export async function checkRegistry(log: Log, settings: { clinics: string; workspace: string }): Promise<FlowReport> {
  const result = await inGroup(log, "Validate the registry", () => loadRegistry(settings.clinics));
  const { locale } = result;
  annotateProblems(result.problems, settings.workspace, log, locale);
  const problems = result.problems.length;
  return {
    outputs: { clinics: result.clinics.length, problems },
    summary: renderSummary(result.clinics.length, result.problems, locale),
    ...(problems === 0
      ? {}
      : { failure: translator(locale)(summaryMessages.failed, { problems, dir: settings.clinics }) }),
  };
}
