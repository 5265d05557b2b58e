import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { siteFiles } from "../../actions/lib/flows/status-site/site-files.js";
import { buildSiteModel, directoryOf, type SiteModel } from "../../actions/lib/flows/status-site/site-model.js";
import { type GeneratedFleet, generateFleet } from "../fleet-history/generate.js";

export const repoUrl = "https://github.com/example/orca-fleet";

/** A generated fleet's site written to a temporary folder, through the same model and files as the action. */
export async function buildGeneratedSite(
  clinics: number,
  now: Date,
): Promise<{ dir: string; fleet: GeneratedFleet; model: SiteModel }> {
  const fleet = generateFleet({ clinics, seed: 7, now });
  const model = buildSiteModel(directoryOf(fleet.clinics), fleet.snapshot, {
    now,
    locale: "ja",
    windowDays: 90,
    ringOrder: ["canary", "early", "general"],
    repoUrl,
  });
  const dir = await mkdtemp(join(tmpdir(), "orca-fleet-site-"));
  for (const file of siteFiles(model.data, model.details)) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.text);
  }
  return { dir, fleet, model };
}
