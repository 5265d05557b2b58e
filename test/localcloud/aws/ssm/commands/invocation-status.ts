import { type CommandRecord, type CommandStatus, type Invocation, isTerminal, type PluginResult } from "./model.js";
import { errorLimit } from "./rates.js";

/** A step not run yet. */
export function pending(name: string): PluginResult {
  return {
    name,
    status: "Pending",
    statusDetails: "Pending",
    responseCode: -1,
    stdout: "",
    stderr: "",
    started: undefined,
    ended: undefined,
  };
}

/** A non-terminal status, shown on the invocation and on each plugin that has not ended. */
export function mark(invocation: Invocation, status: "Delayed" | "InProgress"): void {
  invocation.status = status;
  invocation.statusDetails = status;
  for (const plugin of invocation.plugins) {
    if (!isTerminal(plugin.status)) [plugin.status, plugin.statusDetails] = [status, status];
  }
}

/** The command's status once every invocation ended, after AWS's "Understanding command statuses". */
export function finalStatus(command: CommandRecord): [CommandStatus, string] {
  const budget = errorLimit(command.maxErrors, command.invocations.length);
  if (command.cancelRequested) return ["Cancelled", "Cancelled"];
  if (command.invocations.length === 0)
    return ["Success", command.targets.length > 0 ? "No Instances In Tag" : "Success"];
  if (command.errorCount > budget) return ["Failed", "Failed"];
  if (command.deliveryTimedOutCount > budget) return ["TimedOut", "Delivery Timed Out"];
  if (command.invocations.every((i) => i.status === "Success")) return ["Success", "Success"];
  return ["Failed", "Incomplete"];
}

/** Waits `ms`, or less when the signal aborts; never keeps the process alive on its own. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener("abort", done, { once: true });
  });
}
