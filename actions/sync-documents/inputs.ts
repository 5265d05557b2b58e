import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, readRegistryFolder, readSourceCommit, readToken } from "../lib/core/inputs.js";
import type { SyncSettings } from "../lib/flows/sync-documents/sync.js";

/** The sync-documents action's settings, each validated and named after its input. */
export interface SyncDocumentsInputs {
  token: string;
  settings: SyncSettings;
}

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
      sourceCommit: readSourceCommit(input),
      ...(pullRequest.success ? { pullRequest: pullRequest.data.pull_request.number } : {}),
    },
  };
}
