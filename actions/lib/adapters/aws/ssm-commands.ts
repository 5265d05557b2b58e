import {
  type Command,
  type CommandInvocation,
  GetCommandInvocationCommand,
  ListCommandInvocationsCommand,
  paginateListCommands,
  SendCommandCommand,
  type SendCommandCommandInput,
  type SendCommandCommandOutput,
  type SSMClient,
} from "@aws-sdk/client-ssm";
import type { FinalizeRequestMiddleware } from "@smithy/types";
import type { Clock, Sleep } from "../../core/ports.js";
import {
  type InvocationOutcome,
  invocationEnd,
  isFinishedCommand,
  isFinishedInvocation,
  resultOf,
} from "./ssm-invocation-outcome.js";

/**
 * The one SSM command runner: every flow that runs a document on clinic servers (the rollout's orca-update, the
 * sweep's orca-healthcheck and orca-restart, the patch report) sends, waits and reads through here, so SSM's limits
 * live in one place. SendCommand has no idempotency token, so the flow's identity goes in each command's Comment and
 * is looked up before sending: a re-run after a crash waits on what was sent instead of sending it again.
 */

export interface CommandRequest {
  document: string;
  documentVersion?: string;
  parameters?: Readonly<Record<string, readonly string[]>>;
  instanceIds: readonly string[];
  /** The flow's identity, e.g. `orca-fleet rollout 5.2.1 early w1`: 1-100 characters on one line. */
  identity: string;
  /** Commands requested before this belong to other runs; lookups and waits read from here on. */
  since: Date;
  /** A count or a percentage, as SendCommand takes it (default 50). */
  maxConcurrency?: string;
  /** A count or a percentage (default 0); Undeliverable and DeliveryTimedOut do not count toward it. */
  maxErrors?: string;
  timeoutSeconds?: number;
}

/** A command found by its identity, with the counts ListCommands keeps. */
export interface FoundCommand {
  commandId: string;
  document: string;
  /** The identity the command was sent with (its Comment). */
  comment: string;
  instanceIds: string[];
  status: string;
  requestedAt: string;
  targetCount: number;
  completedCount: number;
  errorCount: number;
  deliveryTimedOutCount: number;
}

export interface CommandRun {
  /** Commands this call sent; none when earlier runs with the same identity had sent to every instance. */
  sent: string[];
  /** Commands earlier runs had sent with the same identity, waited on instead of sent again. */
  resumed: string[];
  /** One per requested instance whose command finished, in the request's order. */
  outcomes: InvocationOutcome[];
  /** Requested instances whose command had not finished by the deadline: a later run waits on them. */
  unfinished: string[];
  /**
   * Every command sent or resumed, as the last ListCommands poll saw it (as sent, if no poll saw it yet): a caller
   * that holds a list of the document's commands keeps it current with these instead of listing again.
   */
  commands: FoundCommand[];
}

export interface RunOptions {
  /** Stop waiting at this time and report what has not finished. */
  deadline?: Date;
  /**
   * The document's commands since the request's `since`, as the caller has just listed them (with `list`, kept
   * current with each run's `commands`): the runner looks the identity up in them instead of calling ListCommands
   * again before sending. Without it, the runner lists them itself.
   */
  known?: readonly FoundCommand[];
}

export interface SsmCommands {
  /** The commands of a document sent with this identity since a time, newest first. */
  find(identity: string, document: string, since: Date): Promise<FoundCommand[]>;
  /** Every command of a document since a time, whatever its identity: a flow reads its own by their Comment. */
  list(document: string, since: Date): Promise<FoundCommand[]>;
  /** Sends what no earlier run sent, waits for every command of the identity, and reads each instance's outcome. */
  run(request: CommandRequest, options?: RunOptions): Promise<CommandRun>;
}

/** A command this runner sent or found, with when SSM says it was requested and the instances it holds. */
interface SentCommand {
  commandId: string;
  requestedAt: Date;
  instanceIds: readonly string[];
}

export interface Backoff {
  firstMs: number;
  maxMs: number;
  factor: number;
}

export interface SsmCommandsDeps {
  ssm: SSMClient;
  clock: Clock;
  sleep: Sleep;
  /** Between ListCommands polls: 2 s, growing by half up to 30 s, unless told otherwise. */
  backoff?: Backoff;
}

/** SendCommand takes at most 50 instance ids; ListCommands and ListCommandInvocations pages hold at most 50. */
export const idsPerSend = 50;
const pageSize = 50;
const maxCommentLength = 100;
const instanceIdPattern = /^(i|mi)-[0-9a-f]{8,17}$/;
/**
 * GetCommandInvocation and ListCommandInvocations can miss an invocation just made (eventual consistency): this many
 * tries, waiting longer each time (the backoff's growth), before taking "not there" as the answer.
 */
