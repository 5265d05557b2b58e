import * as core from "@actions/core";
import { z } from "zod";
import type { RepoRef } from "../lib/adapters/github/repo-ref.js";
import { createInputReader, optional, readRegistryFolder, readToken } from "../lib/core/inputs.js";
import type { SyncSettings } from "../lib/flows/sync-documents/sync.js";

/** The sync-documents action's settings, each validated and named after its input. */
export interface SyncDocumentsInputs {
  /** The registry folder: fleet.yml gives the region and the locale. */
  clinics: string;
  token: string;
  repository: RepoRef;
  /** Everything but the locale, which fleet.yml gives. */
  settings: Omit<SyncSettings, "locale">;
}

/** The run's event, as the main reads it from github.context and hands it over. */
export interface SyncDocumentsEvent {
  payload: unknown;
  repo: RepoRef;
}

const commit = z.string().regex(/^[0-9a-f]{7,40}$/);
const pullRequestEvent = z.looseObject({ pull_request: z.looseObject({ number: z.number().int().positive() }) });

export function getInputs(event: SyncDocumentsEvent): SyncDocumentsInputs {
  const input = createInputReader(core);
  const pullRequest = pullRequestEvent.safeParse(event.payload);
  return {
    clinics: readRegistryFolder(input),
    token: readToken(input),
    repository: event.repo,
    settings: {
      mode: input.read("mode", z.enum(["plan", "apply"]), "plan or apply"),
      dir: input.read("documents", z.string().min(1), "the folder of documents, e.g. ssm-documents"),
      sourceCommit:
        input.read("source-commit", optional(commit), "empty or a commit SHA (7-40 hex digits)") ??
        input.env("GITHUB_SHA", commit, "the run's commit SHA"),
      ...(pullRequest.success ? { pullRequest: pullRequest.data.pull_request.number } : {}),
    },
  };
}
