import type { GitHub } from "../../adapters/github/github.js";
import { labelChanges } from "../../adapters/github/labels.js";
import type { PullOutcome } from "../../adapters/github/pull-request.js";
import type { RepoRef } from "../../adapters/github/repo-ref.js";
import type { StickyOutcome } from "../../adapters/github/sticky-comment.js";
import type { TeamName } from "../../adapters/github/team-membership.js";
import type { Locale } from "../../core/i18n/locale.js";
import type { Fleet } from "../../core/registry/schema.js";
import { isAuthorised } from "./authorise.js";
import { clinicFilePath, isClinicFilePath, renderClinicFile, requestBranch, requestedFileName } from "./clinic-file.js";
import type { ClinicRequestForm } from "./form.js";
import { clinicRequestForm, requestLabel } from "./form.js";
import type { RequestedClinic } from "./other-requests.js";
import { clinicsInOtherRequests } from "./other-requests.js";
import type { Answers } from "./parse.js";
import { parseRequest } from "./parse.js";
import { pullCommentVariant, requestLabels } from "./plan.js";
import type { ClinicProblem, IntakeProblem } from "./problems.js";
import { describeClinicProblem, describeFormProblem } from "./problems.js";
import {
  pullTitle,
  renderProblemsComment,
  renderPullBody,
  renderPullComment,
  renderUnauthorisedComment,
} from "./render.js";

export const stickyKey = "intake";

export interface IntakeSettings {
  repo: RepoRef;
  issueNumber: number;
  /** The branch request branches start from and pull requests target. */
  baseBranch: string;
  /** Members of this team may request too. */
  team: TeamName | undefined;
  /** The login the token comments as; only its comments are taken for the sticky one. */
  botLogin: string | undefined;
}

/** Validates one clinic file's text against the fleet, the repository's clinics and the other requested ones. */
export type CheckClinic = (text: string, file: string, requested: readonly RequestedClinic[]) => ClinicProblem[];

export type IntakeResult =
  | { outcome: "ignored"; reason: "closed" | "not-a-request" }
  | { outcome: "unauthorised"; comment: StickyOutcome }
  | { outcome: "needs-changes"; problems: IntakeProblem[]; comment: StickyOutcome }
  | {
      outcome: "pr-opened";
      path: string;
      file: "created" | "updated" | "unchanged";
      pull: { number: number; url: string; outcome: PullOutcome };
      comment: StickyOutcome;
    };

/**
 * Answers one clinic-request issue from its current state (re-read, since a queued run may carry an old payload):
 * a closed issue is left alone; an outside author gets one polite comment; problems get one sticky comment and
 * `needs-changes`; a valid request becomes a branch, a commit and a pull request, each made only when missing or
 * different, so a second run writes nothing.
 */
export async function runIntake(
  github: GitHub,
  settings: IntakeSettings,
  fleet: Fleet,
  checkClinic: CheckClinic,
): Promise<IntakeResult> {
  const { issueNumber } = settings;
  const issue = await github.issues.get(issueNumber);
  const labels = issue.labels;
  if (issue.state !== "open") return { outcome: "ignored", reason: "closed" };
  if (!labels.includes(requestLabel)) return { outcome: "ignored", reason: "not-a-request" };

  const locale = fleet.locale;
  const comment = (body: string) => github.issues.upsertSticky(issueNumber, stickyKey, body, settings.botLogin);
  const author = { login: issue.authorLogin, association: issue.authorAssociation };
  if (!(await isAuthorised(author, settings.team, github.teams))) {
    const team = settings.team === undefined ? undefined : `${settings.team.org}/${settings.team.slug}`;
    return { outcome: "unauthorised", comment: (await comment(renderUnauthorisedComment(team, locale))).outcome };
  }

  const refuse = async (problems: IntakeProblem[]): Promise<IntakeResult> => {
    const posted = await comment(renderProblemsComment(problems, locale));
    const { wanted, unwanted } = requestLabels("needs-changes");
    await github.issues.relabel(issueNumber, labelChanges(labels, wanted, unwanted));
    return { outcome: "needs-changes", problems, comment: posted.outcome };
  };
  const form = clinicRequestForm(fleet);
  const parsed = parseRequest(issue.body, form);
  if (!parsed.ok) return refuse(parsed.problems.map((p) => describeFormProblem(p, form, locale)));

  const clinicText = renderClinicFile(parsed.answers);
  const branch = requestBranch(issueNumber);
  const requested = await clinicsInOtherRequests(github, branch);
  const problems = checkClinic(clinicText, requestedFileName(parsed.answers.get("id") ?? ""), requested);
  if (problems.length > 0) return refuse(problems.map((p) => describeClinicProblem(p, form, parsed.answers, locale)));

  return propose(github, settings, { form, answers: parsed.answers, clinicText, labels, locale });
}

interface Proposal {
  form: ClinicRequestForm;
  answers: Answers;
  clinicText: string;
  labels: string[];
  locale: Locale;
}

async function propose(github: GitHub, settings: IntakeSettings, proposal: Proposal): Promise<IntakeResult> {
  const { issueNumber, baseBranch } = settings;
  const { answers, locale } = proposal;
  const id = answers.get("id") ?? "";
  const path = clinicFilePath(id);
  const branch = requestBranch(issueNumber);

  const created = await github.branches.ensure(branch, baseBranch);
  const existing = created ? undefined : await github.pulls.findOpen(branch);
  // An edit that renamed the clinic leaves the old file on the branch: remove it, so the PR adds one clinic.
  const stale =
    existing === undefined
      ? []
      : (await github.pulls.changedPaths(existing.number)).filter((p) => isClinicFilePath(p) && p !== path);
  const onBranch = await github.branches.readFile(branch, path);
  const file = onBranch === undefined ? "created" : onBranch.text === proposal.clinicText ? "unchanged" : "updated";
  const changes = [
    ...(file === "unchanged" ? [] : [{ path, text: proposal.clinicText }]),
    ...stale.map((old) => ({ path: old, text: null })),
  ];
  // Only when the branch differs from the request: a re-run makes no commit.
  if (changes.length > 0) {
    const verb = existing === undefined ? "Add" : "Update";
    await github.branches.commit(branch, changes, `${verb} clinic ${id}, requested in #${issueNumber}`);
  }
  const { pull, outcome } = await github.pulls.upsert(existing, {
    head: branch,
    base: baseBranch,
    title: pullTitle(answers, locale),
    body: renderPullBody(issueNumber, answers, proposal.form, locale),
  });

  const variant = pullCommentVariant(outcome, file, stale.length);
  const current =
    variant === "current" ? await github.issues.findSticky(issueNumber, stickyKey, settings.botLogin) : undefined;
  // Nothing changed and the comment already points at this PR: leave its wording ("opened" or "updated") alone.
  const comment: StickyOutcome =
    current?.body.includes(pull.url) === true
      ? "unchanged"
      : (
          await github.issues.upsertSticky(
            issueNumber,
            stickyKey,
            renderPullComment(variant, pull.url, path, locale),
            settings.botLogin,
          )
        ).outcome;
  const { wanted, unwanted } = requestLabels("pr-opened");
  await github.issues.relabel(issueNumber, labelChanges(proposal.labels, wanted, unwanted));
  return { outcome: "pr-opened", path, file, pull: { number: pull.number, url: pull.url, outcome }, comment };
}
