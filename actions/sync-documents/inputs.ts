import * as core from "@actions/core";
import * as github from "@actions/github";
import { z } from "zod";
import type { RepoRef } from "../lib/adapters/github/repo-ref.js";
import { createInputReader, optional, readRegistryFolder, readToken } from "../lib/core/inputs.js";

/** The sync-documents action's settings, each validated and named after its input. */
export interface SyncDocumentsInputs {
  mode: "plan" | "apply";
  /** The folder of documents, e.g. ssm-documents. */
  documents: string;
  /** The registry folder: fleet.yml gives the region and the locale. */
  clinics: string;
  token: string;
  /** The commit tagged on each document written. */
  sourceCommit: string;
  repository: RepoRef;
  /** The pull request of a pull_request event: where plan mode comments. */
  pullRequest: number | undefined;
}

const commit = z.string().regex(/^[0-9a-f]{7,40}$/);
const pullRequestEvent = z.looseObject({ pull_request: z.looseObject({ number: z.number().int().positive() }) });

export function getInputs(): SyncDocumentsInputs {
  const input = createInputReader(core);
  const event = pullRequestEvent.safeParse(github.context.payload);
  return {
    mode: input.read("mode", z.enum(["plan", "apply"]), "plan or apply"),
    documents: input.read("documents", z.string().min(1), "the folder of documents, e.g. ssm-documents"),
    clinics: readRegistryFolder(input),
    token: readToken(input),
    sourceCommit:
      input.read("source-commit", optional(commit), "empty or a commit SHA (7-40 hex digits)") ??
      input.env("GITHUB_SHA", commit, "the run's commit SHA"),
    repository: { owner: github.context.repo.owner, repo: github.context.repo.repo },
    pullRequest: event.success ? event.data.pull_request.number : undefined,
  };
}
