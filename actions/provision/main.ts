import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createGitHub } from "../lib/adapters/github/github.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { publishReport } from "../lib/core/flow-report.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import { provision } from "../lib/flows/provision/provision.js";
import { createProvisionAws } from "../lib/flows/provision/provision-aws.js";
import { getInputs } from "./inputs.js";

/** RunInstances is throttled hard (5 calls, then 2 a second): enough attempts to be paced rather than fail. */
const maxAttempts = 12;

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const deps = {
      aws: (region: string) =>
        createProvisionAws(createAwsClients({ region, maxAttempts }), { clock: systemClock, sleep: realSleep }),
      github: createGitHub(createOctokit(inputs.token, core), github.context.repo),
      log: core,
      clock: systemClock,
      sleep: realSleep,
    };
    await publishReport(
      await provision(deps, inputs, {
        payload: github.context.payload,
        sha: github.context.sha,
        runId: github.context.runId,
      }),
      core,
    );
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
