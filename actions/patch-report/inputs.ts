import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, optional, readRegistryFolder, readToken } from "../lib/core/inputs.js";
import { regions } from "../lib/core/registry/schema.js";

/** The patch report's settings, each validated and named after its input. */
export interface PatchReportInputs {
  /** The registry folder: fleet.yml (region, locale) and the clinic files (which clinics are active). */
  clinics: string;
  token: string;
  /** Overrides fleet.yml's region; Japanese regions only. */
  region?: (typeof regions)[number];
  /** A scan older than this many days is counted as stale. */
  staleDays: number;
  /** Fail the job when a critical patch has been outstanding for more than this many days. */
  failOnCriticalOlderThanDays?: number;
  /** The branch that keeps the fleet's history. */
  historyBranch: string;
  /** Where to write the report's JSON file, for the workflow to upload. */
  reportFile: string;
  /** The login that writes the report issue; only its issues count as the report. */
  botLogin: string;
  concurrency: number;
}

const days = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
// git's rules for a branch name, narrowed to what a person would type: no "..", no leading "-" or "/".
const branchName = z.string().regex(/^(?!.*\.\.)(?![-/])[A-Za-z0-9._/-]{1,100}(?<![./])$/);

export function getInputs(): PatchReportInputs {
  const input = createInputReader(core);
  const region = input.read(
    "region",
    optional(z.enum(regions)),
    `empty (use fleet.yml) or one of ${regions.join(", ")}`,
  );
  const failOn = input.read(
    "fail-on-critical-older-than-days",
    optional(days(0, 365)),
    "empty (never fail) or whole days from 0 to 365",
  );
  return {
    clinics: readRegistryFolder(input),
    token: readToken(input),
    ...(region === undefined ? {} : { region }),
    staleDays: input.read("stale-scan-days", days(1, 90), "whole days from 1 to 90"),
    ...(failOn === undefined ? {} : { failOnCriticalOlderThanDays: failOn }),
    historyBranch: input.read("history-branch", branchName, "a branch name such as fleet-status"),
    reportFile: input.read("report-file", z.string().min(1), "a file path such as patch-report.json"),
    botLogin: input.read("bot-login", z.string().min(1), "the login of the token's user, e.g. github-actions[bot]"),
    concurrency: input.read("concurrency", z.coerce.number().int().min(1).max(16), "a whole number from 1 to 16"),
  };
}