const visibilityTries = 6;
/** A SendCommand whose answer was lost is looked up by identity, then sent again, at most this many times. */
const sendTries = 3;

/**
 * SendCommand's answer never came (a 5xx or a broken connection): SSM may or may not have sent the command. The SDK
 * would retry it blindly and could run the document twice, so this error is one the SDK does not retry; the runner
 * looks the command up by its identity first and sends again only when SSM has no such command.
 */
export class SendOutcomeUnknown extends Error {
  override name = "SendOutcomeUnknown";
}

/** Inside the SDK's retry loop: a lost answer to SendCommand becomes SendOutcomeUnknown; throttling stays retryable. */
const noBlindResend: FinalizeRequestMiddleware<SendCommandCommandInput, SendCommandCommandOutput> = (next) => {
  return async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const status = statusOf(error);
      // A 4xx (throttling included) means SSM refused the call: nothing was sent, so the SDK may retry or fail it.
      if (status !== undefined && status < 500) throw error;
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new SendOutcomeUnknown(`SendCommand answered no result (${detail}); it may have been sent`);
    }
  };
};

function statusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null || !("$metadata" in error)) return undefined;
  const metadata = error.$metadata;
  if (typeof metadata !== "object" || metadata === null || !("httpStatusCode" in metadata)) return undefined;
  return typeof metadata.httpStatusCode === "number" ? metadata.httpStatusCode : undefined;
}

/** The production wait between ListCommands polls: 2 s, growing by half up to 30 s. */
export const defaultBackoff: Backoff = { firstMs: 2_000, maxMs: 30_000, factor: 1.5 };

