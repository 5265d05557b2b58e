import { z } from "zod";
import { tagKeys } from "../../core/instance-tags.js";

/**
 * What a rollout run records on an instance when its update ends, in four tags, so that the next run (or a re-run
 * after a crash) derives progress, waves, bake times and halts from the fleet itself, not from a workflow's memory.
 * Every instance of one wave gets the same time, so a whole wave's outcome is one CreateTags call per outcome.
 */
export const rolloutOutcomes = ["updated", "failed", "rolled-back", "rollback-failed"] as const;
export type RolloutOutcome = (typeof rolloutOutcomes)[number];

export const rolloutRecordSchema = z.strictObject({
  /** The release the update aimed at, as clinics/ wrote it. */
  target: z.string().regex(/^\d+\.\d+\.\d+(?:-\d+)?$/, 'a release such as "5.2.1"'),
  outcome: z.enum(rolloutOutcomes),
  /** The wave within the clinic's ring, from 0. */
  wave: z.coerce.number().int().nonnegative(),
  /** When the update ended, UTC. */
  at: z.iso.datetime(),
});
export type RolloutRecord = z.infer<typeof rolloutRecordSchema>;

export type RecordRead =
  | { kind: "none" }
  | { kind: "record"; record: RolloutRecord }
  | { kind: "unreadable"; detail: string };

/** Reads the record from an instance's tags; a partial or malformed record is reported, never guessed at. */
export function readRolloutRecord(tags: Readonly<Record<string, string>>): RecordRead {
  const fields = {
    target: tags[tagKeys.rolloutTarget],
    outcome: tags[tagKeys.rolloutOutcome],
    wave: tags[tagKeys.rolloutWave],
    at: tags[tagKeys.rolloutAt],
  };
  if (Object.values(fields).every((v) => v === undefined)) return { kind: "none" };
  const parsed = rolloutRecordSchema.safeParse(fields);
  if (parsed.success) return { kind: "record", record: parsed.data };
  const detail = parsed.error.issues.map((i) => `${tagOf(i.path[0])}: ${i.message}`).join("; ");
  return { kind: "unreadable", detail };
}

function tagOf(field: PropertyKey | undefined): string {
  switch (field) {
    case "target":
      return tagKeys.rolloutTarget;
    case "outcome":
      return tagKeys.rolloutOutcome;
    case "wave":
      return tagKeys.rolloutWave;
    default:
      return tagKeys.rolloutAt;
  }
}

/** The tags that record an outcome; the inverse of readRolloutRecord. */
export function rolloutRecordTags(record: RolloutRecord): Record<string, string> {
  const valid = rolloutRecordSchema.parse(record);
  return {
    [tagKeys.rolloutTarget]: valid.target,
    [tagKeys.rolloutOutcome]: valid.outcome,
    [tagKeys.rolloutWave]: String(valid.wave),
    [tagKeys.rolloutAt]: valid.at,
  };
}
