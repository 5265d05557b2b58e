import { z } from "zod";
import { AwsError, type InstanceView, type LocalAwsContext } from "../../types.js";
import type { AgentFleet } from "../agents/fleet.js";
import { resolveParameters } from "../documents/content.js";
import type { DocumentStore } from "../documents/store.js";
import { epochSeconds, pageScope, paginate, parseInput } from "../wire.js";
import type { CommandCenter } from "./center.js";
import type { CommandRecord, Invocation, PluginResult } from "./model.js";
import { maxConcurrencyPattern, maxErrorsPattern } from "./rates.js";
import { checkTargets, resolveTargets } from "./targets.js";

/** Output limits of the Run Command APIs. */
export const listOutputChars = 2_500;
export const stdoutChars = 24_000;
export const stderrChars = 8_000;

const instanceId = z.string().regex(/^(i|mi)-[0-9a-f]{8,17}$/, "Member must be an instance id");
const target = z.object({ Key: z.string().min(1).max(163), Values: z.array(z.string()) });
const filters = z
  .array(
    z.object({
      key: z.enum(["InvokedAfter", "InvokedBefore", "Status", "ExecutionStage", "DocumentName"]),
      value: z.string(),
    }),
  )
  .min(1)
  .max(5);

const sendInput = z.object({
  DocumentName: z.string().min(1),
  DocumentVersion: z.string().optional(),
  InstanceIds: z.array(instanceId).max(50, "Member must have length less than or equal to 50").optional(),
  Targets: z.array(target).optional(),
  TimeoutSeconds: z.int().min(30).max(2_592_000).optional(),
  Comment: z.string().max(100).optional(),
  Parameters: z.record(z.string(), z.array(z.string())).optional(),
  MaxConcurrency: z.string().regex(maxConcurrencyPattern, "Member must satisfy regular expression pattern").optional(),
  MaxErrors: z.string().regex(maxErrorsPattern, "Member must satisfy regular expression pattern").optional(),
  ServiceRoleArn: z.string().optional(),
  NotificationConfig: z.unknown().optional(),
  CloudWatchOutputConfig: z.unknown().optional(),
  OutputS3BucketName: z.string().optional(),
  OutputS3KeyPrefix: z.string().optional(),
  OutputS3Region: z.string().optional(),
});
const listCommandsInput = z.object({
  CommandId: z.string().optional(),
  InstanceId: instanceId.optional(),
  MaxResults: z.int().min(1).max(50, "Member must have value less than or equal to 50").optional(),
  NextToken: z.string().optional(),
  Filters: filters.optional(),
});
const listInvocationsInput = listCommandsInput.extend({ Details: z.boolean().optional() });
const getInvocationInput = z.object({
  CommandId: z.string(),
  InstanceId: instanceId,
  PluginName: z.string().optional(),
});
const cancelInput = z.object({ CommandId: z.string(), InstanceIds: z.array(instanceId).max(50).optional() });

export interface CommandOpsContext {
  context: LocalAwsContext;
  fleet: AgentFleet;
  documents: DocumentStore;
  center: CommandCenter;
}

/** Notification and CloudWatch settings as a command and its invocations both report them: empty when unset. */
function deliveryConfig(c: CommandRecord) {
  return {
    NotificationConfig: c.extra.notificationConfig ?? {
      NotificationArn: "",
      NotificationEvents: [],
      NotificationType: "",
    },
    CloudWatchOutputConfig: c.extra.cloudWatchOutputConfig ?? {
      CloudWatchLogGroupName: "",
      CloudWatchOutputEnabled: false,
    },
  };
}

function commandOut(c: CommandRecord) {
  return {
    CommandId: c.id,
    DocumentName: c.documentName,
    DocumentVersion: c.version.version,
    Comment: c.comment ?? "",
    ExpiresAfter: epochSeconds(new Date(c.requested.getTime() + c.timeoutSeconds * 1000)),
    Parameters: c.givenParameters,
    InstanceIds: c.instanceIds,
    Targets: c.targets,
    RequestedDateTime: epochSeconds(c.requested),
    Status: c.status,
    StatusDetails: c.statusDetails,
    OutputS3Region: c.extra.outputS3Region,
    OutputS3BucketName: c.extra.outputS3BucketName ?? "",
    OutputS3KeyPrefix: c.extra.outputS3KeyPrefix ?? "",
    MaxConcurrency: c.maxConcurrency,
    MaxErrors: c.maxErrors,
    TargetCount: c.invocations.length,
    CompletedCount: c.completedCount,
    ErrorCount: c.errorCount,
    DeliveryTimedOutCount: c.deliveryTimedOutCount,
    ServiceRole: c.extra.serviceRoleArn,
    ...deliveryConfig(c),
    TimeoutSeconds: c.timeoutSeconds,
  };
}

