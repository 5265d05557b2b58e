import type { Locale } from "../lib/core/i18n/locale.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import type { Clinic, Fleet } from "../lib/core/registry/schema.js";

/** A registry some command can act on: fleet.yml valid, and its clinics. */
export interface UsableRegistry {
  fleet: Fleet;
  clinics: Clinic[];
  locale: Locale;
}

/** Loads the registry folder; a fleet.yml that does not validate is an error that shows validate's problems. */
export async function loadUsableRegistry(dir: string): Promise<UsableRegistry> {
  const result = await loadRegistry(dir);
  if (result.fleet === undefined) {
    const problems = result.problems.map((p) => formatProblem(p, result.locale)).join("\n");
    throw new Error(`${dir}: fleet.yml does not validate; run orca-fleet validate ${dir}\n${problems}`);
  }
  return { fleet: result.fleet, clinics: result.clinics.map((c) => c.clinic), locale: result.fleet.locale };
}

export function activeClinicIds(registry: UsableRegistry): string[] {
  return registry.clinics.filter((c) => c.status === "active").map((c) => c.id);
}
