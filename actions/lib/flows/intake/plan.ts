import type { PullOutcome } from "../../adapters/github/pull-request.js";
import type { PullCommentVariant } from "./render.js";

export const needsChangesLabel = "needs-changes";
export const prOpenedLabel = "pr-opened";

/** The labels a request should carry after this run, and the ones it should lose. */
export function requestLabels(outcome: "needs-changes" | "pr-opened"): { wanted: string[]; unwanted: string[] } {
  return outcome === "pr-opened"
    ? { wanted: [prOpenedLabel], unwanted: [needsChangesLabel] }
    : { wanted: [needsChangesLabel], unwanted: [prOpenedLabel] };
}

/**
 * What the issue comment says about the pull request: opened by this run, its file changed by this run (an edit),
 * or nothing changed, in which case an existing comment that already links the pull request is left as it is.
 */
export function pullCommentVariant(
  pull: PullOutcome,
  file: "created" | "updated" | "unchanged",
  removedFiles: number,
): PullCommentVariant {
  if (pull === "created") return "opened";
  return file !== "unchanged" || removedFiles > 0 ? "updated" : "current";
}
