import type { Locale } from "../../core/i18n/locale.js";
import { render, translator } from "../../core/i18n/message.js";
import type { Problem } from "../../core/registry/problem.js";
import { codeCell } from "../../core/render/body.js";
import { inert, table } from "../../core/render/markdown.js";
import { summaryMessages as text } from "./messages.js";

/** The job summary's markdown: a count, then one row per problem. */
export function renderSummary(clinics: number, problems: readonly Problem[], locale: Locale): string {
  const t = translator(locale);
  const heading = `## ${t(text.heading)}`;
  const values = { clinics, problems: problems.length };
  if (problems.length === 0) return `${heading}\n\n${t(text.valid, values)}\n`;
  const rows = problems.map((p) => [
    codeCell([p.file, p.line, p.column].filter((part) => part !== undefined).join(":")),
    inert(p.field),
    inert(render(p.message, locale)),
  ]);
  const headers = [t(text.where), t(text.field), t(text.problem)];
  return `${heading}\n\n${t(text.invalid, values)}\n\n${table(headers, rows)}\n`;
}
