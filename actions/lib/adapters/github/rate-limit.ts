import type { Log, Sleep } from "../../core/ports.js";
import { httpStatus } from "./status.js";

/** What a failed GitHub answer means, read from its status and headers alone, never from its text. */
export type RateLimitVerdict =
  /** A rate limit (secondary, or the primary one used up): wait this long, then try again. */
  | { kind: "wait"; seconds: number; limit: "secondary" | "primary" }
  /** Anything else: a 403 without rate-limit headers is a permission error, which waiting cannot fix. */
  | { kind: "final" };

/** When GitHub says to wait without saying how long: its documentation's advice for secondary limits. */
const defaultWaitSeconds = 60;

type Headers = Readonly<Record<string, string | number | undefined>>;

function header(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return value === undefined ? undefined : String(value);
}

function seconds(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/**
 * GitHub's rules: a 403 or 429 with retry-after is a secondary rate limit (wait that many seconds); one with
 * x-ratelimit-remaining 0 is the primary limit (wait until x-ratelimit-reset, epoch seconds); a 429 without either
 * still says "too many" (wait the default). A 403 with none of them is a permission error: never retried. Pure.
 */
export function rateLimitVerdict(status: number, headers: Headers, now: Date): RateLimitVerdict {
  if (status !== 403 && status !== 429) return { kind: "final" };
  const retryAfter = seconds(header(headers, "retry-after"));
  if (retryAfter !== undefined) return { kind: "wait", seconds: retryAfter, limit: "secondary" };
  if (header(headers, "x-ratelimit-remaining") === "0") {
    const reset = seconds(header(headers, "x-ratelimit-reset"));
    const untilReset = reset === undefined ? defaultWaitSeconds : Math.max(0, reset - Math.floor(now.getTime() / 1000));
    return { kind: "wait", seconds: untilReset, limit: "primary" };
  }
  if (status === 429) return { kind: "wait", seconds: defaultWaitSeconds, limit: "secondary" };
  return { kind: "final" };
}

function responseHeaders(error: unknown): Headers {
  if (typeof error !== "object" || error === null || !("response" in error)) return {};
  const response = error.response;
  if (typeof response !== "object" || response === null || !("headers" in response)) return {};
  const headers = response.headers;
  return typeof headers === "object" && headers !== null ? (headers as Headers) : {};
}

export interface RateLimitOptions {
  log: Pick<Log, "warning">;
  sleep: Sleep;
  now(): Date;
  /** Waits per request before the rate limit's error is given up to the caller. */
  maxWaits: number;
  /** A wait longer than this is not worth holding a runner for: the error goes to the caller at once. */
  maxWaitSeconds: number;
}

/**
 * Wraps one request: rate limits are waited out (each wait logged) up to `maxWaits` times; every other failure,
 * a permission 403 among them, goes straight to the caller.
 */
export async function waitOutRateLimits<T>(
  request: () => Promise<T>,
  what: string,
  options: RateLimitOptions,
): Promise<T> {
  for (let waits = 0; ; waits++) {
    try {
      return await request();
    } catch (error) {
      const status = httpStatus(error);
      if (status === undefined || waits >= options.maxWaits) throw error;
      const verdict = rateLimitVerdict(status, responseHeaders(error), options.now());
      if (verdict.kind === "final" || verdict.seconds > options.maxWaitSeconds) throw error;
      options.log.warning(
        `GitHub ${verdict.limit} rate limit (${status}) on ${what}; retry ${waits + 1} in ${verdict.seconds}s`,
      );
      await options.sleep(verdict.seconds * 1000);
    }
  }
}
