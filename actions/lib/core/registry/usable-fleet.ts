import { translator } from "../i18n/message.js";
import { inGroup, type Log } from "../ports.js";
import { loadRegistry, type RegistryResult } from "./load.js";
import { refusalMessages } from "./messages.js";
import { formatProblem } from "./problem.js";
import type { Clinic, Fleet } from "./schema.js";

export interface FleetRegistry extends RegistryResult {
  fleet: Fleet;
}

/** The registry has problems a person must fix: an expected refusal, not a failure of the flow. */
export class RegistryRefusedError extends Error {
  override readonly name = "RegistryRefusedError";
}

/**
 * Reads the registry for a flow that acts on the fleet. `strict`: any problem refuses, so nothing is planned from
 * a registry people have not fixed; otherwise only a missing or invalid fleet.yml does. Either way each problem is
 * listed where a person can find it.
 */
export async function readFleetRegistry(dir: string, log: Log, strict: boolean): Promise<FleetRegistry> {
  const registry = await inGroup(log, "Read the registry", () => loadRegistry(dir));
  const listed = registry.problems.map((p) => formatProblem(p, registry.locale)).join("\n");
  const t = translator(registry.locale);
  if (strict && registry.problems.length > 0)
    throw new RegistryRefusedError(
      `${t(refusalMessages.hasProblems, { count: registry.problems.length, dir })}\n${listed}`,
    );
  const { fleet } = registry;
  if (fleet === undefined) throw new RegistryRefusedError(`${t(refusalMessages.fleetMissing, { dir })}\n${listed}`);
  return { ...registry, fleet };
}

/** The fleet as a flow that only observes it (a sweep, a report) sees it: fleet.yml and its active clinics. */
export interface ObservedFleet {
  fleet: Fleet;
  /** By id. */
  activeClinics: Clinic[];
}

/**
 * Reads the registry for a flow that observes the fleet and changes nothing a clinic file decides: a clinic file with
 * a problem is a warning and is left out, every clinic that loaded is observed; only a missing fleet.yml refuses.
 */
export async function readObservedFleet(dir: string, log: Log): Promise<ObservedFleet> {
  const registry = await readFleetRegistry(dir, log, false);
  for (const problem of registry.problems) log.warning(formatProblem(problem, registry.locale));
  const activeClinics = registry.clinics
    .map((loaded) => loaded.clinic)
    .filter((clinic) => clinic.status === "active")
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { fleet: registry.fleet, activeClinics };
}
