// docs/compliance/disclosure.md: a draft サービス仕様適合開示書 from the same map. The toolkit's answers come from the
// requirement rows (status, controls, the test that proves each); what only the operator can say is a marked blank.
import { table } from "../../actions/lib/core/render/markdown.js";
import { cell, code, controlsById, generatedNote, reference, statusLabel } from "./format.js";
import { type ComplianceMap, mapPath } from "./schema.js";

export const operatorBlank = "【運用者記入】";

function toolkitAnswer(map: ComplianceMap, ids: readonly string[]): string[] {
  const controls = controlsById(map);
  return ids.flatMap((id) => {
    const row = map.requirements.find((r) => r.id === id);
    if (row === undefined) return [];
    const lines = [`- ${reference(row)} — ${statusLabel[row.status].ja}: ${row.requirement.ja}`];
    for (const control of row.controls.map((c) => controls.get(c)).filter((c) => c !== undefined)) {
      const where = control.enforcedBy.map((e) => `${code(e.file)}: ${code(e.symbol)}`).join(", ");
      lines.push(
        `  - ${control.title.ja}: ${control.does.ja} (実装: ${where}; 検証: ${control.provedBy.length} 件のテスト)`,
      );
    }
    if (row.gap !== undefined) lines.push(`  - 未対応: ${row.gap.what.ja} 提案: ${row.gap.proposal.ja}`);
    lines.push(`  - 運用者に残ること: ${row.remains.operator}`);
    return lines;
  });
}

/** Every requirement of the map with its status: the part of the disclosure a clinic checks line by line. */
function conformity(map: ComplianceMap): string {
  const controls = controlsById(map);
  const rows = map.requirements.map((r) => [
    cell(reference(r)),
    cell(r.requirement.ja),
    cell(statusLabel[r.status].ja),
    cell(r.controls.map((id) => controls.get(id)?.title.ja ?? id).join("<br>") || "—"),
    cell(r.status === "operator" || r.gap !== undefined ? `${operatorBlank} 対応状況を書く` : "—"),
  ]);
  return table(["章・項番", "要件 (要約)", "状態", "orca-fleet の統制", "運用者の記入"], rows);
}

export function renderDisclosure(map: ComplianceMap): string {
  const blanks = map.disclosure.sections.flatMap((s) => s.items).filter((i) => i.operator !== undefined).length;
  const parts = [
    generatedNote(mapPath),
    "# サービス仕様適合開示書 (草案)",
    "",
    map.disclosure.intro.trim(),
    "",
    `- 「回答 (orca-fleet)」はこのリポジトリのコードとテストが今日担保していること。docs/compliance.md と同じデータ (${code(mapPath)}) から生成している。`,
    `- 「${operatorBlank}」は運用者 (このツールキットでサービスを提供する事業者) だけが答えられる欄。この草案のままでは ${blanks} 箇所が空欄で、提出前にすべて埋めること。`,
    "",
  ];
  for (const section of map.disclosure.sections) {
    parts.push(`## ${section.number} ${section.title}`, "");
    section.items.forEach((item, index) => {
      parts.push(`### ${section.number}.${index + 1} ${item.question}`, "");
      const answer = [
        ...(item.answer === undefined ? [] : [item.answer.trim()]),
        ...toolkitAnswer(map, item.requirements),
      ];
      if (answer.length > 0) parts.push("**回答 (orca-fleet)**", "", ...answer, "");
      if (item.operator !== undefined) parts.push(`**${operatorBlank}** ${cell(item.operator)}`, "", "> (未記入)", "");
    });
  }
  parts.push(`## ${map.disclosure.sections.length + 1} 安全管理ガイドラインの要件ごとの適合状況`, "", conformity(map));
  return `${parts.join("\n").trimEnd()}\n`;
}
