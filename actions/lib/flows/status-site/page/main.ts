/// <reference lib="dom" />
import type { ClinicDetail, SiteData } from "../site-data.js";
import { renderClinicList } from "./clinic-list.js";
import { renderClinicPage } from "./clinic-page.js";
import { byId, el, sayer } from "./dom.js";
import { renderOverview } from "./overview.js";
import { renderTileMap } from "./tile-map.js";

/**
 * The status page. Its data comes as scripts of this site (data/fleet.js, then data/clinic/<n>.js when a clinic is
 * opened): the policy allows scripts from 'self' only and no connections at all, so nothing is fetched, and the
 * page also works opened from disk. Routes live in the hash: "" is the fleet, "#clinic/<id>" a clinic.
 */

// `var` in `declare global`: the globals the data scripts assign on globalThis.
declare global {
  var orcaFleetSite: SiteData | undefined;
  var orcaFleetClinic: ((detail: ClinicDetail) => void) | undefined;
}

const waiting = new Map<number, (detail: ClinicDetail) => void>();
globalThis.orcaFleetClinic = (detail) => waiting.get(detail.n)?.(detail);

function loadDetail(n: number): Promise<ClinicDetail> {
  return new Promise((resolve, reject) => {
    const script = el("script", { src: `data/clinic/${n}.js` });
    waiting.set(n, (detail) => {
      waiting.delete(n);
      script.remove();
      resolve(detail);
    });
    script.addEventListener("error", () => reject(new Error(`data/clinic/${n}.js did not load`)));
    document.head.append(script);
  });
}

function start(data: SiteData): void {
  const say = sayer(data.locale);
  const fleetView = byId("fleet");
  const clinicView = byId("clinic");
  let list: ReturnType<typeof renderClinicList> | undefined;
  const map = renderTileMap(data, say, (pref) => list?.pickPrefecture(pref));
  list = renderClinicList(data, say, map);
  fleetView.replaceChildren(renderOverview(data, say), map, list.section);
  const byClinicId = new Map(data.clinics.map((c) => [c.id, c]));

  async function route(): Promise<void> {
    const match = /^#clinic\/(.+)$/.exec(location.hash);
    if (match === null) {
      clinicView.hidden = true;
      fleetView.hidden = false;
      return;
    }
    const id = decodeURIComponent(match[1] ?? "");
    const clinic = byClinicId.get(id);
    fleetView.hidden = true;
    clinicView.hidden = false;
    if (clinic === undefined) {
      clinicView.replaceChildren(el("p", { class: "missing" }, say("notFound", { id })));
      return;
    }
    clinicView.replaceChildren(el("p", {}, say("loading")));
    try {
      const detail = await loadDetail(clinic.n);
      clinicView.replaceChildren(renderClinicPage(clinic, detail, data, say));
      byId("clinic-h").focus();
    } catch {
      clinicView.replaceChildren(el("p", { class: "missing" }, say("loadFailed")));
    }
    document.body.dataset.clinic = id;
  }
  window.addEventListener("hashchange", () => void route());
  void route().then(() => {
    // For the benchmark and the tests: the moment the page is usable.
    performance.mark("orca-fleet-ready");
    document.body.dataset.ready = "true";
  });
}

const data = globalThis.orcaFleetSite;
if (data === undefined) throw new Error("data/fleet.js did not load before app.js");
start(data);
