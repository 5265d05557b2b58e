import type { CliIo } from "./io.js";

/** A command's code, loaded only when the command runs or its --help is asked for (see main.ts). */
export interface Command {
  /** The full `orca-fleet <name> --help` text. */
  help: string;
  /** Returns the exit code; throws UsageError for a command line it cannot act on. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A command as `orca-fleet --help` lists it, without loading its code. */
export interface CommandEntry {
  name: string;
  /** One line for `orca-fleet --help`. */
  summary: string;
  load(): Promise<Command>;
}