export function createSsmCommands(deps: SsmCommandsDeps): SsmCommands {
  const backoff = deps.backoff ?? defaultBackoff;
  const visibilityDelay = (attempt: number) => Math.min(backoff.maxMs, backoff.firstMs * backoff.factor ** attempt);

  async function listSince(document: string, since: Date): Promise<Command[]> {
    const commands: Command[] = [];
    const pages = paginateListCommands(
      { client: deps.ssm, pageSize },
      {
        Filters: [
          { key: "DocumentName", value: document },
          { key: "InvokedAfter", value: since.toISOString() },
        ],
      },
    );
    for await (const page of pages) commands.push(...(page.Commands ?? []));
    return commands;
  }

  async function find(identity: string, document: string, since: Date): Promise<FoundCommand[]> {
    checkIdentity(identity);
    return (await listSince(document, since)).filter((c) => c.Comment === identity).map(foundCommand);
  }

  /** Sends once; a lost answer is looked up by identity (a command holding these ids) before any new send. */
  async function send(request: CommandRequest, instanceIds: readonly string[]): Promise<SentCommand> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await sendOnce(request, instanceIds);
      } catch (error) {
        if (!(error instanceof SendOutcomeUnknown) || attempt >= sendTries) throw error;
        const found = (await find(request.identity, request.document, request.since)).find((c) =>
          instanceIds.every((id) => c.instanceIds.includes(id)),
        );
        if (found !== undefined) return sentOf(found);
        await deps.sleep(backoff.firstMs);
      }
    }
  }

  async function sendOnce(request: CommandRequest, instanceIds: readonly string[]): Promise<SentCommand> {
    const command = new SendCommandCommand({
      DocumentName: request.document,
      ...(request.documentVersion === undefined ? {} : { DocumentVersion: request.documentVersion }),
      InstanceIds: [...instanceIds],
      ...(request.parameters === undefined
        ? {}
        : { Parameters: Object.fromEntries(Object.entries(request.parameters).map(([k, v]) => [k, [...v]])) }),
      Comment: request.identity,
      ...(request.maxConcurrency === undefined ? {} : { MaxConcurrency: request.maxConcurrency }),
      ...(request.maxErrors === undefined ? {} : { MaxErrors: request.maxErrors }),
      ...(request.timeoutSeconds === undefined ? {} : { TimeoutSeconds: request.timeoutSeconds }),
    });
    command.middlewareStack.addRelativeTo(noBlindResend, {
      name: "orcaFleetNoBlindResend",
      relation: "after",
      toMiddleware: "retryMiddleware",
    });
    const answer = await deps.ssm.send(command);
    const id = answer.Command?.CommandId;
    if (id === undefined) throw new Error(`SendCommand of ${request.document} answered no CommandId`);
    return { commandId: id, requestedAt: answer.Command?.RequestedDateTime ?? deps.clock.now(), instanceIds };
  }

  /**
   * Polls ListCommands (counts, not invocations) until every command finished or the deadline passed. Each poll lists
   * only from the oldest command waited on, so a long history of earlier commands costs no extra pages. Answers the
   * finished commands and the last state seen of each.
   */
  async function waitFor(request: CommandRequest, waited: readonly SentCommand[], deadline: Date | undefined) {
    const finished = new Map<string, Command>();
    const seen = new Map<string, Command>();
    const commandIds = waited.map((c) => c.commandId);
    const oldest = Math.min(...waited.map((c) => c.requestedAt.getTime()));
    // A second's margin: SSM's InvokedAfter and the request time are both to the second at best.
    const from = new Date(Math.max(request.since.getTime(), oldest - 1_000));
    let delay = backoff.firstMs;
    for (;;) {
      try {
        for (const c of await listSince(request.document, from)) {
          if (c.CommandId === undefined || !commandIds.includes(c.CommandId)) continue;
          seen.set(c.CommandId, c);
          if (isFinishedCommand(c.Status)) finished.set(c.CommandId, c);
        }
      } catch (error) {
        // A throttled poll is only a poll missed: the next one, later, reads the same counts.
        if (!isThrottling(error)) throw error;
      }
      if (finished.size === commandIds.length) return { finished, seen };
      if (deadline !== undefined && deps.clock.now().getTime() + delay > deadline.getTime()) return { finished, seen };
      await deps.sleep(delay);
      delay = Math.min(backoff.maxMs, delay * backoff.factor);
    }
  }

  async function invocationsOf(command: Command): Promise<CommandInvocation[]> {
    const commandId = command.CommandId ?? "";
    const expected = command.TargetCount ?? 0;
    let rows: CommandInvocation[] = [];
    // A finished command can still list fewer invocations than its targets for a moment; look again, briefly.
    for (let attempt = 0; attempt < visibilityTries; attempt++) {
      rows = [];
      let token: string | undefined;
      do {
        const page = await deps.ssm.send(
          new ListCommandInvocationsCommand({
            CommandId: commandId,
            Details: true,
            MaxResults: pageSize,
            NextToken: token,
          }),
        );
        rows.push(...(page.CommandInvocations ?? []));
        token = page.NextToken;
      } while (token !== undefined && token !== "");
      if (rows.length >= expected) break;
      await deps.sleep(visibilityDelay(attempt));
    }
    return rows;
  }

  /** GetCommandInvocation's fuller output of a failed run (24,000 characters), for the plugins that failed. */
  async function fullerOutput(row: CommandInvocation): Promise<string | undefined> {
    const failedPlugins = (row.CommandPlugins ?? []).filter((p) => p.Status !== "Success" && p.Name !== undefined);
    const texts: string[] = [];
    for (const plugin of failedPlugins) {
      for (let attempt = 0; ; attempt++) {
        try {
          const answer = await deps.ssm.send(
            new GetCommandInvocationCommand({
              CommandId: row.CommandId,
              InstanceId: row.InstanceId,
              ...((row.CommandPlugins ?? []).length > 1 ? { PluginName: plugin.Name } : {}),
            }),
          );
          const err = answer.StandardErrorContent ?? "";
          texts.push(`${answer.StandardOutputContent ?? ""}${err.length > 0 ? `\n${err}` : ""}`);
          break;
        } catch (error) {
          // Right after sending, an invocation may not be visible yet: that is "not yet", not "never".
          if (!isNamed(error, "InvocationDoesNotExist") || attempt + 1 >= visibilityTries) {
            if (isNamed(error, "InvocationDoesNotExist")) return undefined;
            throw error;
          }
          await deps.sleep(visibilityDelay(attempt));
        }
      }
    }
    return texts.length > 0 ? texts.join("\n") : undefined;
  }

  async function outcomeOf(row: CommandInvocation): Promise<InvocationOutcome> {
    const end = invocationEnd(row.Status, row.StatusDetails);
    const listed = (row.CommandPlugins ?? []).map((p) => p.Output ?? "").join("\n");
    const fuller = end === "failed" || end === "execution-timed-out" ? await fullerOutput(row) : undefined;
    const output = fuller ?? listed;
    const codes = (row.CommandPlugins ?? []).map((p) => p.ResponseCode).filter((c) => c !== undefined && c >= 0);
    return {
      instanceId: row.InstanceId ?? "",
      commandId: row.CommandId ?? "",
      end,
      statusDetails: row.StatusDetails ?? row.Status ?? "",
      responseCode: codes.at(-1) ?? null,
      output,
      fullOutput: fuller !== undefined,
      result: resultOf(end, output),
    };
  }

  return {
    find,
    list: async (document, since) => (await listSince(document, since)).map(foundCommand),
    async run(request, options = {}) {
      checkIdentity(request.identity);
      const wanted = checkInstanceIds(request.instanceIds);
      const wantedSet = new Set(wanted);
      const earlier =
        options.known === undefined
          ? await find(request.identity, request.document, request.since)
          : options.known.filter(
              (c) =>
                c.comment === request.identity &&
                c.document === request.document &&
                Date.parse(c.requestedAt) >= request.since.getTime(),
            );
      const covered = new Set(earlier.flatMap((c) => c.instanceIds));
      const toSend = wanted.filter((id) => !covered.has(id));
      const sentNow: SentCommand[] = [];
      for (let start = 0; start < toSend.length; start += idsPerSend) {
        sentNow.push(await send(request, toSend.slice(start, start + idsPerSend)));
      }
      const resumedNow = earlier.filter((c) => c.instanceIds.some((id) => wantedSet.has(id))).map(sentOf);
      const waited = [...resumedNow, ...sentNow];
      const commandIds = waited.map((c) => c.commandId);
      const sent = sentNow.map((c) => c.commandId);
      const resumed = resumedNow.map((c) => c.commandId);
      const { finished, seen } =
        commandIds.length === 0
          ? { finished: new Map<string, Command>(), seen: new Map<string, Command>() }
          : await waitFor(request, waited, options.deadline);

      // Newest command first, so that if two ever covered one instance, its latest run is the one reported.
      const byInstance = new Map<string, InvocationOutcome>();
      const done = [...finished.values()].sort((a, b) => time(b.RequestedDateTime) - time(a.RequestedDateTime));
      for (const command of done) {
        for (const row of await invocationsOf(command)) {
          const id = row.InstanceId;
          if (id === undefined || !wantedSet.has(id) || byInstance.has(id)) continue;
          byInstance.set(id, await outcomeOf(row));
        }
      }
      // Past the deadline, the commands still running may have finished on some instances: keep those outcomes.
      for (const commandId of commandIds.filter((id) => !finished.has(id))) {
        for (const row of await invocationsOf({ CommandId: commandId, TargetCount: 0 })) {
          const id = row.InstanceId;
          if (id === undefined || !wantedSet.has(id) || byInstance.has(id) || !isFinishedInvocation(row.Status))
            continue;
          byInstance.set(id, await outcomeOf(row));
        }
      }
      const outcomes = wanted.flatMap((id) => byInstance.get(id) ?? []);
      const unfinished = wanted.filter((id) => !byInstance.has(id));
      const commands = waited.map((c) => {
        const last = seen.get(c.commandId);
        return last === undefined ? asSent(request, c) : foundCommand(last);
      });
      return { sent, resumed, outcomes, unfinished, commands };
    },
  };
}

