import type { FlowReport } from "../../core/flow-report.js";
import type { Log } from "../../core/ports.js";
import { loadRegistry } from "../../core/registry/load.js";
import { formatProblem } from "../../core/registry/problem.js";
import type { regions } from "../../core/registry/schema.js";
import { driftLines, renderSummary, sweepFile } from "./outputs.js";
import { runSweep, type SweepPorts } from "./sweep.js";

/** What the action asks for, as its inputs give it. */
export interface SweepRequest {
  clinics: string;
  region?: (typeof regions)[number];
  sweepId: string;
  waitSeconds: number;
  /** Where the JSON file goes, for the workflow to upload. */
  resultFile: string;
}

export interface SweepDeps {
  /** The sweep's ports for the fleet's region, known once fleet.yml has been read. */
  connect(region: string): SweepPorts;
  writeFile(path: string, text: string): Promise<void>;
  log: Log;
}

/**
 * The liveness-sweep action as one library call: read the registry (a clinic file with a problem is reported and
 * the others swept; a missing fleet.yml refuses), sweep, write the JSON file, and hand back outputs and summary.
 */
export async function sweepFleet(deps: SweepDeps, request: SweepRequest): Promise<FlowReport> {
  const registry = await loadRegistry(request.clinics);
  const fleet = registry.fleet;
  if (fleet === undefined)
    throw new Error(
      `${request.clinics}/fleet.yml is missing or invalid: the sweep needs its region, locale and liveness policy (orca-fleet validate ${request.clinics})`,
    );
  for (const problem of registry.problems) deps.log.warning(formatProblem(problem, registry.locale));
  const clinics = registry.clinics
    .map((loaded) => loaded.clinic)
    .filter((clinic) => clinic.status === "active")
    .map((clinic) => ({ id: clinic.id, desired: clinic.orca.version }))
    .sort((a, b) => a.id.localeCompare(b.id));
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
