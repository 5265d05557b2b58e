import { z } from "zod";
import { type Region, regions } from "./registry/schema.js";

/** Where an action's inputs come from, and where a deprecation or a secret is said: @actions/core satisfies it. */
export interface InputSource {
  getInput(name: string): string;
  warning(message: string): void;
  setSecret(secret: string): void;
}

export interface ReadOptions {
  /** Names this input had before, accepted for one more release with a deprecation warning. */
  deprecated?: readonly string[];
  /**
   * The value when neither the name nor a deprecated one is given. An input with old names declares no default in
   * action.yml (a default there would hide whether an old name was used), so its default lives here.
   */
  fallback?: string;
}

/** The one input reader every action uses: zod per input, errors that name the input and what a valid value is. */
export interface InputReader {
  read<T>(name: string, schema: z.ZodType<T>, expected: string, options?: ReadOptions): T;
  /** An input that must not reach the log: masked before it is checked. */
  secret(name: string, schema: z.ZodType<string>, expected: string): string;
  /** A variable the runner sets (GITHUB_SHA, GITHUB_RUN_ID, ...), checked like an input. */
  env(name: string, schema: z.ZodType<string>, expected: string): string;
}

export function createInputReader(
  source: InputSource,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): InputReader {
  /** The given name's value, else the first deprecated name's that is set (with its warning), else the fallback. */
  function raw(name: string, options: ReadOptions): { value: string; from: string } {
    const given = source.getInput(name);
    for (const old of options.deprecated ?? []) {
      const oldValue = source.getInput(old);
      if (oldValue === "") continue;
      if (given !== "" && given !== oldValue) {
        throw new Error(
          `inputs "${name}" ("${given}") and "${old}" ("${oldValue}") disagree: "${old}" is the deprecated name of "${name}"; give only "${name}"`,
        );
      }
      source.warning(`input "${old}" is deprecated and will be removed in the next release: use "${name}" instead`);
      if (given === "") return { value: oldValue, from: old };
    }
    return { value: given === "" ? (options.fallback ?? "") : given, from: name };
  }

  return {
    read(name, schema, expected, options = {}) {
      const { value, from } = raw(name, options);
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`input "${from}" is "${value}"; expected ${expected}`);
      return parsed.data;
    },
    secret(name, schema, expected) {
      const value = source.getInput(name);
      if (value !== "") source.setSecret(value);
      // The value is never echoed: only whether it was there.
      if (!schema.safeParse(value).success)
        throw new Error(`input "${name}" is ${value === "" ? "empty" : "invalid"}; expected ${expected}`);
      return value;
    },
    env(name, schema, expected) {
      const value = environment[name];
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`${name} is "${value ?? ""}"; expected ${expected} (the runner sets it)`);
      return parsed.data;
    },
  };
}

/** An empty input means "not given": undefined, else the schema's value. */
export function optional<T>(schema: z.ZodType<T>): z.ZodType<T | undefined> {
  return z.union([z.literal("").transform(() => undefined), schema]);
}

/** The registry folder (fleet.yml and one <id>.yml per clinic): `clinics` in every action. */
export function readRegistryFolder(
  reader: InputReader,
  rule: { schema: z.ZodType<string>; expected: string } = {
    schema: z.string().min(1),
    expected: "the registry folder, e.g. clinics",
  },
): string {
  return reader.read("clinics", rule.schema, rule.expected, {
    deprecated: ["clinics-dir", "path"],
    fallback: "clinics",
  });
}

/** The GitHub token: `token` in every action that calls GitHub, masked in the log. */
export function readToken(reader: InputReader): string {
  return reader.secret("token", z.string().min(1), "a GitHub token (the default, github.token, will do)");
}

/** `region`: overrides fleet.yml's region, Japanese regions only; undefined when empty. */
export function readRegion(reader: InputReader): Region | undefined {
  return reader.read("region", optional(z.enum(regions)), `empty (use fleet.yml) or one of ${regions.join(", ")}`);
}

/** `bot-login`: the login the token writes as; only what it wrote counts as the action's own. */
export function readBotLogin(reader: InputReader): string {
  return reader.read("bot-login", z.string().min(1), "the login of the token's user, e.g. github-actions[bot]");
}

// git's rules for a branch name, narrowed to what a person would type: no "..", no leading "-" or "/".
const branchName = z.string().regex(/^(?!.*\.\.)(?![-/])[A-Za-z0-9._/-]{1,100}(?<![./])$/);

/** `history-branch`: the branch that keeps the fleet's history. */
export function readHistoryBranch(reader: InputReader): string {
  return reader.read("history-branch", branchName, "a branch name such as fleet-status");
}

const commit = z.string().regex(/^[0-9a-f]{7,40}$/);

/** `source-commit`: the commit a build or a sync records; empty means the run's own (GITHUB_SHA). */
export function readSourceCommit(reader: InputReader): string {
  return (
    reader.read("source-commit", optional(commit), "empty or a commit SHA (7-40 hex digits)") ??
    reader.env("GITHUB_SHA", commit, "the run's commit SHA")
  );
}