function foundCommand(c: Command): FoundCommand {
  return {
    commandId: c.CommandId ?? "",
    document: c.DocumentName ?? "",
    comment: c.Comment ?? "",
    instanceIds: c.InstanceIds ?? [],
    status: c.Status ?? "",
    requestedAt: c.RequestedDateTime?.toISOString() ?? "",
    targetCount: c.TargetCount ?? 0,
    completedCount: c.CompletedCount ?? 0,
    errorCount: c.ErrorCount ?? 0,
    deliveryTimedOutCount: c.DeliveryTimedOutCount ?? 0,
  };
}

function sentOf(c: FoundCommand): SentCommand {
  return { commandId: c.commandId, requestedAt: new Date(c.requestedAt), instanceIds: c.instanceIds };
}

/** A command as it was sent, before any poll saw it: pending on every instance. */
function asSent(request: CommandRequest, c: SentCommand): FoundCommand {
  return {
    commandId: c.commandId,
    document: request.document,
    comment: request.identity,
    instanceIds: [...c.instanceIds],
    status: "Pending",
    requestedAt: c.requestedAt.toISOString(),
    targetCount: c.instanceIds.length,
    completedCount: 0,
    errorCount: 0,
    deliveryTimedOutCount: 0,
  };
}

/** The identity is how a re-run finds what was sent: it must survive SendCommand's Comment as written. */
function checkIdentity(identity: string): void {
  if (identity.length === 0 || identity.length > maxCommentLength || /[\r\n]/.test(identity)) {
    throw new Error(
      `identity must be 1-${maxCommentLength} characters on one line (it is SendCommand's Comment), e.g. "orca-fleet rollout 5.2.1 early w1"; got ${identity.length} characters`,
    );
  }
}

function checkInstanceIds(ids: readonly string[]): string[] {
  const bad = ids.filter((id) => !instanceIdPattern.test(id));
  if (bad.length > 0) {
    throw new Error(`instanceIds must be EC2 instance ids like i-0123456789abcdef0; not ${bad.slice(0, 3).join(", ")}`);
  }
  return [...new Set(ids)];
}

function time(date: Date | undefined): number {
  return date?.getTime() ?? 0;
}

function isNamed(error: unknown, name: string): boolean {
  return error instanceof Error && error.name === name;
}

function isThrottling(error: unknown): boolean {
  return isNamed(error, "ThrottlingException");
}
