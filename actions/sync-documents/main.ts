import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createSsmDocuments } from "../lib/adapters/aws/ssm-documents.js";
import { createIssues } from "../lib/adapters/github/issues.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { publishReport } from "../lib/core/flow-report.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import { syncDocuments } from "../lib/flows/sync-documents/sync.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs(github.context);
    const { fleet, problems } = await loadRegistry(inputs.clinics);
    if (fleet === undefined) {
      throw new Error(
        `${inputs.clinics}/fleet.yml is needed for the region:\n${problems.map(formatProblem).join("\n")}`,
      );
    }
    const { ssm } = createAwsClients({ region: fleet.region });
    const ports = {
      documents: createSsmDocuments(ssm),
      issues: createIssues(createOctokit(inputs.token, core), inputs.repository),
      log: core,
    };
    await publishReport(await syncDocuments(ports, { ...inputs.settings, locale: fleet.locale }), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
