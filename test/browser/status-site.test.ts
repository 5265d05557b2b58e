import { readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteModel } from "../../actions/lib/flows/status-site/site-model.js";
import { launchChromium } from "./browser.js";
import { buildGeneratedSite, repoUrl } from "./build-site.js";
import { serveSite } from "./site-server.js";

/** The status site of a generated 5,000-clinic fleet, opened in Debian's chromium as a person would. */

const now = new Date("2026-11-30T03:00:00Z");
let browser: Browser;
let site: { url: string; close(): Promise<void> };
let dir: string;
let model: SiteModel;
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  ({ dir, model } = await buildGeneratedSite(5000, now));
  site = await serveSite(dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A page with every console error, page error and failed or outside request collected. */
async function open(hash = ""): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(site.url)) problems.push(`outside request: ${r.url()}`);
  });
  await page.goto(`${site.url}index.html${hash}`);
  await page.waitForSelector("body[data-ready='true']");
  return { page, problems };
}

const shownText = (page: Page) => page.locator("#shown").innerText();

describe("the status site in a real browser", () => {
  it("shows the fleet at a glance and the first page of 5,000 clinics, with no console error", async () => {
    const { page, problems } = await open();
    await expect(page.locator("h1").innerText()).resolves.toBe("ORCA フリート稼働状況");
    const healthy = model.data.overview.health.healthy.toLocaleString("ja");
    await expect(page.locator(".stat.h-healthy .stat-value").innerText()).resolves.toBe(healthy);
    await expect(shownText(page)).resolves.toContain("5,000 件中 5,000 件");
    await expect(page.locator("#clinic-table tbody tr").count()).resolves.toBe(100);
    await expect(page.locator(".chart canvas").count()).resolves.toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("searches by id and by name", async () => {
    const { page, problems } = await open();
    const target = model.data.clinics[1234];
    if (target === undefined) throw new Error("the generated fleet is too small");
    await page.fill("#q", target.id);
    await expect(shownText(page)).resolves.toContain("5,000 件中 1 件");
    await expect(page.locator("#clinic-table tbody tr th").innerText()).resolves.toBe(target.name);
    const byName = model.data.clinics.filter((c) => c.name.includes(target.name)).length;
    await page.fill("#q", target.name);
    await expect(shownText(page)).resolves.toContain(`5,000 件中 ${byName.toLocaleString("ja")} 件`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("filters the list by a prefecture chosen on the map, and clears it when chosen again", async () => {
    const { page, problems } = await open();
    const tokyo = model.data.prefectures.indexOf("東京都");
    const inTokyo = model.data.clinics.filter((c) => c.pref === tokyo);
    await page.click(`.tile[data-pref='${tokyo}']`);
    await expect(shownText(page)).resolves.toContain(`5,000 件中 ${inTokyo.length.toLocaleString("ja")} 件`);
    await expect(page.locator(`.tile[data-pref='${tokyo}']`).getAttribute("aria-pressed")).resolves.toBe("true");
    const prefectures = await page.locator("#clinic-table tbody tr td:nth-child(3)").allInnerTexts();
    expect(new Set(prefectures)).toEqual(new Set(["東京都"]));
    await page.click(`.tile[data-pref='${tokyo}']`);
    await expect(shownText(page)).resolves.toContain("5,000 件中 5,000 件");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a clinic's open incident with its link, its timeline and uptime", async () => {
    const withIncident = model.data.clinics.find((c) => c.incidents > 0);
    if (withIncident === undefined) throw new Error("the generated fleet has no open incident");
    const detail = model.details[withIncident.n];
    const issue = detail?.incidents.find((s) => s.open)?.issue;
    const { page, problems } = await open(`#clinic/${withIncident.id}`);
    await expect(page.locator("#clinic-h").innerText()).resolves.toBe(withIncident.name);
    const link = page.locator(`.incidents a[href='${repoUrl}/issues/${issue}']`);
    await expect(link.innerText()).resolves.toContain(`#${issue}`);
    await expect(page.locator(".timeline .day").count()).resolves.toBe(90);
    await expect(page.locator(".uptime").innerText()).resolves.toContain(`${detail?.uptime?.percent.toFixed(2)}%`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("passes axe-core with no serious or critical violation, on the fleet and on a clinic", async () => {
    for (const hash of ["", `#clinic/${model.data.clinics[0]?.id}`]) {
      const { page } = await open(hash);
      // Injected from node_modules through the test harness: the page's policy would (rightly) refuse it as a file.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      await page.close();
    }
  });
});
