import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, optional, readRegistryFolder, readToken } from "../lib/core/inputs.js";
import type { SyncSettings } from "../lib/flows/sync-documents/sync.js";

/** The sync-documents action's settings, each validated and named after its input. */
export interface SyncDocumentsInputs {
  token: string;
  settings: SyncSettings;
}

const commit = z.string().regex(/^[0-9a-f]{7,40}$/);
const pullRequestEvent = z.looseObject({ pull_request: z.looseObject({ number: z.number().int().positive() }) });

/** Reads the inputs; the event's payload gives the pull request that plan mode comments on. */
export function getInputs(payload: unknown): SyncDocumentsInputs {
  const input = createInputReader(core);
  const pullRequest = pullRequestEvent.safeParse(payload);
  return {
    token: readToken(input),
    settings: {
      mode: input.read("mode", z.enum(["plan", "apply"]), "plan or apply"),
      clinics: readRegistryFolder(input),
      dir: input.read("documents", z.string().min(1), "the folder of documents, e.g. ssm-documents"),
      sourceCommit:
        input.read("source-commit", optional(commit), "empty or a commit SHA (7-40 hex digits)") ??
        input.env("GITHUB_SHA", commit, "the run's commit SHA"),
      ...(pullRequest.success ? { pullRequest: pullRequest.data.pull_request.number } : {}),
    },
  };
}
