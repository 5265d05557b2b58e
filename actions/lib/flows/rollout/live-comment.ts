import { httpStatus } from "../../adapters/github/status.js";
import type { Clock } from "../../core/ports.js";

/** At most one edit per this interval, whatever the fleet's size: GitHub calls follow time, not clinics. */
export const editIntervalMs = 15_000;

/** Writes one comment's whole body (create or edit in place by marker and author). */
export type CommentWriter = (body: string) => Promise<void>;

/** A write that failed after the client's own retries and rate-limit waits. */
export interface CommentFailure {
  /** GitHub's status, when it answered. */
  status?: number;
  message: string;
  /**
   * A 4xx other than 429 (a token without permission, a pull request gone): waiting cannot fix it, so
   * the comment is written no more in this run. A 5xx or no answer is not final: the next edit carries the state.
   */
  final: boolean;
}

export interface LiveComment {
  /** Shows this body: now if the last edit is older than the interval, else at the next chance or at flush. */
  show(body: string): Promise<void>;
  /** Writes the latest body if it was not written yet. */
  flush(): Promise<void>;
  /** Whether the comment holds the latest body shown. */
  current(): boolean;
}

/**
 * The apply's live comment: edited as waves finish, at most every editIntervalMs, never twice with the same body.
 * A failed edit does not stop the rollout: it is reported to `failed`, and the next edit carries the state, unless
 * the failure was final, after which nothing more is sent to GitHub for this comment.
 */
export function createLiveComment(
  write: CommentWriter,
  clock: Clock,
  failed: (failure: CommentFailure) => void,
): LiveComment {
  let written: string | undefined;
  let pending: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  const writeNow = async (body: string) => {
    lastAt = clock.now().getTime();
    try {
      await write(body);
      written = body;
      pending = undefined;
    } catch (error) {
      pending = body;
      const status = httpStatus(error);
      // A 429 still standing after the client's wait is a limit that lifts later, not a refusal.
      stopped = status !== undefined && status >= 400 && status < 500 && status !== 429;
      failed({
        ...(status === undefined ? {} : { status }),
        message: error instanceof Error ? error.message : String(error),
        final: stopped,
      });
    }
  };
  return {
    async show(body) {
      if (body === written) return;
      pending = body;
      if (!stopped && clock.now().getTime() - lastAt >= editIntervalMs) await writeNow(body);
    },
    async flush() {
      if (!stopped && pending !== undefined && pending !== written) await writeNow(pending);
    },
    current: () => pending === undefined || pending === written,
  };
}
