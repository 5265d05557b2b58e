import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FleetPatchSummary } from "../../../actions/lib/core/history/records.js";
import { locales } from "../../../actions/lib/core/i18n/locale.js";
import { type PatchReport, renderReport } from "../../../actions/lib/flows/patch-report/render.js";

const summary: FleetPatchSummary = {
  clinics: 14,
  compliant: 9,
  nonCompliant: 3,
  neverScanned: 1,
  noInstance: 1,
  staleScans: 2,
  missing: { Critical: 2, Important: 3, Low: 1 },
  failed: { Important: 1 },
  pendingRebootClinics: 1,
  urgentClinics: 2,
  criticalClinics: 1,
  oldestUrgentSince: "2026-11-16",
};

const small: PatchReport = {
  at: "2026-11-30T00:00:00.000Z",
  today: "2026-11-30",
  week: "2026-W49",
  staleDays: 7,
  summary,
  urgent: [
    { clinicId: "shinjuku-naika", critical: 1, important: 1, oldestDays: 14, stale: false },
    { clinicId: "sapporo-kita", critical: 0, important: 2, oldestDays: 0, stale: true },
  ],
  trend: [
    { week: "2026-W48", summary: { ...summary, nonCompliant: 4, urgentClinics: 3 } },
    { week: "2026-W49", summary },
  ],
};

describe("the report's markdown", () => {
  it.each(locales)("renders a small fleet in %s", (locale) => {
    expect(renderReport(small, locale)).toMatchSnapshot();
  });

  it("draws the trend as a mermaid chart, one point per week", () => {
    const body = renderReport(small, "en");
    expect(body).toContain("```mermaid\nxychart-beta");
    expect(body).toContain('x-axis ["W48", "W49"]');
    expect(body).toContain("line [4, 3]");
  });

  it("stays under GitHub's 65,536 characters whatever the fleet, and echoes ids inert", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 300 });
    const bigReport = fc.record({
      urgent: fc.array(
        fc.record({
          clinicId: text,
          critical: fc.nat(),
          important: fc.nat(),
          oldestDays: fc.nat(),
          stale: fc.boolean(),
        }),
        { maxLength: 6000 },
      ),
      severities: fc.array(text, { maxLength: 200 }),
      weeks: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(bigReport, fc.constantFrom(...locales), ({ urgent, severities, weeks }, locale) => {
        const missing = Object.fromEntries(severities.map((s, i) => [s, i]));
        const report: PatchReport = {
          ...small,
          summary: { ...summary, missing, failed: missing },
          urgent,
          trend: Array.from({ length: weeks }, (_, i) => ({
            week: `2026-W${String(i % 53).padStart(2, "0")}`,
            summary,
          })),
        };
        const body = renderReport(report, locale);
        expect(body.length).toBeLessThan(65_536 - 100);
        expect(body).not.toMatch(/<!--|@[a-z]/i);
      }),
      { numRuns: 30 },
    );
  });

  it("stays under the limit at the worst the inputs allow: 6,000 long ids, 200 long severities, 400 weeks", () => {
    const long = (i: number) => `${"|<@#".repeat(75)}${i}`;
    const missing = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [long(i), 10 ** 9]));
    const report: PatchReport = {
      ...small,
      summary: { ...summary, clinics: 10 ** 9, missing, failed: missing },
      urgent: Array.from({ length: 6000 }, (_, i) => ({
        clinicId: long(i),
        critical: 10 ** 9,
        important: 10 ** 9,
        oldestDays: 10 ** 9,
        stale: true,
      })),
      trend: Array.from({ length: 400 }, () => ({ week: "2026-W01", summary: { ...summary, clinics: 10 ** 9 } })),
    };
    for (const locale of locales) expect(renderReport(report, locale).length).toBeLessThan(65_536 - 100);
  });
});
