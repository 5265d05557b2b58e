import type { Locale } from "../../core/i18n/locale.js";
import { details, inert, table } from "../../core/render/markdown.js";
import { type SweepClass, sweepClasses } from "./classify.js";
import { causeName, className } from "./incident-render.js";
import { say } from "./messages.js";
import type { ClinicResult, SweepResult } from "./sweep.js";

/** Rows of the not-healthy table shown before folding the rest: the summary stays far under 1 MiB. */
const rowsShown = 200;

/** The JSON file the workflow uploads: every clinic's result as typed data. */
export interface SweepFile extends SweepResult {
  version: 1;
  counts: Record<SweepClass, number>;
  latency: Latency;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
}

export function countsByClass(clinics: readonly ClinicResult[]): Record<SweepClass, number> {
  const counts = Object.fromEntries(sweepClasses.map((c) => [c, 0])) as Record<SweepClass, number>;
  for (const clinic of clinics) counts[clinic.class] += 1;
  return counts;
}

/** Nearest-rank percentiles of the probes' API latency; zeros when no probe answered. */
export function latencyOf(clinics: readonly ClinicResult[]): Latency {
  const sorted = clinics.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs])).sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: rank(50), p95: rank(95), max: sorted.at(-1) ?? 0 };
}

export function sweepFile(result: SweepResult): SweepFile {
  return { version: 1, ...result, counts: countsByClass(result.clinics), latency: latencyOf(result.clinics) };
}

/** The job summary: counts by class, the clinics not healthy, latency, the common cause, drift, incidents. */
export function renderSummary(result: SweepResult, locale: Locale): string {
  const counts = countsByClass(result.clinics);
  const restarts = result.clinics.filter((c) => c.restarted).length;
  const healed = result.clinics.filter((c) => c.healedByRestart).length;
  const lines = [
    `## ${say("summaryTitle", locale)}`,
    "",
    say("summaryLead", locale, { clinics: result.clinics.length, at: result.at, restarts, healed }),
    "",
    table(
      [say("colClass", locale), say("colCount", locale)],
      sweepClasses.filter((c) => counts[c] > 0).map((c) => [className(c, locale), String(counts[c])]),
    ),
    "",
    say("latency", locale, { ...latencyOf(result.clinics) }),
    "",
  ];
  if (result.cause !== undefined) {
    const cause = causeName(
      { key: result.cause.dimension === "fleet" ? "fleet" : `${result.cause.dimension}-${result.cause.value}` },
      locale,
    );
    lines.push(
      say("cause", locale, { cause: inert(cause), failing: result.cause.failing.length, of: result.cause.of }),
      "",
    );
  }
  const unhealthy = result.clinics.filter((c) => c.class !== "healthy");
  lines.push(`### ${say("notHealthy", locale)}`, "");
  if (unhealthy.length === 0) lines.push(say("allHealthy", locale), "");
  else {
    const rows = unhealthy.map((c) => [
      inert(c.clinicId),
      className(c.class, locale),
      c.checks.map((check) => inert(check)).join(", "),
      c.incident === undefined ? "" : `#${c.incident}`,
    ]);
    const headers = [
      say("colClinic", locale),
      say("colClass", locale),
      say("colChecks", locale),
      say("colIncident", locale),
    ];
    lines.push(table(headers, rows.slice(0, rowsShown)), "");
    if (rows.length > rowsShown)
      lines.push(
        details(
          say("more", locale, { count: rows.length - rowsShown }),
          table(headers, rows.slice(rowsShown, rowsShown * 5)),
        ),
        "",
      );
  }
  const drifted = result.clinics.filter((c) => c.drift !== undefined);
  lines.push(`### ${say("drift", locale)}`, "");
  if (drifted.length === 0) lines.push(say("noDrift", locale), "");
  else
    lines.push(
      table(
        [
          say("colClinic", locale),
          say("colDesired", locale),
          say("colTagged", locale),
          say("colRunning", locale),
          say("colStructure", locale),
          say("colMasters", locale),
        ],
        drifted
          .slice(0, rowsShown)
          .map((c) => [
            inert(c.clinicId),
            inert(c.drift?.desired ?? ""),
            inert(c.drift?.tagged ?? "—"),
            inert(c.drift?.running ?? "—"),
            c.drift?.structureBehind === true ? "⚠" : "",
            String(c.drift?.mastersBehind ?? 0),
          ]),
      ),
      "",
    );
  lines.push(say("incidentsLine", locale, { ...result.incidents }), "");
  return lines.join("\n");
}

/** One line per drifted clinic, for the log. */
export function driftLines(clinics: readonly ClinicResult[]): string[] {
  return clinics.flatMap((c) =>
    c.drift === undefined
      ? []
      : [
          `drift ${c.clinicId}: clinics/ ${c.drift.desired}, tag ${c.drift.tagged ?? "-"}, ORCA ${c.drift.running ?? "-"}${
            c.drift.structureBehind ? ", structure behind" : ""
          }${c.drift.mastersBehind > 0 ? `, ${c.drift.mastersBehind} masters behind` : ""}`,
        ],
  );
}
