import * as core from "@actions/core";
import type { AwsClients } from "../lib/adapters/aws/clients.js";
import { readInventory } from "../lib/adapters/aws/ec2-inventory.js";
import type { Octokit } from "../lib/adapters/github/octokit.js";
import { upsertStickyComment } from "../lib/adapters/github/sticky-comment.js";
import type { Clock } from "../lib/core/ports.js";
import type { LoadedClinic } from "../lib/core/registry/load.js";
import type { Fleet } from "../lib/core/registry/schema.js";
import { type ProvisionPlan, planProvision } from "../lib/flows/provision/plan.js";
import { renderPlan } from "../lib/flows/provision/render.js";
import { AmiResolutionError, type ResolvedAmi, resolveAmi } from "../lib/flows/provision/resolve-ami.js";
import { pullRequestNumber, repository } from "./context.js";

/** The key of the one plan comment per pull request. */
export const planCommentKey = "provision-plan";

/** Desired state against the instances found by tag; read-only. */
export async function makePlan(
  aws: AwsClients,
  clinics: readonly LoadedClinic[],
  clock: Clock,
): Promise<ProvisionPlan> {
  return core.group("Plan", async () => {
    const plan = planProvision({ clinics, instances: await readInventory(aws.ec2), clock });
    core.info(
      `create ${plan.create.length}, present ${plan.present.length}, suspended ${plan.suspended.length}, retired with an instance ${plan.retired.length}, orphans ${plan.orphans.length}`,
    );
    return plan;
  });
}

/** Shows the plan: the sticky comment on the pull request, and the job summary. */
export async function planMode(aws: AwsClients, octokit: Octokit, fleet: Fleet, plan: ProvisionPlan): Promise<void> {
  const ami = plan.create.length === 0 ? undefined : await amiForPlan(aws, fleet);
  const body = renderPlan(plan, fleet.locale, ami);
  const pr = pullRequestNumber();
  if (pr !== undefined) {
    const comment = await upsertStickyComment(octokit, { ...repository(), issueNumber: pr, key: planCommentKey }, body);
    core.info(`plan comment ${comment.outcome}: ${comment.url}`);
    core.setOutput("comment-url", comment.url);
  }
  await core.summary.addRaw(body).write();
}

/** A plan still shows when the AMI is missing; apply is where it stops, with the same message. */
async function amiForPlan(aws: AwsClients, fleet: Fleet): Promise<ResolvedAmi | undefined> {
  try {
    return await resolveAmi(aws.ssm, fleet);
  } catch (error) {
    if (!(error instanceof AmiResolutionError)) throw error;
    core.warning(error.message);
    return undefined;
  }
}
