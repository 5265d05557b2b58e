import { z } from "zod";
import { orcaStateSchema } from "../../orca/state.js";
import { patchStates, reachabilities } from "./agents/agent.js";

/** The shapes that tests and the admin interface use to steer the simulated instances. */

export const orcaPatchSchema = orcaStateSchema.partial();
export type OrcaPatch = z.infer<typeof orcaPatchSchema>;

export const reachabilitySchema = z.strictObject({
  reachability: z.enum(reachabilities),
  latencyMs: z.int().min(0).max(600_000).optional(),
});
export type ReachabilitySetting = z.infer<typeof reachabilitySchema>;

export const patchReportSchema = z.strictObject({
  baselineId: z.string().default("pb-0123456789abcdef0"),
  patchGroup: z.string().default("orca-fleet"),
  operation: z.enum(["Scan", "Install"]).default("Scan"),
  rebootOption: z.enum(["RebootIfNeeded", "NoReboot"]).default("NoReboot"),
  operationStart: z.coerce.date().optional(),
  operationEnd: z.coerce.date().optional(),
  patches: z.array(
    z.strictObject({
      title: z.string().min(1),
      kbId: z.string().min(1),
      classification: z.string().default("SecurityUpdates"),
      severity: z.string().default("Important"),
      state: z.enum(patchStates),
      installedTime: z.coerce.date().optional(),
      cveIds: z.string().optional(),
    }),
  ),
});
export type PatchReportInput = z.input<typeof patchReportSchema>;

export const settingsSchema = z.strictObject({
  registrationDelaySeconds: z.number().min(0).max(86_400).optional(),
  invocationVisibilityMs: z.int().min(0).max(60_000).optional(),
  /** How long each simulated orca-update runs (real ms); 0, the default, answers at once so tests stay fast. */
  updateDurationMs: z.int().min(0).max(3_600_000).optional(),
  /** New instances' first boot: seconds from launch until ORCA serves, and whether it never does (setup failed). */
  firstBootSeconds: z.number().min(0).max(86_400).optional(),
  firstBootFails: z.boolean().optional(),
});
export type SsmSettings = z.infer<typeof settingsSchema>;
