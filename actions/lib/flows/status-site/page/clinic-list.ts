/// <reference lib="dom" />
import type { SiteClinic, SiteData } from "../site-data.js";
import { el, type Say } from "./dom.js";
import { type Criteria, filterClinics, noCriteria, searchKey } from "./filter.js";
import { markPicked } from "./tile-map.js";

/** Rows drawn at once: a page of the filtered list keeps a 5,000-clinic fleet quick to draw and to read. */
export const pageSize = 100;

function select(id: string, label: string, options: readonly [string, string][], say: Say): HTMLElement {
  return el(
    "label",
    { for: id },
    el("span", {}, label),
    el(
      "select",
      { id },
      el("option", { value: "" }, say("any")),
      ...options.map(([v, t]) => el("option", { value: v }, t)),
    ),
  );
}

function distinct(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
}

function row(c: SiteClinic, data: SiteData, say: Say): HTMLTableRowElement {
  const n = (v: number) => v.toLocaleString(data.locale);
  return el(
    "tr",
    {},
    el("th", { scope: "row" }, el("a", { href: `#clinic/${encodeURIComponent(c.id)}` }, c.name)),
    el("td", { class: "mono" }, c.id),
    el("td", {}, data.prefectures[c.pref] ?? ""),
    el("td", {}, c.ring),
    el("td", {}, c.release ?? say("unknown")),
    el("td", {}, el("span", { class: `badge h-${c.health ?? "unknown"}` }, say(c.health ?? "unknown"))),
    el("td", { class: "num" }, c.uptime === undefined ? "—" : `${c.uptime.toFixed(2)}%`),
    el("td", { class: "num" }, n(c.incidents)),
    el("td", {}, say(c.patch ?? "unknown")),
  );
}

export interface ClinicList {
  section: HTMLElement;
  /** Filters by prefecture (from the map); the same prefecture again clears it. */
  pickPrefecture(pref: number): void;
}

/** The searchable, filterable clinic list. */
export function renderClinicList(data: SiteData, say: Say, map: HTMLElement): ClinicList {
  const keys = data.clinics.map(searchKey);
  let criteria: Criteria = { ...noCriteria };
  let page = 0;
  const search = el("input", { id: "q", type: "search", autocomplete: "off" });
  const prefSelect = select(
    "f-pref",
    say("prefecture"),
    data.prefectures.map((name, i) => [String(i), name]),
    say,
  );
  const ringSelect = select(
    "f-ring",
    say("ring"),
    distinct(data.clinics.map((c) => c.ring)).map((r) => [r, r]),
    say,
  );
  const releaseSelect = select(
    "f-release",
    say("release"),
    distinct(data.clinics.map((c) => c.release)).map((r) => [r, r]),
    say,
  );
  const healthSelect = select(
    "f-health",
    say("health"),
    [...data.healthClasses, "unknown" as const].map((h) => [h, say(h)]),
    say,
  );
  const clear = el("button", { type: "button", id: "clear" }, say("clear"));
  const status = el("p", { id: "shown", role: "status", "aria-live": "polite" });
  const body = el("tbody", {});
  const previous = el("button", { type: "button", id: "prev" }, say("previous"));
  const next = el("button", { type: "button", id: "next" }, say("next"));
  const table = el(
    "table",
    { id: "clinic-table" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...[
          say("colName"),
          say("colId"),
          say("prefecture"),
          say("ring"),
          say("release"),
          say("health"),
          say("colUptime", { days: data.windowDays }),
          say("colIncidents"),
          say("colPatch"),
        ].map((h) => el("th", { scope: "col" }, h)),
      ),
    ),
    body,
  );
  const value = (id: string) => (document.getElementById(id) as HTMLSelectElement | null)?.value ?? "";

  function draw(): void {
    const matched = filterClinics(data.clinics, keys, criteria);
    const pages = Math.max(1, Math.ceil(matched.length / pageSize));
    page = Math.min(page, pages - 1);
    body.replaceChildren(...matched.slice(page * pageSize, (page + 1) * pageSize).map((c) => row(c, data, say)));
    status.textContent = say("shown", {
      matched: matched.length,
      total: data.clinics.length,
      page: page + 1,
      pages,
    });
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
    markPicked(map, criteria.pref);
  }

  function readForm(): void {
    const pref = value("f-pref");
    const health = value("f-health");
    criteria = {
      text: search.value,
      pref: pref === "" ? null : Number(pref),
      ring: value("f-ring"),
      release: value("f-release"),
      health: health === "" ? "" : (data.healthClasses.find((h) => h === health) ?? "unknown"),
    };
    page = 0;
    draw();
  }

  const form = el(
    "form",
    { class: "filters", role: "search" },
    el("label", { for: "q" }, el("span", {}, say("search")), search),
    prefSelect,
    ringSelect,
    releaseSelect,
    healthSelect,
    clear,
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", readForm);
  clear.addEventListener("click", () => {
    form.reset();
    readForm();
  });
  previous.addEventListener("click", () => {
    page -= 1;
    draw();
  });
  next.addEventListener("click", () => {
    page += 1;
    draw();
  });
  const section = el(
    "section",
    { id: "clinics", "aria-labelledby": "clinics-h" },
    el("h2", { id: "clinics-h", tabindex: "-1" }, say("listHeading")),
    form,
    status,
    el("div", { class: "table-wrap" }, table),
    el("div", { class: "pager" }, previous, next),
  );
  draw();
  return {
    section,
    pickPrefecture(pref) {
      const selectEl = document.getElementById("f-pref") as HTMLSelectElement | null;
      const chosen = criteria.pref === pref ? "" : String(pref);
      if (selectEl !== null) selectEl.value = chosen;
      criteria = { ...criteria, pref: chosen === "" ? null : pref };
      page = 0;
      draw();
    },
  };
}
