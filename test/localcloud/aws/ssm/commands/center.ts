import { randomUUID } from "node:crypto";
import { EventEmitter, once } from "node:events";
import { AwsError, type LocalAwsContext } from "../../types.js";
import type { AgentFleet } from "../agents/fleet.js";
import { deliverToAgent } from "./delivery.js";
import { finalStatus, mark, pause, pending } from "./invocation-status.js";
import {
  type CommandRecord,
  finish,
  type Invocation,
  type InvocationStatus,
  isTerminal,
  type PluginResult,
} from "./model.js";
import { concurrencyLimit, errorLimit } from "./rates.js";
import { runStep } from "./run-step.js";

export interface CommandCenterOptions {
  context: LocalAwsContext;
  fleet: AgentFleet;
  /** The base URL of an instance's simulated WebORCA, given to real scripts as ORCA_URL. */
  orcaUrl(instanceId: string): Promise<string>;
}

export type NewCommand = Omit<
  CommandRecord,
  | "id"
  | "status"
  | "statusDetails"
  | "errorCount"
  | "deliveryTimedOutCount"
  | "completedCount"
  | "cancelRequested"
  | "peakInFlight"
  | "done"
  | "invocations"
> & { instances: { instanceId: string; name: string }[] };

export class CommandCenter {
  private readonly commands: CommandRecord[] = [];
  private lifetime = new AbortController();
  /** Emits "status" whenever an invocation's status changes. */
  private readonly changes = new EventEmitter().setMaxListeners(0);
  /** Wall-clock ms that a new invocation stays invisible to GetCommandInvocation. */
  invocationVisibilityMs = 0;
  /** Wall-clock ms each orca-update runs before its result, as a real update takes minutes (0: at once). */
  updateDurationMs = 0;

  constructor(private readonly options: CommandCenterOptions) {}

  all(): readonly CommandRecord[] {
    return this.commands;
  }

  find(commandId: string): CommandRecord {
    const command = this.commands.find((c) => c.id === commandId);
    if (!command) throw new AwsError("InvalidCommandId", "Invalid command id.");
    return command;
  }

