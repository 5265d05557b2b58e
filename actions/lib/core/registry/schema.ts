import { z } from "zod";
import { checkInstitutionCode } from "./institution-code.js";
import { parseMaintenanceWindow, windowShapePattern } from "./maintenance-window.js";
import { prefectures } from "./prefectures.js";

/**
 * The one schema of the fleet's desired state. Field names here are the contract that every flow reads;
 * refinements (check digits, windows, cross-file rules) live beside it in this folder.
 */

export const regions = ["ap-northeast-1", "ap-northeast-3"] as const;
export const rings = ["canary", "early", "general"] as const;
export const statuses = ["active", "suspended", "retired"] as const;
export { prefectures } from "./prefectures.js";

// A clinic's id names its file, so it may not be a device name that Windows refuses as a file name (con.yml).
export const clinicIdPattern = /^(?!(?:con|prn|aux|nul|com\d|lpt\d)$)[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;

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
    instanceProfile: z.string().min(1),
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
    rollout: z.strictObject({
      ringOrder: z.array(z.enum(rings)).min(1),
      waveSizes: z.array(z.number().int().positive()).min(1),
      errorBudget: z.number().int().nonnegative(),
      bakeMinutes: z.number().int().nonnegative(),
    }),
    liveness: z.strictObject({
      failuresBeforeRestart: z.number().int().positive(),
      restartsBeforeIncident: z.number().int().positive(),
      timeoutSeconds: z.number().int().positive(),
    }),
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
  })
  .strict();

export type Fleet = z.infer<typeof fleetSchema>;
export type Clinic = z.infer<typeof clinicSchema>;
