/// <reference lib="dom" />
import type { HealthClass } from "../../../core/history/records.js";
import type { SiteData } from "../site-data.js";
import { el, type Say } from "./dom.js";

interface PrefectureHealth {
  clinics: number;
  notHealthy: number;
  worst?: HealthClass;
}

/** Each prefecture's clinics, those not healthy, and the worst class among them (absent without records). */
export function prefectureHealth(data: SiteData): PrefectureHealth[] {
  const { clinics, healthClasses } = data;
  const count = data.prefectures.length;
  const out: PrefectureHealth[] = Array.from({ length: count }, () => ({ clinics: 0, notHealthy: 0 }));
  for (const c of clinics) {
    const p = out[c.pref];
    if (p === undefined) continue;
    p.clinics += 1;
    if (c.health === undefined) continue;
    if (c.health !== "healthy") p.notHealthy += 1;
    if (p.worst === undefined || healthClasses.indexOf(c.health) > healthClasses.indexOf(p.worst)) p.worst = c.health;
  }
  return out;
}

/** The tile map: one button per prefecture; choosing one filters the list (`onPick` gets null to clear). */
export function renderTileMap(data: SiteData, say: Say, onPick: (pref: number) => void): HTMLElement {
  const health = prefectureHealth(data);
  const grid = el("div", { class: "tiles", role: "group", "aria-label": say("mapHeading") });
  for (const tile of data.tiles) {
    const name = data.prefectures[tile.pref] ?? "";
    const h = health[tile.pref] ?? { clinics: 0, notHealthy: 0 };
    const label = say("tileLabel", { pref: name, clinics: h.clinics, notHealthy: h.notHealthy });
    const button = el(
      "button",
      {
        type: "button",
        class: `tile h-${h.worst ?? "unknown"}`,
        "data-pref": String(tile.pref),
        "aria-pressed": "false",
        title: label,
      },
      // The short form is for the eye; a screen reader gets the full sentence as the button's name.
      el("span", { class: "tile-name", "aria-hidden": "true" }, name.replace(/[都府県]$/, "")),
      el("span", { class: "tile-count", "aria-hidden": "true" }, h.notHealthy > 0 ? String(h.notHealthy) : ""),
      el("span", { class: "sr" }, label),
    );
    // Placement is data, set through the CSSOM: the policy forbids style attributes, not style properties.
    button.style.gridColumn = String(tile.col + 1);
    button.style.gridRow = String(tile.row + 1);
    button.addEventListener("click", () => onPick(tile.pref));
    grid.append(button);
  }
  const legend = el(
    "p",
    { class: "legend" },
    ...[...data.healthClasses, "unknown" as const].map((c) => el("span", { class: `key h-${c}` }, say(c))),
  );
  return el(
    "section",
    { id: "map", "aria-labelledby": "map-h" },
    el("h2", { id: "map-h" }, say("mapHeading")),
    el("p", { class: "note" }, say("mapHelp")),
    grid,
    legend,
  );
}

/** Marks the chosen prefecture's tile pressed, and only it. */
export function markPicked(root: HTMLElement, pref: number | null): void {
  for (const tile of root.querySelectorAll<HTMLButtonElement>(".tile"))
    tile.setAttribute("aria-pressed", String(tile.dataset.pref === String(pref)));
}
