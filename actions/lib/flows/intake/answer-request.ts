import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import { inGroup, type Log } from "../../core/ports.js";
import { loadRegistry } from "../../core/registry/load.js";
import { formatProblem } from "../../core/registry/problem.js";
import { validateClinicText } from "../../core/registry/validate-text.js";
import { type IntakeSettings, runIntake } from "./run-intake.js";
import { renderIntakeSummary } from "./summary.js";

export interface IntakeDeps {
  github: GitHub;
  log: Log;
}

/**
 * The intake action's flow: reads the registry for the form's choices and for uniqueness, answers the request
 * issue, and reports what it did. A registry without a valid fleet.yml stops it: the form cannot be read without it.
 */
export async function answerRequest(
  deps: IntakeDeps,
  clinicsDir: string,
  settings: IntakeSettings,
): Promise<FlowReport> {
  const registry = await inGroup(deps.log, "Read the registry", () => loadRegistry(clinicsDir));
  const fleet = registry.fleet;
  if (fleet === undefined) throw new Error(`no valid fleet.yml in ${clinicsDir}`);
  for (const problem of registry.problems) deps.log.warning(formatProblem(problem, registry.locale));
  const result = await inGroup(deps.log, "Answer the request", () =>
    runIntake(
      deps.github,
      settings,
      fleet,
      (text, file, requested) =>
        validateClinicText(text, file, { fleet, clinics: [...registry.clinics, ...requested] }).problems,
    ),
  );
  const pull =
    result.outcome === "pr-opened"
      ? { "pull-request-number": result.pull.number, "pull-request-url": result.pull.url }
      : {};
  return {
    outputs: {
      outcome: result.outcome,
      problems: result.outcome === "needs-changes" ? result.problems.length : 0,
      ...pull,
    },
    summary: renderIntakeSummary(settings.issueNumber, result, fleet.locale),
  };
}
