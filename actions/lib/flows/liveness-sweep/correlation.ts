import type { LivenessPolicy } from "../../core/registry/schema.js";

/** What clinics share, any of which may be why many fail at once. */
export const dimensions = ["subnet", "availability-zone", "ami", "release"] as const;
export type Dimension = (typeof dimensions)[number] | "fleet";

export interface Placement {
  clinicId: string;
  failing: boolean;
  subnet?: string;
  "availability-zone"?: string;
  ami?: string;
  release?: string;
}

/** A common cause: the group many failing clinics share, and which of them fail. */
export interface CommonCause {
  dimension: Dimension;
  /** The subnet id, zone, AMI id or release; "" for the whole fleet. */
  value: string;
  failing: string[];
  of: number;
}

/** The stable key of a cause, for its parent incident's marker. */
export const causeKey = (cause: Pick<CommonCause, "dimension" | "value">): string =>
  cause.dimension === "fleet" ? "fleet" : `${cause.dimension}-${cause.value}`;

const atLeast = (failing: number, of: number, percent: number, min: number) =>
  failing >= min && failing * 100 >= of * percent;

/**
 * The one common cause of this sweep's failures, if the thresholds see one. Pure. The narrowest group wins (one
 * subnet before the whole fleet): it names where to look. Among groups of one size, the one with more failing
 * clinics, then the dimension's order, then the value, so two sweeps that see the same fleet name the same cause.
 */
export function commonCause(placements: readonly Placement[], policy: LivenessPolicy): CommonCause | undefined {
  const { fleetPercent, groupPercent, minClinics } = policy.correlated;
  const failing = placements.filter((p) => p.failing).map((p) => p.clinicId);
  const candidates: CommonCause[] = [];
  for (const dimension of dimensions) {
    const groups = new Map<string, Placement[]>();
    for (const p of placements) {
      const value = p[dimension];
      if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), p]);
    }
    for (const [value, members] of groups) {
      const down = members.filter((m) => m.failing).map((m) => m.clinicId);
      // A group that is the whole fleet says nothing a fleet-wide cause would not.
      if (members.length < placements.length && atLeast(down.length, members.length, groupPercent, minClinics))
        candidates.push({ dimension, value, failing: down, of: members.length });
    }
  }
  candidates.sort(
    (a, b) =>
      a.of - b.of ||
      b.failing.length - a.failing.length ||
      dimensions.indexOf(a.dimension as (typeof dimensions)[number]) -
        dimensions.indexOf(b.dimension as (typeof dimensions)[number]) ||
      a.value.localeCompare(b.value),
  );
  const narrowest = candidates[0];
  if (narrowest !== undefined) return narrowest;
  if (atLeast(failing.length, placements.length, fleetPercent, minClinics))
    return { dimension: "fleet", value: "", failing, of: placements.length };
  return undefined;
}
