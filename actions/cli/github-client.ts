import { createOctokit, type Octokit } from "../lib/adapters/github/octokit.js";
import { silentLog } from "../lib/core/ports.js";

/**
 * The CLI's Octokit: GITHUB_TOKEN at GITHUB_API_URL, rate-limit warnings on stderr and nothing else (stdout is the
 * command's answer). undefined without a token, so that a command can say what to set.
 */
export function cliOctokit(env: NodeJS.ProcessEnv = process.env): Octokit | undefined {
  const token = env.GITHUB_TOKEN;
  if (token === undefined || token === "") return undefined;
  return createOctokit(token, { ...silentLog, warning: (text) => process.stderr.write(`${text}\n`) });
}

/** OWNER/REPO, as --repo takes it. */
export const repoPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
