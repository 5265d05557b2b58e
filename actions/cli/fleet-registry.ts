import type { Locale } from "../lib/core/i18n/locale.js";
import { silentLog } from "../lib/core/ports.js";
import type { Clinic, Fleet } from "../lib/core/registry/schema.js";
import { readFleetRegistry } from "../lib/core/registry/usable-fleet.js";

/** A registry some command can act on: fleet.yml valid, and its clinics. */
export interface UsableRegistry {
  fleet: Fleet;
  clinics: Clinic[];
  locale: Locale;
}

/** Loads the registry folder as the flows do; a fleet.yml that does not validate is an error listing the problems. */
export async function loadUsableRegistry(dir: string): Promise<UsableRegistry> {
  const { fleet, clinics } = await readFleetRegistry(dir, silentLog, false);
  return { fleet, clinics: clinics.map((loaded) => loaded.clinic), locale: fleet.locale };
}

export function activeClinicIds(registry: UsableRegistry): string[] {
  return registry.clinics.filter((c) => c.status === "active").map((c) => c.id);
}
