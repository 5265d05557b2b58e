import {
  type ComplianceState,
  complianceStates,
  type FleetState,
  type HealthClass,
  healthClasses,
} from "../../core/history/records.js";
import type { FleetOverview, HistoryPart, RingProgress, SiteClinic, TrendRow } from "./site-data.js";

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Versions most common first, then by name so that equal counts keep one order. */
function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en", { numeric: true }));
}

function ringProgress(rows: readonly SiteClinic[], ringOrder: readonly string[]): RingProgress[] {
  const byRing = new Map<string, SiteClinic[]>();
  for (const row of rows) byRing.set(row.ring, [...(byRing.get(row.ring) ?? []), row]);
  const order = [...ringOrder, ...[...byRing.keys()].filter((r) => !ringOrder.includes(r)).sort()];
  return order.flatMap((ring) => {
    const members = byRing.get(ring) ?? [];
    if (members.length === 0) return [];
    const targets = new Map<string, number>();
    for (const m of members) if (m.want !== undefined) targets.set(m.want, (targets.get(m.want) ?? 0) + 1);
    return [
      {
        ring,
        clinics: members.length,
        onTarget: members.filter((m) => m.release !== undefined && m.release === m.want).length,
        unknown: members.filter((m) => m.release === undefined).length,
        targets: ranked(targets).map(([version]) => version),
      },
    ];
  });
}

function trendRows(state: FleetState): TrendRow[] {
  return state.patchTrend.map(({ week, summary }) => ({
    week,
    clinics: summary.clinics,
    compliant: summary.compliant,
    nonCompliant: summary.nonCompliant,
    urgent: summary.urgentClinics,
  }));
}

/** The fleet at a glance, counted from the clinics' rows and the history's patch trend. */
export function fleetOverview(
  rows: readonly SiteClinic[],
  state: FleetState,
  ringOrder: readonly string[],
): FleetOverview {
  const health = zeros<HealthClass>(healthClasses);
  const patch = zeros<ComplianceState>(complianceStates);
  const releases = new Map<string, number>();
  let healthUnknown = 0;
  let releaseUnknown = 0;
  let patchUnknown = 0;
  let openIncidents = 0;
  let clinicsWithIncidents = 0;
  for (const row of rows) {
    if (row.health === undefined) healthUnknown += 1;
    else health[row.health] += 1;
    if (row.patch === undefined) patchUnknown += 1;
    else patch[row.patch] += 1;
    if (row.release === undefined) releaseUnknown += 1;
    else releases.set(row.release, (releases.get(row.release) ?? 0) + 1);
    openIncidents += row.incidents;
    if (row.incidents > 0) clinicsWithIncidents += 1;
  }
  const clinicStates = Object.values(state.clinics);
  const missing: HistoryPart[] = [];
  if (clinicStates.every((c) => c.health === undefined)) missing.push("health");
  if (clinicStates.every((c) => c.release === undefined)) missing.push("release");
  if (clinicStates.every((c) => c.patch === undefined) && state.patchTrend.length === 0) missing.push("patch");
  // The sweep records incidents with health: once it has recorded health, no open incident is a true zero.
  if (missing.includes("health") && clinicStates.every((c) => c.incidents === undefined)) missing.push("incidents");
  return {
    clinics: rows.length,
    health,
    healthUnknown,
    openIncidents,
    clinicsWithIncidents,
    releases: ranked(releases).map(([version, clinics]) => ({ version, clinics })),
    releaseUnknown,
    rings: ringProgress(rows, ringOrder),
    patch,
    patchUnknown,
    patchTrend: trendRows(state),
    missing,
  };
}
