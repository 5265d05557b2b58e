import type { Locale } from "../lib/core/i18n/locale.js";
import { formatText } from "../lib/core/i18n/message.js";

import type { Problem } from "../lib/core/registry/problem.js";
import { inert, table } from "../lib/core/render/markdown.js";

const text = {
  heading: { en: "Clinic registry", ja: "医療機関レジストリ" },
  valid: {
    en: "{clinics} clinics checked: no problems.",
    ja: "{clinics} 件の医療機関を確認しました。問題はありません。",
  },
  invalid: {
    en: "{problems, plural, one {Found # problem. Fix it in the file below.} other {Found # problems. Fix them in the files below.}}",
    ja: "{problems} 件の問題があります。下のファイルを直してください。",
  },
  where: { en: "Where", ja: "場所" },
  field: { en: "Field", ja: "項目" },
  problem: { en: "Problem", ja: "問題" },
};

/** The job summary's markdown: a count, then one row per problem. */
export function renderSummary(clinics: number, problems: readonly Problem[], locale: Locale): string {
  const heading = `## ${formatText(text.heading, locale)}`;
  const values = { clinics, problems: problems.length };
  if (problems.length === 0) return `${heading}\n\n${formatText(text.valid, locale, values)}\n`;
  const rows = problems.map((p) => [
    `\`${inert([p.file, p.line, p.column].filter((part) => part !== undefined).join(":"))}\``,
    inert(p.field),
    inert(p.message),
  ]);
  const headers = [formatText(text.where, locale), formatText(text.field, locale), formatText(text.problem, locale)];
  return `${heading}\n\n${formatText(text.invalid, locale, values)}\n\n${table(headers, rows)}\n`;
}
