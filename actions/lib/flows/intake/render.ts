import type { Locale } from "../../core/i18n/locale.js";
import { formatText } from "../../core/i18n/message.js";

import { boundedBody, codeCell, codeSpan, cut } from "../../core/render/body.js";
import { inert, tableHead, tableRow } from "../../core/render/markdown.js";
import type { ClinicRequestForm } from "./form.js";
import { commentMessages as m } from "./messages.js";
import type { Answers } from "./parse.js";
import type { IntakeProblem } from "./problems.js";

/** The longest registry message a row shows; its values from the request are already cut by the registry. */
const maxMessage = 600;

/**
 * Within GitHub's limit by construction (boundedBody): each answer is echoed as a code span cut to a bound, and rows
 * that do not fit are counted in one line. Messages may carry text the requester wrote, so they go through inert().
 */
export function renderProblemsComment(problems: readonly IntakeProblem[], locale: Locale): string {
  const rows = problems.map((p) =>
    tableRow([inert(cut(p.field)), inert(cut(p.message, maxMessage)), codeCell(p.value ?? "")]),
  );
  return boundedBody({
    before: [
      formatText(m.problemsTitle, locale),
      "",
      formatText(m.problemsLead, locale),
      "",
      ...tableHead([formatText(m.field, locale), formatText(m.problem, locale), formatText(m.given, locale)]),
    ],
    rows,
    after: [""],
    more: (omitted) => `\n${formatText(m.moreRows, locale, { omitted })}`,
  });
}

export function renderUnauthorisedComment(team: string | undefined, locale: Locale): string {
  const teamText = team === undefined ? "" : formatText(m.unauthorisedTeam, locale, { team: codeSpan(team) });
  return [
    formatText(m.unauthorisedTitle, locale),
    "",
    formatText(m.unauthorisedBody, locale, { team: teamText }),
    "",
  ].join("\n");
}

/** opened: this run opened the PR; updated: this run changed its file; current: nothing needed changing. */
export type PullCommentVariant = "opened" | "updated" | "current";

export function renderPullComment(variant: PullCommentVariant, url: string, path: string, locale: Locale): string {
  const title = variant === "updated" ? m.updatedTitle : m.openedTitle;
  const lines = [formatText(title, locale), "", formatText(m.prLine, locale, { url, path })];
  if (variant === "updated") lines.push("", formatText(m.updatedLine, locale));
  return `${lines.join("\n")}\n`;
}

export function pullTitle(answers: Answers, locale: Locale): string {
  return formatText(m.prTitle, locale, { id: answers.get("id") ?? "" });
}

/**
 * Links the issue so that merging closes it, and shows the clinic as a table of the form's answers, each a code span
 * (an e-mail address copies exactly as written). Within GitHub's limit by construction (boundedBody).
 */
export function renderPullBody(issueNumber: number, answers: Answers, form: ClinicRequestForm, locale: Locale): string {
  const rows = form.fields.map((f) => tableRow([inert(f.label), codeCell(f.path), codeCell(answers.get(f.id) ?? "")]));
  return boundedBody({
    before: [
      formatText(m.prBodyLead, locale, { issue: issueNumber }),
      "",
      ...tableHead([formatText(m.field, locale), formatText(m.key, locale), formatText(m.value, locale)]),
    ],
    rows,
    after: ["", `Closes #${issueNumber}`, ""],
    more: (omitted) => formatText(m.moreRows, locale, { omitted }),
  });
}
