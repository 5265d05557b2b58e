import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { FleetInstance } from "../../../actions/lib/adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../../actions/lib/core/instance-tags.js";
import type { LoadedClinic } from "../../../actions/lib/core/registry/load.js";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import type { Ring } from "../../../actions/lib/flows/rollout/plan-types.js";
import { type RolloutRecord, rolloutRecordTags } from "../../../actions/lib/flows/rollout/records.js";

/** The example fleet's rollout policy, as the base every test changes what it is about. */
export const examplePolicy: Fleet["rollout"] = fleetSchema.parse(
  parse(readFileSync("clinics/fleet.yml", "utf8")),
).rollout;

export function policy(patch: Partial<Fleet["rollout"]> = {}): Fleet["rollout"] {
  return fleetSchema.shape.rollout.parse({ ...examplePolicy, ...patch });
}

const template: Clinic = clinicSchema.parse(parse(readFileSync("clinics/fukuoka-tenjin.yml", "utf8")));

export interface ClinicSpec {
  ring?: Ring;
  window?: string;
  version?: string;
  status?: Clinic["status"];
}

export function clinic(id: string, spec: ClinicSpec = {}): LoadedClinic {
  return {
    file: `clinics/${id}.yml`,
    clinic: clinicSchema.parse({
      ...template,
      id,
      status: spec.status ?? "active",
      orca: { version: spec.version ?? "5.2.1", ring: spec.ring ?? "general" },
      maintenanceWindow: spec.window ?? "daily 22:00-06:00",
    }),
  };
}

export interface InstanceSpec {
  version?: string | null;
  record?: RolloutRecord;
  state?: string;
}

export function instanceOf(c: LoadedClinic, spec: InstanceSpec = {}, index = 0): FleetInstance {
  const version = spec.version === undefined ? "5.2.0" : spec.version;
  return {
    instanceId: `i-${createHash("sha1").update(`${c.clinic.id}/${index}`).digest("hex").slice(0, 17)}`,
    clinicId: c.clinic.id,
    state: spec.state ?? "running",
    tags: {
      [tagKeys.clinic]: c.clinic.id,
      ...(version === null ? {} : { [tagKeys.orcaVersion]: version }),
      ...(spec.record === undefined ? {} : rolloutRecordTags(spec.record)),
    },
  };
}

/** A clock at a Tokyo wall time, written as Tokyo time. */
export function tokyo(text: string): { now: () => Date } {
  const at = new Date(`${text}+09:00`);
  return { now: () => at };
}

export const noHolidays = new Map<string, { en: string; ja: string }>();
