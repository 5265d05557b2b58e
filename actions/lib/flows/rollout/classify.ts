import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../core/instance-tags.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { ClinicRef, ExcludedClinic, FailureKind, InFlightUpdate, ResumeOrder, Ring } from "./plan-types.js";
import { type RolloutRecord, readRolloutRecord } from "./records.js";
import { compareReleases } from "./version.js";

/** Where one clinic stands for its desired release, before rings, waves and windows are considered. */
export type ClinicStanding =
  | { kind: "excluded"; excluded: ExcludedClinic }
  | { kind: "refused"; ref: ClinicRef; ring: Ring }
  /** At its release; `record` when a rollout run got it there (it then counts toward waves and the bake). */
  | { kind: "current"; ref: ClinicRef; ring: Ring; record?: RolloutRecord }
  | {
      kind: "failed";
      ref: ClinicRef;
      ring: Ring;
      record: RolloutRecord;
      failure: FailureKind;
      acknowledged: boolean;
      probeReason?: string;
    }
  | { kind: "in-progress"; ref: ClinicRef; ring: Ring; wave: number }
  | { kind: "pending"; ref: ClinicRef; ring: Ring; running: boolean };

export interface ClassifyContext {
  ringOrder: readonly Ring[];
  instancesByClinic: ReadonlyMap<string, readonly FleetInstance[]>;
  inFlight: ReadonlyMap<string, InFlightUpdate>;
  /** The latest probe of each clinic. */
  probes: ReadonlyMap<string, { healthy: boolean; at: number; reason?: string }>;
  resume: ResumeOrder | undefined;
}

export function classifyClinic({ file, clinic }: LoadedClinic, context: ClassifyContext): ClinicStanding {
  const exclude = (reason: ExcludedClinic["reason"], detail?: string): ClinicStanding => ({
    kind: "excluded",
    excluded: { clinicId: clinic.id, file, reason, ...(detail === undefined ? {} : { detail }) },
  });
  // Suspended and retired clinics are never updated, whatever their files say.
  if (clinic.status !== "active") return exclude(clinic.status);
  const ring = clinic.orca.ring;
  if (!context.ringOrder.includes(ring)) return exclude("ring-not-in-order");
  const instances = context.instancesByClinic.get(clinic.id) ?? [];
  const [instance] = instances;
  if (instance === undefined) return exclude("no-instance");
  // Two live servers for one clinic need a person: updating either could be the wrong one.
  if (instances.length > 1) return exclude("several-instances", instances.map((i) => i.instanceId).join(", "));
  const read = readRolloutRecord(instance.tags);
  if (read.kind === "unreadable") return exclude("unreadable-record", read.detail);

  const ref: ClinicRef = {
    clinicId: clinic.id,
    file,
    instanceId: instance.instanceId,
    from: instance.tags[tagKeys.orcaVersion] ?? null,
    to: clinic.orca.version,
    maintenanceWindow: clinic.maintenanceWindow,
  };
  const record = read.kind === "record" && compareReleases(read.record.target, ref.to) === 0 ? read.record : undefined;
  if (record !== undefined) {
    const acknowledged = context.resume !== undefined && record.at <= context.resume.acknowledgedThrough;
    if (record.outcome === "updated") {
      const probe = context.probes.get(clinic.id);
      const unhealthy = probe !== undefined && !probe.healthy && probe.at >= Date.parse(record.at);
      if (!unhealthy) return { kind: "current", ref, ring, record };
      const probeReason = probe.reason === undefined ? {} : { probeReason: probe.reason };
      return { kind: "failed", ref, ring, record, failure: "unhealthy", acknowledged, ...probeReason };
    }
    // A failed roll-back needs a person even after a resume; the other failures are sent again when asked.
    const retry = acknowledged && context.resume?.retryFailed === true && record.outcome !== "rollback-failed";
    if (!retry) return { kind: "failed", ref, ring, record, failure: record.outcome, acknowledged };
  }
  const inFlight = context.inFlight.get(clinic.id);
  if (inFlight !== undefined && compareReleases(inFlight.target, ref.to) === 0) {
    return { kind: "in-progress", ref, ring, wave: inFlight.wave };
  }
  if (record === undefined && ref.from !== null) {
    const order = compareReleases(ref.to, ref.from);
    if (order === 0) return { kind: "current", ref, ring };
    if (order !== undefined && order < 0) return { kind: "refused", ref, ring };
  }
  return { kind: "pending", ref, ring, running: instance.state === "running" };
}
