import type { Locale } from "../../core/i18n/locale.js";
import { loadRegistry } from "../../core/registry/load.js";
import { formatProblem } from "../../core/registry/problem.js";
import type { Fleet } from "../../core/registry/schema.js";

/** What the report needs of the registry: where the fleet runs, its locale, and which clinics are active. */
export interface ReportScope {
  region: Fleet["region"];
  locale: Locale;
  activeClinics: string[];
  /** Registry problems, each as file:line:column field: message; reported, not fatal (see below). */
  problems: string[];
}

/**
 * Reads the registry. A report is an observation, not a change: a clinic file with a problem does not stop it, and
 * every clinic that loaded is reported; only a missing fleet.yml (no region, no locale) refuses.
 */
export async function readReportScope(dir: string): Promise<ReportScope> {
  const registry = await loadRegistry(dir);
  if (registry.fleet === undefined)
    throw new Error(
      `${dir}/fleet.yml is missing or invalid: the report needs its region and locale (orca-fleet validate ${dir})`,
    );
  return {
    region: registry.fleet.region,
    locale: registry.fleet.locale,
    activeClinics: registry.clinics
      .map((loaded) => loaded.clinic)
      .filter((clinic) => clinic.status === "active")
      .map((clinic) => clinic.id)
      .sort(),
    problems: registry.problems.map((p) => formatProblem(p, registry.locale)),
  };
}
