import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteData } from "../../actions/lib/flows/status-site/site-data.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { runAction } from "../localcloud/runner/run-action.js";
import { exampleClinics, writeWorkspace } from "./provision-world.js";

/** The bundled status-site action against the local cloud, reading the history the bundled patch report wrote. */

let cloud: LocalCloud;
let workspace: string;
const historyBranch = "fleet-status";

beforeAll(async () => {
  await ensureBundle();
  workspace = await writeWorkspace(await exampleClinics());
  cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
}, 600_000);

afterAll(async () => {
  await cloud?.stop();
  if (workspace) await rm(workspace, { recursive: true, force: true });
});

function run(action: string, inputs: Record<string, string>) {
  const event = githubEvent("schedule", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
  return runAction({ action, inputs, ...event, env: cloud.env, workspace });
}

describe("status-site on the local cloud", () => {
  it("builds the site from the history branch: patch states as recorded, health and incidents said missing", async () => {
    const report = await run("patch-report", { clinics: "clinics", "history-branch": historyBranch });
    expect(report.exitCode, report.log).toBe(0);
    const site = await run("status-site", { clinics: "clinics", "history-branch": historyBranch, out: "site" });
    expect(site.exitCode, site.log).toBe(0);
    const clinics = (await exampleClinics()).filter((c) => c.status !== "retired");
    expect(site.outputs).toMatchObject({ clinics: String(clinics.length), missing: "health, release, incidents" });
    const html = await readFile(join(workspace, "site", "index.html"), "utf8");
    expect(html).toContain(`content="default-src 'none'; script-src 'self'`);
    const script = await readFile(join(workspace, "site", "data", "fleet.js"), "utf8");
    const data = JSON.parse(script.replace(/^globalThis\.orcaFleetSite = /, "").replace(/;\s*$/, "")) as SiteData;
    expect(data.clinics.map((c) => c.id).sort()).toEqual(clinics.map((c) => c.id).sort());
    // The report covers active clinics only; a suspended one is listed with no patch record rather than a made-up one.
    const active = new Set(clinics.filter((c) => c.status === "active").map((c) => c.id));
    expect(data.clinics.every((c) => (c.patch !== undefined) === active.has(c.id) && c.health === undefined)).toBe(
      true,
    );
    for (const clinic of clinics) expect(script).not.toContain(clinic.contact.email);
  });
});
