// docs/compliance.md: the map as a page a clinic's 医療情報システム安全管理責任者 can read — Japanese, with an English
// summary — every requirement with its control, where it is enforced, the test that proves it, and what remains.
import { table } from "../../actions/lib/core/render/markdown.js";
import { cell, code, controlsById, generatedNote, guidelineShort, reference, statusLabel } from "./format.js";
import { type ComplianceMap, mapPath, parties, type statuses } from "./schema.js";

const partyLabel: Record<(typeof parties)[number], string> = {
  provider: "提供事業者 (orca-fleet の運用チーム)",
  aws: "AWS",
  orca: "日本医師会ORCA管理機構",
  clinic: "医療機関",
};

function summary(map: ComplianceMap): string {
  const count = (status: (typeof statuses)[number]) => map.requirements.filter((r) => r.status === status).length;
  const controls = controlsById(map);
  const rows = map.requirements.map((r) => [
    cell(reference(r, "en")),
    cell(r.requirement.en),
    statusLabel[r.status].en,
    cell(r.controls.map((id) => controls.get(id)?.title.en ?? id).join("; ") || "—"),
  ]);
  return [
    "## English summary",
    "",
    `This page maps ${map.requirements.length} requirements of MHLW's Guidelines for the Security Management of Medical ` +
      "Information Systems 6.0 (Operations and Planning parts) and of the METI/MIC guideline for providers to what " +
      `orca-fleet enforces: ${count("enforced")} enforced, ${count("partial")} partial, ${count("gap")} gaps (the ` +
      `toolkit could enforce them and does not: each has a proposal), ${count("operator")} left to the operator or the ` +
      `clinic. Each of the ${map.controls.length} controls names the file and symbol that enforce it and the tests ` +
      "that prove it; test/unit/compliance/map.test.ts fails when a file, symbol or test named here disappears, and " +
      "CI fails when this page is not regenerated from the map.",
    "",
    table(["Guideline", "Requirement", "Status", "orca-fleet controls"], rows),
  ].join("\n");
}

function howToRead(): string {
  return [
    "## 読み方",
    "",
    `- 状態: 「${statusLabel.enforced.ja}」「${statusLabel.partial.ja}」「${statusLabel.gap.ja}」「${statusLabel.operator.ja}」。` +
      "未対応 (gap) は、ツールキットで強制できるのにしていないもので、対応済とは主張しない。",
    "- 実装箇所は「ファイル: シンボル」。シンボルの意味はファイル種別で決まる: TypeScript は宣言 (`a.b` は a の中の" +
      "プロパティ b)、シェルは関数か変数代入、YAML/JSON はキーのパス (配列では Sid・name・id・path でも選ぶ)、HCL は" +
      "ブロックと属性のパス、systemd は `Section.Key`、Markdown は見出し。",
    "- 検証テストは「テストファイル: テスト名」。テスト名は vitest の表示どおり describe を「 > 」でつないだもの。" +
      "`npx vitest run <ファイル> -t '<名前の一部>'` で個別に実行できる。",
    "- 項番は各編の【遵守事項】の番号 (①…)。出典の本文で番号を確認できなかったものは「項番未確認」と書き、章で引く。" +
      "章の位置そのものを本文で確認できなかったものは「章は出典本文で未確認」と書く。提出前に正本で確かめること。",
    `- このページは ${code(mapPath)} から生成する。対応表を変えるときは map.yml を編集し \`npm run generate\`。`,
  ].join("\n");
}

function sources(map: ComplianceMap): string {
  return [
    "## 出典",
    "",
    ...Object.entries(map.sources).map(
      ([id, s]) => `- ${guidelineShort[id as keyof typeof guidelineShort].ja}: ${s.issuer}「${s.title}」${s.edition}`,
    ),
  ].join("\n");
}

function requirementTable(map: ComplianceMap): string {
  const controls = controlsById(map);
  const sections = (["mhlw-ops", "mhlw-plan", "meti-mic"] as const).map((guideline) => {
    const rows = map.requirements
      .filter((r) => r.guideline === guideline)
      .map((r) => {
        const used = r.controls.map((id) => controls.get(id)).filter((c) => c !== undefined);
        return [
          cell(`${reference(r)}<br>${r.heading}`),
          cell(r.requirement.ja),
          cell(statusLabel[r.status].ja),
          cell(used.map((c) => `**${c.title.ja}**: ${c.does.ja}`).join("<br>") || "—"),
          cell(used.flatMap((c) => c.enforcedBy.map((e) => `${code(e.file)}: ${code(e.symbol)}`)).join("<br>") || "—"),
          cell(used.flatMap((c) => c.provedBy.map((t) => `${code(t.file)}: ${t.name}`)).join("<br>") || "—"),
          cell(`運用者: ${r.remains.operator}<br>医療機関: ${r.remains.clinic}`),
        ];
      });
    if (rows.length === 0) return "";
    return [
      `### ${map.sources[guideline].title}`,
      "",
      table(["章・項番", "要件 (要約)", "状態", "orca-fleet の統制", "実装箇所", "検証テスト", "残る対応"], rows),
    ].join("\n");
  });
  return ["## 要件と統制", "", ...sections.filter((s) => s !== "").flatMap((s) => [s, ""])].join("\n").trimEnd();
}

function gaps(map: ComplianceMap): string {
  const rows = map.requirements
    .filter((r) => r.gap !== undefined)
    .map((r) => [
      cell(reference(r)),
      cell(statusLabel[r.status].ja),
      cell(r.gap?.what.ja ?? ""),
      cell(r.gap?.proposal.ja ?? ""),
    ]);
  return ["## 未対応 (gap) と提案", "", table(["章・項番", "状態", "足りないもの", "提案"], rows)].join("\n");
}

function responsibilities(map: ComplianceMap): string {
  const rows = map.responsibilities.flatMap((r) => [
    [cell(r.area), "通常時", ...parties.map((p) => cell(r.normal[p] || "—"))],
    [cell(r.area), "インシデント時", ...parties.map((p) => cell(r.incident[p] || "—"))],
  ]);
  return [
    "## 責任分界",
    "",
    "提供事業者 (このリポジトリで orca-fleet を運用するチーム)、AWS、日本医師会ORCA管理機構、医療機関のそれぞれが、" +
      "通常時とインシデント時に何を担うか。契約 (SLA・責任分界表) の下書きとして使い、実際の契約で確定させる。",
    "",
    table(["領域", "場面", ...parties.map((p) => partyLabel[p])], rows),
  ].join("\n");
}

export function renderCompliancePage(map: ComplianceMap): string {
  return `${[
    generatedNote(mapPath),
    "# 3省2ガイドライン対応表 (orca-fleet)",
    "",
    "厚生労働省「医療情報システムの安全管理に関するガイドライン 第6.0版」(システム運用編、および運用者が対応すべき" +
      "企画管理編の項目) と経済産業省・総務省「医療情報を取り扱う情報システム・サービスの提供事業者における安全管理" +
      "ガイドライン」の要件のうち、orca-fleet が扱うものについて、統制・実装箇所・検証テスト・残る対応を示す。" +
      "サービス仕様適合開示書の草案は [compliance/disclosure.md](compliance/disclosure.md)。",
    "",
    summary(map),
    "",
    howToRead(),
    "",
    sources(map),
    "",
    requirementTable(map),
    "",
    gaps(map),
    "",
    responsibilities(map),
  ].join("\n")}\n`;
}
