import type { FlowReport } from "../../core/flow-report.js";
import type { RegionalFlowDeps } from "../../core/ports.js";
import type { Region } from "../../core/registry/schema.js";
import { readObservedFleet } from "../../core/registry/usable-fleet.js";
import { driftLines, renderSummary, sweepFile } from "./outputs.js";
import { runSweep, type SweepPorts } from "./sweep.js";

/** What the action asks for, as its inputs give it. */
export interface SweepRequest {
  clinics: string;
  region?: Region;
  sweepId: string;
  waitSeconds: number;
  /** Where the JSON file goes, for the workflow to upload. */
  resultFile: string;
}

export type SweepDeps = RegionalFlowDeps<SweepPorts>;

/**
 * The liveness-sweep action as one library call: read the registry (a clinic file with a problem is reported and
 * the others swept; a missing fleet.yml refuses), sweep, write the JSON file, and hand back outputs and summary.
 */
export async function sweepFleet(deps: SweepDeps, request: SweepRequest): Promise<FlowReport> {
  const { fleet, activeClinics } = await readObservedFleet(request.clinics, deps.log);
  const clinics = activeClinics.map((clinic) => ({ id: clinic.id, desired: clinic.orca.version }));
  const result = await runSweep(deps.connect(request.region ?? fleet.region), {
    clinics,
    policy: fleet.liveness,
    locale: fleet.locale,
    sweepId: request.sweepId,
    waitSeconds: request.waitSeconds,
  });
  for (const line of driftLines(result.clinics)) deps.log.info(line);
  const file = sweepFile(result);
  await deps.writeFile(request.resultFile, `${JSON.stringify(file, null, 2)}\n`);
  return {
    outputs: {
      clinics: result.clinics.length,
      healthy: file.counts.healthy,
      "not-healthy": result.clinics.length - file.counts.healthy,
      restarted: result.clinics.filter((c) => c.restarted).length,
      "incidents-open": result.incidents.open,
      "incidents-opened": result.incidents.opened,
      "incidents-closed": result.incidents.closed,
      drift: result.clinics.filter((c) => c.drift !== undefined).length,
      history: result.history,
      "result-file": request.resultFile,
    },
    summary: renderSummary(result, fleet.locale),
  };
}
