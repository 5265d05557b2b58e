import { isoWeekOfDay, tokyoDay } from "../../actions/lib/core/history/layout.js";
import type {
  ClinicPatch,
  ClinicState,
  FleetPatchSummary,
  FleetState,
  HealthClass,
  HistoryEvent,
} from "../../actions/lib/core/history/records.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import type { Random } from "./random.js";

/**
 * What a fleet's writers would have recorded over `days` days: health changes as the liveness sweep would see them
 * (brief degradations, restarts, rarer outages with an incident issue opened and closed), releases as the rollout
 * moves rings, and a patch report every Monday. Events are stamped as they happen; the state is where they end.
 */

const hour = 3_600_000;
const dayMs = 24 * hour;

interface Simulated {
  events: HistoryEvent[];
  state: FleetState;
}

function healthEvents(
  clinic: Clinic,
  start: number,
  end: number,
  random: Random,
  issues: { next: number },
): { events: HistoryEvent[]; state: ClinicState } {
  const events: HistoryEvent[] = [];
  const push = (at: number, cls: HealthClass) =>
    events.push({ kind: "health", at: new Date(at).toISOString(), clinic: clinic.id, class: cls });
  let at = start + random.int(dayMs);
  push(at, "healthy");
  let current: HealthClass = "healthy";
  let since = at;
  const open: number[] = [];
  for (;;) {
    at += Math.round(-Math.log(1 - random.next()) * 45 * dayMs); // about two excursions in 90 days
    if (at >= end) break;
    const roll = random.next();
    const episode: [number, HealthClass][] =
      roll < 0.55
        ? [
            [0, "degraded"],
            [(10 + random.int(50)) * 60_000, "healthy"],
          ]
        : roll < 0.85
          ? [
              [0, "restarting"],
              [(5 + random.int(15)) * 60_000, "healthy"],
            ]
          : roll < 0.95
            ? [
                [0, "restarting"],
                [15 * 60_000, "down"],
                [(1 + random.int(6)) * hour, "healthy"],
              ]
            : [
                [0, "unreachable"],
                [(10 + random.int(50)) * 60_000, "healthy"],
              ];
    let issue: number | undefined;
    for (const [offset, cls] of episode) {
      const when = at + offset;
      if (when >= end) break;
      push(when, cls);
      current = cls;
      since = when;
      if (cls === "down") {
        issue = issues.next++;
        open.push(issue);
        events.push({
          kind: "incident",
          at: new Date(when + 60_000).toISOString(),
          clinic: clinic.id,
          issue,
          state: "opened",
        });
      }
      if (cls === "healthy" && issue !== undefined) {
        const closedAt = when + 30 * 60_000;
        if (closedAt < end) {
          events.push({
            kind: "incident",
            at: new Date(closedAt).toISOString(),
            clinic: clinic.id,
            issue,
            state: "closed",
          });
          open.splice(open.indexOf(issue), 1);
        }
      }
    }
    at += 7 * hour;
  }
  return {
    events,
    state: {
      health: { class: current, since: new Date(since).toISOString() },
      ...(open.length > 0 ? { incidents: open } : {}),
    },
  };
}

function releaseEvents(
  clinic: Clinic,
  start: number,
  end: number,
  random: Random,
): { events: HistoryEvent[]; state: ClinicState } {
  const steps: [number, string][] = [[start + random.int(dayMs), "5.2.0"]];
  const ring = clinic.orca.ring;
  if (ring === "canary") steps.push([end - 10 * dayMs + random.int(dayMs), "5.2.1"]);
  if (ring === "early" && random.chance(0.7)) steps.push([end - 2 * dayMs + random.int(dayMs), "5.2.1"]);
  const last = steps.at(-1) ?? steps[0];
  return {
    events: steps.map(([at, version]) => ({
      kind: "release",
      at: new Date(at).toISOString(),
      clinic: clinic.id,
      version,
    })),
    state: last === undefined ? {} : { release: { version: last[1], since: new Date(last[0]).toISOString() } },
  };
}

