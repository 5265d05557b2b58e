import * as github from "@actions/github";
import { z } from "zod";
import type { RepoRef } from "../lib/adapters/github/repo-ref.js";

const pullRequestEvent = z.looseObject({ pull_request: z.looseObject({ number: z.number().int().positive() }) });

/** The repository the workflow runs in, as GITHUB_REPOSITORY names it. */
export function repository(): RepoRef {
  return { owner: github.context.repo.owner, repo: github.context.repo.repo };
}

/** The pull request a pull_request event is about, or undefined for any other event. */
export function pullRequestNumber(): number | undefined {
  const parsed = pullRequestEvent.safeParse(github.context.payload);
  return parsed.success ? parsed.data.pull_request.number : undefined;
}

const pushEvent = z.looseObject({ head_commit: z.looseObject({ message: z.string() }).nullable() });

/** The pushed commit (the merge commit on main when a pull request was merged) and its message. */
export function pushedCommit(): { sha: string; headCommitMessage?: string } {
  const parsed = pushEvent.safeParse(github.context.payload);
  const message = parsed.success ? parsed.data.head_commit?.message : undefined;
  return { sha: github.context.sha, ...(message === undefined ? {} : { headCommitMessage: message }) };
}
