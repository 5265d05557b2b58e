// Small pieces both compliance pages share: how a guideline reference, a status and a table cell are written.
import type { ComplianceMap, Requirement } from "./schema.js";

const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

export const guidelineShort: Record<Requirement["guideline"], { ja: string; en: string }> = {
  "mhlw-ops": { ja: "システム運用編", en: "MHLW 6.0 Operations" },
  "mhlw-plan": { ja: "企画管理編", en: "MHLW 6.0 Planning" },
  "meti-mic": { ja: "提供事業者GL", en: "METI/MIC providers" },
};

export const statusLabel: Record<Requirement["status"], { ja: string; en: string }> = {
  enforced: { ja: "対応済 (コードとテストで担保)", en: "enforced" },
  partial: { ja: "一部対応 (残りは gap)", en: "partial" },
  gap: { ja: "未対応 (gap)", en: "gap" },
  operator: { ja: "運用者・医療機関の対応事項", en: "operator" },
};

/** 13章⑫ — or 13章 (項番未確認) when the item's number was not checked against the source. */
export function reference(row: Requirement, language: "ja" | "en" = "ja"): string {
  const item = row.item === null ? undefined : circled[row.item - 1];
  if (language === "en")
    return `${guidelineShort[row.guideline].en} ch. ${row.chapter}${row.item === null ? "" : ` item ${row.item}`}`;
  const number = row.item === null ? " (項番未確認)" : (item ?? `(${row.item})`);
  const place = row.chapterChecked ? "" : " (章は出典本文で未確認)";
  return `${guidelineShort[row.guideline].ja} ${row.chapter}章${number}${place}`;
}

/** Our own text in a table cell: pipes escaped, lines joined with <br>. */
export function cell(text: string): string {
  return text.trim().replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function controlsById(map: ComplianceMap): Map<string, ComplianceMap["controls"][number]> {
  return new Map(map.controls.map((c) => [c.id, c]));
}

export const generatedNote = (source: string) =>
  `<!-- Generated from ${source} by scripts/generators/compliance.ts (npm run generate). Do not edit by hand. -->`;
