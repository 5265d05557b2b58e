import { isDeepStrictEqual } from "node:util";
import type { IncidentState } from "./incident-state.js";

/** An incident issue open now, as the one list call found it. */
export interface OpenIncident {
  number: number;
  url: string;
  title: string;
  /** The marker's key: incident:<clinic> or incident-parent:<cause>. */
  key: string;
  /** Undefined when the hidden block is missing or broken: the next edit rewrites it. */
  state: IncidentState | undefined;
}

/** What one incident needs in this sweep. */
export type IncidentAction =
  | { kind: "open"; key: string; state: IncidentState }
  | { kind: "update"; incident: OpenIncident; state: IncidentState; escalated: boolean }
  | { kind: "close"; incident: OpenIncident; downtimeMs: number };

/** What the sweep wants of one key: open with this state, closed, or left as it is. */
export type Wanted = { kind: "open"; state: IncidentState } | { kind: "closed" } | { kind: "keep" };

/**
 * The actions that take the open incidents to what the sweep wants. Pure. An incident open as wanted and in the
 * same state needs nothing (so an unchanged fleet writes nothing); a changed state is an edit, an escalation when
 * the class changed or flapping became a failure restarts could not end.
 */
export function planIncidents(
  open: ReadonlyMap<string, OpenIncident>,
  wanted: ReadonlyMap<string, Wanted>,
  now: Date,
): IncidentAction[] {
  const actions: IncidentAction[] = [];
  for (const [key, want] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const incident = open.get(key);
    if (want.kind === "keep") continue;
    if (want.kind === "closed") {
      if (incident !== undefined) {
        const since = incident.state === undefined ? now.getTime() : Date.parse(incident.state.since);
        actions.push({ kind: "close", incident, downtimeMs: now.getTime() - since });
      }
      continue;
    }
    if (incident === undefined) {
      actions.push({ kind: "open", key, state: want.state });
      continue;
    }
    // The incident keeps the start it was opened with: the outage began then, whatever a counter says later.
    const state = { ...want.state, since: incident.state?.since ?? want.state.since };
    if (isDeepStrictEqual(incident.state, state)) continue;
    const was = incident.state;
    const escalated =
      was !== undefined &&
      ((was.class !== undefined && state.class !== undefined && was.class !== state.class) ||
        (was.flapping && !state.flapping));
    actions.push({ kind: "update", incident, state, escalated });
  }
  return actions;
}
