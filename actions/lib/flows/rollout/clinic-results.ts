import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../core/instance-tags.js";
import { readErrorTag } from "./outcome.js";
import type { FailureKind, Ring, RolloutPlan } from "./plan-types.js";

/** One clinic's result, as the JSON artifact lists every clinic and the comment counts them. */
export interface ClinicResult {
  clinicId: string;
  ring?: Ring;
  instanceId?: string;
  from?: string | null;
  to?: string;
  state: "current" | "failed" | "updating" | "waiting" | "excluded" | "refused";
  /** Why it waits or is left alone. */
  reason?: string;
  earliestStart?: string | null;
  failure?: FailureKind;
  wave?: number;
  step?: string;
  error?: string;
  /** For a failure: whether the server runs its previous release again. */
  rolledBack?: boolean;
  acknowledged?: boolean;
}

export interface RolloutCounts {
  updated: number;
  failed: number;
  remaining: number;
}

export function clinicResults(plan: RolloutPlan, instances: readonly FleetInstance[]): ClinicResult[] {
  const tags = new Map(instances.map((i) => [i.instanceId, i.tags]));
  const results: ClinicResult[] = [];
  for (const r of plan.rings) {
    const base = (c: { clinicId: string; instanceId: string; from: string | null; to: string }) => ({
      clinicId: c.clinicId,
      ring: r.ring,
      instanceId: c.instanceId,
      from: c.from,
      to: c.to,
    });
    for (const c of r.current) results.push({ ...base(c), state: "current" });
    for (const c of [...(r.now?.clinics ?? []), ...r.inProgress]) results.push({ ...base(c), state: "updating" });
    for (const c of r.waiting) {
      results.push({ ...base(c), state: "waiting", reason: c.reason, earliestStart: c.earliestStart });
    }
    for (const c of r.failed) {
      const error =
        readErrorTag(tags.get(c.instanceId)?.[tagKeys.rolloutError]) ??
        (c.probeReason === undefined ? undefined : { error: c.probeReason });
      results.push({
        ...base(c),
        state: "failed",
        failure: c.failure,
        wave: c.wave,
        ...(error === undefined ? {} : error),
        rolledBack: c.failure === "rolled-back" || c.failure === "failed",
        acknowledged: c.acknowledged,
      });
    }
  }
  for (const c of plan.refused)
    results.push({ clinicId: c.clinicId, from: c.from, to: c.to, state: "refused", reason: c.reason });
  for (const e of plan.excluded) results.push({ clinicId: e.clinicId, state: "excluded", reason: e.reason });
  return results.sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
}

export function countsOf(results: readonly ClinicResult[]): RolloutCounts {
  const count = (states: readonly ClinicResult["state"][]) => results.filter((r) => states.includes(r.state)).length;
  return { updated: count(["current"]), failed: count(["failed"]), remaining: count(["updating", "waiting"]) };
}
