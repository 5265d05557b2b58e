/** One request the server answered, as tests read it back. */
export interface RecordedRequest {
  method: string;
  path: string;
  status: number;
  /** The route's template (`GET /repos/{owner}/{repo}/issues`), when one matched. */
  route?: string;
}

const rateLimit = 5000;

/** The requests answered (admin ones left out) and the core rate limit they use up. */
export class RequestLog {
  readonly requests: RecordedRequest[] = [];
  private used = 0;

  /** An authenticated request uses one of the hour's requests, whatever its answer. */
  charge(): void {
    this.used += 1;
  }

  record(request: RecordedRequest): void {
    this.requests.push(request);
  }

  /** Requests per route template, e.g. `{ "POST /repos/{owner}/{repo}/issues": 2 }`. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const r of this.requests) {
      const key = r.route ?? `${r.method} ${r.path}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }

  /** Counts come from the record, so zeroing them is emptying it (and the rate-limit use). */
  clear(): void {
    this.requests.length = 0;
    this.used = 0;
  }

  /** GitHub's rate-limit headers, the window ending at the next full hour. */
  rateLimitHeaders(nowMs: number): Record<string, string> {
    return {
      "x-ratelimit-limit": String(rateLimit),
      "x-ratelimit-remaining": String(Math.max(0, rateLimit - this.used)),
      "x-ratelimit-reset": String(Math.ceil(nowMs / 3_600_000) * 3600),
      "x-ratelimit-used": String(this.used),
      "x-ratelimit-resource": "core",
    };
  }
}