function patchFor(random: Random, day: string, laggard: boolean): ClinicPatch {
  if (!laggard || random.chance(0.6))
    return {
      compliance: "compliant",
      stale: false,
      scanned: day,
      missing: {},
      failed: {},
      pendingReboot: 0,
      rejected: 0,
      outstanding: {},
    };
  const critical = random.int(3);
  const important = random.int(4);
  const outstanding: ClinicPatch["outstanding"] = {};
  for (let i = 0; i < critical; i += 1) outstanding[`USN-7${100 + i}-1`] = { severity: "Critical", since: day };
  for (let i = 0; i < important; i += 1) outstanding[`USN-7${200 + i}-1`] = { severity: "Important", since: day };
  return {
    compliance: "non-compliant",
    stale: random.chance(0.1),
    scanned: day,
    missing: {
      ...(critical > 0 ? { Critical: critical } : {}),
      ...(important > 0 ? { Important: important } : {}),
      Medium: 1 + random.int(5),
    },
    failed: random.chance(0.2) ? { Medium: 1 } : {},
    pendingReboot: random.int(2),
    rejected: 0,
    outstanding,
  };
}

function summaryOf(patches: readonly ClinicPatch[]): FleetPatchSummary {
  const urgent = patches.filter((p) => Object.keys(p.outstanding).length > 0);
  return {
    clinics: patches.length,
    compliant: patches.filter((p) => p.compliance === "compliant").length,
    nonCompliant: patches.filter((p) => p.compliance === "non-compliant").length,
    neverScanned: 0,
    noInstance: 0,
    staleScans: patches.filter((p) => p.stale).length,
    missing: {},
    failed: {},
    pendingRebootClinics: patches.filter((p) => p.pendingReboot > 0).length,
    urgentClinics: urgent.length,
    criticalClinics: urgent.filter((p) => Object.values(p.outstanding).some((o) => o.severity === "Critical")).length,
  };
}

/** Weekly reports on Mondays 00:00 UTC (09:00 in Tokyo); a clinic's event only when its patch state changed. */
function patchEvents(
  clinics: readonly Clinic[],
  start: number,
  end: number,
  random: Random,
): { events: HistoryEvent[]; states: Map<string, ClinicPatch>; trend: FleetState["patchTrend"] } {
  const events: HistoryEvent[] = [];
  const states = new Map<string, ClinicPatch>();
  const trend: FleetState["patchTrend"] = [];
  let monday = start + ((8 - new Date(start).getUTCDay()) % 7) * dayMs;
  monday -= monday % dayMs;
  // The fleet gets better over the weeks: fewer laggards each report.
  let weeks = 0;
  for (; monday < end; monday += 7 * dayMs, weeks += 1) {
    const at = new Date(monday).toISOString();
    const day = tokyoDay(new Date(monday));
    for (const clinic of clinics) {
      const laggard = random.chance(Math.max(0.04, 0.2 - weeks * 0.01));
      const patch = patchFor(random, day, laggard);
      const before = states.get(clinic.id);
      if (before?.compliance === "compliant" && patch.compliance === "compliant") continue;
      states.set(clinic.id, patch);
      const { outstanding, ...rest } = patch;
      events.push({
        kind: "patch",
        at,
        clinic: clinic.id,
        patch: { ...rest, outstanding: Object.keys(outstanding).length },
      });
    }
    const summary = summaryOf([...states.values()]);
    trend.push({ week: isoWeekOfDay(day), summary });
    events.push({ kind: "patch-fleet", at, summary });
  }
  return { events, states, trend: trend.slice(-52) };
}

export function simulateFleet(clinics: readonly Clinic[], now: Date, days: number, random: Random): Simulated {
  const end = now.getTime();
  const start = end - days * dayMs;
  const issues = { next: 1000 };
  const events: HistoryEvent[] = [];
  const states: Record<string, ClinicState> = {};
  for (const clinic of clinics) {
    const health = healthEvents(clinic, start, end, random, issues);
    const release = releaseEvents(clinic, start, end, random);
    events.push(...health.events, ...release.events);
    states[clinic.id] = { ...health.state, ...release.state };
  }
  const patches = patchEvents(clinics, start, end, random);
  events.push(...patches.events);
  for (const [id, patch] of patches.states) states[id] = { ...states[id], patch };
  return { events, state: { version: 1, clinics: states, patchTrend: patches.trend } };
}
