import { daysBetween } from "../../core/history/layout.js";
import type { ClinicPatch, FleetPatchSummary } from "../../core/history/records.js";
import { isCritical } from "./clinic-patch.js";

/** A clinic with critical or important patches missing or failed, as the report lists it. */
export interface UrgentClinic {
  clinicId: string;
  critical: number;
  important: number;
  /** Days since the oldest of them was first seen. */
  oldestDays: number;
  stale: boolean;
}

function add(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [severity, n] of Object.entries(from)) into[severity] = (into[severity] ?? 0) + n;
}

/** The fleet's counts from each active clinic's patch compliance. Pure. */
export function fleetSummary(clinics: Readonly<Record<string, ClinicPatch>>): FleetPatchSummary {
  const summary: FleetPatchSummary = {
    clinics: 0,
    compliant: 0,
    nonCompliant: 0,
    neverScanned: 0,
    noInstance: 0,
    staleScans: 0,
    missing: {},
    failed: {},
    pendingRebootClinics: 0,
    urgentClinics: 0,
    criticalClinics: 0,
  };
  let oldest: string | undefined;
  for (const patch of Object.values(clinics)) {
    summary.clinics += 1;
    if (patch.compliance === "compliant") summary.compliant += 1;
    else if (patch.compliance === "non-compliant") summary.nonCompliant += 1;
    else if (patch.compliance === "never-scanned") summary.neverScanned += 1;
    else summary.noInstance += 1;
    if (patch.stale) summary.staleScans += 1;
    add(summary.missing, patch.missing);
    add(summary.failed, patch.failed);
    if (patch.pendingReboot > 0) summary.pendingRebootClinics += 1;
    const outstanding = Object.values(patch.outstanding);
    if (outstanding.length > 0) summary.urgentClinics += 1;
    if (outstanding.some((o) => isCritical(o.severity))) summary.criticalClinics += 1;
    for (const o of outstanding) if (oldest === undefined || o.since < oldest) oldest = o.since;
  }
  return oldest === undefined ? summary : { ...summary, oldestUrgentSince: oldest };
}

/** The clinics with critical or important patches outstanding: oldest first, then most critical, then by id. */
export function urgentClinics(clinics: Readonly<Record<string, ClinicPatch>>, today: string): UrgentClinic[] {
  const list: UrgentClinic[] = [];
  for (const [clinicId, patch] of Object.entries(clinics)) {
    const outstanding = Object.values(patch.outstanding);
    if (outstanding.length === 0) continue;
    const critical = outstanding.filter((o) => isCritical(o.severity)).length;
    list.push({
      clinicId,
      critical,
      important: outstanding.length - critical,
      oldestDays: Math.max(...outstanding.map((o) => daysBetween(o.since, today))),
      stale: patch.stale,
    });
  }
  return list.sort(
    (a, b) => b.oldestDays - a.oldestDays || b.critical - a.critical || a.clinicId.localeCompare(b.clinicId),
  );
}

/** A critical patch outstanding for longer than the limit: what fails the job when the input asks for it. */
export interface OverdueCritical {
  clinicId: string;
  kbId: string;
  days: number;
}

export function overdueCriticals(
  clinics: Readonly<Record<string, ClinicPatch>>,
  today: string,
  limitDays: number,
): OverdueCritical[] {
  const overdue: OverdueCritical[] = [];
  for (const [clinicId, patch] of Object.entries(clinics)) {
    for (const [kbId, o] of Object.entries(patch.outstanding)) {
      const days = daysBetween(o.since, today);
      if (isCritical(o.severity) && days > limitDays) overdue.push({ clinicId, kbId, days });
    }
  }
  return overdue.sort(
    (a, b) => b.days - a.days || a.clinicId.localeCompare(b.clinicId) || a.kbId.localeCompare(b.kbId),
  );
}
