// Takes the screenshots in docs/images/ of the status site of a generated 5,000-clinic fleet, in Debian's chromium:
// `npx tsx scripts/status-site-screenshots.ts`. Run it again when the page changes.
import { rm } from "node:fs/promises";
import { launchChromium } from "../test/browser/browser.js";
import { buildGeneratedSite } from "../test/browser/build-site.js";
import { serveSite } from "../test/browser/site-server.js";

const { dir, model } = await buildGeneratedSite(5000, new Date("2026-11-30T03:00:00Z"));
const site = await serveSite(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await page.goto(`${site.url}index.html`);
  await page.waitForSelector("body[data-ready='true']");
  await page.waitForTimeout(300); // the charts draw on the next frame
  await page.screenshot({ path: "docs/images/status-site-overview.png" });
  await page.locator("#map").scrollIntoViewIfNeeded();
  await page.click(`.tile[data-pref='${model.data.prefectures.indexOf("大阪府")}']`);
  await page.locator("#map").screenshot({ path: "docs/images/status-site-map.png" });
  const clinic = model.data.clinics.find((c) => c.incidents > 0) ?? model.data.clinics[0];
  await page.goto(`${site.url}index.html#clinic/${clinic?.id}`);
  await page.waitForSelector("#clinic-h");
  await page.waitForTimeout(300);
  await page.screenshot({ path: "docs/images/status-site-clinic.png", fullPage: true });
} finally {
  await browser.close();
  await site.close();
  await rm(dir, { recursive: true, force: true });
}
