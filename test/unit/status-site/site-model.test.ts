import { describe, expect, it } from "vitest";
import type { HistoryEvent } from "../../../actions/lib/core/history/records.js";
import { prefectures } from "../../../actions/lib/core/registry/prefectures.js";
import { clinicDetail } from "../../../actions/lib/flows/status-site/clinic-detail.js";
import { windowDays } from "../../../actions/lib/flows/status-site/health-timeline.js";
import { filterClinics, noCriteria, searchKey } from "../../../actions/lib/flows/status-site/page/filter.js";
import { prefectureTiles } from "../../../actions/lib/flows/status-site/prefecture-tiles.js";
import { siteFiles } from "../../../actions/lib/flows/status-site/site-files.js";
import { buildSiteModel, directoryOf } from "../../../actions/lib/flows/status-site/site-model.js";
import { generateFleet } from "../../fleet-history/generate.js";

const now = new Date("2026-11-30T03:00:00Z"); // 12:00 in Tokyo
const days = windowDays("2026-11-30", 3);
const health = (at: string, cls: "healthy" | "down", worst?: "down"): { event: HistoryEvent; rolledUp: boolean } => ({
  event: { kind: "health", at, clinic: "a", class: cls, ...(worst ? { worst } : {}) },
  rolledUp: worst !== undefined,
});

describe("a clinic's timeline and uptime", () => {
  it("counts only the time with records, and the worst class of each day", () => {
    const detail = clinicDetail(
      0,
      "a",
      [
        health("2026-11-28T15:00:00Z", "healthy"),
        health("2026-11-29T15:00:00Z", "down"),
        health("2026-11-29T21:00:00Z", "healthy"),
      ],
      undefined,
      { days, now },
    );
    // Known from 11-29 00:00 Tokyo (11-28T15:00Z) to now (11-30T03:00Z): 36 h, 6 h of them down.
    expect(detail.days).toEqual([null, "healthy", "down"]);
    expect(detail.uptime).toEqual({ percent: 83.33, coveredDays: 2, roughDays: 0 });
  });

  it("says when a rolled-up day hid an outage whose length is unknown", () => {
    const detail = clinicDetail(0, "a", [health("2026-11-28T16:00:00Z", "healthy", "down")], undefined, { days, now });
    expect(detail.days).toEqual([null, "down", "healthy"]);
    expect(detail.uptime?.roughDays).toBe(1);
    expect(detail.uptime?.percent).toBe(100);
  });

  it("invents nothing without health records", () => {
    const detail = clinicDetail(0, "a", [], undefined, { days, now });
    expect(detail.days).toEqual([null, null, null]);
    expect(detail.uptime).toBeUndefined();
  });
});

describe("the site built from a generated fleet", () => {
  const fleet = generateFleet({ clinics: 300, seed: 3, now });
  const model = buildSiteModel(directoryOf(fleet.clinics), fleet.snapshot, {
    now,
    locale: "ja",
    windowDays: 90,
    ringOrder: ["canary", "early", "general"],
  });

  it("counts every clinic once in the overview, and the rings' progress from the history's releases", () => {
    const o = model.data.overview;
    const healthTotal = Object.values(o.health).reduce((a, b) => a + b, 0) + o.healthUnknown;
    expect(healthTotal).toBe(300);
    expect(o.rings.map((r) => r.clinics).reduce((a, b) => a + b, 0)).toBe(300);
    const canary = o.rings.find((r) => r.ring === "canary");
    expect(canary?.onTarget).toBe(
      model.data.clinics.filter((c) => c.ring === "canary" && c.release === "5.2.1").length,
    );
    expect(o.missing).toEqual([]);
  });

  it("writes no contact detail anywhere on the site", () => {
    const text = siteFiles(model.data, model.details)
      .map((f) => f.text)
      .join("\n");
    for (const clinic of fleet.clinics) {
      expect(text).not.toContain(clinic.contact.email);
      expect(text).not.toContain(clinic.contact.name);
    }
  });

  it("says which parts the history lacks instead of showing zeros", () => {
    const empty = buildSiteModel(
      directoryOf(fleet.clinics),
      { state: { version: 1, clinics: {}, patchTrend: [] }, periods: [] },
      { now, locale: "ja", windowDays: 90, ringOrder: [] },
    );
    expect(empty.data.overview.missing).toEqual(["health", "release", "patch", "incidents"]);
    expect(empty.data.clinics.every((c) => c.health === undefined && c.uptime === undefined)).toBe(true);
  });

  it("filters by every criterion and searches name and id", () => {
    const keys = model.data.clinics.map(searchKey);
    const first = model.data.clinics[0];
    if (first === undefined) throw new Error("no clinic");
    expect(filterClinics(model.data.clinics, keys, { ...noCriteria, text: first.id.toUpperCase() })).toEqual([first]);
    const inPref = filterClinics(model.data.clinics, keys, { ...noCriteria, pref: first.pref, ring: first.ring });
    expect(inPref.length).toBeGreaterThan(0);
    expect(inPref.every((c) => c.pref === first.pref && c.ring === first.ring)).toBe(true);
  });
});

describe("the tile map", () => {
  it("places each of the 47 prefectures once, on its own tile", () => {
    expect(prefectureTiles.map((t) => t.pref)).toEqual(prefectures.map((_, i) => i));
    expect(new Set(prefectureTiles.map((t) => `${t.col},${t.row}`)).size).toBe(47);
  });
});
