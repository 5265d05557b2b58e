import type { CommandEntry } from "./command.js";
import { type CliIo, exitCodes, processIo, UsageError } from "./io.js";
import { type OutputFormat, requestedFormat } from "./output-format.js";
import { toolkitVersion } from "./version.js";

/**
 * The operator CLI's commands; a new one is one more entry. Each command's code is imported only when it runs, as
 * actions/index.ts does for the actions, so ncc splits it into its own chunks: `validate` never compiles the AWS
 * SDK that doctor needs (bench/action-load.ts measures it).
 */
const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary: "check fleet.yml and every clinic file in a registry folder",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    name: "plan",
    summary: "show what provisioning and the rollout would do now, as the pull request shows it (read-only)",
    load: async () => (await import("./plan.js")).planCommand,
  },
  {
    name: "setup",
    summary: "fill fleet.yml's ids from the fleet's AWS stack (infra/)",
    load: async () => (await import("./setup-fleet.js")).setupCommand(),
  },
  {
    name: "certs",
    summary: "issue the fleet's CA, and issue or rotate each clinic's TLS certificates in Parameter Store",
    load: async () => (await import("./certs.js")).certsCommand(),
  },
  {
    name: "doctor",
    summary: "check a deployment end to end (AWS and GitHub) and print the fix for each miss",
    load: async () => (await import("./doctor.js")).doctorCommand(),
  },
  {
    name: "status",
    summary: "show each clinic's instance, state, release, last health and incidents (read-only)",
    load: async () => (await import("./status.js")).statusCommand(),
  },
];

/** The names `orca-fleet --help` lists, for bench/action-load.ts. */
export const commandNames: readonly string[] = commands.map((c) => c.name);

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: orca-fleet <command> [options]

Runs the fleet's checks from a clone, with the same code as the GitHub Actions.

Options:
  --version  print the toolkit's version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`orca-fleet <command> --help\` for a command's options.`;
}

/** The `orca-fleet` command line: returns the exit code (0 ok, 1 problems found, 2 usage error). */
export async function cli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  const outputFormat = requestedFormat(argv);
  if (name === "--version" || name === "-V") {
    io.out(outputFormat === "json" ? JSON.stringify({ version: toolkitVersion }) : `orca-fleet ${toolkitVersion}`);
    return exitCodes.ok;
  }
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    return usageError(io, outputFormat, `unknown command "${name}"`, undefined, `\n\n${overview()}`);
  }
  // Every command's --help is answered here, once, before its own options are parsed.
  const helpAt = args.indexOf("--");
  const asked = (helpAt < 0 ? args : args.slice(0, helpAt)).some((a) => a === "--help" || a === "-h");
  const command = await entry.load();
  if (asked) {
    io.out(command.help);
    return exitCodes.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    const usage = command.help.split("\n", 1)[0] ?? "";
    return usageError(
      io,
      outputFormat,
      error.message,
      entry.name,
      `\n${usage}\nRun \`orca-fleet ${entry.name} --help\` for more.`,
    );
  }
}

/** A usage error on stderr: one JSON object when the command line asked for JSON, the message and usage otherwise. */
function usageError(io: CliIo, outputFormat: OutputFormat, message: string, command: string | undefined, hint: string) {
  if (outputFormat === "json") {
    io.err(JSON.stringify({ error: "usage", ...(command === undefined ? {} : { command }), message }));
  } else {
    io.err(`orca-fleet${command === undefined ? "" : ` ${command}`}: ${message}${hint}`);
  }
  return exitCodes.usage;
}

/** node:util parseArgs reports unknown options and missing values with these codes. */
function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}
