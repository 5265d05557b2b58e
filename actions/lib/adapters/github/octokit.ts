import { GitHub, getOctokitOptions } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { type Log, realSleep, type Sleep } from "../../core/ports.js";
import { waitOutRateLimits } from "./rate-limit.js";

export type Octokit = InstanceType<typeof GitHub>;

/**
 * Statuses that a retry of the same request cannot fix: the request itself is wrong, the resource is absent, or
 * (403, 429) a rate limit, which rate-limit.ts waits out by its headers instead of by plugin-retry's backoff.
 */
const doNotRetry = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export interface OctokitOptions {
  /** Retries of a 5xx, and waits for a rate limit, per request. */
  maxRetries?: number;
  sleep?: Sleep;
  /** The longest rate-limit wait worth holding a runner for. */
  maxWaitSeconds?: number;
  /** plugin-retry's unit of backoff for a 5xx, 1 s by default: its n-th retry waits (n+1)² units. */
  retryBaseMs?: number;
}

/**
 * One Octokit for every GitHub call: plugin-retry retries transient 5xx; rate limits (403/429 with retry-after,
 * or x-ratelimit-remaining 0) are waited out a bounded number of times; a 403 that is a permission error is not
 * retried. The base URL is GITHUB_API_URL, as on the runner.
 */
export function createOctokit(token: string, log: Log, options: OctokitOptions = {}): Octokit {
  const maxRetries = options.maxRetries ?? 3;
  const Client = GitHub.plugin(retry);
  const baseUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
  const octokit = new Client(
    getOctokitOptions(token, {
      baseUrl,
      retry: { doNotRetry, retries: maxRetries, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    }),
  );
  const limits = {
    log,
    sleep: options.sleep ?? realSleep,
    now: () => new Date(),
    maxWaits: maxRetries,
    maxWaitSeconds: options.maxWaitSeconds ?? 15 * 60,
  };
  octokit.hook.wrap("request", (request, requestOptions) =>
    waitOutRateLimits(async () => request(requestOptions), `${requestOptions.method} ${requestOptions.url}`, limits),
  );
  return octokit;
}
