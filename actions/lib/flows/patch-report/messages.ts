import type { Locale } from "../../core/i18n/locale.js";
import { formatText, type MessageText, type MessageValue } from "../../core/i18n/message.js";

/** Every fixed text of the patch report, in each locale. */
export const messages = {
  title: { en: "Patch compliance report", ja: "パッチ適用状況レポート" },
  asOf: {
    en: "As of {at} (Asia/Tokyo), week {week}: {clinics, plural, one {# active clinic} other {# active clinics}}. Updated in place every week.",
    ja: "{at}（日本時間）時点、{week} 週: 稼働中のクリニック {clinics} 件。毎週この issue を更新します。",
  },
  compliance: { en: "Compliance", ja: "準拠状況" },
  colState: { en: "State", ja: "状態" },
  colClinics: { en: "Clinics", ja: "クリニック数" },
  compliant: { en: "Compliant", ja: "準拠" },
  nonCompliant: { en: "Non-compliant", ja: "非準拠" },
  neverScanned: { en: "Never scanned", ja: "未スキャン" },
  noInstance: { en: "No instance", ja: "インスタンスなし" },
  staleScans: {
    en: "Last scan older than {days, plural, one {# day} other {# days}}",
    ja: "最終スキャンが {days} 日より前",
  },
  pendingReboot: {
    en: "Installed, waiting for a reboot (needs a maintenance window)",
    ja: "適用済み・再起動待ち（メンテナンス時間帯が必要）",
  },
  bySeverity: { en: "Missing and failed patches by severity", ja: "重要度別の未適用・失敗パッチ" },
  colSeverity: { en: "Severity", ja: "重要度" },
  colMissing: { en: "Missing", ja: "未適用" },
  colFailed: { en: "Failed", ja: "失敗" },
  noPatchesMissing: { en: "No patch is missing or failed.", ja: "未適用・失敗のパッチはありません。" },
  urgent: {
    en: "Clinics with critical or important patches outstanding",
    ja: "緊急・重要パッチが未適用のクリニック",
  },
  urgentNone: {
    en: "No clinic has a critical or important patch outstanding.",
    ja: "緊急・重要パッチが未適用のクリニックはありません。",
  },
  urgentLead: {
    en: "{count, plural, one {# clinic} other {# clinics}}; the oldest has waited {days, plural, one {# day} other {# days}} since first seen.",
    ja: "{count} 件。最も古いものは初検出から {days} 日経過しています。",
  },
  colClinic: { en: "Clinic", ja: "クリニック" },
  colCritical: { en: "Critical", ja: "緊急" },
  colImportant: { en: "Important", ja: "重要" },
  colOldest: { en: "Oldest (days)", ja: "最古（日）" },
  colStale: { en: "Scan stale", ja: "スキャン古い" },
  yes: { en: "yes", ja: "はい" },
  more: {
    en: "…and {count} more: every clinic is in the JSON artifact of the workflow run.",
    ja: "…ほか {count} 件。全件はワークフロー実行の JSON アーティファクトにあります。",
  },
  trend: { en: "Trend by week", ja: "週ごとの推移" },
  trendAxis: { en: "clinics", ja: "クリニック数" },
  trendLegend: {
    en: "Lines: non-compliant clinics, then clinics with critical or important patches outstanding.",
    ja: "線: 非準拠のクリニック数、緊急・重要パッチ未適用のクリニック数。",
  },
  trendTable: { en: "The trend as a table", ja: "推移（表）" },
  colWeek: { en: "Week", ja: "週" },
  colUrgent: { en: "Urgent", ja: "緊急・重要" },
  ageNote: {
    en: "Ages count from the first weekly report that saw the patch outstanding: Patch Manager keeps only the latest scan.",
    ja: "経過日数は、そのパッチの未適用を最初に検出したレポートから数えます（Patch Manager は最新のスキャンしか保持しません）。",
  },
  gateFailed: {
    en: "{count, plural, one {# critical patch} other {# critical patches}} outstanding for more than {days, plural, one {# day} other {# days}}, at {clinics, plural, one {# clinic} other {# clinics}}: {list}",
    ja: "{days} 日を超えて未適用の緊急パッチが {count} 件（{clinics} クリニック）: {list}",
  },
  historyCommitted: {
    en: "History: {events, plural, one {# change} other {# changes}} recorded on {branch}.",
    ja: "履歴: {branch} に {events} 件の変更を記録しました。",
  },
  historyUnchanged: {
    en: "History: nothing changed since the last report.",
    ja: "履歴: 前回のレポートから変化はありません。",
  },
  issueLine: { en: "Report issue #{number} ({outcome}).", ja: "レポート issue #{number}（{outcome}）。" },
  created: { en: "created", ja: "作成" },
  updated: { en: "updated", ja: "更新" },
  unchanged: { en: "unchanged", ja: "変更なし" },
} satisfies Record<string, MessageText>;

export type PatchMessageKey = keyof typeof messages;

/** One message of the catalogue in the locale, filled with ICU MessageFormat (plural forms included). */
export function say(key: PatchMessageKey, locale: Locale, values: Readonly<Record<string, MessageValue>> = {}): string {
  return formatText(messages[key], locale, values);
}
