import * as core from "@actions/core";
import type { AwsClients } from "../lib/adapters/aws/clients.js";
import type { Octokit } from "../lib/adapters/github/octokit.js";
import { formatText } from "../lib/core/i18n/message.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import type { LoadedClinic } from "../lib/core/registry/load.js";
import type { Fleet } from "../lib/core/registry/schema.js";
import { details } from "../lib/core/render/markdown.js";
import { applyPlan } from "../lib/flows/provision/apply.js";
import { messages } from "../lib/flows/provision/messages.js";
import type { ProvisionPlan } from "../lib/flows/provision/plan.js";
import { renderApplyResult, renderPlan } from "../lib/flows/provision/render.js";
import { reportApply } from "../lib/flows/provision/report.js";
import { pushedCommit, repository } from "./context.js";
import type { ProvisionInputs } from "./inputs.js";

/** How often the wait asks EC2 and SSM where the new instances are. */
const waitIntervalMs = 15_000;

/** Creates the planned instances, then reports on the merged pull request and the request issue. */
export async function applyMode(
  aws: AwsClients,
  octokit: Octokit,
  inputs: ProvisionInputs,
  registry: { fleet: Fleet; clinics: readonly LoadedClinic[] },
  plan: ProvisionPlan,
): Promise<void> {
  const result = await core.group("Apply", () =>
    applyPlan(
      { plan, fleet: registry.fleet, clinics: registry.clinics },
      {
        ec2: aws.ec2,
        ssm: aws.ssm,
        clock: systemClock,
        sleep: realSleep,
        log: core,
        concurrency: inputs.concurrency,
        waitTimeoutMs: inputs.waitTimeoutMinutes * 60_000,
        waitIntervalMs,
      },
    ),
  );
  const locale = registry.fleet.locale;
  // The plan that was applied, folded below the result, so the summary shows both what was meant and what happened.
  const body = `${renderApplyResult(result, locale)}\n${details(formatText(messages.planTitle, locale), renderPlan(plan, locale, undefined, "applied"))}\n`;
  await core.summary.addRaw(body).write();
  const report = await core.group("Report", () => reportApply(octokit, repository(), pushedCommit(), result, locale));
  const count = (outcome: string) => result.results.filter((r) => r.outcome === outcome).length;
  core.setOutput("ready", count("ready"));
  core.setOutput("failed", count("failed") + count("not-ready"));
  if (report.pullRequest !== undefined) core.setOutput("pull-request", report.pullRequest);
  if (report.issue !== undefined) core.setOutput("issue", report.issue);
  const troubled = result.results.filter((r) => r.outcome !== "ready");
  if (troubled.length > 0) {
    core.setFailed(
      `${troubled.length} clinic(s) not provisioned: ${troubled.map((r) => `${r.clinicId} (${r.problem?.code ?? r.outcome})`).join(", ")}; the job summary says what to do`,
    );
  }
}
