import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { FleetInstance } from "../../../actions/lib/adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../../actions/lib/core/instance-tags.js";
import type { Clock } from "../../../actions/lib/core/ports.js";
import type { LoadedClinic } from "../../../actions/lib/core/registry/load.js";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "../../../actions/lib/core/registry/schema.js";

/** The example registry's fleet.yml, as every provisioning test's fleet. */
export const fleet: Fleet = fleetSchema.parse(parse(readFileSync("clinics/fleet.yml", "utf8")));

/** The example registry's first clinic, as a template for made-up ones. */
const template: Clinic = clinicSchema.parse(parse(readFileSync("clinics/fukuoka-tenjin.yml", "utf8")));

export function clinic(id: string, status: Clinic["status"] = "active", name = `クリニック ${id}`): LoadedClinic {
  return { file: `clinics/${id}.yml`, clinic: clinicSchema.parse({ ...template, id, name, status }) };
}

export function instance(instanceId: string, clinicId: string, state = "running"): FleetInstance {
  return {
    instanceId,
    clinicId,
    state,
    privateIpAddress: "10.0.1.10",
    imageId: "ami-0123456789abcdef0",
    tags: { [tagKeys.clinic]: clinicId },
  };
}

export const fixedClock: Clock = { now: () => new Date("2026-11-25T03:00:00Z") };
