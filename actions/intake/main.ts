import { resolve } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { z } from "zod";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import type { Locale } from "../lib/core/i18n/locale.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { validateClinicText } from "../lib/core/registry/validate-text.js";
import { parseTeamName } from "../lib/flows/intake/authorise.js";
import type { IntakeResult, IntakeSettings } from "../lib/flows/intake/run-intake.js";
import { runIntake } from "../lib/flows/intake/run-intake.js";
import { renderIntakeSummary } from "../lib/flows/intake/summary.js";

const payloadSchema = z.object({
  issue: z.object({ number: z.number().int().positive() }),
  repository: z.object({ default_branch: z.string().min(1) }),
});

interface Inputs {
  token: string;
  clinicsDir: string;
  settings: IntakeSettings;
}

function getInputs(): Inputs {
  const token = core.getInput("token", { required: true });
  core.setSecret(token);
  const payload = payloadSchema.safeParse(github.context.payload);
  if (!payload.success) throw new Error("intake runs on issues events: the event payload has no issue number");
  const repo = github.context.repo;
  return {
    token,
    // Absolute, so the registry's file names never equal the requested `clinics/<id>.yml`, which the validator would
    // skip as "the same file": a request for an existing id must clash with it.
    clinicsDir: resolve(core.getInput("clinics-dir") || "clinics"),
    settings: {
      repo,
      issueNumber: payload.data.issue.number,
      baseBranch: payload.data.repository.default_branch,
      team: parseTeamName(core.getInput("team"), repo.owner),
      botLogin: core.getInput("bot-login") || undefined,
    },
  };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const registry = await core.group("Read the registry", () => loadRegistry(inputs.clinicsDir));
    if (registry.fleet === undefined) throw new Error(`no valid fleet.yml in ${inputs.clinicsDir}`);
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
