import type { ClinicState, HistoryEvent } from "../../core/history/records.js";
import { dailyWorst, type HealthMark, tokyoDayStart, uptime } from "./health-timeline.js";
import type { ClinicDetail, IncidentSpan, PatchPoint } from "./site-data.js";

/** A clinic's event as read, with whether its file was rolled up (one record per clinic and kind a day or week). */
export interface ClinicEvent {
  event: HistoryEvent;
  rolledUp: boolean;
}

export interface DetailWindow {
  days: readonly string[];
  now: Date;
}

type Of<K extends HistoryEvent["kind"]> = Extract<HistoryEvent, { kind: K }>;
const sum = (counts: Readonly<Record<string, number>>): number => Object.values(counts).reduce((a, b) => a + b, 0);

function healthMarks(events: readonly ClinicEvent[], state: ClinicState | undefined): HealthMark[] {
  const marks: HealthMark[] = events.flatMap(({ event, rolledUp }) =>
    event.kind === "health"
      ? [{ at: event.at, class: event.class, ...(event.worst ? { worst: event.worst } : {}), rolledUp }]
      : [],
  );
  // The state's class and since is a record too: it stands when its event has aged out of the kept files.
  const now = state?.health;
  if (now !== undefined && !marks.some((m) => m.at === now.since && m.class === now.class))
    marks.push({ at: now.since, class: now.class, rolledUp: false });
  return marks;
}

function incidentSpans(events: readonly ClinicEvent[], state: ClinicState | undefined): IncidentSpan[] {
  const open = new Set(state?.incidents ?? []);
  const spans = new Map<number, IncidentSpan>();
  for (const { event } of events) {
    if (event.kind !== "incident") continue;
    const span = spans.get(event.issue) ?? { issue: event.issue, open: open.has(event.issue) };
    if (event.state === "opened") span.opened = event.at;
    else span.closed = event.at;
    spans.set(event.issue, span);
  }
  for (const issue of open) if (!spans.has(issue)) spans.set(issue, { issue, open: true });
  return [...spans.values()].sort((a, b) => (b.opened ?? "9").localeCompare(a.opened ?? "9") || b.issue - a.issue);
}

function releaseSteps(events: readonly ClinicEvent[], state: ClinicState | undefined): ClinicDetail["releases"] {
  const steps = events
    .flatMap(({ event }) => (event.kind === "release" ? [{ at: event.at, version: event.version }] : []))
    .sort((a, b) => a.at.localeCompare(b.at));
  const now = state?.release;
  if (now !== undefined && steps.at(-1)?.version !== now.version) steps.push({ at: now.since, version: now.version });
  return steps.filter((step, i) => i === 0 || steps[i - 1]?.version !== step.version);
}

function patchPoints(events: readonly ClinicEvent[]): PatchPoint[] {
  return events
    .flatMap(({ event }): Of<"patch">[] => (event.kind === "patch" ? [event] : []))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(({ at, patch }) => ({
      at,
      compliance: patch.compliance,
      missing: sum(patch.missing),
      failed: sum(patch.failed),
      outstanding: patch.outstanding,
    }));
}

/** One clinic's page: its timeline over the window, uptime, incidents, releases and patch trend, from its records. */
export function clinicDetail(
  n: number,
  id: string,
  events: readonly ClinicEvent[],
  state: ClinicState | undefined,
  window: DetailWindow,
): ClinicDetail {
  const marks = healthMarks(events, state);
  const days = dailyWorst(marks, window.days);
  const first = window.days[0];
  const up = first === undefined ? undefined : uptime(marks, tokyoDayStart(first), window.now.getTime(), days);
  return {
    n,
    id,
    days,
    ...(up === undefined ? {} : { uptime: up }),
    ...(state?.health ? { healthSince: state.health.since } : {}),
    ...(state?.release ? { releaseSince: state.release.since } : {}),
    releases: releaseSteps(events, state),
    incidents: incidentSpans(events, state),
    patch: patchPoints(events),
    ...(state?.patch?.scanned ? { scanned: state.patch.scanned } : {}),
    ...(state?.patch ? { stale: state.patch.stale } : {}),
  };
}
