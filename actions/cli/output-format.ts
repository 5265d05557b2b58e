import { UsageError } from "./io.js";

export const outputFormats = ["text", "json"] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** `--format text|json`, checked: a usage error names the two values. */
export function outputFormatOf(value: string | undefined): OutputFormat {
  const found = outputFormats.find((f) => f === (value ?? "text"));
  if (found === undefined) throw new UsageError(`--format must be text or json, not "${value}"`);
  return found;
}

/**
 * The format asked for anywhere on a command line, read before the command parses it, so that even a usage error
 * comes back as JSON to a machine that asked for JSON.
 */
export function requestedFormat(argv: readonly string[]): OutputFormat {
  for (const [i, arg] of argv.entries()) {
    const value = arg === "--format" ? argv[i + 1] : arg.startsWith("--format=") ? arg.slice(9) : undefined;
    if (value === "json") return "json";
  }
  return "text";
}
