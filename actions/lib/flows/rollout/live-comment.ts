import type { Clock } from "../../core/ports.js";

/** At most one edit per this interval, whatever the fleet's size: GitHub calls follow time, not clinics. */
export const editIntervalMs = 15_000;

/** Writes one comment's whole body (create or edit in place by marker and author). */
export type CommentWriter = (body: string) => Promise<void>;

export interface LiveComment {
  /** Shows this body: now if the last edit is older than the interval, else at the next chance or at flush. */
  show(body: string): Promise<void>;
  /** Writes the latest body if it was not written yet. */
  flush(): Promise<void>;
}

/**
 * The apply's live comment: edited as waves finish, at most every editIntervalMs, never twice with the same body.
 * A failed edit (GitHub down past the Octokit's retries) does not stop the rollout: the next one carries the state.
 */
export function createLiveComment(write: CommentWriter, clock: Clock, warn: (message: string) => void): LiveComment {
  let written: string | undefined;
  let pending: string | undefined;
  let lastAt = Number.NEGATIVE_INFINITY;
  const writeNow = async (body: string) => {
    lastAt = clock.now().getTime();
    try {
      await write(body);
      written = body;
      pending = undefined;
    } catch (error) {
      pending = body;
      warn(`the rollout comment was not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return {
    async show(body) {
      if (body === written) return;
      pending = body;
      if (clock.now().getTime() - lastAt >= editIntervalMs) await writeNow(body);
    },
    async flush() {
      if (pending !== undefined && pending !== written) await writeNow(pending);
    },
  };
}
