/** Where a command writes; the process's streams in production, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Set inside GitHub Actions: problems also become annotations, with files relative to the workspace. */
  actions?: { workspace: string } | undefined;
}

export function processIo(env: NodeJS.ProcessEnv = process.env): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    actions: env.GITHUB_ACTIONS === "true" ? { workspace: env.GITHUB_WORKSPACE ?? process.cwd() } : undefined,
  };
}

/** Exit codes: 0 all good, 1 the command found problems, 2 the command line was wrong. */
export const exitCodes = { ok: 0, problems: 1, usage: 2 } as const;

/** A command line the CLI cannot act on; reported with the command's usage and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
