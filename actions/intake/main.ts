import * as core from "@actions/core";
import * as github from "@actions/github";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import type { Locale } from "../lib/core/i18n/locale.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { validateClinicText } from "../lib/core/registry/validate-text.js";
import type { IntakeResult } from "../lib/flows/intake/run-intake.js";
import { runIntake } from "../lib/flows/intake/run-intake.js";
import { renderIntakeSummary } from "../lib/flows/intake/summary.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs(github.context);
    const registry = await core.group("Read the registry", () => loadRegistry(inputs.clinics));
    if (registry.fleet === undefined) throw new Error(`no valid fleet.yml in ${inputs.clinics}`);
    const fleet = registry.fleet;
    for (const problem of registry.problems) core.warning(`${problem.file}: ${problem.field}: ${problem.message}`);
    const octokit = createOctokit(inputs.token, core);
    const result = await core.group("Answer the request", () =>
      runIntake(
        octokit,
        inputs.settings,
        fleet,
        (text, file, requested) =>
          validateClinicText(text, file, { fleet, clinics: [...registry.clinics, ...requested] }).problems,
      ),
    );
    setOutputs(result);
    await writeSummary(inputs.settings.issueNumber, result, fleet.locale);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function setOutputs(result: IntakeResult): void {
  core.setOutput("outcome", result.outcome);
  core.setOutput("problems", result.outcome === "needs-changes" ? result.problems.length : 0);
  if (result.outcome === "pr-opened") {
    core.setOutput("pull-request-number", result.pull.number);
    core.setOutput("pull-request-url", result.pull.url);
  }
}

async function writeSummary(issueNumber: number, result: IntakeResult, locale: Locale): Promise<void> {
  await core.summary.addRaw(renderIntakeSummary(issueNumber, result, locale)).write();
}
