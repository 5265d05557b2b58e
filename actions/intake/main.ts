import * as core from "@actions/core";
import * as github from "@actions/github";
import { createGitHub } from "../lib/adapters/github/github.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { publishReport } from "../lib/core/flow-report.js";
import { answerRequest } from "../lib/flows/intake/answer-request.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs(github.context);
    const octokit = createOctokit(inputs.token, core);
    const deps = { github: createGitHub(octokit, inputs.settings.repo), log: core };
    await publishReport(await answerRequest(deps, inputs.clinics, inputs.settings), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
