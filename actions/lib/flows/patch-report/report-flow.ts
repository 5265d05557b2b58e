import type { FlowReport } from "../../core/flow-report.js";
import type { Log } from "../../core/ports.js";
import type { regions } from "../../core/registry/schema.js";
import { overdueMessage, renderJobSummary, reportFile } from "./outputs.js";
import { type PatchReportPorts, runPatchReport } from "./run-patch-report.js";
import { readReportScope } from "./scope.js";

/** What the action asks for, as its inputs give it. */
export interface PatchReportRequest {
  /** The registry folder. */
  clinics: string;
  /** Overrides fleet.yml's region. */
  region?: (typeof regions)[number];
  staleDays: number;
  failOnCriticalOlderThanDays?: number;
  historyBranch: string;
  /** Where the JSON file goes, for the workflow to upload. */
  reportFile: string;
  concurrency: number;
}

export interface PatchReportDeps {
  /** The report's ports for the fleet's region, which is known once fleet.yml has been read. */
  connect(region: string): PatchReportPorts;
  writeFile(path: string, text: string): Promise<void>;
  log: Log;
}

/**
 * The patch-report action as one library call: read the registry, report, write the JSON file, and hand back the
 * outputs, the job summary and (when critical patches have waited too long) the failure, in the fleet's locale.
 */
export async function reportPatches(deps: PatchReportDeps, request: PatchReportRequest): Promise<FlowReport> {
  const scope = await readReportScope(request.clinics);
  for (const problem of scope.problems) deps.log.warning(problem);
  const result = await runPatchReport(deps.connect(request.region ?? scope.region), {
    ...request,
    activeClinics: scope.activeClinics,
    locale: scope.locale,
  });
  await deps.writeFile(request.reportFile, `${JSON.stringify(reportFile(result), null, 2)}\n`);
  const { summary } = result.report;
  const limit = request.failOnCriticalOlderThanDays;
  return {
    outputs: {
      issue: result.issue.number,
      "issue-outcome": result.issue.outcome,
      compliant: summary.compliant,
      "non-compliant": summary.nonCompliant,
      "never-scanned": summary.neverScanned,
      "overdue-critical": result.overdue.length,
      history: result.history.outcome,
      "report-file": request.reportFile,
    },
    summary: renderJobSummary(result, request.historyBranch, scope.locale),
    ...(limit !== undefined && result.overdue.length > 0
      ? { failure: overdueMessage(result.overdue, limit, scope.locale) }
      : {}),
  };
}
