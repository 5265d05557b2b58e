import type { InvocationOutcome } from "../../adapters/aws/ssm-invocation-outcome.js";
import type { RolloutOutcome } from "./records.js";

/** How one clinic's update ended, as the rollout records it and the comment shows it. */
export interface UpdateEnding {
  outcome: RolloutOutcome;
  /** The document's step the run ended in, or SSM's own words when the script never said. */
  step: string;
  /** The first lines of the error; empty for an update. */
  error: string;
}

const errorLines = 3;
/** EC2 tag values hold 256 characters. */
const tagValueChars = 256;

/**
 * Reads an invocation through the result-line contract. A command SSM cancelled (MaxErrors passed) never ran on the
 * instance: undefined, so the clinic stays to do. Anything else that did not update is a failure the budget counts.
 */
export function updateEnding(o: InvocationOutcome): UpdateEnding | undefined {
  if (o.end === "cancelled") return undefined;
  const line = o.result.ok && o.result.result.document === "orca-update" ? o.result.result : undefined;
  if (line !== undefined) {
    if (line.ok) return { outcome: "updated", step: line.step, error: "" };
    const outcome: RolloutOutcome =
      line.status === "rolled-back" ? "rolled-back" : line.status === "rollback-failed" ? "rollback-failed" : "failed";
    const error = [line.reason, line.rollbackReason].filter((r) => r !== null).join("\n");
    return { outcome, step: line.step, error };
  }
  const lines = o.output.split("\n").filter((l) => l.trim().length > 0);
  const error = [o.result.ok ? "" : o.result.error, ...lines.slice(0, errorLines)].filter((l) => l !== "").join("\n");
  return { outcome: "failed", step: o.statusDetails || o.end, error };
}

/** The error tag's value: step and first line, cut to what a tag holds. */
export function errorTagValue(ending: UpdateEnding): string {
  const first = ending.error.split("\n", 1)[0] ?? "";
  return `${ending.step}: ${first}`.slice(0, tagValueChars);
}

/** The step and error back from the tag. */
export function readErrorTag(value: string | undefined): { step: string; error: string } | undefined {
  if (value === undefined) return undefined;
  const at = value.indexOf(": ");
  return at < 0 ? { step: value, error: "" } : { step: value.slice(0, at), error: value.slice(at + 2) };
}
