import { createHash } from "node:crypto";
import type { ClinicState, FleetState, HealthClass } from "../../core/history/records.js";
import type { HistoryChange } from "../../core/history/write-plan.js";
import type { SweepClass } from "./classify.js";
import type { Drift } from "./drift.js";

/** The status site's coarser classes: what needs a person now (down, unreachable) apart from what can wait. */
export function healthClassOf(klass: SweepClass): HealthClass {
  switch (klass) {
    case "healthy":
      return "healthy";
    case "unreachable":
      return "unreachable";
    case "down":
    case "api-error":
    case "clock-skew":
    case "schema-mismatch":
      return "down";
    default:
      return "degraded";
  }
}

/** What the sweep records of one clinic in the fleet's history. */
export interface ClinicRecord {
  health: HealthClass;
  release?: string;
  drift?: Drift;
  incidents: number[];
}

/** A short digest of a record, kept in a tag: a sweep whose records all match their tags need not read the history. */
export function recordDigest(record: ClinicRecord): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 16);
}

/**
 * The sweep's change to the fleet's history: each swept clinic's health (since when it changed), release, drift
 * and open incidents. Other writers' parts (patches) are left as they are; a clinic the sweep did not see keeps
 * what it had.
 */
export function sweepHistoryChange(records: ReadonlyMap<string, ClinicRecord>, at: string): HistoryChange {
  return (state: FleetState) => {
    const clinics: Record<string, ClinicState> = { ...state.clinics };
    for (const [id, record] of records) {
      const was: ClinicState = state.clinics[id] ?? {};
      const { drift: _drift, incidents: _incidents, ...rest } = was;
      clinics[id] = {
        ...rest,
        health: was.health?.class === record.health ? was.health : { class: record.health, since: at },
        ...(record.release === undefined
          ? {}
          : {
              release: was.release?.version === record.release ? was.release : { version: record.release, since: at },
            }),
        ...(record.incidents.length === 0 ? {} : { incidents: [...record.incidents].sort((a, b) => a - b) }),
        ...(record.drift === undefined ? {} : { drift: record.drift }),
      };
    }
    return { ...state, clinics };
  };
}
