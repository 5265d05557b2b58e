/** Where a command writes; the process's streams in production, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Exit codes: 0 all good, 1 the command found problems, 2 the command line was wrong. */
export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/** A command line the CLI cannot act on; reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
