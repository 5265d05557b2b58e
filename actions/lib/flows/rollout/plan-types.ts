import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { Clock } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import type { FreezeCause, HolidayCalendar } from "./freeze-calendar.js";
import type { RolloutOutcome } from "./records.js";

export type Ring = LoadedClinic["clinic"]["orca"]["ring"];

/** A probe of ORCA (orca-healthcheck) on an updated clinic: the error budget counts our probes, not only exit codes. */
export interface ProbeResult {
  clinicId: string;
  healthy: boolean;
  /** Why it was unhealthy, from its result line. */
  reason?: string;
  /** When the probe ran, UTC. */
  at: string;
}

/** An update sent and not finished yet, found by the rollout's identity in the command's Comment. */
export interface InFlightUpdate {
  clinicId: string;
  target: string;
  wave: number;
}

/** A maintainer's `resume`: failures recorded up to `acknowledgedThrough` no longer halt or block the next ring. */
export interface ResumeOrder {
  acknowledgedThrough: string;
  /** Send again to clinics whose update failed or rolled back (before acknowledgedThrough). */
  retryFailed: boolean;
}

export interface RolloutPlanInput {
  clinics: readonly LoadedClinic[];
  instances: readonly FleetInstance[];
  policy: Fleet["rollout"];
  clock: Clock;
  holidays: HolidayCalendar;
  probes?: readonly ProbeResult[];
  inFlight?: readonly InFlightUpdate[];
  resume?: ResumeOrder;
}

/** A clinic as the plan names it. */
export interface ClinicRef {
  clinicId: string;
  file: string;
  instanceId: string;
  /** The release the instance's tag says it runs; null when the tag is absent. */
  from: string | null;
  /** The release clinics/ asks for. */
  to: string;
  maintenanceWindow: string;
}

export type WaitReason =
  /** The window is closed now. */
  | "outside-window"
  /** The window is open but ends before updateMinutes would. */
  | "window-ends"
  | "frozen"
  /** Eligible now, but this wave is full: the next wave takes it. */
  | "wave-full"
  /** A wave of this ring is still running. */
  | "wave-in-progress"
  /** The instance is not running, so SSM could not deliver the update. */
  | "instance-not-running"
  | "previous-ring-not-done"
  | "previous-ring-baking"
  /** The previous ring baked; its updated clinics need a healthy probe before this ring starts. */
  | "previous-ring-unprobed"
  | "previous-ring-failed"
  | "halted";

export interface WaitingClinic extends ClinicRef {
  reason: WaitReason;
  /** The ring the reason is about, for the previous-ring reasons. */
  ring?: Ring;
  /** When the reason ends, where that is known (a bake's end, a window's end). */
  until?: string;
  freeze?: FreezeCause;
  /** The earliest start inside the clinic's window, on no frozen day, at or after the reason ends; null if none. */
  earliestStart: string | null;
}

export type FailureKind = Exclude<RolloutOutcome, "updated"> | "unhealthy";

export interface FailedClinic extends ClinicRef {
  failure: FailureKind;
  /** For an unhealthy probe: what it saw (the other failures keep their error in the instance's tags). */
  probeReason?: string;
  wave: number;
  at: string;
  /** Acknowledged by a resume: it no longer halts, and is sent again when the resume asks for retries. */
  acknowledged: boolean;
}

export interface WaveRecord {
  wave: number;
  clinics: string[];
  /** Every failure recorded in the wave, acknowledged or not, as its ring counts them. */
  failures: number;
  /** The failures no resume has acknowledged: these are what the budget is held against. */
  unacknowledged: number;
  /** Failures this wave may have; one more halts the rollout. */
  budget: number;
}

export type RingState =
  | "nothing-to-do"
  | "updating"
  | "waiting"
  | "halted"
  | "failed"
  | "baking"
  | "awaiting-probe"
  | "done";

export interface RingPlan {
  ring: Ring;
  state: RingState;
  /** When the ring's bake ends: its last update's end plus bakeMinutes. */
  bakeUntil?: string;
  /** Waves already sent, from what the instances record. */
  waves: WaveRecord[];
  /** The wave to send now, within its size. */
  now?: { wave: number; size: number; clinics: ClinicRef[] };
  inProgress: ClinicRef[];
  waiting: WaitingClinic[];
  current: ClinicRef[];
  failed: FailedClinic[];
}

export interface Halt {
  reason: "error-budget" | "rollback-failed";
  ring: Ring;
  wave: number;
  failures: number;
  budget: number;
  clinics: string[];
}

/** Clinics the rollout leaves alone, and why. */
export type ExclusionReason =
  | "suspended"
  | "retired"
  | "no-instance"
  | "several-instances"
  | "ring-not-in-order"
  | "unreadable-record";

export interface ExcludedClinic {
  clinicId: string;
  file: string;
  reason: ExclusionReason;
  detail?: string;
}

/** A desired release older than the running one: refused, with the way back pointed out by the renderer. */
export interface RefusedClinic extends ClinicRef {
  reason: "version-backwards";
}

export type RolloutStatus = "updating" | "waiting" | "halted" | "done" | "nothing-to-do";

export interface RolloutPlan {
  plannedAt: string;
  status: RolloutStatus;
  halt?: Halt;
  rings: RingPlan[];
  refused: RefusedClinic[];
  excluded: ExcludedClinic[];
}
