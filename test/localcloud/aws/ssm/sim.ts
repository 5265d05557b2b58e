import { type OrcaServerHandle, startOrcaServer } from "../../orca/server.js";
import { type OrcaState, orcaStateSchema } from "../../orca/state.js";
import { AwsError, type LocalAwsContext } from "../types.js";
import { orcaAt, type Reachability } from "./agents/agent.js";
import type { AgentFleet } from "./agents/fleet.js";
import type { CommandCenter } from "./commands/center.js";
import type { InvocationStatus } from "./commands/model.js";
import type { DocumentStore } from "./documents/store.js";
import type { ToolkitDocumentFile } from "./documents/toolkit.js";
import type { ParameterStore } from "./parameters/store.js";
import {
  type OrcaPatch,
  orcaPatchSchema,
  type PatchReportInput,
  patchReportSchema,
  type SsmSettings,
  settingsSchema,
} from "./steering.js";

/** Steering for tests and the admin interface: the simulated instances' ORCA, agents and patch state. */
export interface SsmSim {
  orca(instanceId: string): OrcaState;
  setOrca(instanceId: string, patch: OrcaPatch): OrcaState;
  setReachability(instanceId: string, reachability: Reachability, latencyMs?: number): void;
  setPatchState(instanceId: string, report: PatchReportInput): void;
  /**
   * Registration delay, GetCommandInvocation's eventual-consistency window, orca-update's run time and new
   * instances' first boot (how long it takes, whether it fails); answers the current settings.
   */
  configure(settings: SsmSettings): Required<SsmSettings>;
  /** Creates the toolkit's documents from ssm-documents/*.yml, as sync-documents would; answers their names. */
  seedToolkitDocuments(): string[];
  /** Answers `name`, `name:label` or `name:version` for RunInstances' `resolve:ssm:`. */
  resolveParameter(selector: string): string | undefined;
  /** The base URL of an instance's simulated WebORCA (what real scripts get as ORCA_URL). */
  orcaUrl(instanceId: string): Promise<string>;
  /** The most invocations of a command that ran at once. */
  peakConcurrency(commandId: string): number;
  /** Resolves when an invocation reaches a status (InProgress, Delayed, ...): await it rather than sleep. */
  reached(commandId: string, instanceId: string, status: InvocationStatus): Promise<void>;
  /** Resolves when every command sent so far has ended. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The one simulated WebORCA server behind every instance, started on first use. */
export class OrcaEndpoint {
  private server: Promise<OrcaServerHandle> | undefined;

  constructor(
    private readonly context: LocalAwsContext,
    private readonly fleet: AgentFleet,
  ) {}

  get(): Promise<OrcaServerHandle> {
    this.server ??= startOrcaServer({
      // A stopped instance's ORCA is not there: the connection closes.
      lookup: (id) =>
        this.context.instance(id)?.state === "running" ? orcaAt(this.fleet.agent(id), this.context.now()) : undefined,
      now: () => this.context.now(),
    });
    return this.server;
  }

  async url(instanceId: string): Promise<string> {
    return (await this.get()).baseUrl(instanceId);
  }

  async close(): Promise<void> {
    if (this.server) await (await this.server).close();
    this.server = undefined;
  }
}

export interface SsmSimParts {
  context: LocalAwsContext;
  fleet: AgentFleet;
  center: CommandCenter;
  documents: DocumentStore;
  parameters: ParameterStore;
  toolkitFiles: readonly ToolkitDocumentFile[];
  orca: OrcaEndpoint;
}

function defined(patch: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

export function createSsmSim(parts: SsmSimParts): SsmSim {
  const { context, fleet, center, documents, parameters, toolkitFiles, orca } = parts;
  return {
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
      const at = context.now();
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
      if (parsed.updateDurationMs !== undefined) center.updateDurationMs = parsed.updateDurationMs;
      if (parsed.firstBootSeconds !== undefined) fleet.firstBootSeconds = parsed.firstBootSeconds;
      if (parsed.firstBootFails !== undefined) fleet.firstBootFails = parsed.firstBootFails;
      return {
        registrationDelaySeconds: fleet.registrationDelaySeconds,
        invocationVisibilityMs: center.invocationVisibilityMs,
        updateDurationMs: center.updateDurationMs,
        firstBootSeconds: fleet.firstBootSeconds,
        firstBootFails: fleet.firstBootFails,
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
    orcaUrl: (instanceId) => orca.url(instanceId),
    peakConcurrency: (commandId) => center.find(commandId).peakInFlight,
    reached: (commandId, instanceId, status) => center.reached(commandId, instanceId, status),
    settle: () => center.settle(),
    async close() {
      center.reset();
      await orca.close();
    },
  };
}
