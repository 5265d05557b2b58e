import { GithubError } from "./errors.js";

/**
 * A failure to answer instead of the next requests: secondary rate limits (403/429 with retry-after), a 403 for
 * want of permission (no retry-after, rate limit left: waiting cannot fix it), or 5xx.
 */
export interface FailurePlan {
  status: 403 | 429 | 500 | 502 | 503;
  /** How many requests in a row fail; 1 when left out. */
  count?: number | undefined;
  /** Seconds in the retry-after header of a rate-limit answer; 1 when left out. */
  retryAfter?: number | undefined;
  /** A 403's cause: a secondary rate limit unless `permission` is said. */
  reason?: "rate-limit" | "permission" | undefined;
  /** A route template (`PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}`): only its requests fail. */
  route?: string | undefined;
}

/** What GitHub answers a GITHUB_TOKEN whose workflow did not grant the permission the request needs. */
const notAccessible = "Resource not accessible by integration";

const secondaryLimit =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.";

/** Answers lost after the effect: the request is carried out, then answered with a server error. */
export interface LostAnswerPlan {
  /** A route template (`POST /repos/{owner}/{repo}/issues/{issue_number}/comments`); any route when left out. */
  route?: string | undefined;
  /** How many answers are lost; 1 when left out. */
  count?: number | undefined;
  /** The status answered instead; 500 when left out. */
  status?: 500 | 502 | 503 | undefined;
}

/** The failures still to be served, in order, and the answers still to lose. */
export class Faults {
  private readonly pending: {
    status: FailurePlan["status"];
    retryAfter: number;
    permission: boolean;
    route: string | undefined;
  }[] = [];
  private readonly lost: { route: string | undefined; status: 500 | 502 | 503 }[] = [];

  plan(plan: FailurePlan): void {
    for (let i = 0; i < (plan.count ?? 1); i++)
      this.pending.push({
        status: plan.status,
        retryAfter: plan.retryAfter ?? 1,
        permission: plan.status === 403 && plan.reason === "permission",
        route: plan.route,
      });
  }

  loseAnswers(plan: LostAnswerPlan): void {
    for (let i = 0; i < (plan.count ?? 1); i++) this.lost.push({ route: plan.route, status: plan.status ?? 500 });
  }

  clear(): void {
    this.pending.length = 0;
    this.lost.length = 0;
  }

  /** The error that replaces a successful answer of `route`, its effect kept, if a lost answer is planned for it. */
  lostAnswer(route: string): GithubError | undefined {
    const index = this.lost.findIndex((l) => l.route === undefined || l.route === route);
    if (index === -1) return undefined;
    const [lost] = this.lost.splice(index, 1);
    return lost === undefined ? undefined : serverError(lost.status);
  }

  /** The error a request of `route` gets, if one is planned for it (or for any route). */
  next(route: string): GithubError | undefined {
    const index = this.pending.findIndex((p) => p.route === undefined || p.route === route);
    if (index === -1) return undefined;
    const [failure] = this.pending.splice(index, 1);
    if (failure === undefined) return undefined;
    if (failure.permission) return new GithubError(403, notAccessible);
    if (failure.status === 403 || failure.status === 429) {
      return new GithubError(failure.status, secondaryLimit, undefined, { "retry-after": String(failure.retryAfter) });
    }
    return serverError(failure.status);
  }
}

function serverError(status: 500 | 502 | 503): GithubError {
  return new GithubError(status, status === 500 ? "Server Error" : "Service Unavailable");
}
