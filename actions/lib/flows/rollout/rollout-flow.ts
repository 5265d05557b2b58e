import type { Ec2Fleet } from "../../adapters/aws/ec2-inventory.js";
import type { InstanceTagging } from "../../adapters/aws/instance-tagging.js";
import type { SsmCommands } from "../../adapters/aws/ssm-commands.js";
import type { FlowReport } from "../../core/flow-report.js";
import { translator } from "../../core/i18n/message.js";
import { type Clock, inGroup, type Log, type Sleep } from "../../core/ports.js";
import { readFleetRegistry } from "../../core/registry/usable-fleet.js";
import { type ApplyStatus, applyRollout, type RolloutView } from "./apply.js";
import { applyMessages } from "./apply-messages.js";
import { type ClinicResult, clinicResults, countsOf } from "./clinic-results.js";
import type { HolidayCalendar } from "./freeze-calendar.js";
import { rolloutInputProblems } from "./input-checks.js";
import { type CommentFailure, createLiveComment } from "./live-comment.js";
import { planRollout } from "./plan.js";
import { renderPlanComment } from "./plan-comment.js";
import type { RolloutPlan } from "./plan-types.js";
import { type ProgressStatus, renderProgress } from "./progress-render.js";
import { checkReviewed, targetsOf } from "./reviewed-targets.js";
import { type SourceLookup, sourcePullRequest } from "./source-pull-request.js";
import { acknowledgedThrough } from "./state.js";

/** The plan comment's key and the live comment's: one sticky comment each per pull request. */
export const planKey = "rollout-plan";
export const progressKey = "rollout-progress";

export interface RolloutGitHub extends SourceLookup {
  /** The body of the comment with this key's marker written by the token's own login, if any. */
  findComment(issueNumber: number, key: string): Promise<string | undefined>;
  upsertComment(issueNumber: number, key: string, body: string): Promise<void>;
}

export interface RolloutDeps {
  aws(region: string): { fleet: Ec2Fleet; tagging: InstanceTagging; commands: SsmCommands };
  github: RolloutGitHub;
  log: Log;
  clock: Clock;
  sleep: Sleep;
  holidays: HolidayCalendar;
  writeFile(path: string, text: string): Promise<void>;
}

export interface RolloutSettings {
  mode: "plan" | "apply";
  clinics: string;
  region?: string;
  resume: boolean;
  retryFailed: boolean;
  timeBudgetMinutes: number;
  resultsFile: string;
}

export interface RolloutEvent {
  /** push (a merge to main), pull_request, schedule or workflow_dispatch. */
  name: string;
  sha: string;
  pullRequest?: number;
  headCommitMessage?: string;
}

/**
 * The rollout action's flow. plan: the plan as it stands, on the pull request's sticky comment with the reviewed
 * targets sealed in it. apply: refuses bad input and (on the merge) a plan that differs from the reviewed one, then
 * applies wave by wave with a live comment on the pull request that changed the versions, and reports every clinic.
 */
