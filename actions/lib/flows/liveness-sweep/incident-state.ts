import { z } from "zod";
import { sweepClasses } from "./classify.js";

/**
 * What an incident issue says, kept as a hidden block in its body: the sweep compares it with what it sees and edits
 * the issue only when it differs. Parsed with zod; an issue whose block is missing or broken is rewritten.
 */
export const incidentStateSchema = z.strictObject({
  /** `clinic`: one clinic's; `parent`: a common cause's. */
  kind: z.enum(["clinic", "parent"]),
  /** The clinic id, or the cause's key. */
  key: z.string().min(1).max(200),
  class: z.enum(sweepClasses).optional(),
  checks: z.array(z.string().max(100)).max(20),
  flapping: z.boolean(),
  restarts: z.int().nonnegative(),
  /** When the failure began (ISO). */
  since: z.iso.datetime(),
  instanceId: z.string().max(40).optional(),
  /** The parent incident this clinic's links to. */
  parent: z.int().positive().optional(),
  /** A parent's failing clinics, capped. */
  members: z.array(z.string()).max(50).optional(),
  memberCount: z.int().nonnegative().optional(),
});
export type IncidentState = z.infer<typeof incidentStateSchema>;

const blockStart = "<!-- orca-fleet:incident-state ";
const blockEnd = " -->";

export function stateBlock(state: IncidentState): string {
  // JSON in an HTML comment: "--" cannot occur in it unescaped, so the comment cannot be closed early.
  return `${blockStart}${JSON.stringify(state).replace(/--/g, "-\\u002d")}${blockEnd}`;
}

export function readStateBlock(body: string): IncidentState | undefined {
  const start = body.indexOf(blockStart);
  if (start < 0) return undefined;
  const end = body.indexOf(blockEnd, start + blockStart.length);
  if (end < 0) return undefined;
  try {
    const parsed = incidentStateSchema.safeParse(JSON.parse(body.slice(start + blockStart.length, end)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The hidden marker's key of a clinic's incident, and of a cause's. */
export const clinicIncidentKey = (clinicId: string): string => `incident:${clinicId}`;
export const parentIncidentKey = (cause: string): string => `incident-parent:${cause}`;
export const incidentLabel = "incident";
