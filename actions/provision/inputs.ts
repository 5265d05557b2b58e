import * as core from "@actions/core";
import { z } from "zod";
import {
  createInputReader,
  optional,
  readBotLogin,
  readRegion,
  readRegistryFolder,
  readToken,
} from "../lib/core/inputs.js";
import type { Region } from "../lib/core/registry/schema.js";

/** The provision action's settings, each validated and named after its input. */
export interface ProvisionInputs {
  /** plan: compute and comment; apply: create the planned instances, then report. */
  mode: "plan" | "apply";
  /** The registry folder: fleet.yml and one <id>.yml per clinic. */
  clinics: string;
  token: string;
  /** Overrides fleet.yml's region; Japanese regions only. */
  region?: Region;
  waitTimeoutMinutes: number;
  concurrency: number;
  /** The login the token comments as; only its plan comment is taken as the reviewed plan. */
  botLogin: string;
  /** Plan mode outside a pull_request event: the merged pull request whose reviewed plan to refresh. */
  pullRequest?: number;
}

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);

export function getInputs(): ProvisionInputs {
  const input = createInputReader(core);
  const region = readRegion(input);
  const pullRequest = input.read(
    "pull-request",
    optional(z.coerce.number().int().positive()),
    "empty or a pull request number",
  );
  return {
    mode: input.read("mode", z.enum(["plan", "apply"]), "plan or apply"),
    clinics: readRegistryFolder(input),
    token: readToken(input),
    ...(region === undefined ? {} : { region }),
    waitTimeoutMinutes: input.read("wait-timeout-minutes", positiveInt(120), "whole minutes from 1 to 120"),
    concurrency: input.read("concurrency", positiveInt(16), "a whole number from 1 to 16"),
    botLogin: readBotLogin(input),
    ...(pullRequest === undefined ? {} : { pullRequest }),
  };
}