export async function rollout(deps: RolloutDeps, settings: RolloutSettings, event: RolloutEvent): Promise<FlowReport> {
  const { fleet, clinics } = await readFleetRegistry(settings.clinics, deps.log, true);
  const say = translator(fleet.locale);
  const aws = deps.aws(settings.region ?? fleet.region);
  const instances = await inGroup(deps.log, "Read the instances", () => aws.fleet.inventory());
  const through = acknowledgedThrough(instances);
  const plan = planRollout({
    clinics,
    instances,
    policy: fleet.rollout,
    clock: deps.clock,
    holidays: deps.holidays,
    ...(through === undefined ? {} : { resume: { acknowledgedThrough: through, retryFailed: false } }),
  });
  const problems = rolloutInputProblems(clinics, fleet.rollout, plan, say);
  const report = (status: string, view: RolloutView, summary: string, failure?: string): Promise<FlowReport> =>
    finish(deps, settings, status, view, summary, failure);
  if (problems.length > 0) {
    const failure = say(applyMessages.refusedInput, { problems: problems.map((p) => `- ${p}`).join("\n") });
    return { outputs: { status: "refused", updated: 0, failed: 0, remaining: 0 }, summary: failure, failure };
  }

  if (settings.mode === "plan") {
    const body = renderPlanComment(plan, fleet.locale);
    if (event.pullRequest !== undefined) await deps.github.upsertComment(event.pullRequest, planKey, body);
    else deps.log.info(say(applyMessages.noPullRequest));
    return report(planStatus(plan), { plan, instances }, body);
  }

  const files = new Set(
    plan.rings.flatMap((r) => [...r.waiting, ...(r.now?.clinics ?? []), ...r.inProgress].map((c) => c.file)),
  );
  const isPush = event.name === "push";
  const source = await sourcePullRequest(
    deps.github,
    {
      sha: event.sha,
      isPush,
      ...(event.headCommitMessage === undefined ? {} : { headCommitMessage: event.headCommitMessage }),
    },
    files,
  );
  // Only the merge's own run applies what was reviewed; scheduled and manual runs apply the desired state as it is.
  if (isPush && source !== undefined && Object.keys(targetsOf(plan)).length > 0) {
    const check = checkReviewed(plan, await deps.github.findComment(source, planKey));
    if (check.kind !== "match") {
      const failure =
        check.kind === "absent"
          ? say(applyMessages.noReview, { pull: source })
          : say(applyMessages.staleReview, { pull: source, count: check.count, detail: check.detail });
      return { outputs: { status: "refused", updated: 0, failed: 0, remaining: 0 }, summary: failure, failure };
    }
  }

  // The status GitHub gave the last failed write, for the summary when the comment ends behind.
  let lastFailure: CommentFailure | undefined;
  const live = createLiveComment(
    async (body) => {
      if (source !== undefined) await deps.github.upsertComment(source, progressKey, body);
    },
    deps.clock,
    (failure) => {
      lastFailure = failure;
      const words = {
        pull: source ?? 0,
        status: String(failure.status ?? "-"),
        message: failure.message,
      };
      deps.log.warning(say(failure.final ? applyMessages.commentRefused : applyMessages.commentNotUpdated, words));
    },
  );
  const render = (view: RolloutView, status: ProgressStatus) =>
    renderProgress(view.plan, clinicResults(view.plan, view.instances), status, fleet.locale);
  const started = deps.clock.now().getTime();
  const result = await applyRollout(
    {
      fleet: aws.fleet,
      tagging: aws.tagging,
      commands: aws.commands,
      clock: deps.clock,
      sleep: deps.sleep,
      log: deps.log,
      holidays: deps.holidays,
    },
    {
      clinics,
      policy: fleet.rollout,
      backupBucket: fleet.backup.bucket,
      deadline: new Date(started + settings.timeBudgetMinutes * 60_000),
      ...(settings.resume ? { resume: { retryFailed: settings.retryFailed } } : {}),
      onProgress: (view) => live.show(render(view, view.plan.halt !== undefined ? "halted" : "updating")),
    },
  );
  const body = render(result, result.status);
  await live.show(body);
  await live.flush();
  // The comment is where people look: when it ends behind, the summary (shown on the run) says so.
  const summary =
    live.current() || lastFailure === undefined
      ? body
      : `${body}\n\n${say(applyMessages.commentStale, { pull: source ?? 0, status: String(lastFailure.status ?? "-") })}`;
  // A failed roll-back leaves a server that needs a person now: the step fails so the run is red, not just the comment.
  const halt = result.plan.halt;
  const failure =
    halt?.reason === "rollback-failed"
      ? say(applyMessages.haltRollbackFailed, { clinics: halt.clinics.join(", ") })
      : undefined;
  return report(result.status, result, summary, failure);
}

function planStatus(plan: RolloutPlan): ApplyStatus {
  if (plan.status === "halted" || plan.status === "done" || plan.status === "nothing-to-do") return plan.status;
  return "waiting";
}

async function finish(
  deps: RolloutDeps,
  settings: RolloutSettings,
  status: string,
  view: RolloutView,
  summary: string,
  failure?: string,
): Promise<FlowReport> {
  const results: ClinicResult[] = clinicResults(view.plan, view.instances);
  await deps.writeFile(
    settings.resultsFile,
    `${JSON.stringify({ status, plannedAt: view.plan.plannedAt, clinics: results }, null, 2)}\n`,
  );
  const counts = countsOf(results);
  return {
    outputs: { status, ...counts, "results-file": settings.resultsFile },
    summary,
    ...(failure === undefined ? {} : { failure }),
  };
}
