import { certsCommand } from "./certs.js";
import type { Command } from "./command.js";
import { doctorCommand } from "./doctor.js";
import { type CliIo, exitCodes, processIo, UsageError } from "./io.js";
import { type OutputFormat, requestedFormat } from "./output-format.js";
import { planCommand } from "./plan.js";
import { setupCommand } from "./setup-fleet.js";
import { statusCommand } from "./status.js";
import { validateCommand } from "./validate.js";
import { toolkitVersion } from "./version.js";

/** The operator CLI's commands; a new one is one more entry. */
const commands: readonly Command[] = [
  validateCommand,
  planCommand,
  setupCommand(),
  certsCommand(),
  doctorCommand(),
  statusCommand(),
];

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
  const command = commands.find((c) => c.name === name);
  if (!command) {
    return usageError(io, outputFormat, `unknown command "${name}"`, undefined, `\n\n${overview()}`);
  }
  // Every command's --help is answered here, once, before its own options are parsed.
  const helpAt = args.indexOf("--");
  const asked = (helpAt < 0 ? args : args.slice(0, helpAt)).some((a) => a === "--help" || a === "-h");
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
      command.name,
      `\n${usage}\nRun \`orca-fleet ${command.name} --help\` for more.`,
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
