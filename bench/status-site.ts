// Opens the status site of a generated fleet (default 5,000 clinics) in Debian's chromium, served on loopback as
// GitHub Pages would serve it, and prints how long the page takes to be usable (the overview drawn and the first
// page of the list shown): the issue asks for under 2 seconds. Each run is a fresh browser context (a cold cache).
// Usage: npm run bench:status-site [-- <clinics> [<runs>]]

import { rm } from "node:fs/promises";
import { loadavg } from "node:os";
import { launchChromium } from "../test/browser/browser.js";
import { buildGeneratedSite } from "../test/browser/build-site.js";
import { serveSite } from "../test/browser/site-server.js";

const clinics = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 5);
if (!Number.isInteger(clinics) || clinics < 1)
  throw new Error(`clinics must be a whole number, not ${process.argv[2]}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number, not ${process.argv[3]}`);

const { dir, model } = await buildGeneratedSite(clinics, new Date());
const site = await serveSite(dir);
const browser = await launchChromium();
try {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}index.html`);
    await page.waitForSelector("body[data-ready='true']");
    times.push(await page.evaluate(() => performance.getEntriesByName("orca-fleet-ready")[0]?.startTime ?? Number.NaN));
    await context.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const fleetKb = Buffer.byteLength(JSON.stringify(model.data)) / 1024;
  console.log(
    `status site, ${clinics} clinics (data/fleet.js ${fleetKb.toFixed(0)} KiB), ${runs} cold loads in chromium`,
  );
  console.log(
    `  usable after: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (target < 2000 ms)`,
  );
  console.log(
    `  load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  await browser.close();
  await site.close();
  await rm(dir, { recursive: true, force: true });
}
