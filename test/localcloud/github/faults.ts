import { GithubError } from "./errors.js";

/** A failure to answer instead of the next requests: secondary rate limits (403/429 with retry-after) or 5xx. */
export interface FailurePlan {
  status: 403 | 429 | 500 | 502 | 503;
  /** How many requests in a row fail; 1 when left out. */
  count?: number | undefined;
  /** Seconds in the retry-after header of a rate-limit answer; 1 when left out. */
  retryAfter?: number | undefined;
}

const secondaryLimit =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";

/** The failures still to be served, in order. */
export class Faults {
  private readonly pending: { status: FailurePlan["status"]; retryAfter: number }[] = [];

  plan(plan: FailurePlan): void {
    for (let i = 0; i < (plan.count ?? 1); i++)
      this.pending.push({ status: plan.status, retryAfter: plan.retryAfter ?? 1 });
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** The error the next request gets, if one is planned. */
  next(): GithubError | undefined {
    const failure = this.pending.shift();
    if (failure === undefined) return undefined;
    if (failure.status === 403 || failure.status === 429) {
      return new GithubError(failure.status, secondaryLimit, undefined, { "retry-after": String(failure.retryAfter) });
    }
    return new GithubError(failure.status, failure.status === 500 ? "Server Error" : "Service Unavailable");
  }
}
