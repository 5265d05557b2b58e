import { z } from "zod";
import { launchRequest } from "../../adapters/aws/launch-request.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { digestOf, type OpenedPlan, openReviewedPlan, sealReviewedPlan } from "../../core/reviewed-plan.js";
import type { ResolvedAmi } from "./resolve-ami.js";

/** The kind of the hidden block on provisioning's plan comment. */
export const reviewedKind = "provision";

const reviewedSchema = z.strictObject({
  /** The registry (fleet.yml and every clinic) the plan was made from. */
  desired: z.string(),
  /** The AMI the plan would launch from; null when the golden AMI could not be resolved. */
  ami: z.strictObject({ selector: z.string(), amiId: z.string() }).nullable(),
  /** Digest of every clinic to create with its launch request: what apply compares when the list is left out. */
  creates: z.string(),
  count: z.int().nonnegative(),
  /** Each clinic to create and its launch request's digest; left out when the list would not fit in the block. */
  create: z.array(z.strictObject({ id: z.string(), request: z.string() })).optional(),
});

/** What a plan would do, in the terms apply checks: which clinics it creates, each with which request. */
export type ReviewedProvision = z.infer<typeof reviewedSchema>;

/** The state of a plan: computed the same way when the plan comment is written and when apply runs. */
export function provisionState(
  registry: { fleet: Fleet; clinics: readonly LoadedClinic[] },
  create: readonly LoadedClinic[],
  ami: ResolvedAmi | undefined,
): ReviewedProvision {
  const entries = create.map(({ clinic }) => ({ id: clinic.id, request: requestDigest(clinic, registry.fleet, ami) }));
  const clinics = [...registry.clinics].map((c) => c.clinic).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    desired: digestOf({ fleet: registry.fleet, clinics }),
    ami: ami === undefined ? null : { selector: ami.selector, amiId: ami.amiId },
    creates: digestOf(entries),
    count: entries.length,
    create: entries,
  };
}

/**
 * The launch request's digest; a clinic whose request cannot be built digests its reason, which apply reports.
 * User-data stands in by what it is rendered from (the clinic, the fleet, the AMI): rendering it takes ~10 ms a
 * clinic, too slow for thousands, and its template is code, reviewed in its own pull request.
 */
function requestDigest(clinic: LoadedClinic["clinic"], fleet: Fleet, ami: ResolvedAmi | undefined): string {
  if (ami === undefined) return digestOf({ unresolvedAmi: true });
  try {
    const userData = digestOf({ clinic, fleet, amiId: ami.amiId });
    return digestOf(launchRequest({ clinic, fleet, amiId: ami.amiId, userData }));
  } catch (error) {
    return digestOf({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

export type SealedProvision = { block: string; itemized: boolean };

/**
 * The hidden block for the plan comment: the itemized list when it fits, else digest-only (apply then refuses
 * unless what it would create is exactly what was planned, and cannot name the clinics that differ).
 */
export function sealProvision(state: ReviewedProvision): SealedProvision {
  const full = sealReviewedPlan(reviewedKind, state);
  if (full.ok) return { block: full.block, itemized: true };
  const { create: _omitted, ...digestOnly } = state;
  const small = sealReviewedPlan(reviewedKind, digestOnly);
  // Four digests and a count always fit; a failure here is a bug, not a large fleet.
  if (!small.ok) throw new Error(`the digest-only reviewed plan took ${small.chars} characters`);
  return { block: small.block, itemized: false };
}

export function openProvision(body: string): OpenedPlan<ReviewedProvision> {
  return openReviewedPlan(reviewedKind, body, reviewedSchema);
}

/** How what apply would create now differs from what was reviewed; empty when it may go ahead. */
export type ReviewDrift =
  | { kind: "ami"; reviewed: string | null; now: string | null }
  | { kind: "unreviewed"; clinic: string }
  | { kind: "changed"; clinic: string }
  | { kind: "digest"; reviewed: number; now: number };

/**
 * Apply may create a clinic only if the reviewed plan created it with the very same launch request. A clinic the
 * reviewed plan listed that has an instance now (an earlier, interrupted apply made it) is no drift.
 */
export function reviewDrift(reviewed: ReviewedProvision, now: ReviewedProvision): ReviewDrift[] {
  if (now.count === 0) return [];
  if (reviewed.ami?.amiId !== now.ami?.amiId) {
    return [{ kind: "ami", reviewed: reviewed.ami?.amiId ?? null, now: now.ami?.amiId ?? null }];
  }
  if (reviewed.create === undefined) {
    return reviewed.creates === now.creates ? [] : [{ kind: "digest", reviewed: reviewed.count, now: now.count }];
  }
  const planned = new Map(reviewed.create.map((entry) => [entry.id, entry.request]));
  const drift: ReviewDrift[] = [];
  for (const entry of now.create ?? []) {
    const request = planned.get(entry.id);
    if (request === undefined) drift.push({ kind: "unreviewed", clinic: entry.id });
    else if (request !== entry.request) drift.push({ kind: "changed", clinic: entry.id });
  }
  return drift;
}
