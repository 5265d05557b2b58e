import { z } from "zod";

/** The run's event as the main hands it over from github.context: read here, never by reaching for it. */
export interface RunEvent {
  payload: unknown;
  /** The pushed (on merge: the merge) commit. */
  sha: string;
  /** The workflow run (github.context.runId): the same for every attempt of a re-run, apart for two applies. */
  runId?: number;
}

const pullRequestEvent = z.looseObject({ pull_request: z.looseObject({ number: z.number().int().positive() }) });

/** The pull request a pull_request event is about, or undefined for any other event. */
export function pullRequestNumber(event: RunEvent): number | undefined {
  const parsed = pullRequestEvent.safeParse(event.payload);
  return parsed.success ? parsed.data.pull_request.number : undefined;
}

const pushEvent = z.looseObject({ head_commit: z.looseObject({ message: z.string() }).nullable() });

/** The pushed commit (the merge commit on main when a pull request was merged) and its message. */
export function pushedCommit(event: RunEvent): { sha: string; headCommitMessage?: string } {
  const parsed = pushEvent.safeParse(event.payload);
  const message = parsed.success ? parsed.data.head_commit?.message : undefined;
  return { sha: event.sha, ...(message === undefined ? {} : { headCommitMessage: message }) };
}
