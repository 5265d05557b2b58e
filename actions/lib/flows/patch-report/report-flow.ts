import type { FlowReport } from "../../core/flow-report.js";
import type { RegionalFlowDeps } from "../../core/ports.js";
import type { Region } from "../../core/registry/schema.js";
import { readObservedFleet } from "../../core/registry/usable-fleet.js";
import { overdueMessage, renderJobSummary, reportFile } from "./outputs.js";
import { type PatchReportPorts, runPatchReport } from "./run-patch-report.js";

/** What the action asks for, as its inputs give it. */
export interface PatchReportRequest {
  /** The registry folder. */
  clinics: string;
  /** Overrides fleet.yml's region. */
  region?: Region;
  staleDays: number;
  failOnCriticalOlderThanDays?: number;
  historyBranch: string;
  /** Where the JSON file goes, for the workflow to upload. */
  reportFile: string;
  concurrency: number;
}

export type PatchReportDeps = RegionalFlowDeps<PatchReportPorts>;

/**
 * The patch-report action as one library call: read the registry, report, write the JSON file, and hand back the
 * outputs, the job summary and (when critical patches have waited too long) the failure, in the fleet's locale.
 */
export async function reportPatches(deps: PatchReportDeps, request: PatchReportRequest): Promise<FlowReport> {
  const { fleet, activeClinics } = await readObservedFleet(request.clinics, deps.log);
  const { locale } = fleet;
  const result = await runPatchReport(deps.connect(request.region ?? fleet.region), {
    ...request,
    activeClinics: activeClinics.map((clinic) => clinic.id),
    locale,
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
    summary: renderJobSummary(result, request.historyBranch, locale),
    ...(limit !== undefined && result.overdue.length > 0
      ? { failure: overdueMessage(result.overdue, limit, locale) }
      : {}),
  };
}
