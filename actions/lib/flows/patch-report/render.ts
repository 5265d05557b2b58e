import { daysBetween } from "../../core/history/layout.js";
import type { FleetPatchSummary, TrendPoint } from "../../core/history/records.js";
import type { Locale } from "../../core/i18n/locale.js";
import { cut } from "../../core/render/body.js";
import { details, inert, table } from "../../core/render/markdown.js";
import type { UrgentClinic } from "./counts.js";
import { say } from "./messages.js";

/** What the report shows, as typed data: rendered into the issue, the job summary and (as is) the JSON file. */
export interface PatchReport {
  /** When the report was made (ISO 8601) and its Asia/Tokyo day and ISO week. */
  at: string;
  today: string;
  week: string;
  staleDays: number;
  summary: FleetPatchSummary;
  urgent: UrgentClinic[];
  trend: TrendPoint[];
}

/**
 * Limits that keep every rendering far below GitHub's 65,536 characters whatever the fleet: at most 50 clinic rows
 * (the rest are counted, and all are in the JSON file), 20 severities and 52 weeks, every echoed text cut short.
 */
export const renderLimits = { clinicRows: 50, severityRows: 20, trendPoints: 52, textChars: 40 } as const;

const cell = (text: string) => inert(cut(text, renderLimits.textChars));

function complianceTable(report: PatchReport, locale: Locale): string {
  const s = report.summary;
  const rows: [string, number][] = [
    [say("compliant", locale), s.compliant],
    [say("nonCompliant", locale), s.nonCompliant],
    [say("neverScanned", locale), s.neverScanned],
    [say("noInstance", locale), s.noInstance],
    [say("staleScans", locale, { days: report.staleDays }), s.staleScans],
    [say("pendingReboot", locale), s.pendingRebootClinics],
  ];
  return table(
    [say("colState", locale), say("colClinics", locale)],
    rows.map(([label, n]) => [label, String(n)]),
  );
}

const severityOrder = ["critical", "important", "high", "moderate", "medium", "low"];
const rank = (severity: string) => {
  const index = severityOrder.indexOf(severity.toLowerCase());
  return index === -1 ? severityOrder.length : index;
};

function severityTable(summary: FleetPatchSummary, locale: Locale): string {
  const severities = [...new Set([...Object.keys(summary.missing), ...Object.keys(summary.failed)])]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .slice(0, renderLimits.severityRows);
  if (severities.length === 0) return say("noPatchesMissing", locale);
  return table(
    [say("colSeverity", locale), say("colMissing", locale), say("colFailed", locale)],
    severities.map((sev) => [cell(sev), String(summary.missing[sev] ?? 0), String(summary.failed[sev] ?? 0)]),
  );
}

function urgentSection(report: PatchReport, locale: Locale): string {
  if (report.urgent.length === 0) return say("urgentNone", locale);
  const oldest = report.summary.oldestUrgentSince;
  const lead = say("urgentLead", locale, {
    count: report.urgent.length,
    days: oldest === undefined ? 0 : daysBetween(oldest, report.today),
  });
  const shown = report.urgent.slice(0, renderLimits.clinicRows);
  const rows = shown.map((u) => [
    cell(u.clinicId),
    String(u.critical),
    String(u.important),
    String(u.oldestDays),
    u.stale ? say("yes", locale) : "",
  ]);
  const headers = ["colClinic", "colCritical", "colImportant", "colOldest", "colStale"] as const;
  const rest = report.urgent.length - shown.length;
  return [
    lead,
    "",
    table(
      headers.map((h) => say(h, locale)),
      rows,
    ),
    ...(rest > 0 ? ["", say("more", locale, { count: rest })] : []),
  ].join("\n");
}

/** A mermaid line chart of the weekly trend, which GitHub draws where it renders markdown. */
export function trendChart(trend: readonly TrendPoint[], locale: Locale): string {
  const points = trend.slice(-renderLimits.trendPoints);
  const top = Math.max(1, ...points.map((p) => p.summary.clinics));
  return [
    "```mermaid",
    "xychart-beta",
    `  x-axis [${points.map((p) => JSON.stringify(p.week.slice(5))).join(", ")}]`,
    `  y-axis ${JSON.stringify(say("trendAxis", locale))} 0 --> ${top}`,
    `  line [${points.map((p) => p.summary.nonCompliant).join(", ")}]`,
    `  line [${points.map((p) => p.summary.urgentClinics).join(", ")}]`,
    "```",
  ].join("\n");
}

function trendSection(report: PatchReport, locale: Locale): string {
  const points = report.trend.slice(-renderLimits.trendPoints);
  const rows = points.map((p) => [
    p.week,
    String(p.summary.compliant),
    String(p.summary.nonCompliant),
    String(p.summary.urgentClinics),
  ]);
  const headers = ["colWeek", "compliant", "nonCompliant", "colUrgent"] as const;
  return [
    trendChart(points, locale),
    "",
    say("trendLegend", locale),
    "",
    details(
      say("trendTable", locale),
      table(
        headers.map((h) => say(h, locale)),
        rows,
      ),
    ),
  ].join("\n");
}

/** The report's markdown: the body and the job summary's core. */
export function renderReport(report: PatchReport, locale: Locale): string {
  const at = `${report.today} ${new Date(Date.parse(report.at) + 9 * 3_600_000).toISOString().slice(11, 16)}`;
  return [
    `## ${say("title", locale)}`,
    "",
    say("asOf", locale, { at, week: report.week, clinics: report.summary.clinics }),
    "",
    ...(
      [
        ["compliance", complianceTable(report, locale)],
        ["bySeverity", severityTable(report.summary, locale)],
        ["urgent", urgentSection(report, locale)],
        ["trend", trendSection(report, locale)],
      ] as const
    ).flatMap(([heading, body]) => [`### ${say(heading, locale)}`, "", body, ""]),
    `_${say("ageNote", locale)}_`,
    "",
  ].join("\n");
}
