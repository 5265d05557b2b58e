import * as core from "@actions/core";
import { z } from "zod";
import {
  createInputReader,
  optional,
  readBotLogin,
  readHistoryBranch,
  readRegion,
  readRegistryFolder,
  readToken,
} from "../lib/core/inputs.js";
import type { Region } from "../lib/core/registry/schema.js";

/** The patch report's settings, each validated and named after its input. */
export interface PatchReportInputs {
  /** The registry folder: fleet.yml (region, locale) and the clinic files (which clinics are active). */
  clinics: string;
  token: string;
  /** Overrides fleet.yml's region; Japanese regions only. */
  region?: Region;
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
export function getInputs(): PatchReportInputs {
  const input = createInputReader(core);
  const region = readRegion(input);
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
    historyBranch: readHistoryBranch(input),
    reportFile: input.read("report-file", z.string().min(1), "a file path such as patch-report.json"),
    botLogin: readBotLogin(input),
    concurrency: input.read("concurrency", z.coerce.number().int().min(1).max(16), "a whole number from 1 to 16"),
  };
}
