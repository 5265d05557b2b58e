import type { Locale } from "../../core/i18n/locale.js";
import { formatText } from "../../core/i18n/message.js";

import { codeCell } from "../../core/render/body.js";
import { table } from "../../core/render/markdown.js";
import { summaryMessages as text } from "./messages.js";
import type { IntakeResult } from "./run-intake.js";

type Change = "created" | "updated" | "unchanged";

/** The job summary of one intake run, in the fleet's locale. */
export function renderIntakeSummary(issueNumber: number, result: IntakeResult, locale: Locale): string {
  const say = (message: (typeof text)[keyof typeof text], values: Record<string, string | number> = {}) =>
    formatText(message, locale, values);
  const change = (outcome: Change) => say(text[outcome]);
  const heading = `## ${say(text.title, { issue: issueNumber })}`;
  switch (result.outcome) {
    case "ignored":
      return `${heading}\n\n${say(result.reason === "closed" ? text.closed : text.notARequest)}\n`;
    case "unauthorised":
      return `${heading}\n\n${say(text.unauthorised, { comment: change(result.comment) })}\n`;
    case "needs-changes":
      return `${heading}\n\n${say(text.needsChanges, { problems: result.problems.length, comment: change(result.comment) })}\n`;
    case "pr-opened":
      return `${heading}\n\n${table(
        [say(text.what), say(text.outcome)],
        [
          [codeCell(result.path), change(result.file)],
          [say(text.pullRequest, { number: result.pull.number }), change(result.pull.outcome)],
          [say(text.issueComment), change(result.comment)],
        ],
      )}\n`;
  }
}
