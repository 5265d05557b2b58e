import { type FleetInstance, instancesPerClinic } from "../../adapters/aws/ec2-inventory.js";
import type { FleetState, HealthClass } from "../../core/history/records.js";
import { tagKeys } from "../../core/instance-tags.js";
import type { Clinic } from "../../core/registry/schema.js";
import { type RolloutOutcome, readRolloutRecord } from "../rollout/records.js";

/**
 * What `orca-fleet status` shows, as data: per clinic, what the registry wants, what EC2 has (the instance, its state
 * and the tags provisioning and the rollout wrote) and what the fleet's history last recorded (health, open
 * incidents). A source that was not read or holds nothing for a clinic is said to be so, never filled in.
 */

/** Where the history came from, or why it was not read. */
export type HistorySource =
  | { kind: "read"; from: string }
  | { kind: "not-given" }
  | { kind: "unreadable"; detail: string };

export type ReleaseView =
  | { kind: "recorded"; version: string; outcome: RolloutOutcome; at: string }
  | { kind: "launched"; version: string }
  | { kind: "unreadable"; detail: string }
  | { kind: "unknown" };

export interface ClinicStatus {
  clinicId: string;
  /** The registry's status, or "unregistered" for an instance whose clinic has no file (an orphan). */
  registry: Clinic["status"] | "unregistered";
  desiredVersion?: string;
  instanceId?: string;
  /** EC2's state name; absent when the clinic has no instance. */
  state?: string;
  /** More than one live instance carries the clinic's tag: a person must look. */
  duplicates: number;
  release: ReleaseView;
  /** undefined: the history holds no health for the clinic (not read, or the sweep has not recorded one yet). */
  health?: { class: HealthClass; since: string };
  /** Open incident issues; undefined when the history was not read. */
  incidents?: number[];
}

export interface FleetCounts {
  clinics: number;
  withInstance: number;
  byState: Record<string, number>;
  byRelease: Record<string, number>;
  byHealth: Partial<Record<HealthClass, number>>;
  noHealth: number;
  openIncidents: number;
  rolloutFailed: number;
  unregistered: number;
}

export interface FleetStatus {
  at: string;
  history: HistorySource;
  counts: FleetCounts;
  clinics: ClinicStatus[];
}

export interface StatusInputs {
  clinics: readonly Clinic[];
  instances: readonly FleetInstance[];
  /** undefined when the history was not read (see `history`). */
  state: FleetState | undefined;
  history: HistorySource;
  at: Date;
}

export function buildFleetStatus(inputs: StatusInputs): FleetStatus {
  const byClinic = instancesPerClinic(inputs.instances);
  const registered = new Set(inputs.clinics.map((c) => c.id));
  const rows = inputs.clinics.map((clinic) =>
    clinicStatus(clinic.id, clinic.status, clinic.orca.version, byClinic.get(clinic.id) ?? [], inputs.state),
  );
  for (const [clinicId, instances] of byClinic)
    if (!registered.has(clinicId))
      rows.push(clinicStatus(clinicId, "unregistered", undefined, instances, inputs.state));
  rows.sort((a, b) => a.clinicId.localeCompare(b.clinicId));
  return { at: inputs.at.toISOString(), history: inputs.history, counts: countsOf(rows), clinics: rows };
}

function clinicStatus(
  clinicId: string,
  registry: ClinicStatus["registry"],
  desiredVersion: string | undefined,
  instances: readonly FleetInstance[],
  state: FleetState | undefined,
): ClinicStatus {
  // A running instance first, then the newest id: the one a person most likely means.
  const [instance] = [...instances].sort(
    (a, b) => Number(b.state === "running") - Number(a.state === "running") || b.instanceId.localeCompare(a.instanceId),
  );
  const recorded = state?.clinics[clinicId];
  return {
    clinicId,
    registry,
    ...(desiredVersion === undefined ? {} : { desiredVersion }),
    ...(instance === undefined ? {} : { instanceId: instance.instanceId, state: instance.state }),
    duplicates: Math.max(0, instances.length - 1),
    release: instance === undefined ? { kind: "unknown" } : releaseOf(instance.tags),
    ...(recorded?.health === undefined ? {} : { health: recorded.health }),
    ...(state === undefined ? {} : { incidents: recorded?.incidents ?? [] }),
  };
}

/** The rollout's record when there is one; otherwise the version the instance was launched with. */
function releaseOf(tags: Readonly<Record<string, string>>): ReleaseView {
  const record = readRolloutRecord(tags);
  if (record.kind === "unreadable") return { kind: "unreadable", detail: record.detail };
  if (record.kind === "record")
    return { kind: "recorded", version: record.record.target, outcome: record.record.outcome, at: record.record.at };
  const launched = tags[tagKeys.orcaVersion];
  return launched === undefined ? { kind: "unknown" } : { kind: "launched", version: launched };
}

/** The version a clinic runs as far as the tags say: an update's target only when it succeeded. */
export function runningVersion(release: ReleaseView): string | undefined {
  if (release.kind === "launched") return release.version;
  if (release.kind === "recorded" && release.outcome === "updated") return release.version;
  return undefined;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function countsOf(rows: readonly ClinicStatus[]): FleetCounts {
  const counts: FleetCounts = {
    clinics: rows.length,
    withInstance: 0,
    byState: {},
    byRelease: {},
    byHealth: {},
    noHealth: 0,
    openIncidents: 0,
    rolloutFailed: 0,
    unregistered: 0,
  };
  for (const row of rows) {
    if (row.state !== undefined) {
      counts.withInstance += 1;
      bump(counts.byState, row.state);
    }
    const version = runningVersion(row.release);
    if (version !== undefined) bump(counts.byRelease, version);
    if (row.health === undefined) counts.noHealth += 1;
    else counts.byHealth[row.health.class] = (counts.byHealth[row.health.class] ?? 0) + 1;
    if ((row.incidents?.length ?? 0) > 0) counts.openIncidents += 1;
    if (row.release.kind === "recorded" && row.release.outcome !== "updated") counts.rolloutFailed += 1;
    if (row.registry === "unregistered") counts.unregistered += 1;
  }
  return counts;
}

/** Whether a clinic needs a look: shown first, and the only rows a summary of a large fleet lists. */
export function needsAttention(row: ClinicStatus): boolean {
  if (row.registry === "unregistered" || row.duplicates > 0) return true;
  if (row.registry === "active" && row.state !== "running") return true;
  if (row.release.kind === "unreadable") return true;
  if (row.release.kind === "recorded" && row.release.outcome !== "updated") return true;
  if (row.health !== undefined && row.health.class !== "healthy") return true;
  return (row.incidents?.length ?? 0) > 0;
}