  send(input: NewCommand): CommandRecord {
    const steps = input.version.parsed.steps;
    const visibleAt = Date.now() + this.invocationVisibilityMs;
    const command: CommandRecord = {
      ...input,
      id: randomUUID(),
      status: "Pending",
      statusDetails: "Pending",
      errorCount: 0,
      deliveryTimedOutCount: 0,
      completedCount: 0,
      cancelRequested: false,
      peakInFlight: 0,
      invocations: input.instances.map((i) => ({
        instanceId: i.instanceId,
        instanceName: i.name,
        status: "Pending",
        statusDetails: "Pending",
        plugins: steps.map((s) => pending(s.name)),
        visibleAt,
        abort: new AbortController(),
      })),
      done: Promise.resolve(),
    };
    this.commands.push(command);
    // Dispatch starts after SendCommand has answered, as on AWS, so the call's own time does not grow with the run.
    const lifetime = this.lifetime.signal;
    command.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.dispatch(command, lifetime))
      .catch((error: unknown) => {
        for (const invocation of command.invocations) {
          finish(command, invocation, "Failed", "Failed");
          this.changes.emit("status");
          const first = invocation.plugins[0];
          if (first) first.stderr = `local cloud: ${String(error)}`;
        }
        [command.status, command.statusDetails] = finalStatus(command);
      });
    return command;
  }

  /** Runs the invocations MaxConcurrency at a time and stops sending once errors exceed MaxErrors. */
  private async dispatch(command: CommandRecord, lifetime: AbortSignal): Promise<void> {
    const targets = command.invocations.length;
    const limit = concurrencyLimit(command.maxConcurrency, targets);
    const budget = errorLimit(command.maxErrors, targets);
    const queue = [...command.invocations];
    const running = new Set<Promise<void>>();
    const mayDispatch = () => !command.cancelRequested && !lifetime.aborted && command.errorCount <= budget;
    while (queue.length > 0 && mayDispatch()) {
      while (running.size < limit && queue.length > 0 && mayDispatch()) {
        const invocation = queue.shift();
        if (!invocation) break;
        if (command.status === "Pending") [command.status, command.statusDetails] = ["InProgress", "InProgress"];
        const run: Promise<void> = this.deliver(command, invocation).finally(() => running.delete(run));
        running.add(run);
        command.peakInFlight = Math.max(command.peakInFlight, running.size);
      }
      if (running.size > 0) await Promise.race(running);
    }
    // Targets never sent to (cancelled, or MaxErrors exceeded) end as Cancelled.
    for (const invocation of queue) finish(command, invocation, "Cancelled", "Cancelled");
    this.changes.emit("status");
    await Promise.all(running);
    [command.status, command.statusDetails] = finalStatus(command);
  }

  /** One invocation: delivered to its agent (or not), then its steps in order until one does not succeed. */
  private async deliver(command: CommandRecord, invocation: Invocation): Promise<void> {
    const { context, fleet, orcaUrl } = this.options;
    const signal = AbortSignal.any([invocation.abort.signal, this.lifetime.signal]);
    const agent = fleet.agent(invocation.instanceId);
    const delivery = await deliverToAgent(context, agent, command, invocation, signal, () =>
      this.changes.emit("status"),
    );
    if (delivery !== "delivered") {
      finish(command, invocation, ...delivery);
      this.changes.emit("status");
      return;
    }
    mark(invocation, "InProgress");
    this.changes.emit("status");
    if (agent.latencyMs > 0) await pause(agent.latencyMs, signal);
    if (command.toolkit === "orca-update" && this.updateDurationMs > 0) await pause(this.updateDurationMs, signal);
    const steps = command.version.parsed.steps;
    const results: PluginResult[] = [];
    for (const [index, step] of steps.entries()) {
      const result = await runStep({
        context,
        agent,
        command,
        instanceId: invocation.instanceId,
        step,
        signal,
        orcaUrl,
      });
      results.push(result);
      // A failed step ends the document; the steps after it are not run.
      if (result.status !== "Success") {
        for (const rest of steps.slice(index + 1)) {
          results.push({ ...pending(rest.name), status: result.status, statusDetails: result.statusDetails });
        }
        break;
      }
    }
    const worst = results.find((r) => r.status !== "Success") ?? results[0];
    finish(command, invocation, worst?.status ?? "Success", worst?.statusDetails ?? "Success", results);
    this.changes.emit("status");
  }

  cancel(command: CommandRecord, instanceIds: string[] | undefined): void {
    for (const invocation of command.invocations) {
      if (instanceIds && !instanceIds.includes(invocation.instanceId)) continue;
      if (!isTerminal(invocation.status)) invocation.abort.abort();
    }
    if (!instanceIds || command.invocations.every((i) => instanceIds.includes(i.instanceId))) {
      command.cancelRequested = true;
      if (command.status === "Pending" || command.status === "InProgress") command.status = "Cancelling";
    }
  }

  /**
   * Resolves when an invocation reaches a status (at once if it has), so that tests await the moment instead of
   * sleeping; rejects if the invocation ends in another status first.
   */
  async reached(commandId: string, instanceId: string, status: InvocationStatus): Promise<void> {
    const invocation = this.find(commandId).invocations.find((i) => i.instanceId === instanceId);
    if (invocation === undefined) throw new Error(`command ${commandId} was not sent to ${instanceId}`);
    while (invocation.status !== status) {
      if (isTerminal(invocation.status)) {
        throw new Error(`the invocation on ${instanceId} ended ${invocation.status} before it was ${status}`);
      }
      await once(this.changes, "status");
    }
  }

  /** Resolves when every command sent so far has ended. */
  async settle(): Promise<void> {
    await Promise.all(this.commands.map((c) => c.done));
  }

  reset(): void {
    this.lifetime.abort();
    this.lifetime = new AbortController();
    this.commands.length = 0;
    this.invocationVisibilityMs = 0;
    this.updateDurationMs = 0;
  }
}
