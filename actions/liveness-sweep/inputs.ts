import * as core from "@actions/core";
import { z } from "zod";
import {
  createInputReader,
  readBotLogin,
  readHistoryBranch,
  readRegion,
  readRegistryFolder,
  readToken,
} from "../lib/core/inputs.js";
import type { Region } from "../lib/core/registry/schema.js";

/** The liveness sweep's settings, each validated and named after its input. */
export interface LivenessSweepInputs {
  /** The registry folder: fleet.yml (region, locale, the liveness policy) and the clinic files. */
  clinics: string;
  token: string;
  region?: Region;
  /** Slack's incoming-webhook URL, masked; undefined sends nothing to Slack. */
  slackWebhookUrl?: string;
  /** This sweep's identity: a re-run of the same workflow run resumes its commands and counts nothing twice. */
  sweepId: string;
  /** How long to wait on the healthcheck's and the restart's commands. */
  waitSeconds: number;
  historyBranch: string;
  resultFile: string;
  /** The login that writes incidents; only its issues count as incidents. */
  botLogin: string;
}

const slackUrl = z.string().regex(/^https?:\/\/[^\s]+$/);

export function getInputs(): LivenessSweepInputs {
  const input = createInputReader(core);
  const region = readRegion(input);
  const slack = input.secret(
    "slack-webhook-url",
    z.union([z.literal(""), slackUrl]),
    "empty, or Slack's incoming-webhook URL",
  );
  return {
    clinics: readRegistryFolder(input),
    token: readToken(input),
    ...(region === undefined ? {} : { region }),
    ...(slack === "" ? {} : { slackWebhookUrl: slack }),
    sweepId: input.read(
      "sweep-id",
      z.string().regex(/^[A-Za-z0-9._-]{1,60}$/),
      "1-60 letters, digits, . _ -, e.g. the run id",
    ),
    waitSeconds: input.read("wait-seconds", z.coerce.number().int().min(10).max(540), "whole seconds from 10 to 540"),
    historyBranch: readHistoryBranch(input),
    resultFile: input.read("result-file", z.string().min(1), "a file path such as liveness.json"),
    botLogin: readBotLogin(input),
  };
}