/** A plugin's Output in ListCommandInvocations: stdout, then stderr after AWS's separator, cut at 2,500. */
function listOutput(p: PluginResult): string {
  const text = p.stderr.length > 0 ? `${p.stdout}\n----------ERROR-------\n${p.stderr}` : p.stdout;
  return text.slice(0, listOutputChars);
}

function isoOrEmpty(date: Date | undefined): string {
  return date === undefined ? "" : date.toISOString();
}

function invocationOut(c: CommandRecord, i: Invocation, details: boolean) {
  return {
    CommandId: c.id,
    InstanceId: i.instanceId,
    InstanceName: i.instanceName,
    Comment: c.comment ?? "",
    DocumentName: c.documentName,
    DocumentVersion: c.version.version,
    RequestedDateTime: epochSeconds(c.requested),
    Status: i.status,
    StatusDetails: i.statusDetails,
    StandardOutputUrl: "",
    StandardErrorUrl: "",
    CommandPlugins: details
      ? i.plugins.map((p) => ({
          Name: p.name,
          Status: p.status,
          StatusDetails: p.statusDetails,
          ResponseCode: p.responseCode,
          ResponseStartDateTime: p.started === undefined ? undefined : epochSeconds(p.started),
          ResponseFinishDateTime: p.ended === undefined ? undefined : epochSeconds(p.ended),
          Output: listOutput(p),
          StandardOutputUrl: "",
          StandardErrorUrl: "",
          OutputS3Region: c.extra.outputS3Region ?? "",
          OutputS3BucketName: c.extra.outputS3BucketName ?? "",
          OutputS3KeyPrefix: c.extra.outputS3KeyPrefix ?? "",
        }))
      : [],
    ServiceRole: c.extra.serviceRoleArn ?? "",
    ...deliveryConfig(c),
  };
}

type Filters = z.infer<typeof filters>;

function passes(c: CommandRecord, status: string, f: Filters | undefined): boolean {
  return (f ?? []).every(({ key, value }) => {
    switch (key) {
      case "InvokedAfter":
        return c.requested.getTime() >= new Date(value).getTime();
      case "InvokedBefore":
        return c.requested.getTime() <= new Date(value).getTime();
      case "Status":
        return status === value;
      case "DocumentName":
        return c.documentName === value;
      case "ExecutionStage":
        return value === "Executing" ? c.status === "InProgress" || c.status === "Pending" : c.status !== "InProgress";
    }
    return true;
  });
}

/** ISO 8601 duration, as GetCommandInvocation's ExecutionElapsedTime. */
function elapsed(p: PluginResult): string {
  if (!p.started || !p.ended) return "";
  return `PT${((p.ended.getTime() - p.started.getTime()) / 1000).toFixed(3)}S`;
}

