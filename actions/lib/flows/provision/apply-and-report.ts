import type { GitHub } from "../../adapters/github/github.js";
import type { FlowReport } from "../../core/flow-report.js";
import { translator } from "../../core/i18n/message.js";
import { type Clock, inGroup, type Log, type Sleep } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";
import type { Fleet } from "../../core/registry/schema.js";
import { details } from "../../core/render/markdown.js";
import type { ProvisionAws } from "./apply.js";
import { applyPlan } from "./apply.js";
import { checkReview, readReviewedPlan } from "./check-review.js";
import { findMergedPullRequest } from "./merged-pull-request.js";
import { messages } from "./messages.js";
import { healthcheckDocument } from "./orca-ready.js";
import type { ProvisionPlan } from "./plan.js";
import { ProvisionRefusal } from "./refusal.js";
import { renderAmiUnresolved, renderApplyResult, renderPlan } from "./render.js";
import { reportApply } from "./report.js";
import { AmiResolutionError, type ResolvedAmi, resolveAmi } from "./resolve-ami.js";
import { provisionState } from "./reviewed.js";
import { pushedCommit, type RunEvent } from "./run-event.js";

/** The failure line names this many clinics; the summary lists them all. */
const failureNamed = 20;

/** How often the wait asks EC2 and SSM where the new instances are. */
const waitIntervalMs = 15_000;

/** Pauses between healthchecks of servers whose ORCA does not serve yet: a first boot takes minutes. */
const probePauses = { firstPauseMs: 5_000, maxPauseMs: 60_000 };

export interface ApplyAndReportDeps {
  aws: ProvisionAws;
  github: Pick<GitHub, "issues" | "pulls">;
  log: Log;
  clock: Clock;
  sleep: Sleep;
}

export interface ApplySettings {
  concurrency: number;
  waitTimeoutMinutes: number;
  /** The login the plan comment was written by: only its comment counts as the reviewed plan. */
  botLogin: string;
}

/**
 * Creates what the reviewed plan of the merged pull request created and what is still missing, refusing (with how
 * to refresh the plan) when that differs from the review; then reports, from what is found, on the pull request
 * and the request issue.
 */
export async function applyAndReport(
  deps: ApplyAndReportDeps,
  settings: ApplySettings,
  registry: { fleet: Fleet; clinics: readonly LoadedClinic[] },
  plan: ProvisionPlan,
  event: RunEvent,
): Promise<FlowReport> {
  const locale = registry.fleet.locale;
  const t = translator(locale);
  const push = pushedCommit(event);
  const pr = await findMergedPullRequest(deps.github.pulls, push.sha, push.headCommitMessage);
  const reviewed = await readReviewedPlan(deps.github.issues, pr, settings.botLogin);
  const ami = plan.create.length === 0 ? undefined : await amiForApply(deps, registry.fleet);
  checkReview(provisionState(registry, plan.create, ami), pr, reviewed, { botLogin: settings.botLogin, locale });

  // Reviewed clinics that have their instance now were launched by an earlier run: report them from what is found.
  const reviewedIds = new Set(reviewed.found && reviewed.ok ? (reviewed.state.create ?? []).map((c) => c.id) : []);
  const found = plan.present.filter((entry) => reviewedIds.has(entry.clinic.id));
  // A clinic is ready only when ORCA answers the healthcheck: without the document nothing could be called ready.
  if (plan.create.length + found.length > 0 && !(await deps.aws.documents.exists(healthcheckDocument))) {
    throw new ProvisionRefusal(t(messages.healthcheckMissing, { document: healthcheckDocument }));
  }
  const result = await inGroup(deps.log, "Apply", () =>
    applyPlan(
      {
        plan,
        fleet: registry.fleet,
        ...(ami === undefined ? {} : { ami }),
        found,
        // github.context.runId is NaN outside a workflow run: such a run tags nothing.
        ...(Number.isSafeInteger(event.runId) ? { runId: String(event.runId) } : {}),
      },
      {
        aws: deps.aws,
        clock: deps.clock,
        sleep: deps.sleep,
        log: deps.log,
        concurrency: settings.concurrency,
        waitTimeoutMs: settings.waitTimeoutMinutes * 60_000,
        waitIntervalMs,
        ready: {
          firstBootMs: registry.fleet.provision.firstBootMinutes * 60_000,
          probeTimeoutSeconds: registry.fleet.liveness.timeoutSeconds,
          ...probePauses,
        },
      },
    ),
  );
  // The plan that was applied, folded below the result, so the summary shows both what was meant and what happened.
  const summary = `${renderApplyResult(result, locale)}\n${details(t(messages.planTitle), renderPlan(plan, locale, ami, "applied"))}\n`;
  const report = await inGroup(deps.log, "Report", () =>
    reportApply(deps.github, pr, result, { locale, botLogin: settings.botLogin }),
  );
  const count = (outcome: string) => result.results.filter((r) => r.outcome === outcome).length;
  const troubled = result.results.filter((r) => r.outcome !== "ready");
  const named = troubled.slice(0, failureNamed).map((r) => `${r.clinicId} (${r.problem?.code ?? r.outcome})`);
  const clinics = [...named, ...(troubled.length > failureNamed ? [`+${troubled.length - failureNamed}`] : [])].join(
    ", ",
  );
  return {
    outputs: {
      ready: count("ready"),
      failed: count("failed") + count("not-ready"),
      "launched-elsewhere": result.results.filter((r) => r.launchedElsewhere !== undefined).length,
      ...(report.pullRequest === undefined ? {} : { "pull-request": report.pullRequest }),
      ...(report.issue === undefined ? {} : { issue: report.issue }),
    },
    summary,
    ...(troubled.length === 0 ? {} : { failure: t(messages.notProvisioned, { count: troubled.length, clinics }) }),
  };
}

/** Nothing launches from an AMI that cannot be resolved: a refusal that says what to run. */
async function amiForApply(deps: Pick<ApplyAndReportDeps, "aws">, fleet: Fleet): Promise<ResolvedAmi> {
  try {
    return await resolveAmi(deps.aws.parameterLookup, fleet);
  } catch (error) {
    if (!(error instanceof AmiResolutionError)) throw error;
    throw new ProvisionRefusal(renderAmiUnresolved(error.selector, error.reason, fleet.locale));
  }
}
