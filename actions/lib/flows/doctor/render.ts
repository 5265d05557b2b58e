import type { Locale } from "../../core/i18n/locale.js";
import { formatText } from "../../core/i18n/message.js";
import type { Finding, Said } from "./finding.js";
import { doctorMessages as m } from "./messages.js";

function say(said: Said, locale: Locale): string {
  return formatText(m[said.key], locale, said.values ?? {});
}

/** The checklist: one line per check, ✓ or ✗, the fix under each miss, and a last line that counts. */
export function renderChecklist(findings: readonly Finding[], locale: Locale): string {
  const lines: string[] = [m.title[locale]];
  for (const f of findings) {
    lines.push(`${f.ok ? "✓" : "✗"} [${f.area}] ${say(f.said, locale)}`);
    if (f.fix !== undefined) lines.push(`    ${m.fixLabel[locale]}: ${say(f.fix, locale)}`);
  }
  const missed = findings.filter((f) => !f.ok).length;
  lines.push(
    missed === 0
      ? formatText(m.allOk, locale, { count: findings.length })
      : formatText(m.someMissed, locale, { missed, count: findings.length }),
  );
  return lines.join("\n");
}

/** For machines: every check with its id, the rendered text and fix, in the fleet's locale. */
export function checklistJson(findings: readonly Finding[], locale: Locale) {
  return {
    ok: findings.every((f) => f.ok),
    checks: findings.map((f) => ({
      id: f.id,
      area: f.area,
      ok: f.ok,
      message: say(f.said, locale),
      ...(f.fix === undefined ? {} : { fix: say(f.fix, locale) }),
    })),
  };
}
