import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { periodText, stateText } from "../../actions/lib/core/history/files.js";
import { defaultRetention, periodPath, statePath, tokyoDay } from "../../actions/lib/core/history/layout.js";
import { type HistoryEvent, historyVersion, type PeriodFile } from "../../actions/lib/core/history/records.js";
import { foldEvents, planRollup } from "../../actions/lib/core/history/rollup.js";
import type { HistorySnapshot } from "../../actions/lib/core/history/snapshot.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import { exampleFleet } from "../e2e/provision-world.js";
import { madeUpClinic } from "./clinics.js";
import { seeded } from "./random.js";
import { simulateFleet } from "./simulate.js";

/**
 * A realistic fleet's registry and history, deterministic for a seed, in the history's own format: the events are
 * written a day a file and rolled up with the history's own rollup, so the files are what the writers would leave.
 */
export interface GeneratedFleet {
  clinics: Clinic[];
  snapshot: HistorySnapshot;
  /** The branch's files by path, as text. */
  files: Map<string, string>;
}

export interface FleetShape {
  clinics: number;
  seed: number;
  now: Date;
  /** How far back the history goes (default 120 days: events, days and weeks files all appear). */
  days?: number;
}

export function generateFleet(shape: FleetShape): GeneratedFleet {
  const random = seeded(shape.seed);
  const clinics = Array.from({ length: shape.clinics }, (_, i) => madeUpClinic(i, random));
  const { events, state } = simulateFleet(clinics, shape.now, shape.days ?? 120, random);
  const byDay = new Map<string, HistoryEvent[]>();
  for (const event of events) {
    const day = tokyoDay(new Date(event.at));
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const periods = new Map<string, PeriodFile>();
  for (const [day, dayEvents] of byDay) {
    const sorted = dayEvents.sort((a, b) => a.at.localeCompare(b.at));
    periods.set(periodPath("events", day), { version: historyVersion, period: day, detail: "events", events: sorted });
  }
  const plan = planRollup([...periods.keys()], tokyoDay(shape.now), defaultRetention);
  for (const group of plan.groups) {
    const folded = foldEvents(
      group.target.detail,
      group.target.period,
      group.sources.flatMap((path) => periods.get(path)?.events ?? []),
    );
    for (const source of group.sources) periods.delete(source);
    periods.set(group.target.path, folded);
  }
  for (const path of plan.expired) periods.delete(path);
  const files = new Map<string, string>([[statePath, stateText(state)]]);
  for (const [path, file] of periods) files.set(path, periodText(file));
  return { clinics, snapshot: { state, periods: [...periods.values()] }, files };
}

/** Writes the registry (fleet.yml and one file per clinic) and the history branch's files under `dir`. */
export async function writeGeneratedFleet(
  fleet: GeneratedFleet,
  dir: string,
): Promise<{ clinics: string; history: string }> {
  const clinicsDir = join(dir, "clinics");
  const historyDir = join(dir, "history");
  await mkdir(clinicsDir, { recursive: true });
  await writeFile(join(clinicsDir, "fleet.yml"), stringify(exampleFleet));
  await Promise.all(fleet.clinics.map((c) => writeFile(join(clinicsDir, `${c.id}.yml`), stringify(c))));
  for (const [path, text] of fleet.files) {
    await mkdir(dirname(join(historyDir, path)), { recursive: true });
    await writeFile(join(historyDir, path), text);
  }
  return { clinics: clinicsDir, history: historyDir };
}
