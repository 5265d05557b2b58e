import { z } from "zod";
import { instanceIdSchema } from "./instance-id.js";

/**
 * The orca-update document's result line (contract v2): how one server's update ended, what it backed up, how long
 * each step took and which masters are still behind. result-line.ts puts it beside the v1 lines in one union.
 */

/** How an update ended. Only the first two leave nothing for a person to do. */
export const updateStatuses = [
  // The target release runs and its database structure is current (Local = New).
  "updated",
  // The server was already at the target with a current database structure: nothing was touched.
  "already-current",
  // Another orca-update holds the server's lock (SSM delivered the command twice): nothing was touched.
  "busy",
  // A check before any change failed (disk, services, release not offered, API down): nothing was touched.
  "preflight-failed",
  // A step after the backup failed; the previous release and the backed-up data run again.
  "rolled-back",
  // The roll-back itself failed: the server needs a person now.
  "rollback-failed",
] as const;
export const updateStatusSchema = z.enum(updateStatuses);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** The document's steps, in order; durations and the step reached use these names. */
export const updateSteps = ["lock", "preflight", "backup", "update", "postcheck", "rollback"] as const;
export const updateStepSchema = z.enum(updateSteps);
export type UpdateStep = z.infer<typeof updateStepSchema>;

export function updateSucceeded(status: UpdateStatus): boolean {
  return status === "updated" || status === "already-current";
}

const release = z.string().regex(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/, "a release number like 5.2.1");

export const updateBackupSchema = z.strictObject({
  /** The S3 object key under the clinic's prefix (the bucket is the document's parameter). */
  key: z.string().min(1).max(1024),
  bytes: z.int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 as 64 lowercase hex digits"),
});
export type UpdateBackup = z.infer<typeof updateBackupSchema>;

export const updateResultSchema = z
  .strictObject({
    v: z.literal(2),
    document: z.literal("orca-update"),
    instanceId: instanceIdSchema,
    ok: z.boolean(),
    status: updateStatusSchema,
    target: release,
    /** The release ORCA answered before anything changed; null when its API did not answer. */
    releaseBefore: release.nullable(),
    /** The release ORCA answered at the end; null when its API did not answer. */
    releaseAfter: release.nullable(),
    /** The step the run ended in: the failing one for preflight-failed, rolled-back and rollback-failed. */
    step: updateStepSchema,
    /** Why the run did not update, in one line; null for updated and already-current. */
    reason: z.string().min(1).max(300).nullable(),
    /** Why the roll-back failed; set only for rollback-failed. */
    rollbackReason: z.string().min(1).max(300).nullable(),
    /** The step an interrupted earlier run had reached, when this run resumed or rolled back from its marker. */
    resumedFrom: updateStepSchema.nullable(),
    /** The backup this run made (or the interrupted run it resumed made); null before the backup step. */
    backup: updateBackupSchema.nullable(),
    /** The database that failed the update, kept under this name after a roll-back (never dropped). */
    failedDatabase: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, "a PostgreSQL database name")
      .nullable(),
    /** Wall time of each step that ran, in milliseconds. */
    durationsMs: z.partialRecord(updateStepSchema, z.int().nonnegative()),
    /** Masters whose Local and New versions differ after the run (ORCA's master update is not automated). */
    mastersBehind: z.array(z.string().min(1).max(60)).max(60),
    /** The whole log on the server; SSM keeps only the first 2,500 characters of the output. */
    log: z.string().regex(/^\/[A-Za-z0-9._/-]+$/, "an absolute path"),
    /** When the run ended, UTC. */
    at: z.iso.datetime(),
  })
  .refine((r) => (r.reason === null) === updateSucceeded(r.status), {
    message: "reason must be set exactly when the status is not updated or already-current",
    path: ["reason"],
  })
  .refine((r) => (r.rollbackReason !== null) === (r.status === "rollback-failed"), {
    message: "rollbackReason must be set exactly when the status is rollback-failed",
    path: ["rollbackReason"],
  })
  .refine((r) => r.status !== "updated" || r.releaseAfter === r.target, {
    message: "an updated server runs the target release",
    path: ["releaseAfter"],
  });
export type UpdateResult = z.infer<typeof updateResultSchema>;
