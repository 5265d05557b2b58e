import type { LocalAwsContext } from "../../types.js";
import type { Agent } from "../agents/agent.js";
import { mark, pause } from "./invocation-status.js";
import type { CommandRecord, Invocation, InvocationStatus } from "./model.js";

/** How often a Delayed invocation looks again for its agent. */
const redeliveryMs = 100;

/** The invocation's end when its agent never got it: [status, status details]. */
export type Undelivered = [InvocationStatus, string];

/**
 * Waits until the instance's agent can take the command, as the SSM service does: an unreachable agent fails it at
 * once, an offline one (stopped instance, lost connection) shows Delayed and picks it up when it comes back, if
 * before the command's delivery timeout. Answers "delivered", or how the invocation ends.
 */
export async function deliverToAgent(
  context: LocalAwsContext,
  agent: Agent,
  command: CommandRecord,
  invocation: Invocation,
  signal: AbortSignal,
  /** Told each time the invocation is marked Delayed. */
  onDelayed: () => void,
): Promise<"delivered" | Undelivered> {
  const view = context.instance(invocation.instanceId);
  if (signal.aborted) return ["Cancelled", "Cancelled"];
  if (!view || view.state === "terminated" || agent.reachability === "undeliverable")
    return ["Failed", "Undeliverable"];
  if (agent.reachability === "delivery-timeout") return ["TimedOut", "DeliveryTimedOut"];
  const deadline = command.requested.getTime() + command.timeoutSeconds * 1000;
  while (context.instance(invocation.instanceId)?.state !== "running" || agent.reachability === "connection-lost") {
    mark(invocation, "Delayed");
    onDelayed();
    if (signal.aborted) return ["Cancelled", "Cancelled"];
    if (context.now().getTime() >= deadline) return ["TimedOut", "DeliveryTimedOut"];
    await pause(redeliveryMs, signal);
  }
  return "delivered";
}
