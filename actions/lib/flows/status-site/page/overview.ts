/// <reference lib="dom" />
import type { HistoryPart, SiteData } from "../site-data.js";
import { barChart, chartTable, lineChart } from "./charts.js";
import { el, type Say } from "./dom.js";
import { chartColors } from "./palette.js";

const partKeys = {
  health: "partHealth",
  release: "partRelease",
  patch: "partPatch",
  incidents: "partIncidents",
} as const satisfies Record<HistoryPart, string>;

function stat(label: string, value: string, extra?: string, cls = ""): HTMLElement {
  return el(
    "div",
    { class: `stat ${cls}` },
    el("span", { class: "stat-label" }, label),
    el("span", { class: "stat-value" }, value),
    extra ? el("span", { class: "stat-extra" }, extra) : null,
  );
}

const weekSeconds = (week: string): number => {
  const [year, w] = week.split("-W").map(Number);
  const jan4 = Date.UTC(year ?? 1970, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + ((w ?? 1) - 1) * 7 * 86_400_000;
  return monday / 1000;
};

/** The fleet at a glance: health, incidents, releases and rings, patches and their trend; what is missing said. */
export function renderOverview(data: SiteData, say: Say): HTMLElement {
  const o = data.overview;
  const n = (value: number) => value.toLocaleString(data.locale);
  const section = el(
    "section",
    { id: "overview", "aria-labelledby": "overview-h" },
    el("h2", { id: "overview-h" }, say("overview")),
  );
  if (o.missing.length > 0) {
    const parts = o.missing.map((part) => say(partKeys[part])).join(say("listSeparator"));
    section.append(el("p", { class: "missing", role: "note" }, say("missing", { parts })));
  }
  section.append(
    el(
      "div",
      { class: "stats" },
      stat(say("clinicsCount"), n(o.clinics)),
      stat(say("openIncidents"), n(o.openIncidents), say("incidentClinics", { count: o.clinicsWithIncidents })),
    ),
    el("h3", {}, say("healthHeading")),
    el(
      "div",
      { class: "stats" },
      ...data.healthClasses.map((c) => stat(say(c), n(o.health[c]), undefined, `h-${c}`)),
      stat(say("unknown"), n(o.healthUnknown), undefined, "h-unknown"),
    ),
  );
  const releases = el("div", { class: "panel" }, el("h3", {}, say("releasesHeading")));
  const releaseRows = o.releases.map((r) => [r.version, r.clinics] as const);
  if (o.releases.length > 0) {
    releases.append(
      barChart(
        say("releaseChart"),
        o.releases.map((r) => r.version),
        {
          label: say("release"),
          values: o.releases.map((r) => r.clinics),
          color: chartColors.release,
        },
      ),
    );
  }
  releases.append(
    chartTable(
      say("asTable"),
      [say("release"), say("clinicsCount")],
      [...releaseRows, [say("unknown"), o.releaseUnknown]],
    ),
    el("h3", {}, say("ringsHeading")),
    el(
      "ul",
      { class: "rings" },
      ...o.rings.map((r) =>
        el(
          "li",
          {},
          el(
            "span",
            {},
            say("ringLine", { ring: r.ring, onTarget: r.onTarget, clinics: r.clinics, targets: r.targets.join(" / ") }),
          ),
          el("progress", { max: String(r.clinics), value: String(r.onTarget), "aria-label": r.ring }),
          r.unknown > 0 ? el("span", { class: "note" }, say("ringUnknown", { count: r.unknown })) : null,
        ),
      ),
    ),
  );
  const patches = el(
    "div",
    { class: "panel" },
    el("h3", {}, say("patchHeading")),
    el(
      "div",
      { class: "stats" },
      ...data.complianceStates.map((c) => stat(say(c), n(o.patch[c]))),
      stat(say("unknown"), n(o.patchUnknown)),
    ),
    el("h3", {}, say("trendHeading")),
  );
  if (o.patchTrend.length > 0) {
    const xs = o.patchTrend.map((p) => weekSeconds(p.week));
    patches.append(
      lineChart(say("trendChart"), xs, [
        { label: say("compliant"), values: o.patchTrend.map((p) => p.compliant), color: chartColors.compliant },
        {
          label: say("non-compliant"),
          values: o.patchTrend.map((p) => p.nonCompliant),
          color: chartColors.nonCompliant,
        },
        { label: say("urgent"), values: o.patchTrend.map((p) => p.urgent), color: chartColors.urgent },
      ]),
      el(
        "p",
        { class: "legend" },
        ...[
          ["compliant", say("compliant")],
          ["non-compliant", say("non-compliant")],
          ["urgent", say("urgent")],
        ].map(([cls, text]) => el("span", { class: `key key-${cls}` }, text ?? "")),
      ),
    );
  }
  patches.append(
    chartTable(
      say("asTable"),
      [say("week"), say("compliant"), say("non-compliant"), say("urgent")],
      o.patchTrend.map((p) => [p.week, p.compliant, p.nonCompliant, p.urgent]),
    ),
  );
  section.append(el("div", { class: "panels" }, releases, patches));
  return section;
}
