import type { Aws } from "../../adapters/aws/aws.js";
import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import type { Log } from "../../core/ports.js";
import type { Fleet } from "../../core/registry/schema.js";
import type { ProvisionPlan } from "./plan.js";
import { renderPlan } from "./render.js";
import { AmiResolutionError, type ResolvedAmi, resolveAmi } from "./resolve-ami.js";
import { pullRequestNumber, type RunEvent } from "./run-event.js";

/** The key of the one plan comment per pull request. */
export const planCommentKey = "provision-plan";

/** Shows the plan: the sticky comment on the pull request (on a pull_request event), and the job summary. */
export async function showPlan(
  deps: { aws: Pick<Aws, "parameterLookup">; github: Pick<GitHub, "issues">; log: Log },
  fleet: Fleet,
  plan: ProvisionPlan,
  event: RunEvent,
): Promise<FlowReport> {
  const ami = plan.create.length === 0 ? undefined : await amiForPlan(deps, fleet);
  const body = renderPlan(plan, fleet.locale, ami);
  const pr = pullRequestNumber(event);
  if (pr === undefined) return { outputs: {}, summary: body };
  const comment = await deps.github.issues.upsertSticky(pr, planCommentKey, body);
  deps.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
  return { outputs: { "comment-url": comment.url }, summary: body };
}

/** A plan still shows when the AMI is missing; apply is where it stops, with the same message. */
async function amiForPlan(
  deps: { aws: Pick<Aws, "parameterLookup">; log: Log },
  fleet: Fleet,
): Promise<ResolvedAmi | undefined> {
  try {
    return await resolveAmi(deps.aws.parameterLookup, fleet);
  } catch (error) {
    if (!(error instanceof AmiResolutionError)) throw error;
    deps.log.warning(error.message);
    return undefined;
  }
}
