import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, optional, readRegistryFolder, readSourceCommit } from "../lib/core/inputs.js";

/** The bake-ami action's settings, each validated and named after its input. */
export interface BakeAmiInputs {
  clinics: string;
  template: string;
  /** A version number or label; when present, nothing is built. */
  rollbackTo?: string;
  keepBuilds: number;
  sourceCommit: string;
  /** The workflow run and attempt, for this build's label. */
  runId: string;
  runAttempt: string;
}

export function getInputs(): BakeAmiInputs {
  const input = createInputReader(core);
  const rollbackTo = input.read(
    "rollback-to",
    optional(z.string().regex(/^(?:\d+|[A-Za-z][A-Za-z0-9._-]{0,99})$/)),
    "empty, a version number, or a label (letters, digits, '.', '_', '-', starting with a letter)",
  );
  return {
    clinics: readRegistryFolder(input),
    template: input.read("template", z.string().min(1), "the Packer template folder, e.g. packer"),
    ...(rollbackTo === undefined ? {} : { rollbackTo }),
    keepBuilds: input.read("keep-builds", z.coerce.number().int().min(1).max(50), "a whole number from 1 to 50"),
    sourceCommit: readSourceCommit(input),
    runId: input.env("GITHUB_RUN_ID", z.string().regex(/^\d+$/), "the run's number"),
    runAttempt: input.env("GITHUB_RUN_ATTEMPT", z.string().regex(/^\d+$/), "the attempt's number"),
  };
}
