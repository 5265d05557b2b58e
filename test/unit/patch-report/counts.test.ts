import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPatchState } from "../../../actions/lib/adapters/aws/patch-states.js";
import { emptyFleetState, type FleetState } from "../../../actions/lib/core/history/records.js";
import { severityKey } from "../../../actions/lib/flows/patch-report/clinic-patch.js";
import { fleetSummary, overdueCriticals, urgentClinics } from "../../../actions/lib/flows/patch-report/counts.js";
import { patchesOf, patchHistoryChange } from "../../../actions/lib/flows/patch-report/history-change.js";
import { dayMs, type MadeUpClinic, madeUpFleet, now, observe } from "./world.js";

const staleDays = 7;
const context = { now, staleDays };
const scanned = (fleet: MadeUpClinic[]) => fleet.filter((c) => c.kind === "scanned");
const has = (c: MadeUpClinic, ...states: string[]) => c.patches.some((p) => states.includes(p.state));
const urgent = (c: MadeUpClinic) =>
  c.patches.filter(
    (p) => (p.state === "Missing" || p.state === "Failed") && /^(critical|important)$/i.test(p.severity),
  );

function bySeverity(fleet: MadeUpClinic[], state: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of scanned(fleet))
    for (const p of c.patches.filter((x) => x.state === state))
      counts[severityKey(p.severity)] = (counts[severityKey(p.severity)] ?? 0) + 1;
  return counts;
}

describe("the patch counts", () => {
  it("equal the states set, clinic by clinic, as AWS defines compliance", () => {
    fc.assert(
      fc.property(madeUpFleet, (fleet) => {
        const summary = fleetSummary(patchesOf(observe(fleet), emptyFleetState, context));
        const bad = (c: MadeUpClinic) => has(c, "Missing", "Failed", "InstalledPendingReboot", "InstalledRejected");
        expect(summary.clinics).toBe(fleet.length);
        expect(summary.noInstance).toBe(fleet.filter((c) => c.kind === "no-instance").length);
        expect(summary.neverScanned).toBe(fleet.filter((c) => c.kind === "never-scanned").length);
        expect(summary.nonCompliant).toBe(scanned(fleet).filter(bad).length);
        // Installed, InstalledOther, NotApplicable (and AvailableSecurityUpdate) alone leave a clinic compliant.
        expect(summary.compliant).toBe(scanned(fleet).filter((c) => !bad(c)).length);
        expect(summary.compliant + summary.nonCompliant + summary.neverScanned + summary.noInstance).toBe(fleet.length);
        expect(summary.staleScans).toBe(scanned(fleet).filter((c) => c.scanAgeDays >= staleDays).length);
        expect(summary.missing).toEqual(bySeverity(fleet, "Missing"));
        expect(summary.failed).toEqual(bySeverity(fleet, "Failed"));
        // Pending a reboot is apart: never counted as missing.
        expect(summary.pendingRebootClinics).toBe(
          scanned(fleet).filter((c) => has(c, "InstalledPendingReboot")).length,
        );
        expect(summary.urgentClinics).toBe(scanned(fleet).filter((c) => urgent(c).length > 0).length);
        expect(summary.criticalClinics).toBe(
          scanned(fleet).filter((c) => urgent(c).some((p) => p.severity === "Critical")).length,
        );
      }),
    );
  });

  it("ages outstanding patches from the report that first saw them, and forgets a patch once it is fixed", () => {
    fc.assert(
      fc.property(madeUpFleet, fc.integer({ min: 1, max: 60 }), (fleet, days) => {
        const observations = observe(fleet);
        const first: FleetState = patchHistoryChange(observations, context)(emptyFleetState);
        const later = new Date(now.getTime() + days * dayMs);
        const second = patchHistoryChange(observations, { now: later, staleDays })(first);
        const today = "2026-11-30";
        const laterDay = new Date(later.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
        const patches = (state: FleetState) =>
          Object.fromEntries(Object.entries(state.clinics).flatMap(([id, c]) => (c.patch ? [[id, c.patch]] : [])));
        const list = urgentClinics(patches(second), laterDay);
        expect(list.map((u) => u.clinicId).sort()).toEqual(
          scanned(fleet)
            .filter((c) => urgent(c).length > 0)
            .map((c) => c.clinicId)
            .sort(),
        );
        for (const u of list) expect(u.oldestDays).toBe(days);
        expect(urgentClinics(patches(first), today).every((u) => u.oldestDays === 0)).toBe(true);
        // Critical patches older than the limit fail the gate; at the limit they do not.
        const criticals = scanned(fleet).flatMap((c) => urgent(c).filter((p) => p.severity === "Critical"));
        expect(overdueCriticals(patches(second), laterDay, days - 1)).toHaveLength(criticals.length);
        expect(overdueCriticals(patches(second), laterDay, days)).toHaveLength(0);
        // Fixed everywhere, then missing again: the age starts over.
        const fixed = patchHistoryChange(
          observations.map((o) => ({ ...o, patches: [] })),
          { now: later, staleDays },
        )(second);
        const again = patchHistoryChange(observations, { now: later, staleDays })(fixed);
        for (const u of urgentClinics(patches(again), laterDay)) expect(u.oldestDays).toBe(0);
      }),
    );
  });

  it("sorts the urgent clinics oldest first, then by critical count", () => {
    fc.assert(
      fc.property(madeUpFleet, (fleet) => {
        const list = urgentClinics(patchesOf(observe(fleet), emptyFleetState, context), "2026-11-30");
        for (let i = 1; i < list.length; i += 1) {
          const [a, b] = [list[i - 1], list[i]];
          if (a === undefined || b === undefined) continue;
          expect(a.oldestDays > b.oldestDays || (a.oldestDays === b.oldestDays && a.critical >= b.critical)).toBe(true);
        }
      }),
    );
  });

  it("reads AWS's two spellings of a patch state as one", () => {
    expect(readPatchState("INSTALLED_PENDING_REBOOT")).toBe("InstalledPendingReboot");
    expect(readPatchState("InstalledPendingReboot")).toBe("InstalledPendingReboot");
    expect(readPatchState("NOT_APPLICABLE")).toBe("NotApplicable");
    expect(readPatchState("Superseded")).toBeUndefined();
  });
});
