import { exec } from "@actions/exec";

/** Runs a command and hands over its output line by line; resolves to the exit code. */
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: { cwd: string; onLine(line: string): void; onErrorLine(line: string): void },
) => Promise<number>;

/** The runner on @actions/exec: the command is found on PATH, its output reaches the log only as we print it. */
export const execRunner: CommandRunner = (command, args, options) =>
  exec(command, [...args], {
    cwd: options.cwd,
    ignoreReturnCode: true,
    silent: true,
    listeners: { stdline: options.onLine, errline: options.onErrorLine },
  });
