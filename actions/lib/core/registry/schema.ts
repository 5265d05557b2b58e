import { z } from "zod";
import { checkInstitutionCode } from "./institution-code.js";
import { parseMaintenanceWindow, windowShapePattern } from "./maintenance-window.js";
import { prefectures } from "./prefectures.js";
import { budgetSharePattern, parseFreezeDate, sharePattern } from "./rollout-policy.js";

/**
 * The one schema of the fleet's desired state. Field names here are the contract that every flow reads;
 * refinements (check digits, windows, cross-file rules) live beside it in this folder.
 */

export const regions = ["ap-northeast-1", "ap-northeast-3"] as const;
/** The fleet's AWS region: Japanese regions only. */
export type Region = (typeof regions)[number];
export const rings = ["canary", "early", "general"] as const;
export const statuses = ["active", "suspended", "retired"] as const;
export { prefectures } from "./prefectures.js";

// A clinic's id names its file, so it may not be a device name that Windows refuses as a file name (con.yml).
export const clinicIdPattern = /^(?!(?:con|prn|aux|nul|com\d|lpt\d)$)[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

/** A yearly (`12-29`) or one-off (`2027-05-01`) day; both ends of a range are written the same way. */
const freezeDateSchema = z
  .string()
  .superRefine((text, ctx) => {
    if (parseFreezeDate(text) === undefined)
      ctx.addIssue({ code: "custom", input: text, params: { rule: "freeze.date" } });
  })
  .meta({ pattern: "^(\\d{4}-)?\\d{2}-\\d{2}$" });

const freezeSchema = z
  .strictObject({
    /** The receipt days (レセプト): clinics check and submit claims from the 1st to the 10th. `false` turns it off. */
    daysOfMonth: z
      .union([z.literal(false), z.strictObject({ from: z.int().min(1).max(31), to: z.int().min(1).max(31) })])
      .default({ from: 1, to: 10 }),
    /** Japan's public holidays: `freeze` keeps updates off them, `allow` treats them as any other day. */
    holidays: z.enum(["freeze", "allow"]).default("freeze"),
    /** Named date ranges, e.g. 年末年始 from 12-29 to 01-03 (a yearly range may cross the new year). */
    ranges: z
      .array(z.strictObject({ name: z.string().min(1).max(40), from: freezeDateSchema, to: freezeDateSchema }))
      .default([]),
  })
  .superRefine((freeze, ctx) => {
    if (freeze.daysOfMonth !== false && freeze.daysOfMonth.from > freeze.daysOfMonth.to) {
      ctx.addIssue({
        code: "custom",
        input: freeze.daysOfMonth,
        path: ["daysOfMonth", "to"],
        params: { rule: "freeze.daysOrder", from: freeze.daysOfMonth.from, to: freeze.daysOfMonth.to },
      });
    }
    freeze.ranges.forEach((range, index) => {
      const from = parseFreezeDate(range.from);
      const to = parseFreezeDate(range.to);
      if (from === undefined || to === undefined) return; // each end has reported itself
      if (from.kind !== to.kind) {
        ctx.addIssue({
          code: "custom",
          input: range.to,
          path: ["ranges", index, "to"],
          params: { rule: "freeze.rangeForm", from: range.from },
        });
      } else if (from.kind === "once" && to.kind === "once" && to.date < from.date) {
        ctx.addIssue({
          code: "custom",
          input: range.to,
          path: ["ranges", index, "to"],
          params: { rule: "freeze.rangeOrder", from: range.from },
        });
      }
    });
  });

/** A count of clinics, or a percentage of a ring's clinics in quotes ("20%"). */
const waveShareSchema = z.union([z.int().positive(), z.string().regex(sharePattern)]);
/** A count of failures, or a percentage of the wave in quotes ("10%"); 0 halts at the first failure. */
const budgetShareSchema = z.union([z.int().nonnegative(), z.string().regex(budgetSharePattern)]);

export const rolloutSchema = z
  .strictObject({
    ringOrder: z.array(z.enum(rings)).min(1),
    /** One size per wave within a ring; the last one repeats until the ring is done. */
    waveSizes: z.array(waveShareSchema).min(1),
    errorBudget: budgetShareSchema,
    bakeMinutes: z.number().int().nonnegative(),
    /** How long an update may take: it starts only when this much of the clinic's window is left. */
    updateMinutes: z
      .int()
      .min(1)
      .max(24 * 60)
      .default(60),
    freeze: freezeSchema.default({ daysOfMonth: { from: 1, to: 10 }, holidays: "freeze", ranges: [] }),
  })
  .superRefine((rollout, ctx) => {
    const seen = new Set<string>();
    rollout.ringOrder.forEach((ring, index) => {
      if (seen.has(ring)) {
        ctx.addIssue({
          code: "custom",
          input: ring,
          path: ["ringOrder", index],
          params: { rule: "rollout.ringTwice" },
        });
      }
      seen.add(ring);
    });
    // A budget above a wave's size can never be passed in that wave, so that wave could never halt the rollout.
    const budget = rollout.errorBudget;
    const counted = rollout.waveSizes.flatMap((size, index) => (typeof size === "number" ? [{ size, index }] : []));
    const smallest = counted.reduce<{ size: number; index: number } | undefined>(
      (min, wave) => (min === undefined || wave.size < min.size ? wave : min),
      undefined,
    );
    if (typeof budget === "number" && smallest !== undefined && budget > smallest.size) {
      ctx.addIssue({
        code: "custom",
        input: budget,
        path: ["errorBudget"],
        params: { rule: "rollout.budgetAboveWave", wave: smallest.index + 1, size: smallest.size },
      });
    }
  });

/** A share of clinics in percent, 1-100. */
const percentSchema = z.int().min(1).max(100);

/**
 * How the liveness sweep judges, heals and reports. Thresholds damp alarms the way Gatus does (failures before
 * acting, successes before calling it recovered); the defaults are what a fleet.yml without them gets.
 */
export const livenessSchema = z.strictObject({
  /** Failing sweeps in a row before orca-restart is tried. */
  failuresBeforeRestart: z.number().int().positive(),
  /** Restarts that did not heal before an incident issue opens. */
  restartsBeforeIncident: z.number().int().positive(),
  /** The probe's own timeout for ORCA's API. */
  timeoutSeconds: z.number().int().positive(),
  /** An answer slower than this is `slow` (reported, never restarted). */
  slowMs: z.int().min(1).max(600_000).default(3_000),
  /** A TLS certificate with fewer days left than this is `cert-expiring`. */
  certificateWarningDays: z.int().min(1).max(365).default(21),
  /** Free space on the data volume below this percentage is `disk-low`. */
  diskLowPercent: z.int().min(1).max(99).default(10),
  /** Healthy sweeps in a row before an incident is called recovered and closed. */
  successesBeforeClose: z.int().min(1).max(100).default(2),
  /** A clinic with `failures` failing sweeps among its last `sweeps` flaps: one incident stays open while it does. */
  flapping: z
    .strictObject({ failures: z.int().min(2).max(20), sweeps: z.int().min(3).max(20) })
    .refine((f) => f.failures <= f.sweeps, { message: "flapping.failures must not exceed flapping.sweeps" })
    .default({ failures: 3, sweeps: 6 }),
  /** Restarts of one clinic in any hour, whatever else asks for more. */
  restartsPerHour: z.int().min(1).max(10).default(2),
  /**
   * Many clinics failing in one sweep for one reason: a share of the fleet, or of one subnet, availability zone,
   * AMI or ORCA release, counted only from `minClinics` failing clinics up.
   */
  correlated: z
    .strictObject({ fleetPercent: percentSchema, groupPercent: percentSchema, minClinics: z.int().min(2).max(1000) })
    .default({ fleetPercent: 20, groupPercent: 50, minClinics: 3 }),
});
export type LivenessPolicy = z.infer<typeof livenessSchema>;

/** How provisioning judges a new clinic's server. */
export const provisionSchema = z.strictObject({
  /**
   * How long a new server's first boot may take, from the apply's launch until ORCA answers its healthcheck: apply
   * re-probes with backoff until then, and reports a clinic whose ORCA is not serving by then as not ready.
   */
  firstBootMinutes: z.number().positive().max(120).default(20),
});

export const fleetSchema = z
  .object({
    region: z.enum(regions),
    locale: z.enum(["ja", "en"]).default("ja"),
    ami: z.strictObject({
      /** SSM parameter (DataType aws:ec2:image) that holds the golden AMI id. */
      parameter: z.string().regex(/^\/[A-Za-z0-9_.\-/]+$/),
      /** The label that provisioning launches from. */
      label: z.string().default("current"),
    }),
    /**
     * The prefix of the clinics' instance profiles: each clinic launches with `<prefix>-<clinic id>`, its own role.
     * A name, not an ARN: one shared profile (as this key once meant) would give every clinic every clinic's access.
     */
    instanceProfile: z.string().regex(/^[A-Za-z0-9+=,.@_-]{1,80}$/),
    instanceTypes: z.array(z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/)).min(1),
    securityGroups: z.record(z.string(), z.string().regex(/^sg-[0-9a-f]{8,17}$/)),
    subnets: z.record(
      z.string(),
      z.strictObject({
        id: z.string().regex(/^subnet-[0-9a-f]{8,17}$/),
        /** Logical names from securityGroups. */
        securityGroups: z.array(z.string()).min(1),
      }),
    ),
    dns: z.strictObject({ zoneId: z.string().min(1), domain: z.string().min(1) }),
    backup: z.strictObject({ bucket: z.string().min(3), retentionDays: z.number().int().positive().default(35) }),
    secrets: z.strictObject({ parameterPrefix: z.string().regex(/^\/[A-Za-z0-9_.\-/]+$/) }),
    rollout: rolloutSchema,
    liveness: livenessSchema,
    provision: provisionSchema.default({ firstBootMinutes: 20 }),
  })
  .strict()
  .superRefine((fleet, ctx) => {
    for (const [subnet, { securityGroups }] of Object.entries(fleet.subnets)) {
      securityGroups.forEach((group, index) => {
        if (!(group in fleet.securityGroups)) {
          ctx.addIssue({
            code: "custom",
            input: group,
            path: ["subnets", subnet, "securityGroups", index],
            params: { rule: "fleet.securityGroup", known: Object.keys(fleet.securityGroups) },
          });
        }
      });
    }
  });

