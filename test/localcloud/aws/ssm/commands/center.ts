import { randomUUID } from "node:crypto";
import { AwsError, type LocalAwsContext } from "../../types.js";
import type { AgentFleet } from "../agents/fleet.js";
import { runShell } from "../agents/shell.js";
import { answerToolkitDocument } from "../agents/toolkit-answers.js";
import { renderRunCommand, stepInput } from "../documents/content.js";
import {
  type CommandRecord,
  type CommandStatus,
  finish,
  type Invocation,
  isTerminal,
  type PluginResult,
} from "./model.js";
import { concurrencyLimit, errorLimit } from "./rates.js";

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

// How often a Delayed invocation looks again for its agent.
const redeliveryMs = 100;

function pause(ms: number, signal: AbortSignal): Promise<void> {
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

function pending(name: string): PluginResult {
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
function mark(invocation: Invocation, status: "Delayed" | "InProgress"): void {
  invocation.status = status;
  invocation.statusDetails = status;
  for (const plugin of invocation.plugins) {
    if (!isTerminal(plugin.status)) [plugin.status, plugin.statusDetails] = [status, status];
  }
}

/** The command's status once every invocation ended, after AWS's "Understanding command statuses". */
function finalStatus(command: CommandRecord): [CommandStatus, string] {
  const budget = errorLimit(command.maxErrors, command.invocations.length);
  if (command.cancelRequested) return ["Cancelled", "Cancelled"];
  if (command.invocations.length === 0)
    return ["Success", command.targets.length > 0 ? "No Instances In Tag" : "Success"];
  if (command.errorCount > budget) return ["Failed", "Failed"];
  if (command.deliveryTimedOutCount > budget) return ["TimedOut", "Delivery Timed Out"];
  if (command.invocations.every((i) => i.status === "Success")) return ["Success", "Success"];
  return ["Failed", "Incomplete"];
}

export class CommandCenter {
  private readonly commands: CommandRecord[] = [];
  private lifetime = new AbortController();
  /** Wall-clock ms that a new invocation stays invisible to GetCommandInvocation. */
  invocationVisibilityMs = 0;

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
    await Promise.all(running);
    [command.status, command.statusDetails] = finalStatus(command);
  }

  private async deliver(command: CommandRecord, invocation: Invocation): Promise<void> {
    const { context, fleet } = this.options;
    const signal = AbortSignal.any([invocation.abort.signal, this.lifetime.signal]);
    const agent = fleet.agent(invocation.instanceId);
    const view = context.instance(invocation.instanceId);
    if (signal.aborted) {
      finish(command, invocation, "Cancelled", "Cancelled");
      return;
    }
    if (!view || view.state === "terminated" || agent.reachability === "undeliverable") {
      finish(command, invocation, "Failed", "Undeliverable");
      return;
    }
    if (agent.reachability === "delivery-timeout") {
      finish(command, invocation, "TimedOut", "DeliveryTimedOut");
      return;
    }
    const deadline = command.requested.getTime() + command.timeoutSeconds * 1000;
    // An offline agent (stopped instance, lost connection) picks the command up when it comes back, if in time.
    while (context.instance(invocation.instanceId)?.state !== "running" || agent.reachability === "connection-lost") {
      mark(invocation, "Delayed");
      if (signal.aborted) {
        finish(command, invocation, "Cancelled", "Cancelled");
        return;
      }
      if (context.now().getTime() >= deadline) {
        finish(command, invocation, "TimedOut", "DeliveryTimedOut");
        return;
      }
      await pause(redeliveryMs, signal);
    }
    mark(invocation, "InProgress");
    if (agent.latencyMs > 0) await pause(agent.latencyMs, signal);
    const results: PluginResult[] = [];
    for (const [index, step] of command.version.parsed.steps.entries()) {
      const started = context.now();
      const base = { name: step.name, started, stdout: "", stderr: "" };
      if (signal.aborted) {
        results.push({ ...base, status: "Cancelled", statusDetails: "Cancelled", responseCode: -1, ended: started });
      } else if (agent.reachability === "slow") {
        results.push({
          ...base,
          status: "TimedOut",
          statusDetails: "ExecutionTimedOut",
          responseCode: -1,
          ended: context.now(),
        });
      } else if (command.toolkit !== undefined) {
        const run = answerToolkitDocument(
          command.toolkit,
          invocation.instanceId,
          agent.orca,
          command.parameters,
          started,
        );
        agent.orca = run.orca;
        const ok = run.exitCode === 0;
        results.push({
          ...base,
          stdout: run.stdout,
          status: ok ? "Success" : "Failed",
          statusDetails: ok ? "Success" : "Failed",
          responseCode: run.exitCode,
          ended: context.now(),
        });
      } else if (step.action === "aws:runShellScript") {
        const shell = await runShell({
          script: renderRunCommand(step, command.parameters),
          instanceId: invocation.instanceId,
          region: context.region,
          workingDirectory: stepInput(step, "workingDirectory", command.parameters),
          timeoutSeconds: Number(stepInput(step, "timeoutSeconds", command.parameters) ?? "3600"),
          env: { ORCA_URL: await this.options.orcaUrl(invocation.instanceId) },
          signal,
        });
        const [status, details] = shell.cancelled
          ? (["Cancelled", "Cancelled"] as const)
          : shell.timedOut
            ? (["TimedOut", "ExecutionTimedOut"] as const)
            : shell.exitCode === 0
              ? (["Success", "Success"] as const)
              : (["Failed", "Failed"] as const);
        results.push({
          ...base,
          stdout: shell.stdout,
          stderr: shell.stderr,
          status,
          statusDetails: details,
          responseCode: shell.timedOut || shell.cancelled ? -1 : shell.exitCode,
          ended: context.now(),
        });
      } else {
        results.push({
          ...base,
          stderr: `The local cloud's agent runs aws:runShellScript steps only, not ${step.action}.`,
          status: "Failed",
          statusDetails: "Failed",
          responseCode: 1,
          ended: context.now(),
        });
      }
      const last = results[index];
      // A failed step ends the document; the steps after it are not run.
      if (last && last.status !== "Success") {
        for (const rest of command.version.parsed.steps.slice(index + 1)) {
          results.push({ ...pending(rest.name), status: last.status, statusDetails: last.statusDetails });
        }
        break;
      }
    }
    const worst = results.find((r) => r.status !== "Success") ?? results[0];
    finish(command, invocation, worst?.status ?? "Success", worst?.statusDetails ?? "Success", results);
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

  /** Resolves when every command sent so far has ended. */
  async settle(): Promise<void> {
    await Promise.all(this.commands.map((c) => c.done));
  }

  reset(): void {
    this.lifetime.abort();
    this.lifetime = new AbortController();
    this.commands.length = 0;
    this.invocationVisibilityMs = 0;
  }
}
