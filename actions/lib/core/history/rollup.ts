import { daysBetween, isoWeekOfDay, mondayOfWeek, parsePeriodPath, periodPath, type Retention } from "./layout.js";
import {
  type HealthClass,
  type HistoryEvent,
  healthClasses,
  historyVersion,
  type PeriodDetail,
  type PeriodFile,
} from "./records.js";

/** One file the rollup writes, from the files it folds in (the target itself among them when it exists). */
export interface RollupGroup {
  target: { detail: PeriodDetail; period: string; path: string };
  sources: string[];
}

export interface RollupPlan {
  groups: RollupGroup[];
  /** Week files past retention: removed whole. */
  expired: string[];
}

/**
 * Which period files move to a coarser level on `today`: events older than `eventDays` become a day file, days (or
 * events) older than `dayDays` join their ISO week's file, and weeks older than `weekWeeks` go. Pure, from the
 * branch's file list alone, so that a run reads only the files it folds.
 */
export function planRollup(paths: readonly string[], today: string, retention: Retention): RollupPlan {
  const groups = new Map<string, RollupGroup>();
  const expired: string[] = [];
  const existing = new Set(paths);
  for (const path of paths) {
    const parsed = parsePeriodPath(path);
    if (parsed === undefined) continue;
    if (parsed.detail === "week") {
      if (daysBetween(mondayOfWeek(parsed.period), today) > retention.weekWeeks * 7) expired.push(path);
      continue;
    }
    const age = daysBetween(parsed.period, today);
    const level: PeriodDetail = age > retention.dayDays ? "week" : age > retention.eventDays ? "day" : "events";
    if (level === parsed.detail) continue;
    const period = level === "week" ? isoWeekOfDay(parsed.period) : parsed.period;
    const target = periodPath(level, period);
    const group = groups.get(target) ?? {
      target: { detail: level, period, path: target },
      sources: existing.has(target) ? [target] : [],
    };
    group.sources.push(path);
    groups.set(target, group);
  }
  return { groups: [...groups.values()], expired };
}

/** The key under which events fold: the last one per clinic and kind survives (incidents: per issue and state). */
function foldKey(event: HistoryEvent): string {
  switch (event.kind) {
    case "incident":
      return `incident:${event.clinic}:${event.issue}:${event.state}`;
    case "patch-fleet":
      return "patch-fleet";
    default:
      return `${event.kind}:${event.clinic}`;
  }
}

const worse = (a: HealthClass, b: HealthClass): HealthClass =>
  healthClasses.indexOf(a) >= healthClasses.indexOf(b) ? a : b;

/** Folds events into one period file at the target's detail, in time order; nothing is invented or lost in count. */
export function foldEvents(detail: PeriodDetail, period: string, events: readonly HistoryEvent[]): PeriodFile {
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  const folded = new Map<string, HistoryEvent>();
  for (const event of ordered) {
    const key = foldKey(event);
    const earlier = folded.get(key);
    if (earlier === undefined) {
      folded.set(key, event);
      continue;
    }
    const count = (earlier.folded ?? 1) + (event.folded ?? 1);
    if (event.kind === "health" && earlier.kind === "health") {
      const worst = worse(earlier.worst ?? earlier.class, event.worst ?? event.class);
      folded.set(key, { ...event, folded: count, worst });
    } else {
      folded.set(key, { ...event, folded: count });
    }
  }
  const kept = [...folded.values()].sort((a, b) => a.at.localeCompare(b.at) || foldKey(a).localeCompare(foldKey(b)));
  return { version: historyVersion, period, detail, events: kept };
}
