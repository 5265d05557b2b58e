import type { Ring } from "./plan-types.js";

/**
 * The rollout's identity in each SendCommand's Comment: the target release, the ring and the wave. SendCommand has
 * no idempotency token, so a run (or a re-run after a crash or a lost answer) looks its commands up by this before
 * sending, and derives which clinics are in flight from it.
 */
export interface UpdateIdentity {
  target: string;
  ring: Ring;
  wave: number;
}

const prefix = "orca-fleet rollout";
const pattern = /^orca-fleet rollout (\d+\.\d+\.\d+(?:-\d+)?) ([a-z]+) w(\d+)$/;

export function updateIdentity(id: UpdateIdentity): string {
  return `${prefix} ${id.target} ${id.ring} w${id.wave}`;
}

/** The identity a Comment holds, or undefined for another flow's (or a person's) command. */
export function parseUpdateIdentity(comment: string, rings: readonly Ring[]): UpdateIdentity | undefined {
  const match = pattern.exec(comment);
  const ring = rings.find((r) => r === match?.[2]);
  if (match?.[1] === undefined || match[3] === undefined || ring === undefined) return undefined;
  return { target: match[1], ring, wave: Number(match[3]) };
}

/** The probe of a ring's updated clinics after its bake: one per ring and bake end, found again by a re-run. */
export function probeIdentity(ring: Ring, bakeUntil: string): string {
  return `${prefix} probe ${ring} after ${bakeUntil}`;
}