export const clinicSchema = z
  .object({
    id: z.string().regex(clinicIdPattern),
    name: z.string().min(1).max(100),
    /** 10 digits, always quoted in YAML. */
    medicalInstitutionCode: z
      .string()
      .regex(/^\d{10}$/)
      .superRefine((code, ctx) => {
        if (!/^\d{10}$/.test(code)) return; // the pattern above has reported it
        for (const fault of checkInstitutionCode(code)) ctx.addIssue({ code: "custom", input: code, params: fault });
      }),
    /** Japanese prefecture name, e.g. 東京都. */
    prefecture: z.enum(prefectures),
    status: z.enum(statuses),
    orca: z.strictObject({
      version: z.string().regex(/^\d+\.\d+\.\d+(?:-\d+)?$/),
      ring: z.enum(rings),
    }),
    instance: z.strictObject({
      type: z.string(),
      /** A logical subnet name from fleet.yml. */
      subnet: z.string(),
    }),
    /** Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00`, `daily 22:00-06:00`. */
    maintenanceWindow: z
      .string()
      .superRefine((text, ctx) => {
        const parsed = parseMaintenanceWindow(text);
        if (!parsed.ok) for (const fault of parsed.faults) ctx.addIssue({ code: "custom", input: text, params: fault });
      })
      .meta({ pattern: windowShapePattern }),
    contact: z.strictObject({ name: z.string().min(1), email: z.email() }),
    /**
     * Bumped by a person after terminating the clinic's instance by hand, so provisioning launches a new one: EC2
     * remembers a launch's ClientToken, and the token carries this generation (absent or 1: the original token).
     */
    launchGeneration: z.int().min(1).max(999).optional(),
  })
  .strict();

export type Fleet = z.infer<typeof fleetSchema>;
export type Clinic = z.infer<typeof clinicSchema>;
