import type { Locale } from "../../core/i18n/locale.js";
import { formatText } from "../../core/i18n/message.js";

import { inert, table } from "../../core/render/markdown.js";
import type { ClinicRequestForm } from "./form.js";
import { commentMessages as m } from "./messages.js";
import type { Answers } from "./parse.js";
import type { IntakeProblem } from "./problems.js";

/**
 * Shows invisible and control characters as their code points (`[U+202E]`), so the person sees where they are and
 * none of them reorders or hides the comment's text.
 */
export function revealInvisible(text: string): string {
  return text.replace(
    /(?![\n\t])[\p{Cc}\p{Cf}]/gu,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`,
  );
}

/** Every cell goes through inert(): answers and registry messages may carry text the requester wrote. */
export function renderProblemsComment(problems: readonly IntakeProblem[], locale: Locale): string {
  const rows = problems.map((p) => [inert(p.field), inert(p.message), inert(revealInvisible(p.value ?? ""))]);
  return [
    formatText(m.problemsTitle, locale),
    "",
    formatText(m.problemsLead, locale),
    "",
    table([formatText(m.field, locale), formatText(m.problem, locale), formatText(m.given, locale)], rows),
    "",
  ].join("\n");
}

export function renderUnauthorisedComment(team: string | undefined, locale: Locale): string {
  const teamText = team === undefined ? "" : formatText(m.unauthorisedTeam, locale, { team: inert(team) });
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

/** Links the issue so that merging closes it, and shows the clinic as a table of the form's answers. */
export function renderPullBody(issueNumber: number, answers: Answers, form: ClinicRequestForm, locale: Locale): string {
  const rows = form.fields.map((f) => [inert(f.label), `\`${f.path}\``, inert(answers.get(f.id) ?? "")]);
  return [
    formatText(m.prBodyLead, locale, { issue: issueNumber }),
    "",
    table([formatText(m.field, locale), formatText(m.key, locale), formatText(m.value, locale)], rows),
    "",
    `Closes #${issueNumber}`,
    "",
  ].join("\n");
}
