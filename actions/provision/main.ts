import * as core from "@actions/core";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { systemClock } from "../lib/core/ports.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { applyMode } from "./apply-mode.js";
import { getInputs } from "./inputs.js";
import { makePlan, planMode } from "./plan-mode.js";
import { usableFleet } from "./refusal.js";

/** RunInstances is throttled hard (5 calls, then 2 a second): enough attempts to be paced rather than fail. */
const maxAttempts = 12;

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const registry = await core.group("Read the registry", () => loadRegistry(inputs.clinics));
    const fleet = usableFleet(registry, inputs.clinics);
    const aws = createAwsClients({ region: inputs.region ?? fleet.region, maxAttempts });
    const octokit = createOctokit(inputs.token, core);
    const plan = await makePlan(aws, registry.clinics, systemClock);
    core.setOutput("to-create", plan.create.length);
    core.setOutput("orphans", plan.orphans.length);
    if (inputs.mode === "plan") await planMode(aws, octokit, fleet, plan);
    else await applyMode(aws, octokit, inputs, { fleet, clinics: registry.clinics }, plan);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
