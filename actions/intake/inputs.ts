import { resolve } from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import type { RepoRef } from "../lib/adapters/github/repo-ref.js";
import { createInputReader, optional, readRegistryFolder, readToken } from "../lib/core/inputs.js";
import { parseTeamName } from "../lib/flows/intake/authorise.js";
import type { IntakeSettings } from "../lib/flows/intake/run-intake.js";

/** The intake action's settings. */
export interface IntakeInputs {
  token: string;
  /** Absolute, so the registry's file names never equal the requested `clinics/<id>.yml`, which the validator would
   * skip as "the same file": a request for an existing id must clash with it. */
  clinics: string;
  settings: IntakeSettings;
}

const payloadSchema = z.object({
  issue: z.object({ number: z.number().int().positive() }),
  repository: z.object({ default_branch: z.string().min(1) }),
});

/** The run's event, as the main reads it from github.context and hands it over. */
export interface IntakeEvent {
  payload: unknown;
  repo: RepoRef;
}

export function getInputs(event: IntakeEvent): IntakeInputs {
  const input = createInputReader(core);
  const token = readToken(input);
  const payload = payloadSchema.safeParse(event.payload);
  if (!payload.success) throw new Error("intake runs on issues events: the event payload has no issue number");
  const team = input.read("team", z.string(), "org/team-slug, team-slug or empty");
  return {
    token,
    clinics: resolve(readRegistryFolder(input)),
    settings: {
      repo: event.repo,
      issueNumber: payload.data.issue.number,
      baseBranch: payload.data.repository.default_branch,
      team: parseTeamName(team, event.repo.owner),
      botLogin: input.read("bot-login", optional(z.string()), "the login the token comments as"),
    },
  };
}
