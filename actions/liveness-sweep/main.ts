import { writeFile } from "node:fs/promises";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createEc2Fleet } from "../lib/adapters/aws/ec2-inventory.js";
import { statusChecks } from "../lib/adapters/aws/instance-status.js";
import { createInstanceTagging } from "../lib/adapters/aws/instance-tagging.js";
import { createSsmAgents } from "../lib/adapters/aws/ssm-agents.js";
import { createSsmCommands } from "../lib/adapters/aws/ssm-commands.js";
import { updateHistory } from "../lib/adapters/github/history-branch.js";
import { createIncidentIssues } from "../lib/adapters/github/incident-issues.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { noNotifier, slackNotifier } from "../lib/adapters/slack/webhook.js";
import { publishReport } from "../lib/core/flow-report.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import { incidentLabel } from "../lib/flows/liveness-sweep/incident-state.js";
import { sweepFleet } from "../lib/flows/liveness-sweep/sweep-flow.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const octokit = createOctokit(inputs.token, core);
    const repo = github.context.repo;
    const ports = { clock: systemClock, sleep: realSleep };
    const report = await sweepFleet(
      {
        connect: (region) => {
          const aws = createAwsClients({ region });
          return {
            inventory: () => createEc2Fleet(aws.ec2).inventory(),
            commands: createSsmCommands({ ssm: aws.ssm, ...ports }),
            pingStatuses: (ids) => createSsmAgents(aws.ssm).pingStatuses(ids),
            statusChecks: (ids) => statusChecks(aws.ec2, ids),
            tag: createInstanceTagging(aws.ec2).tag,
            incidents: createIncidentIssues(octokit, repo, {
              label: incidentLabel,
              author: inputs.botLogin,
              clock: systemClock,
            }),
            notifier: inputs.slackWebhookUrl === undefined ? noNotifier : slackNotifier(inputs.slackWebhookUrl, core),
            updateHistory: (change, message) =>
              updateHistory(octokit, { ...repo, branch: inputs.historyBranch }, change, message, ports),
            clock: systemClock,
            log: core,
          };
        },
        writeFile: (path, text) => writeFile(path, text),
        log: core,
      },
      inputs,
    );
    await publishReport(report, core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
