import type { FlowReport } from "../../core/flow-report.js";
import type { HistorySnapshot } from "../../core/history/snapshot.js";
import { defaultLocale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import type { Clock, Log } from "../../core/ports.js";
import { loadRegistry } from "../../core/registry/load.js";
import { formatProblem } from "../../core/registry/problem.js";
import { rings } from "../../core/registry/schema.js";
import { pageMessages } from "./page-messages.js";
import { siteFiles } from "./site-files.js";
import { buildSiteModel, directoryOf } from "./site-model.js";

export interface StatusSiteRequest {
  /** The registry folder: the clinics' names, prefectures, rings and asked releases; fleet.yml's locale. */
  clinics: string;
  /** The repository's web address, for links to incident issues. */
  repoUrl?: string;
  windowDays?: number;
}

/** The outside world the site builder reads and writes, passed in. */
export interface StatusSiteDeps {
  readHistory(): Promise<HistorySnapshot>;
  /** Writes one file of the site, `path` relative to the site folder. */
  writeFile(path: string, text: string): Promise<void>;
  clock: Clock;
  log: Log;
}

/**
 * The status site as one library call: read the registry and the history, build the page's data, write the site's
 * files, and hand back the outputs and a job summary. A registry problem is reported, not fatal: the site shows
 * what is there.
 */
export async function buildStatusSite(deps: StatusSiteDeps, request: StatusSiteRequest): Promise<FlowReport> {
  const registry = await loadRegistry(request.clinics);
  for (const problem of registry.problems) deps.log.warning(formatProblem(problem, registry.locale));
  const snapshot = await deps.readHistory();
  const locale = registry.fleet?.locale ?? defaultLocale;
  const { data, details } = buildSiteModel(directoryOf(registry.clinics.map((loaded) => loaded.clinic)), snapshot, {
    now: deps.clock.now(),
    locale,
    windowDays: request.windowDays ?? 90,
    ringOrder: registry.fleet?.rollout.ringOrder ?? rings,
    ...(request.repoUrl === undefined ? {} : { repoUrl: request.repoUrl }),
  });
  const files = siteFiles(data, details);
  for (const file of files) await deps.writeFile(file.path, file.text);
  deps.log.info(`wrote ${files.length} files for ${data.clinics.length} clinics`);
  const say = translator(locale);
  const missing = data.overview.missing.join(", ") || "none";
  const summary = say(pageMessages.summary, {
    clinics: data.clinics.length,
    files: snapshot.periods.length + 1,
    missing: data.overview.missing.length === 0 ? say(pageMessages.none) : missing,
  });
  return {
    outputs: { clinics: data.clinics.length, files: files.length, missing },
    summary: `### ${say(pageMessages.title)}\n\n${summary}\n`,
  };
}
