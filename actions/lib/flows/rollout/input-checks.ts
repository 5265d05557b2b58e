import type { Translate } from "../../core/i18n/message.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { applyMessages } from "./apply-messages.js";
import type { RolloutPlan } from "./plan-types.js";

/** orca-update's targetRelease (ssm-documents/orca-update.yml): what the document can install. */
const documentRelease = /^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/;
const windowReasons = new Set(["outside-window", "window-ends", "frozen"]);

/**
 * What the registry's schema lets through but a rollout cannot act on: a release the document refuses, a ring the
 * policy does not order, a window that never opens outside the freezes. Each problem names the file; any one of them
 * refuses the whole apply before anything is sent.
 */
export function rolloutInputProblems(
  clinics: readonly LoadedClinic[],
  policy: Fleet["rollout"],
  plan: RolloutPlan,
  say: Translate,
): string[] {
  const problems: string[] = [];
  const pending = new Set(
    plan.rings.flatMap((r) => [...r.waiting, ...(r.now?.clinics ?? []), ...r.inProgress].map((c) => c.clinicId)),
  );
  for (const { file, clinic } of clinics) {
    if (clinic.status !== "active") continue;
    if (!policy.ringOrder.includes(clinic.orca.ring)) {
      problems.push(
        say(applyMessages.ringNotInOrder, { file, ring: clinic.orca.ring, order: policy.ringOrder.join(", ") }),
      );
    } else if (pending.has(clinic.id) && !documentRelease.test(clinic.orca.version)) {
      problems.push(say(applyMessages.badRelease, { file, version: clinic.orca.version }));
    }
  }
  for (const ring of plan.rings) {
    for (const w of ring.waiting) {
      if (windowReasons.has(w.reason) && w.earliestStart === null) {
        problems.push(say(applyMessages.windowNeverOpens, { file: w.file, window: w.maintenanceWindow }));
      }
    }
  }
  return problems;
}
