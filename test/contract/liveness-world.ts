import { join } from "node:path";
import { EC2Client } from "@aws-sdk/client-ec2";
import { SSMClient } from "@aws-sdk/client-ssm";
import type { InitializeMiddleware, MetadataBearer } from "@smithy/types";
import { createEc2Fleet } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { statusChecks } from "../../actions/lib/adapters/aws/instance-status.js";
import { createInstanceTagging } from "../../actions/lib/adapters/aws/instance-tagging.js";
import { createSsmAgents } from "../../actions/lib/adapters/aws/ssm-agents.js";
import { createSsmCommands } from "../../actions/lib/adapters/aws/ssm-commands.js";
import { updateHistory } from "../../actions/lib/adapters/github/history-branch.js";
import { createIncidentIssues } from "../../actions/lib/adapters/github/incident-issues.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { type Notifier, noNotifier, slackNotifier } from "../../actions/lib/adapters/slack/webhook.js";
import type { FlowReport } from "../../actions/lib/core/flow-report.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import { type Clock, type Log, silentLog, systemClock } from "../../actions/lib/core/ports.js";
import type { Clinic, Fleet } from "../../actions/lib/core/registry/schema.js";
import { incidentLabel } from "../../actions/lib/flows/liveness-sweep/incident-state.js";
import type { SweepFile } from "../../actions/lib/flows/liveness-sweep/outputs.js";
import type { SweepPorts } from "../../actions/lib/flows/liveness-sweep/sweep.js";
import { sweepFleet } from "../../actions/lib/flows/liveness-sweep/sweep-flow.js";
import { writeWorkspace } from "../e2e/provision-world.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";

/**
 * The liveness sweep in-process against the local cloud: the library flow with adapters pointed at the local AWS,
 * GitHub and Slack, as the action's main builds them, with short waits. A test may wrap any port (a crash after
 * the k-th call, v2 result lines the simulator does not print yet).
 */
export interface SweepWorld {
  cloud: LocalCloud;
  workspace: string;
  instanceOf(clinicId: string): string;
  /** Every instance's health tags back to none, as before any sweep. */
  clearHealthTags(): Promise<void>;
  sweep(sweepId: string, options?: SweepOptions): Promise<{ report: FlowReport; file: SweepFile; warnings: string[] }>;
  stop(): Promise<void>;
}

export interface SweepOptions {
  /** Wraps the ports the sweep gets. */
  wrap?: (ports: SweepPorts) => SweepPorts;
  slack?: boolean;
  waitSeconds?: number;
  /** The sweep's clock (default the system's): a later sweep without waiting. */
  clock?: Clock;
  /** Runs before each AWS call and each GitHub request the sweep makes, with its count; it may throw. */
  beforeCall?: (n: number) => void;
}

export const bot = "github-actions[bot]";

const healthTags = Object.entries(tagKeys)
  .filter(([name]) => name.startsWith("health"))
  .map(([, key]) => key);

export async function startSweepWorld(clinics: readonly Clinic[], fleet: Fleet): Promise<SweepWorld> {
  const workspace = await writeWorkspace(clinics, fleet);
  const cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
  cloud.aws.ssm.seedToolkitDocuments();
  process.env.GITHUB_API_URL = cloud.github.url;
  const octokit = createOctokit(cloud.github.token, silentLog, { sleep: async () => {}, maxRetries: 2 });
  const repo = { owner: cloud.github.owner, repo: cloud.github.repo };
  const config = {
    endpoint: cloud.aws.url,
    region: fleet.region,
    credentials: { accessKeyId: "localcloud", secretAccessKey: "localcloud" },
    retryMode: "adaptive",
    maxAttempts: 8,
  };
  const ec2 = new EC2Client(config);
  const ssm = new SSMClient(config);
  // Outside the SDK's and Octokit's retries: one count per call the flow makes.
  let beforeCall: (() => void) | undefined;
  const counter: InitializeMiddleware<object, MetadataBearer> = (next) => async (args) => {
    beforeCall?.();
    return next(args);
  };
  const calls = { step: "initialize", name: "sweepWorldCalls" } as const;
  ec2.middlewareStack.add(counter, calls);
  ssm.middlewareStack.add(counter, calls);
  octokit.hook.before("request", () => beforeCall?.());
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  return {
    cloud,
    workspace,
    instanceOf(clinicId) {
      const id = cloud.fleet.get(clinicId);
      if (id === undefined) throw new Error(`no instance for ${clinicId}`);
      return id;
    },
    async clearHealthTags() {
      const none = Object.fromEntries(healthTags.map((key) => [key, ""]));
      await createInstanceTagging(ec2).tag([...cloud.fleet.values()].map((instanceId) => ({ instanceId, tags: none })));
    },
    async sweep(sweepId, options = {}) {
      const warnings: string[] = [];
      const log: Log = { ...silentLog, warning: (m) => warnings.push(m) };
      const notifier: Notifier = options.slack === false ? noNotifier : slackNotifier(cloud.slack.url, log);
      let text = "";
      const clock = options.clock ?? systemClock;
      let calls = 0;
      const counted = options.beforeCall;
      beforeCall = counted === undefined ? undefined : () => counted(++calls);
      const report = await sweepFleet(
        {
          connect: () => {
            const ports: SweepPorts = {
              inventory: () => createEc2Fleet(ec2).inventory(),
              commands: createSsmCommands({
                ssm,
                clock: systemClock,
                sleep,
                backoff: { firstMs: 20, maxMs: 100, factor: 1.5 },
              }),
              pingStatuses: (ids) => createSsmAgents(ssm).pingStatuses(ids),
              statusChecks: (ids) => statusChecks(ec2, ids),
              tag: createInstanceTagging(ec2).tag,
              incidents: createIncidentIssues(octokit, repo, { label: incidentLabel, author: bot, clock }),
              notifier,
              updateHistory: (change, message) =>
                updateHistory(octokit, { ...repo, branch: "fleet-status" }, change, message, {
                  clock,
                  sleep,
                }),
              clock,
              log,
            };
            return options.wrap === undefined ? ports : options.wrap(ports);
          },
          writeFile: async (_path, written) => {
            text = written;
          },
          log,
        },
        {
          clinics: join(workspace, "clinics"),
          sweepId,
          waitSeconds: options.waitSeconds ?? 20,
          resultFile: "liveness.json",
        },
      ).finally(() => {
        beforeCall = undefined;
      });
      const file: SweepFile = JSON.parse(text);
      return { report, file, warnings };
    },
    async stop() {
      ec2.destroy();
      ssm.destroy();
      await cloud.stop();
    },
  };
}

/** The open incident issues of the local repository, by title. */
export function openIncidents(cloud: LocalCloud) {
  return [...cloud.github.store.issues.values()].filter((i) => i.state === "open" && i.labels.includes(incidentLabel));
}