export function commandOperations(ops: CommandOpsContext) {
  const { center } = ops;
  const newestFirst = () => [...center.all()].reverse();
  return {
    SendCommand: async (input: unknown) => {
      const req = parseInput(sendInput, input);
      const ids = req.InstanceIds ?? [];
      const targets = req.Targets ?? [];
      if (ids.length === 0 && targets.length === 0) {
        throw new AwsError("ValidationException", "Specify InstanceIds or Targets.");
      }
      if (ids.length > 0 && targets.length > 0) {
        throw new AwsError("ValidationException", "Specify InstanceIds or Targets, not both.");
      }
      if (new Set(ids).size !== ids.length) {
        throw new AwsError("DuplicateInstanceId", "You cannot specify an instance ID in more than one association.");
      }
      checkTargets(targets);
      const version = ops.documents.select(req.DocumentName, req.DocumentVersion);
      const parameters = resolveParameters(version.parsed, req.Parameters ?? {});
      let chosen: InstanceView[];
      if (ids.length > 0) {
        // Looked up one by one: a fleet of thousands is not scanned for 50 ids.
        const views = ids.map((id) => ops.context.instance(id));
        const invalid = ids.filter((_, i) => {
          const view = views[i];
          return view === undefined || !ops.fleet.managed(view);
        });
        if (invalid.length > 0) {
          throw new AwsError(
            "InvalidInstanceId",
            `Instances [[${invalid.join(", ")}]] not in a valid state for account ${ops.context.accountId}`,
          );
        }
        chosen = views.filter((v) => v !== undefined);
      } else {
        chosen = resolveTargets(targets, ops.fleet.managedInstances());
      }
      const command = center.send({
        documentName: req.DocumentName,
        version,
        toolkit: version.toolkit,
        comment: req.Comment,
        givenParameters: req.Parameters ?? {},
        parameters,
        instanceIds: ids,
        targets,
        requested: ops.context.now(),
        timeoutSeconds: req.TimeoutSeconds ?? 3600,
        maxConcurrency: req.MaxConcurrency ?? "50",
        maxErrors: req.MaxErrors ?? "0",
        extra: {
          serviceRoleArn: req.ServiceRoleArn,
          notificationConfig: req.NotificationConfig,
          cloudWatchOutputConfig: req.CloudWatchOutputConfig,
          outputS3BucketName: req.OutputS3BucketName,
          outputS3KeyPrefix: req.OutputS3KeyPrefix,
          outputS3Region: req.OutputS3Region,
        },
        instances: chosen.map((v) => ({ instanceId: v.instanceId, name: v.tags.Name ?? "" })),
      });
      return { Command: commandOut(command) };
    },
    ListCommands: async (input: unknown) => {
      const req = parseInput(listCommandsInput, input);
      const found = (req.CommandId === undefined ? newestFirst() : [center.find(req.CommandId)]).filter(
        (c) =>
          (req.InstanceId === undefined || c.invocations.some((i) => i.instanceId === req.InstanceId)) &&
          passes(c, c.status, req.Filters),
      );
      const page = paginate(found, req.MaxResults ?? 50, req.NextToken, pageScope("ListCommands", req));
      return { Commands: page.items.map(commandOut), NextToken: page.nextToken };
    },
    ListCommandInvocations: async (input: unknown) => {
      const req = parseInput(listInvocationsInput, input);
      const commands = req.CommandId === undefined ? newestFirst() : [center.find(req.CommandId)];
      const rows = commands.flatMap((c) =>
        c.invocations
          .filter(
            (i) =>
              (req.InstanceId === undefined || i.instanceId === req.InstanceId) && passes(c, i.status, req.Filters),
          )
          .map((i) => ({ c, i })),
      );
      const page = paginate(rows, req.MaxResults ?? 50, req.NextToken, pageScope("ListCommandInvocations", req));
      return {
        CommandInvocations: page.items.map(({ c, i }) => invocationOut(c, i, req.Details ?? false)),
        NextToken: page.nextToken,
      };
    },
    GetCommandInvocation: async (input: unknown) => {
      const req = parseInput(getInvocationInput, input);
      const command = center.find(req.CommandId);
      const invocation = command.invocations.find((i) => i.instanceId === req.InstanceId);
      if (!invocation || Date.now() < invocation.visibleAt) {
        throw new AwsError("InvocationDoesNotExist", "An error occurred (InvocationDoesNotExist).");
      }
      let plugin: PluginResult | undefined;
      if (req.PluginName !== undefined) {
        plugin = invocation.plugins.find((p) => p.name === req.PluginName);
      } else if (invocation.plugins.length === 1) {
        plugin = invocation.plugins[0];
      }
      if (!plugin) throw new AwsError("InvalidPluginName", "The plugin name is not valid.");
      return {
        CommandId: command.id,
        InstanceId: invocation.instanceId,
        Comment: command.comment ?? "",
        DocumentName: command.documentName,
        DocumentVersion: command.version.version,
        PluginName: plugin.name,
        ResponseCode: plugin.responseCode,
        ExecutionStartDateTime: isoOrEmpty(plugin.started),
        ExecutionElapsedTime: elapsed(plugin),
        ExecutionEndDateTime: isoOrEmpty(plugin.ended),
        Status: plugin.status,
        StatusDetails: plugin.statusDetails,
        StandardOutputContent: plugin.stdout.slice(0, stdoutChars),
        StandardOutputUrl: "",
        StandardErrorContent: plugin.stderr.slice(0, stderrChars),
        StandardErrorUrl: "",
        CloudWatchOutputConfig: command.extra.cloudWatchOutputConfig ?? {
          CloudWatchLogGroupName: "",
          CloudWatchOutputEnabled: false,
        },
      };
    },
    CancelCommand: async (input: unknown) => {
      const req = parseInput(cancelInput, input);
      const command = center.find(req.CommandId);
      const ids = req.InstanceIds;
      if (ids && new Set(ids).size !== ids.length) {
        throw new AwsError("DuplicateInstanceId", "You cannot specify an instance ID in more than one association.");
      }
      const unknown = (ids ?? []).filter((id) => !command.invocations.some((i) => i.instanceId === id));
      if (unknown.length > 0)
        throw new AwsError("InvalidInstanceId", `Instances [[${unknown.join(", ")}]] are not targets of this command.`);
      center.cancel(command, ids);
      return {};
    },
  };
}
