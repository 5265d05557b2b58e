import type { Octokit } from "./octokit.js";
import type { RepoRef } from "./repo-ref.js";
import { httpStatus } from "./status.js";

export interface LabelChanges {
  add: string[];
  remove: string[];
}

/** The smallest change that leaves `wanted` on the issue and none of `unwanted`. */
export function labelChanges(
  current: readonly string[],
  wanted: readonly string[],
  unwanted: readonly string[],
): LabelChanges {
  return {
    add: wanted.filter((l) => !current.includes(l)),
    remove: unwanted.filter((l) => current.includes(l)),
  };
}

/** Applies the changes; a label already gone (404) is what removal wanted. */
export async function applyLabelChanges(
  octokit: Octokit,
  repo: RepoRef,
  issueNumber: number,
  changes: LabelChanges,
): Promise<void> {
  if (changes.add.length > 0)
    await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: changes.add });
  for (const name of changes.remove) {
    try {
      await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
