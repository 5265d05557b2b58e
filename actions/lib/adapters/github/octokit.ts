import { GitHub, getOctokitOptions } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { Log } from "../../core/ports.js";

export type Octokit = InstanceType<typeof GitHub>;

/** Statuses that a retry cannot fix: the request itself is wrong, or the resource is absent. */
const doNotRetry = [400, 401, 404, 409, 410, 422, 451];

/**
 * One Octokit for every GitHub call: retries transient 5xx, waits out primary and secondary rate limits
 * (403/429 with retry-after) a bounded number of times. The base URL is GITHUB_API_URL, as on the runner.
 */
export function createOctokit(token: string, log: Log, maxRetries = 3): Octokit {
  const Client = GitHub.plugin(throttling, retry);
  const baseUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  return new Client(
    getOctokitOptions(token, {
      baseUrl,
      retry: { doNotRetry, retries: maxRetries },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _o: unknown, count: number) => {
          log.warning(`GitHub rate limit on ${options.method} ${options.url}; retry ${count + 1} in ${retryAfter}s`);
          return count < maxRetries;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retry in ${retryAfter}s`);
          return count < maxRetries;
        },
      },
    }),
  );
}
