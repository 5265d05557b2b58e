import { z } from "zod";

/**
 * The fleet's history: the one schema that the patch report, the liveness sweep, the rollout and the status site
 * share. Two kinds of file live on the history branch: the fleet's current state (one file, what each clinic is
 * now) and dated period files of events (what changed, and when). Writers change the state; the events are derived
 * from what changed, so a run that changed nothing writes nothing.
 */

export const historyVersion = 1;

/** A calendar day in Asia/Tokyo, YYYY-MM-DD. */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 in UTC. */
const instant = z.iso.datetime();
const count = z.int().nonnegative();

/** The liveness sweep's classes, worst last: a rolled-up period keeps the worst one seen. */
export const healthClasses = ["healthy", "degraded", "restarting", "down", "unreachable"] as const;
export type HealthClass = (typeof healthClasses)[number];

/** One patch that keeps a clinic behind, with the day it was first seen outstanding (for its age). */
export const outstandingPatchSchema = z.strictObject({ severity: z.string(), since: day });

export const complianceStates = ["compliant", "non-compliant", "never-scanned", "no-instance"] as const;
export type ComplianceState = (typeof complianceStates)[number];

/** Patch counts keyed by severity as Patch Manager names it (Critical, Important, ...; "" when it names none). */
export const bySeveritySchema = z.record(z.string(), count);

/** A clinic's patch compliance as the last report found it. */
export const clinicPatchSchema = z.strictObject({
  compliance: z.enum(complianceStates),
  /** The last scan is older than the report's limit. */
  stale: z.boolean(),
  /** The day of the last scan or install operation. */
  scanned: day.optional(),
  missing: bySeveritySchema,
  failed: bySeveritySchema,
  pendingReboot: count,
  rejected: count,
  /** Critical and important patches missing or failed, by patch id (KB id or package). */
  outstanding: z.record(z.string(), outstandingPatchSchema),
});
export type ClinicPatch = z.infer<typeof clinicPatchSchema>;

/** What one clinic is now. Each writer owns its part and leaves the others as it found them. */
export const clinicStateSchema = z.strictObject({
  health: z.strictObject({ class: z.enum(healthClasses), since: instant }).optional(),
  release: z.strictObject({ version: z.string(), since: instant }).optional(),
  patch: clinicPatchSchema.optional(),
  /** Open incident issues by number. */
  incidents: z.array(z.int().positive()).optional(),
  /**
   * Where the desired release (clinics/), the instance's tag and what ORCA answers disagree, as the liveness sweep
   * last saw it; absent when they agree. Reported, never fixed by the sweep.
   */
  drift: z
    .strictObject({
      desired: z.string(),
      tagged: z.string().optional(),
      running: z.string().optional(),
      structureBehind: z.boolean(),
      mastersBehind: z.int().nonnegative(),
    })
    .optional(),
});
export type ClinicState = z.infer<typeof clinicStateSchema>;

/** The fleet's patch counts from one report: a point of the weekly trend. */
export const fleetPatchSummarySchema = z.strictObject({
  clinics: count,
  compliant: count,
  nonCompliant: count,
  neverScanned: count,
  noInstance: count,
  staleScans: count,
  missing: bySeveritySchema,
  failed: bySeveritySchema,
  pendingRebootClinics: count,
  /** Clinics with a critical or important patch missing or failed. */
  urgentClinics: count,
  criticalClinics: count,
  /** The day the oldest critical or important patch still outstanding was first seen (a day, not an age, so that
   * an unchanged fleet gives an unchanged summary). */
  oldestUrgentSince: day.optional(),
});
export type FleetPatchSummary = z.infer<typeof fleetPatchSummarySchema>;

/** The patch trend keeps one point per ISO week (the last report of that week). */
export const trendPointSchema = z.strictObject({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  summary: fleetPatchSummarySchema,
});
export type TrendPoint = z.infer<typeof trendPointSchema>;

export const fleetStateSchema = z.strictObject({
  version: z.literal(historyVersion),
  clinics: z.record(z.string(), clinicStateSchema),
  patchTrend: z.array(trendPointSchema),
});
export type FleetState = z.infer<typeof fleetStateSchema>;

export const emptyFleetState: FleetState = { version: historyVersion, clinics: {}, patchTrend: [] };

/**
 * What changed, when. `folded` counts the events a rolled-up one stands for (1 when absent); a rolled-up health
 * event also keeps the worst class of its period.
 */
const eventBase = { at: instant, folded: z.int().positive().optional() };
export const historyEventSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("health"),
    ...eventBase,
    clinic: z.string(),
    class: z.enum(healthClasses),
    worst: z.enum(healthClasses).optional(),
  }),
  z.strictObject({ kind: z.literal("release"), ...eventBase, clinic: z.string(), version: z.string() }),
  z.strictObject({
    kind: z.literal("incident"),
    ...eventBase,
    clinic: z.string(),
    issue: z.int().positive(),
    state: z.enum(["opened", "closed"]),
  }),
  z.strictObject({
    kind: z.literal("patch"),
    ...eventBase,
    clinic: z.string(),
    patch: clinicPatchSchema.omit({ outstanding: true }).extend({ outstanding: count }),
  }),
  z.strictObject({ kind: z.literal("patch-fleet"), ...eventBase, summary: fleetPatchSummarySchema }),
  z.strictObject({ kind: z.literal("clinic-removed"), ...eventBase, clinic: z.string() }),
]);
export type HistoryEvent = z.infer<typeof historyEventSchema>;

/** How much detail a period file keeps: every event, the last per clinic and kind per day, or per ISO week. */
export const periodDetails = ["events", "day", "week"] as const;
export type PeriodDetail = (typeof periodDetails)[number];

export const periodFileSchema = z.strictObject({
  version: z.literal(historyVersion),
  /** A day (YYYY-MM-DD) for events and day files, an ISO week (YYYY-Www) for week files. */
  period: z.string(),
  detail: z.enum(periodDetails),
  events: z.array(historyEventSchema),
});
export type PeriodFile = z.infer<typeof periodFileSchema>;
