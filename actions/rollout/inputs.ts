import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, readBotLogin, readRegion, readRegistryFolder, readToken } from "../lib/core/inputs.js";
import type { Region } from "../lib/core/registry/schema.js";

/** The rollout action's settings, each validated and named after its input. */
export interface RolloutInputs {
  /** plan: comment the plan on the pull request; apply: update the clinics wave by wave. */
  mode: "plan" | "apply";
  clinics: string;
  token: string;
  /** Only issues and comments this login wrote count as the rollout's own. */
  botLogin: string;
  region?: Region;
  /** A maintainer's resume of a halted rollout: the failures so far stop halting it. */
  resume: boolean;
  /** With resume: send the update again to the clinics whose update failed. */
  retryFailed: boolean;
  /** How long this run may send and wait; what is left is for the next run. */
  timeBudgetMinutes: number;
  resultsFile: string;
}

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export function getInputs(): RolloutInputs {
  const input = createInputReader(core);
  const region = readRegion(input);
  return {
    mode: input.read("mode", z.enum(["plan", "apply"]), "plan or apply"),
    clinics: readRegistryFolder(input),
    token: readToken(input),
    botLogin: readBotLogin(input),
    ...(region === undefined ? {} : { region }),
    resume: input.read("resume", flag, "true or false"),
    retryFailed: input.read("retry-failed", flag, "true or false"),
    timeBudgetMinutes: input.read(
      "time-budget-minutes",
      z.coerce.number().int().min(1).max(340),
      "whole minutes from 1 to 340",
    ),
    resultsFile: input.read("results-file", z.string().min(1), "a file path such as rollout-results.json"),
  };
}
