/// <reference lib="dom" />
import type { ClinicDetail, IncidentSpan, SiteClinic, SiteData } from "../site-data.js";
import { chartTable, levelChart, lineChart } from "./charts.js";
import { type Child, el, type Say, tokyoTime } from "./dom.js";
import { chartColors } from "./palette.js";

const seconds = (iso: string): number => Date.parse(iso) / 1000;

/** One part of the clinic's page under its own heading, which names the part for screen readers. */
function part(id: string, heading: string, ...children: Child[]): HTMLElement {
  return el("section", { "aria-labelledby": `${id}-h` }, el("h3", { id: `${id}-h` }, heading), ...children);
}

function incidentItem(span: IncidentSpan, data: SiteData, say: Say): HTMLElement {
  const text = span.open
    ? span.opened
      ? say("incidentOpen", { issue: span.issue, at: tokyoTime(span.opened) })
      : say("incidentOpenUndated", { issue: span.issue })
    : say("incidentClosed", {
        issue: span.issue,
        opened: span.opened ? tokyoTime(span.opened) : "?",
        closed: span.closed ? tokyoTime(span.closed) : "?",
      });
  const body = data.repoUrl
    ? el("a", { href: `${data.repoUrl}/issues/${span.issue}`, rel: "noreferrer" }, text)
    : el("span", {}, text);
  return el("li", { class: span.open ? "incident open" : "incident" }, body);
}

function timeline(detail: ClinicDetail, data: SiteData, say: Say): HTMLElement {
  const section = part("timeline", say("timelineHeading", { days: data.windowDays }));
  if (detail.days.every((d) => d === null)) {
    section.append(el("p", { class: "missing" }, say("timelineNone", { days: data.windowDays })));
    return section;
  }
  const first = Date.parse(`${data.today}T00:00:00Z`) - (detail.days.length - 1) * 86_400_000;
  const strip = el("ol", { class: "timeline" });
  detail.days.forEach((worst, i) => {
    const day = new Date(first + i * 86_400_000).toISOString().slice(0, 10);
    const label = say("timelineDay", { day, health: say(worst ?? "unknown") });
    strip.append(el("li", { class: `day h-${worst ?? "unknown"}`, title: label }, el("span", { class: "sr" }, label)));
  });
  section.append(strip);
  if (detail.uptime) {
    section.append(
      el(
        "p",
        { class: "uptime" },
        say("uptime", { percent: detail.uptime.percent.toFixed(2), covered: detail.uptime.coveredDays }),
      ),
    );
    if (detail.uptime.roughDays > 0)
      section.append(el("p", { class: "note" }, say("uptimeRough", { days: detail.uptime.roughDays })));
  }
  return section;
}

function releases(detail: ClinicDetail, say: Say): HTMLElement {
  const section = part("releases", say("releasesOverTime"));
  if (detail.releases.length === 0) {
    section.append(el("p", { class: "missing" }, say("releasesNone")));
    return section;
  }
  const levels = [...new Set(detail.releases.map((r) => r.version))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  const xs = [...detail.releases.map((r) => seconds(r.at)), Date.now() / 1000];
  const ys = [
    ...detail.releases.map((r) => levels.indexOf(r.version)),
    levels.indexOf(detail.releases.at(-1)?.version ?? ""),
  ];
  section.append(
    levelChart(say("releaseTimeline"), xs, levels, ys, chartColors.release),
    el(
      "ul",
      {},
      ...detail.releases.map((r) => el("li", {}, say("releaseStep", { version: r.version, at: tokyoTime(r.at) }))),
    ),
  );
  return section;
}

function patches(detail: ClinicDetail, say: Say): HTMLElement {
  const section = part("patches", say("patchTrendHeading"));
  if (detail.scanned)
    section.append(el("p", {}, say("lastScan", { day: detail.scanned, stale: String(detail.stale === true) })));
  if (detail.patch.length === 0) {
    section.append(el("p", { class: "missing" }, say("patchNone")));
    return section;
  }
  const xs = detail.patch.map((p) => seconds(p.at));
  section.append(
    lineChart(
      say("patchChart"),
      xs,
      [
        { label: say("missingPatches"), values: detail.patch.map((p) => p.missing), color: chartColors.nonCompliant },
        { label: say("failedPatches"), values: detail.patch.map((p) => p.failed), color: chartColors.failed },
        { label: say("urgent"), values: detail.patch.map((p) => p.outstanding), color: chartColors.urgent },
      ],
      true,
    ),
    chartTable(
      say("asTable"),
      [say("date"), say("colPatch"), say("missingPatches"), say("failedPatches"), say("urgent")],
      detail.patch.map((p) => [tokyoTime(p.at), say(p.compliance), p.missing, p.failed, p.outstanding]),
    ),
  );
  return section;
}

/** One clinic's page: what it is, its health over the window, incidents with links, releases and patches. */
export function renderClinicPage(clinic: SiteClinic, detail: ClinicDetail, data: SiteData, say: Say): HTMLElement {
  const facts: [string, string][] = [
    [say("colId"), clinic.id],
    [say("prefecture"), data.prefectures[clinic.pref] ?? ""],
    [say("ring"), clinic.ring],
    [
      say("release"),
      `${clinic.release ?? say("unknown")}${clinic.want && clinic.want !== clinic.release ? ` (${say("wants", { version: clinic.want })})` : ""}${detail.releaseSince ? ` — ${say("since", { at: tokyoTime(detail.releaseSince) })}` : ""}`,
    ],
    [
      say("health"),
      `${say(clinic.health ?? "unknown")}${detail.healthSince ? ` — ${say("since", { at: tokyoTime(detail.healthSince) })}` : ""}`,
    ],
    [say("colPatch"), say(clinic.patch ?? "unknown")],
  ];
  return el(
    "article",
    { class: "clinic", "aria-labelledby": "clinic-h" },
    el("p", {}, el("a", { href: "#", id: "back" }, say("back"))),
    el("h2", { id: "clinic-h", tabindex: "-1" }, clinic.name),
    el("dl", { class: "facts" }, ...facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    timeline(detail, data, say),
    part(
      "incidents",
      say("incidentsHeading"),
      detail.incidents.length === 0
        ? el("p", {}, say("incidentsNone"))
        : el("ul", { class: "incidents" }, ...detail.incidents.map((s) => incidentItem(s, data, say))),
    ),
    releases(detail, say),
    patches(detail, say),
  );
}
