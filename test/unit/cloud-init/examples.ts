import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "../../../actions/lib/core/registry/schema.js";

const clinicsDir = join(import.meta.dirname, "../../../clinics");

/** The example registry in clinics/, parsed with the one schema. */
export function exampleRegistry(): { fleet: Fleet; clinics: Clinic[] } {
  const read = (name: string): unknown => parse(readFileSync(join(clinicsDir, name), "utf8"));
  const clinics = readdirSync(clinicsDir)
    .filter((name) => name.endsWith(".yml") && name !== "fleet.yml")
    .sort()
    .map((name) => clinicSchema.parse(read(name)));
  return { fleet: fleetSchema.parse(read("fleet.yml")), clinics };
}
