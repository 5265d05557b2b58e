import type { ToolkitDocumentName } from "../../../../../actions/lib/core/result-line.js";
import type { DocumentVersion } from "../documents/store.js";
import type { Target } from "./targets.js";

export type InvocationStatus = "Pending" | "InProgress" | "Delayed" | "Success" | "Cancelled" | "TimedOut" | "Failed";
export type CommandStatus = "Pending" | "InProgress" | "Success" | "Cancelled" | "Failed" | "TimedOut" | "Cancelling";

export interface PluginResult {
  name: string;
  status: InvocationStatus;
  statusDetails: string;
  responseCode: number;
  stdout: string;
  stderr: string;
  started: Date | undefined;
  ended: Date | undefined;
}

export interface Invocation {
  instanceId: string;
  instanceName: string;
  status: InvocationStatus;
  statusDetails: string;
  plugins: PluginResult[];
  /** Wall-clock ms before which GetCommandInvocation answers InvocationDoesNotExist (eventual consistency). */
  visibleAt: number;
  abort: AbortController;
}

export interface CommandRecord {
  id: string;
  documentName: string;
  version: DocumentVersion;
  /** Set when the document is one of the toolkit's: the agent answers with its result line. */
  toolkit: ToolkitDocumentName | undefined;
  comment: string | undefined;
  givenParameters: Record<string, string[]>;
  parameters: Record<string, string[]>;
  instanceIds: string[];
  targets: Target[];
  requested: Date;
  timeoutSeconds: number;
  maxConcurrency: string;
  maxErrors: string;
  status: CommandStatus;
  statusDetails: string;
  invocations: Invocation[];
  errorCount: number;
  deliveryTimedOutCount: number;
  completedCount: number;
  cancelRequested: boolean;
  /** The most invocations that ran at once: how tests see MaxConcurrency honoured. */
  peakInFlight: number;
  extra: {
    serviceRoleArn: string | undefined;
    notificationConfig: unknown;
    cloudWatchOutputConfig: unknown;
    outputS3BucketName: string | undefined;
    outputS3KeyPrefix: string | undefined;
    outputS3Region: string | undefined;
  };
  done: Promise<void>;
}

export const terminalStatuses: readonly InvocationStatus[] = ["Success", "Cancelled", "TimedOut", "Failed"];

export function isTerminal(status: InvocationStatus): boolean {
  return terminalStatuses.includes(status);
}

/** Sets an invocation's outcome (one plugin or all) and counts it toward the command's totals. */
export function finish(
  command: CommandRecord,
  invocation: Invocation,
  status: InvocationStatus,
  statusDetails: string,
  plugins?: PluginResult[],
): void {
  if (isTerminal(invocation.status)) return;
  invocation.status = status;
  invocation.statusDetails = statusDetails;
  invocation.plugins =
    plugins ?? invocation.plugins.map((p) => (isTerminal(p.status) ? p : { ...p, status, statusDetails }));
  command.completedCount += 1;
  // Failed and ExecutionTimedOut count toward MaxErrors; Undeliverable and DeliveryTimedOut do not.
  if (statusDetails === "Failed" || statusDetails === "ExecutionTimedOut") command.errorCount += 1;
  if (statusDetails === "DeliveryTimedOut") command.deliveryTimedOutCount += 1;
}
