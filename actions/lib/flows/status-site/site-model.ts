import { tokyoDay } from "../../core/history/layout.js";
import { complianceStates, healthClasses } from "../../core/history/records.js";
import type { HistorySnapshot } from "../../core/history/snapshot.js";
import type { Locale } from "../../core/i18n/locale.js";
import { prefectures } from "../../core/registry/prefectures.js";
import type { Clinic } from "../../core/registry/schema.js";
import { type ClinicEvent, clinicDetail } from "./clinic-detail.js";
import { fleetOverview } from "./fleet-overview.js";
import { windowDays } from "./health-timeline.js";
import { prefectureTiles } from "./prefecture-tiles.js";
import { type ClinicDetail, type SiteClinic, type SiteData, siteDataVersion } from "./site-data.js";

/** What the site shows of a registry entry: no contact, no instance settings. Picked field by field. */
export interface DirectoryClinic {
  id: string;
  name: string;
  prefecture: string;
  ring: string;
  version: string;
}

/** The clinics the site lists: every one in the registry that is not retired. */
export function directoryOf(clinics: readonly Clinic[]): DirectoryClinic[] {
  return clinics
    .filter((c) => c.status !== "retired")
    .map((c) => ({ id: c.id, name: c.name, prefecture: c.prefecture, ring: c.orca.ring, version: c.orca.version }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface SiteSettings {
  now: Date;
  locale: Locale;
  /** The timeline's length in days; the history keeps one record a day for 90. */
  windowDays: number;
  ringOrder: readonly string[];
  repoUrl?: string;
}

export interface SiteModel {
  data: SiteData;
  details: ClinicDetail[];
}

function eventsByClinic(snapshot: HistorySnapshot): Map<string, ClinicEvent[]> {
  const byClinic = new Map<string, ClinicEvent[]>();
  for (const file of snapshot.periods) {
    const rolledUp = file.detail !== "events";
    for (const event of file.events) {
      if (!("clinic" in event)) continue;
      const list = byClinic.get(event.clinic) ?? [];
      if (list.length === 0) byClinic.set(event.clinic, list);
      list.push({ event, rolledUp });
    }
  }
  return byClinic;
}

/** The site's data and every clinic's detail, from the registry's clinics and the history as read. */
export function buildSiteModel(
  directory: readonly DirectoryClinic[],
  snapshot: HistorySnapshot,
  settings: SiteSettings,
): SiteModel {
  const today = tokyoDay(settings.now);
  const days = windowDays(today, settings.windowDays);
  const events = eventsByClinic(snapshot);
  const prefIndex = new Map<string, number>(prefectures.map((name, i) => [name, i]));
  const rows: SiteClinic[] = [];
  const details: ClinicDetail[] = [];
  directory.forEach((clinic, n) => {
    const state = snapshot.state.clinics[clinic.id];
    const detail = clinicDetail(n, clinic.id, events.get(clinic.id) ?? [], state, { days, now: settings.now });
    details.push(detail);
    rows.push({
      n,
      id: clinic.id,
      name: clinic.name,
      pref: prefIndex.get(clinic.prefecture) ?? -1, // the registry's schema admits only the 47
      ring: clinic.ring,
      want: clinic.version,
      ...(state?.release ? { release: state.release.version } : {}),
      ...(state?.health ? { health: state.health.class } : {}),
      incidents: state?.incidents?.length ?? 0,
      ...(state?.patch ? { patch: state.patch.compliance } : {}),
      ...(detail.uptime ? { uptime: detail.uptime.percent } : {}),
    });
  });
  const data: SiteData = {
    version: siteDataVersion,
    locale: settings.locale,
    builtAt: settings.now.toISOString(),
    today,
    windowDays: settings.windowDays,
    ...(settings.repoUrl === undefined ? {} : { repoUrl: settings.repoUrl }),
    prefectures,
    healthClasses,
    complianceStates,
    tiles: prefectureTiles,
    overview: fleetOverview(rows, snapshot.state, settings.ringOrder),
    clinics: rows,
  };
  return { data, details };
}
