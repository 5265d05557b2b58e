import { type ParsedResult, parseResultLine } from "../../core/result-line.js";

/**
 * How one instance's run of a command ended, told apart the way SSM's statuses allow: a script that failed is not an
 * agent that never got the command, and neither is a run that was cancelled because the command stopped sending.
 */
export const invocationEnds = [
  "success",
  /** The script ran and exited non-zero (or a plugin failed). */
  "failed",
  /** The script ran past its timeoutSeconds. */
  "execution-timed-out",
  /** No agent to deliver to (terminated, never registered). Does not count toward MaxErrors. */
  "undeliverable",
  /** The agent did not pick the command up in time; it may still have run (SSM cannot tell). */
  "delivery-timed-out",
  /** Cancelled, or never sent because the command passed MaxErrors (Terminated). */
  "cancelled",
] as const;
export type InvocationEnd = (typeof invocationEnds)[number];

/** Reads SSM's Status and StatusDetails of a finished invocation. */
export function invocationEnd(status: string | undefined, details: string | undefined): InvocationEnd {
  switch (status) {
    case "Success":
      return "success";
    case "Cancelled":
    case "Cancelling":
    case "Terminated":
      return "cancelled";
    case "TimedOut":
      return details === "DeliveryTimedOut" || details === "Delivery Timed Out"
        ? "delivery-timed-out"
        : "execution-timed-out";
    default:
      if (details === "Undeliverable") return "undeliverable";
      if (details === "Terminated") return "cancelled";
      return "failed";
  }
}

/** Invocation statuses after which nothing changes any more. */
const finishedStatuses = new Set([
  "Success",
  "Failed",
  "TimedOut",
  "Cancelled",
  "Terminated",
  "Undeliverable",
  "InvalidPlatform",
  "AccessDenied",
]);

export function isFinishedInvocation(status: string | undefined): boolean {
  return status !== undefined && finishedStatuses.has(status);
}

/** Command statuses after which no invocation of it changes any more. */
export function isFinishedCommand(status: string | undefined): boolean {
  return status === "Success" || status === "Failed" || status === "TimedOut" || status === "Cancelled";
}

/** One instance's result of one command. */
export interface InvocationOutcome {
  instanceId: string;
  commandId: string;
  end: InvocationEnd;
  /** SSM's own words, e.g. Undeliverable, DeliveryTimedOut, Failed. */
  statusDetails: string;
  /** The script's exit code; null when it never ran or SSM did not say. */
  responseCode: number | null;
  /** The output read: ListCommandInvocations' 2,500 characters, or GetCommandInvocation's fuller text for failures. */
  output: string;
  /** Whether `output` came from GetCommandInvocation. */
  fullOutput: boolean;
  /** The document's result line, through the one contract. */
  result: ParsedResult;
}

/** The result line of an output, or why there is none; a run that never started has no output to look in. */
export function resultOf(end: InvocationEnd, output: string): ParsedResult {
  if (output.length === 0 && end !== "success" && end !== "failed") {
    return { ok: false, error: `no output: the command did not run (${end})` };
  }
  return parseResultLine(output);
}
