import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createSsmDocuments } from "../lib/adapters/aws/ssm-documents.js";
import { createGitHub } from "../lib/adapters/github/github.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { publishReport } from "../lib/core/flow-report.js";
import { syncDocuments } from "../lib/flows/sync-documents/sync.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs(github.context.payload);
    const deps = {
      documents: (region: string) => createSsmDocuments(createAwsClients({ region }).ssm),
      github: createGitHub(createOctokit(inputs.token, core), github.context.repo),
      log: core,
    };
    await publishReport(await syncDocuments(deps, inputs.settings), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
