import { writeFile } from "node:fs/promises";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import { patchStateSource } from "../lib/adapters/aws/patch-states.js";
import { updateHistory } from "../lib/adapters/github/history-branch.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { upsertStickyIssue } from "../lib/adapters/github/sticky-issue.js";
import { publishReport } from "../lib/core/flow-report.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import { type PatchReportDeps, reportPatches } from "../lib/flows/patch-report/report-flow.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const octokit = createOctokit(inputs.token, core);
    const repo = github.context.repo;
    const history = { ...repo, branch: inputs.historyBranch };
    const deps: PatchReportDeps = {
      connect: (region) => {
        const aws = createAwsClients({ region });
        return {
          inventory: () => readInventory(aws.ec2),
          patches: patchStateSource(aws.ssm, { concurrency: inputs.concurrency }),
          updateHistory: (change, message) =>
            updateHistory(octokit, history, change, message, { clock: systemClock, sleep: realSleep }),
          upsertIssue: (issue) => upsertStickyIssue(octokit, repo, issue, inputs.botLogin),
          clock: systemClock,
          log: core,
        };
      },
      writeFile: (path, text) => writeFile(path, text),
      log: core,
    };
    await publishReport(await reportPatches(deps, inputs), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
