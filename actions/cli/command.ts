import type { CliIo } from "./io.js";

export interface Command {
  name: string;
  /** One line for `orca-fleet --help`. */
  summary: string;
  /** The full `orca-fleet <name> --help` text. */
  help: string;
  /** Returns the exit code; throws UsageError for a command line it cannot act on. */
  run(args: string[], io: CliIo): Promise<number>;
}
