import { z } from "zod";
import { digestOf, openReviewedPlan, sealReviewedPlan } from "../../core/reviewed-plan.js";
import type { RolloutPlan } from "./plan-types.js";

/**
 * What a person reviews on the pull request: the release each clinic the rollout would update is taken to. The plan
 * comment carries it (or, for a fleet too large to list, only its digest); apply on that merge compares.
 */
export const reviewedKind = "rollout";

const reviewedSchema = z.strictObject({
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.int().nonnegative(),
  targets: z.record(z.string(), z.string()).optional(),
});
export type ReviewedTargets = z.infer<typeof reviewedSchema>;

/** Clinic id → target release of every clinic the plan would still update (now, waiting, in flight). */
export function targetsOf(plan: RolloutPlan): Record<string, string> {
  const entries = plan.rings.flatMap((r) =>
    [...(r.now?.clinics ?? []), ...r.waiting, ...r.inProgress].map((c) => [c.clinicId, c.to] as const),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The hidden block for the plan comment: the targets when they fit, their digest always. */
export function sealTargets(plan: RolloutPlan): string {
  const targets = targetsOf(plan);
  const base = { digest: digestOf(targets), count: Object.keys(targets).length };
  const full = sealReviewedPlan(reviewedKind, { ...base, targets });
  if (full.ok) return full.block;
  const small = sealReviewedPlan(reviewedKind, base);
  if (!small.ok) throw new Error("a digest always fits the reviewed-plan block");
  return small.block;
}

export type ReviewCheck = { kind: "match" } | { kind: "absent" } | { kind: "differs"; count: number; detail: string };

/** Compares what apply would update with what the comment's block says was reviewed. */
export function checkReviewed(plan: RolloutPlan, commentBody: string | undefined): ReviewCheck {
  const opened =
    commentBody === undefined ? { found: false as const } : openReviewedPlan(reviewedKind, commentBody, reviewedSchema);
  if (!opened.found || !opened.ok) return { kind: "absent" };
  const now = targetsOf(plan);
  if (digestOf(now) === opened.state.digest) return { kind: "match" };
  const reviewed = opened.state.targets;
  if (reviewed === undefined) return { kind: "differs", count: Object.keys(now).length, detail: "digest" };
  const ids = new Set([...Object.keys(now), ...Object.keys(reviewed)]);
  const diff = [...ids].filter((id) => now[id] !== reviewed[id]).sort();
  const detail = diff
    .slice(0, 10)
    .map((id) => `${id}: ${reviewed[id] ?? "-"} → ${now[id] ?? "-"}`)
    .join(", ");
  return { kind: "differs", count: diff.length, detail: diff.length > 10 ? `${detail}, …` : detail };
}
