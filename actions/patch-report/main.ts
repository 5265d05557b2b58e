import { writeFile } from "node:fs/promises";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import { patchStateSource } from "../lib/adapters/aws/patch-states.js";
import { updateHistory } from "../lib/adapters/github/history-branch.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { upsertStickyIssue } from "../lib/adapters/github/sticky-issue.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import { overdueMessage, renderJobSummary, reportFile } from "../lib/flows/patch-report/outputs.js";
import { runPatchReport } from "../lib/flows/patch-report/run-patch-report.js";
import { readReportScope } from "../lib/flows/patch-report/scope.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const scope = await readReportScope(inputs.clinics);
    for (const problem of scope.problems) core.warning(problem);
    const aws = createAwsClients({ region: inputs.region ?? scope.region });
    const octokit = createOctokit(inputs.token, core);
    const repo = github.context.repo;
    const history = { ...repo, branch: inputs.historyBranch };
    const result = await runPatchReport(
      {
        inventory: () => readInventory(aws.ec2),
        patches: patchStateSource(aws.ssm, { concurrency: inputs.concurrency }),
        updateHistory: (change, message) =>
          updateHistory(octokit, history, change, message, { clock: systemClock, sleep: realSleep }),
        upsertIssue: (issue) => upsertStickyIssue(octokit, repo, issue, inputs.botLogin),
        clock: systemClock,
        log: core,
      },
      { ...scope, ...inputs },
    );
    await writeFile(inputs.reportFile, `${JSON.stringify(reportFile(result), null, 2)}\n`);
    const { summary } = result.report;
    core.setOutput("issue", result.issue.number);
    core.setOutput("issue-outcome", result.issue.outcome);
    core.setOutput("compliant", summary.compliant);
    core.setOutput("non-compliant", summary.nonCompliant);
    core.setOutput("never-scanned", summary.neverScanned);
    core.setOutput("overdue-critical", result.overdue.length);
    core.setOutput("history", result.history.outcome);
    core.setOutput("report-file", inputs.reportFile);
    await core.summary.addRaw(renderJobSummary(result, inputs.historyBranch, scope.locale)).write();
    const limit = inputs.failOnCriticalOlderThanDays;
    if (limit !== undefined && result.overdue.length > 0)
      core.setFailed(overdueMessage(result.overdue, limit, scope.locale));
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
