import fc from "fast-check";
import {
  nonCompliantStates,
  type PatchRecord,
  type PatchStateSummary,
  patchStates,
} from "../../../actions/lib/adapters/aws/patch-states.js";
import type { ClinicObservation } from "../../../actions/lib/flows/patch-report/clinic-patch.js";

/** A made-up fleet as Patch Manager would describe it: each clinic's patches, and the counts AWS derives from them. */

export const now = new Date("2026-11-30T00:00:00Z"); // Monday 09:00 in Tokyo
export const dayMs = 86_400_000;
export const severities = ["Critical", "Important", "Medium", "Low", ""] as const;

export interface MadeUpClinic {
  clinicId: string;
  kind: "no-instance" | "never-scanned" | "scanned";
  /** Days before `now` that the last scan ended. */
  scanAgeDays: number;
  patches: PatchRecord[];
}

const patch = fc.record({
  kbId: fc.stringMatching(/^[a-z][a-z0-9.-]{1,12}$/),
  severity: fc.constantFrom(...severities),
  classification: fc.constantFrom("SecurityUpdates", "Bugfix"),
  state: fc.constantFrom(...patchStates),
});

export const madeUpFleet = fc.uniqueArray(
  fc.record({
    clinicId: fc.stringMatching(/^[a-z][a-z0-9-]{2,10}[a-z0-9]$/),
    kind: fc.constantFrom("no-instance", "never-scanned", "scanned", "scanned", "scanned"),
    scanAgeDays: fc.integer({ min: 0, max: 40 }),
    patches: fc.uniqueArray(patch, { selector: (p) => p.kbId, maxLength: 12 }),
  }),
  { selector: (c) => c.clinicId, maxLength: 40 },
) as fc.Arbitrary<MadeUpClinic[]>;

const countOf = (patches: readonly PatchRecord[], state: PatchRecord["state"]) =>
  patches.filter((p) => p.state === state).length;

export function summaryOf(instanceId: string, clinic: MadeUpClinic): PatchStateSummary {
  const p = clinic.patches.map((x) => ({ ...x, title: x.kbId }));
  return {
    instanceId,
    operation: "Scan",
    operationEnd: new Date(now.getTime() - clinic.scanAgeDays * dayMs - 1000),
    installed: countOf(p, "Installed"),
    installedOther: countOf(p, "InstalledOther"),
    installedPendingReboot: countOf(p, "InstalledPendingReboot"),
    installedRejected: countOf(p, "InstalledRejected"),
    missing: countOf(p, "Missing"),
    failed: countOf(p, "Failed"),
    notApplicable: countOf(p, "NotApplicable"),
  };
}

export const instanceOf = (index: number) => `i-${String(index).padStart(17, "0")}`;

/** What the report observes of the made-up fleet: non-compliant patches only, as the adapter answers them. */
export function observe(fleet: readonly MadeUpClinic[]): ClinicObservation[] {
  return fleet.map((clinic, index) => {
    if (clinic.kind === "no-instance") return { clinicId: clinic.clinicId, patches: [] };
    const instanceId = instanceOf(index);
    if (clinic.kind === "never-scanned") return { clinicId: clinic.clinicId, instanceId, patches: [] };
    return {
      clinicId: clinic.clinicId,
      instanceId,
      state: summaryOf(instanceId, clinic),
      patches: clinic.patches.filter((p) => nonCompliantStates.includes(p.state)).map((p) => ({ ...p, title: p.kbId })),
    };
  });
}
