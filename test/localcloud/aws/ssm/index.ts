import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type OrcaServerHandle, startOrcaServer } from "../../orca/server.js";
import { type OrcaState, orcaStateSchema } from "../../orca/state.js";
import { type AdminRequest, AwsError, type LocalAwsContext, type ServiceModule } from "../types.js";
import type { Reachability } from "./agents/agent.js";
import { AgentFleet } from "./agents/fleet.js";
import { CommandCenter } from "./commands/center.js";
import { commandOperations } from "./commands/ops.js";
import { awsRunShellScript } from "./documents/aws-run-shell-script.js";
import { documentOperations } from "./documents/ops.js";
import { DocumentStore } from "./documents/store.js";
import { documentTagOperations } from "./documents/tags.js";
import { loadToolkitDocuments, ToolkitRecognizer } from "./documents/toolkit.js";
import { describeInstanceInformation } from "./instance-information.js";
import { parameterOperations } from "./parameters/ops.js";
import { ParameterStore } from "./parameters/store.js";
import { patchOperations } from "./patches/ops.js";
import {
  type OrcaPatch,
  orcaPatchSchema,
  type PatchReportInput,
  patchReportSchema,
  reachabilitySchema,
  type SsmSettings,
  settingsSchema,
} from "./steering.js";

/** Steering for tests and the admin interface: the simulated instances' ORCA, agents and patch state. */
export interface SsmSim {
  orca(instanceId: string): OrcaState;
  setOrca(instanceId: string, patch: OrcaPatch): OrcaState;
  setReachability(instanceId: string, reachability: Reachability, latencyMs?: number): void;
  setPatchState(instanceId: string, report: PatchReportInput): void;
  /** Registration delay and GetCommandInvocation's eventual-consistency window; answers the current settings. */
  configure(settings: SsmSettings): Required<SsmSettings>;
  /** Creates the toolkit's documents from ssm-documents/*.yml, as sync-documents would; answers their names. */
  seedToolkitDocuments(): string[];
  /** Answers `name`, `name:label` or `name:version` for RunInstances' `resolve:ssm:`. */
  resolveParameter(selector: string): string | undefined;
  /** The base URL of an instance's simulated WebORCA (what real scripts get as ORCA_URL). */
  orcaUrl(instanceId: string): Promise<string>;
  /** The most invocations of a command that ran at once. */
  peakConcurrency(commandId: string): number;
  /** Resolves when every command sent so far has ended. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

type Operation = (input: unknown) => Promise<unknown>;

function defined(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

export function createSsmService(context: LocalAwsContext): ServiceModule & SsmSim {
  const now = () => context.now();
  const parameters = new ParameterStore(now);
  const toolkitFiles = loadToolkitDocuments();
  const toolkit = new ToolkitRecognizer(toolkitFiles);
  const documents = new DocumentStore(now, context.accountId, (content, format) => toolkit.recognize(content, format));
  const fleet = new AgentFleet(context);
  let orcaServer: Promise<OrcaServerHandle> | undefined;
  const orca = () => {
    orcaServer ??= startOrcaServer({
      // A stopped instance's ORCA is not there: the connection closes.
      lookup: (id) => (context.instance(id)?.state === "running" ? fleet.agent(id).orca : undefined),
      now,
    });
    return orcaServer;
  };
  const orcaUrl = async (instanceId: string) => (await orca()).baseUrl(instanceId);
  const center = new CommandCenter({ context, fleet, orcaUrl });

  const seedAmazonDocuments = () =>
    documents.seed({
      name: awsRunShellScript.name,
      content: awsRunShellScript.content,
      format: "JSON",
      versionName: undefined,
      targetType: undefined,
      displayName: undefined,
      tags: [],
    });
  seedAmazonDocuments();

  const operations: Record<string, Operation> = {
    ...parameterOperations({ store: parameters, region: context.region, accountId: context.accountId }),
    ...documentOperations(documents),
    ...documentTagOperations(documents),
    ...commandOperations({ context, fleet, documents, center }),
    ...patchOperations(fleet),
    DescribeInstanceInformation: describeInstanceInformation(fleet, now, context.region),
  };

  const sim: SsmSim = {
    orca: (instanceId) => fleet.agent(instanceId).orca,
    setOrca(instanceId, patch) {
      const agent = fleet.agent(instanceId);
      agent.orca = orcaStateSchema.parse({ ...agent.orca, ...defined(orcaPatchSchema.parse(patch)) });
      return agent.orca;
    },
    setReachability(instanceId, reachability, latencyMs) {
      const agent = fleet.agent(instanceId);
      agent.reachability = reachability;
      if (latencyMs !== undefined) agent.latencyMs = latencyMs;
    },
    setPatchState(instanceId, input) {
      const report = patchReportSchema.parse(input);
      const at = now();
      fleet.agent(instanceId).patches = {
        ...report,
        operationStart: report.operationStart ?? at,
        operationEnd: report.operationEnd ?? at,
        patches: report.patches.map((p) => ({ ...p, installedTime: p.installedTime, cveIds: p.cveIds })),
      };
    },
    configure(settings) {
      const parsed = settingsSchema.parse(settings);
      if (parsed.registrationDelaySeconds !== undefined)
        fleet.registrationDelaySeconds = parsed.registrationDelaySeconds;
      if (parsed.invocationVisibilityMs !== undefined) center.invocationVisibilityMs = parsed.invocationVisibilityMs;
      return {
        registrationDelaySeconds: fleet.registrationDelaySeconds,
        invocationVisibilityMs: center.invocationVisibilityMs,
      };
    },
    seedToolkitDocuments() {
      return toolkitFiles.map((file) => {
        documents.create({
          name: file.name,
          content: file.content,
          format: "YAML",
          versionName: undefined,
          targetType: "/AWS::EC2::Instance",
          displayName: undefined,
          tags: [],
        });
        return file.name;
      });
    },
    resolveParameter(selector) {
      try {
        return parameters.get(selector).value;
      } catch (error) {
        if (error instanceof AwsError) return undefined;
        throw error;
      }
    },
    orcaUrl,
    peakConcurrency: (commandId) => center.find(commandId).peakInFlight,
    settle: () => center.settle(),
    async close() {
      center.reset();
      if (orcaServer) await (await orcaServer).close();
      orcaServer = undefined;
      rmSync(join(tmpdir(), `orca-fleet-localcloud-${process.pid}`), { recursive: true, force: true });
    },
  };

  async function admin(request: AdminRequest): Promise<unknown | undefined> {
    const [root, kind, id, part] = request.segments;
    if (root !== "ssm") return undefined;
    const route = `${request.method} ${kind ?? ""}${part === undefined ? "" : `/${part}`}`;
    switch (route) {
      case "GET settings":
        return sim.configure({});
      case "PUT settings":
        return sim.configure(settingsSchema.parse(request.body));
      case "POST documents":
        return { created: sim.seedToolkitDocuments() };
      case "GET orca":
        return { url: (await orca()).url };
    }
    if (kind !== "instances" || id === undefined) return undefined;
    const agent = fleet.agent(id);
    switch (route) {
      case "GET instances":
        return {
          instanceId: id,
          reachability: agent.reachability,
          latencyMs: agent.latencyMs,
          orca: agent.orca,
          orcaUrl: await orcaUrl(id),
          patches: agent.patches ?? null,
        };
      case "PUT instances/orca":
        return sim.setOrca(id, orcaPatchSchema.parse(request.body));
      case "PUT instances/reachability": {
        const setting = reachabilitySchema.parse(request.body);
        sim.setReachability(id, setting.reachability, setting.latencyMs);
        return { reachability: agent.reachability, latencyMs: agent.latencyMs };
      }
      case "PUT instances/patches":
        sim.setPatchState(id, patchReportSchema.parse(request.body));
        return { ok: true };
    }
    return undefined;
  }

  return {
    ...sim,
    async handle(operation, input) {
      const op = operations[operation];
      if (!op) throw new AwsError("UnknownOperationException", `The local cloud does not serve SSM ${operation}.`);
      return op(input);
    },
    admin,
    reset() {
      center.reset();
      parameters.reset();
      documents.reset();
      fleet.reset();
      seedAmazonDocuments();
    },
  };
}
