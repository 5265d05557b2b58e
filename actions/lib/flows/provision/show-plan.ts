import type { Aws } from "../../adapters/aws/aws.js";
import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import { translator } from "../../core/i18n/message.js";
import type { Log } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { messages } from "./messages.js";
import type { ProvisionPlan } from "./plan.js";
import { renderAmiUnresolved, renderPlan } from "./render.js";
import { AmiResolutionError, type AmiUnresolved, type ResolvedAmi, resolveAmi } from "./resolve-ami.js";
import { provisionState, sealProvision } from "./reviewed.js";
import { pullRequestNumber, type RunEvent } from "./run-event.js";

/** The key of the one plan comment per pull request. */
export const planCommentKey = "provision-plan";

/**
 * Shows the plan: the sticky comment on the pull request (on a pull_request event, or the pull request named when a
 * person refreshes a merged one's plan), and the job summary. The comment ends with the hidden reviewed-plan block
 * that apply checks on merge.
 */
export async function showPlan(
  deps: { aws: Pick<Aws, "parameterLookup">; github: Pick<GitHub, "issues">; log: Log },
  registry: { fleet: Fleet; clinics: readonly LoadedClinic[] },
  plan: ProvisionPlan,
  event: RunEvent,
  settings: { pullRequest?: number; botLogin?: string } = {},
): Promise<FlowReport> {
  const { fleet } = registry;
  const t = translator(fleet.locale);
  const ami = plan.create.length === 0 ? { ok: true as const } : await amiForPlan(deps, fleet);
  const sealed = sealProvision(provisionState(registry, plan.create, ami.ok ? ami.ami : undefined));
  const notes = [
    ...(ami.ok ? [] : [`> [!WARNING]\n> ${renderAmiUnresolved(ami.selector, ami.reason, fleet.locale)}`]),
    ...(sealed.itemized ? [] : [`<sub>${t(messages.reviewFolded)}</sub>`]),
  ];
  const shown = `${renderPlan(plan, fleet.locale, ami.ok ? ami.ami : undefined, "proposed", notes)}`;
  const pr = pullRequestNumber(event) ?? settings.pullRequest;
  if (pr === undefined) return { outputs: {}, summary: shown };
  const comment = await deps.github.issues.upsertSticky(
    pr,
    planCommentKey,
    `${shown}${sealed.block}\n`,
    settings.botLogin,
  );
  deps.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
  return { outputs: { "comment-url": comment.url }, summary: shown };
}

type AmiForPlan = { ok: true; ami?: ResolvedAmi } | { ok: false; selector: string; reason: AmiUnresolved };

/** A plan still shows when the AMI is missing, saying so in the comment and the summary; apply refuses then. */
async function amiForPlan(deps: { aws: Pick<Aws, "parameterLookup">; log: Log }, fleet: Fleet): Promise<AmiForPlan> {
  try {
    return { ok: true, ami: await resolveAmi(deps.aws.parameterLookup, fleet) };
  } catch (error) {
    if (!(error instanceof AmiResolutionError)) throw error;
    deps.log.warning(error.message);
    return { ok: false, selector: error.selector, reason: error.reason };
  }
}
