import type { Command } from "./command.js";
import { type CliIo, exitCodes, processIo, UsageError } from "./io.js";
import { planCommand } from "./plan.js";
import { setupCommand } from "./setup-fleet.js";
import { validateCommand } from "./validate.js";

/** The operator CLI's commands; a new one is one more entry. */
const commands: readonly Command[] = [validateCommand, planCommand, setupCommand()];

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: orca-fleet <command> [options]

Runs the fleet's checks from a clone, with the same code as the GitHub Actions.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`orca-fleet <command> --help\` for a command's options.`;
}

/** The `orca-fleet` command line: returns the exit code (0 ok, 1 problems found, 2 usage error). */
export async function cli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? io.err : io.out)(overview());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`orca-fleet: unknown command "${name}"\n\n${overview()}`);
    return exitCodes.usage;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    const usage = command.help.split("\n", 1)[0];
    io.err(
      `orca-fleet ${command.name}: ${error.message}\n${usage}\nRun \`orca-fleet ${command.name} --help\` for more.`,
    );
    return exitCodes.usage;
  }
}

/** node:util parseArgs reports unknown options and missing values with these codes. */
function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}
