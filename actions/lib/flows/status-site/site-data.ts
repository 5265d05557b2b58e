import type { ComplianceState, HealthClass } from "../../core/history/records.js";
import type { Locale } from "../../core/i18n/locale.js";

/**
 * The data the status page is drawn from, shared by the builder (Node) and the page (the browser): the fleet at a
 * glance and one row per clinic, in one file loaded with the page; each clinic's detail in its own file, loaded
 * when the clinic is opened. Nothing here is invented: a part the history does not hold is absent, and the page
 * says so. No contact details: the rows are built field by field from the registry, never spread.
 */

export const siteDataVersion = 1;

/** The part of the history a view needs and a writer that does not exist yet may not have written. */
export type HistoryPart = "health" | "release" | "patch" | "incidents";

/** One clinic in the list. */
export interface SiteClinic {
  /** Its detail file: data/clinic/<n>.js. A number, so that no name from the registry becomes a path. */
  n: number;
  id: string;
  name: string;
  /** Index in `prefectures`. */
  pref: number;
  ring: string;
  /** The release the registry asks for. */
  want?: string;
  /** The release the history last recorded. */
  release?: string;
  health?: HealthClass;
  /** Open incident issues. */
  incidents: number;
  patch?: ComplianceState;
  /** Uptime over the timeline's window, in percent; absent without health records. */
  uptime?: number;
}

export interface RingProgress {
  ring: string;
  clinics: number;
  /** Clinics whose recorded release is the one the registry asks for. */
  onTarget: number;
  /** Clinics without a recorded release. */
  unknown: number;
  /** The releases the ring's clinics are asked for, most asked first. */
  targets: string[];
}

export interface TrendRow {
  week: string;
  clinics: number;
  compliant: number;
  nonCompliant: number;
  urgent: number;
}

export interface FleetOverview {
  clinics: number;
  health: Record<HealthClass, number>;
  /** Clinics with no health record. */
  healthUnknown: number;
  openIncidents: number;
  clinicsWithIncidents: number;
  releases: { version: string; clinics: number }[];
  releaseUnknown: number;
  rings: RingProgress[];
  patch: Record<ComplianceState, number>;
  patchUnknown: number;
  patchTrend: TrendRow[];
  /** Parts no clinic has a record of: the page says what is missing rather than showing zeros. */
  missing: HistoryPart[];
}

export interface MapTile {
  pref: number;
  col: number;
  row: number;
}

export interface SiteData {
  version: typeof siteDataVersion;
  locale: Locale;
  /** When the site was built, ISO 8601. */
  builtAt: string;
  /** The last day of the timeline (Asia/Tokyo). */
  today: string;
  windowDays: number;
  /** The repository's web address, for links to incident issues; absent when unknown. */
  repoUrl?: string;
  prefectures: readonly string[];
  /** The classes in the history's order, best first; the page takes its orders from here, not from the schema. */
  healthClasses: readonly HealthClass[];
  complianceStates: readonly ComplianceState[];
  tiles: readonly MapTile[];
  overview: FleetOverview;
  clinics: SiteClinic[];
}

/** A day of the health timeline: the worst class recorded that day, or null when nothing covers it. */
export type TimelineDay = HealthClass | null;

export interface IncidentSpan {
  issue: number;
  opened?: string;
  closed?: string;
  open: boolean;
}

export interface PatchPoint {
  at: string;
  compliance: ComplianceState;
  missing: number;
  failed: number;
  outstanding: number;
}

export interface ClinicDetail {
  n: number;
  id: string;
  /** The timeline's days, oldest first, ending on SiteData.today. */
  days: TimelineDay[];
  uptime?: {
    percent: number;
    /** Whole days of the window that health records cover. */
    coveredDays: number;
    /** Days (rolled up to one record a day) whose outages within the day are counted by their worst only. */
    roughDays: number;
  };
  healthSince?: string;
  releaseSince?: string;
  releases: { at: string; version: string }[];
  incidents: IncidentSpan[];
  patch: PatchPoint[];
  /** Days of the last scan and whether it was stale, from the state. */
  scanned?: string;
  stale?: boolean;
}
