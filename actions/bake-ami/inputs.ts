import * as core from "@actions/core";
import { z } from "zod";

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

function read<T>(name: string, schema: z.ZodType<T>, expected: string): T {
  const raw = core.getInput(name);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`input "${name}" is "${raw}"; expected ${expected}`);
  return parsed.data;
}

function fromEnv(name: string, schema: z.ZodType<string>, expected: string): string {
  const parsed = schema.safeParse(process.env[name]);
  if (!parsed.success)
    throw new Error(`${name} is "${process.env[name] ?? ""}"; expected ${expected} (the runner sets it)`);
  return parsed.data;
}

const commit = z.string().regex(/^[0-9a-f]{7,40}$/);

export function getInputs(): BakeAmiInputs {
  const rollbackTo = read(
    "rollback-to",
    z.union([z.literal("").transform(() => undefined), z.string().regex(/^(?:\d+|[A-Za-z][A-Za-z0-9._-]{0,99})$/)]),
    "empty, a version number, or a label (letters, digits, '.', '_', '-', starting with a letter)",
  );
  return {
    clinics: read("clinics", z.string().min(1), "the registry folder, e.g. clinics"),
    template: read("template", z.string().min(1), "the Packer template folder, e.g. packer"),
    ...(rollbackTo === undefined ? {} : { rollbackTo }),
    keepBuilds: read("keep-builds", z.coerce.number().int().min(1).max(50), "a whole number from 1 to 50"),
    sourceCommit:
      read("source-commit", z.union([z.literal("").transform(() => undefined), commit]), "empty or a commit SHA") ??
      fromEnv("GITHUB_SHA", commit, "the run's commit SHA"),
    runId: fromEnv("GITHUB_RUN_ID", z.string().regex(/^\d+$/), "the run's number"),
    runAttempt: fromEnv("GITHUB_RUN_ATTEMPT", z.string().regex(/^\d+$/), "the attempt's number"),
  };
}
