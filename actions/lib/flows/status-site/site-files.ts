import { formatText } from "../../core/i18n/message.js";
import pageAssets from "./page-assets.generated.json" with { type: "json" };
import { pageMessages } from "./page-messages.js";
import type { ClinicDetail, SiteData } from "./site-data.js";

/** A file of the site, by its path inside the site folder. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * Nothing but this site's own files: no inline script or style (so none needs a hash), no connection, images only
 * from the site or data: URLs (uPlot draws on canvas). A meta tag, since GitHub Pages sets no headers of ours.
 */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON for a script: `<` escaped too, so no text in the data can end the script or open a comment. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

function indexHtml(data: SiteData): string {
  const t = (key: keyof typeof pageMessages, values?: Record<string, string>) =>
    escapeHtml(formatText(pageMessages[key], data.locale, values));
  const at = new Date(Date.parse(data.builtAt) + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  return `<!doctype html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${t("title")}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/site.css">
<script src="data/fleet.js" defer></script>
<script src="assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#clinics-h">${t("skip")}</a>
<header><h1>${t("title")}</h1><p class="built">${t("builtAt", { at })}</p></header>
<main>
<noscript><p class="missing">${t("noScript")}</p></noscript>
<div id="fleet"><p>${t("loading")}</p></div>
<div id="clinic" hidden></div>
</main>
</body>
</html>
`;
}

/** Every file of the site: the page, its script and style, the fleet's data, and one data file per clinic. */
export function siteFiles(data: SiteData, details: readonly ClinicDetail[]): SiteFile[] {
  return [
    { path: "index.html", text: indexHtml(data) },
    { path: "assets/app.js", text: pageAssets["app.js"] },
    { path: "assets/site.css", text: pageAssets["site.css"] },
    { path: "data/fleet.js", text: `globalThis.orcaFleetSite = ${scriptJson(data)};\n` },
    ...details.map((detail) => ({
      path: `data/clinic/${detail.n}.js`,
      text: `globalThis.orcaFleetClinic(${scriptJson(detail)});\n`,
    })),
  ];
}
