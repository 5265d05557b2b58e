import * as core from "@actions/core";
import { z } from "zod";
import { regions } from "../lib/core/registry/schema.js";

/** The provision action's settings, each validated and named after its input. */
export interface ProvisionInputs {
  /** plan: compute and comment; apply: create the planned instances, then report. */
  mode: "plan" | "apply";
  /** The registry folder: fleet.yml and one <id>.yml per clinic. */
  clinics: string;
  token: string;
  /** Overrides fleet.yml's region; Japanese regions only. */
  region?: (typeof regions)[number];
  waitTimeoutMinutes: number;
  concurrency: number;
}

const positiveInt = (max: number) => z.coerce.number().int().min(1).max(max);

function read<T>(name: string, schema: z.ZodType<T>, expected: string): T {
  const raw = core.getInput(name);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`input "${name}" is "${raw}"; expected ${expected}`);
  return parsed.data;
}

export function getInputs(): ProvisionInputs {
  const token = read("token", z.string().min(1), "a GitHub token (the default, github.token, will do)");
  core.setSecret(token);
  const region = read(
    "region",
    z.union([z.literal("").transform(() => undefined), z.enum(regions)]),
    `empty (use fleet.yml) or one of ${regions.join(", ")}`,
  );
  return {
    mode: read("mode", z.enum(["plan", "apply"]), "plan or apply"),
    clinics: read("clinics", z.string().min(1), "the registry folder, e.g. clinics"),
    token,
    ...(region === undefined ? {} : { region }),
    waitTimeoutMinutes: read("wait-timeout-minutes", positiveInt(120), "whole minutes from 1 to 120"),
    concurrency: read("concurrency", positiveInt(16), "a whole number from 1 to 16"),
  };
}
