import type { Locale } from "../../core/i18n/locale.js";
import { formatText, type MessageText, type MessageValue } from "../../core/i18n/message.js";

/** Every fixed text of the liveness sweep (incidents, Slack, the job summary), in each locale. */
export const messages = {
  "class.healthy": { en: "healthy", ja: "正常" },
  "class.slow": { en: "slow", ja: "応答遅延" },
  "class.down": { en: "down", ja: "停止" },
  "class.api-error": { en: "API error", ja: "API エラー" },
  "class.clock-skew": { en: "clock skew", ja: "時刻ずれ" },
  "class.masters-behind": { en: "masters behind", ja: "マスタ未更新" },
  "class.schema-mismatch": { en: "schema mismatch", ja: "DB 構造不一致" },
  "class.cert-expiring": { en: "certificate expiring", ja: "証明書期限切れ間近" },
  "class.disk-low": { en: "disk low", ja: "ディスク残量不足" },
  "class.unreachable": { en: "unreachable", ja: "到達不能" },
  "reason.no-instance": { en: "no live instance", ja: "稼働中のインスタンスなし" },
  "reason.stopped": { en: "the instance is stopped", ja: "インスタンスが停止中" },
  "reason.impaired": { en: "EC2 status checks impaired", ja: "EC2 ステータスチェック異常" },
  "reason.no-agent": { en: "no SSM agent registered", ja: "SSM エージェント未登録" },
  "reason.connection-lost": { en: "SSM agent connection lost", ja: "SSM エージェントの接続断" },
  "reason.undeliverable": { en: "command undeliverable", ja: "コマンドを配信できない" },
  "reason.delivery-timed-out": { en: "command delivery timed out", ja: "コマンド配信タイムアウト" },
  "reason.no-answer": { en: "no answer before the sweep's deadline", ja: "巡回の期限までに応答なし" },
  incidentTitle: { en: "Incident: {clinic} is {class}", ja: "インシデント: {clinic} が{class}" },
  flappingTitle: { en: "Incident: {clinic} is flapping", ja: "インシデント: {clinic} が不安定" },
  parentTitle: {
    en: "Incident: {count} clinics failing together ({cause})",
    ja: "インシデント: {count} 医療機関が同時に障害 ({cause})",
  },
  "cause.fleet": { en: "the whole fleet", ja: "フリート全体" },
  "cause.subnet": { en: "subnet {value}", ja: "サブネット {value}" },
  "cause.availability-zone": { en: "availability zone {value}", ja: "アベイラビリティゾーン {value}" },
  "cause.ami": { en: "AMI {value}", ja: "AMI {value}" },
  "cause.release": { en: "ORCA release {value}", ja: "ORCA リリース {value}" },
  intro: {
    en: "Kept up to date by the liveness sweep; it closes itself after the clinic is healthy again.",
    ja: "死活監視の巡回が更新します。医療機関が正常に戻ると自動で閉じます。",
  },
  parentIntro: {
    en: "Many clinics fail for what looks like one cause: look there first. Each clinic's own incident links here.",
    ja: "多数の医療機関が同じ原因と思われる障害です。まずここを確認してください。各医療機関のインシデントはここを参照します。",
  },
  rowClinic: { en: "Clinic", ja: "医療機関" },
  rowInstance: { en: "Instance", ja: "インスタンス" },
  rowClass: { en: "State", ja: "状態" },
  rowChecks: { en: "Failing checks", ja: "失敗した検査" },
  rowSince: { en: "Failing since", ja: "障害開始" },
  rowTried: { en: "Tried", ja: "実施済みの対処" },
  rowParent: { en: "Part of", ja: "親インシデント" },
  rowFlapping: { en: "Flapping", ja: "不安定" },
  rowMembers: { en: "Failing clinics", ja: "障害中の医療機関" },
  tried: {
    en: "{restarts, plural, =0 {no restart} one {# restart that did not heal it} other {# restarts that did not heal it}}",
    ja: "{restarts, plural, =0 {再起動なし} other {再起動 # 回(回復せず)}}",
  },
  notRestartable: {
    en: "nothing: a restart cannot end this failure",
    ja: "なし: 再起動では解消しない障害です",
  },
  flappingYes: {
    en: "{failures} of the last {sweeps} sweeps failed",
    ja: "直近 {sweeps} 回の巡回のうち {failures} 回失敗",
  },
  excerpt: { en: "Output excerpt", ja: "出力の抜粋" },
  recovered: {
    en: "Recovered: healthy for {sweeps, plural, one {# sweep} other {# sweeps}} in a row. Down for {downtime} (since {since}). Closing.",
    ja: "回復しました: {sweeps} 回連続で正常です。停止時間 {downtime}({since} から)。クローズします。",
  },
  parentRecovered: {
    en: "No clinic of this cause fails any more. Open for {downtime}. Closing.",
    ja: "この原因で障害中の医療機関はなくなりました。継続時間 {downtime}。クローズします。",
  },
  slackOpened: { en: ":rotating_light: Opened: {title} {url}", ja: ":rotating_light: 起票: {title} {url}" },
  slackEscalated: { en: ":warning: Escalated: {title} {url}", ja: ":warning: 悪化: {title} {url}" },
  slackClosed: {
    en: ":white_check_mark: Closed after {downtime}: {title} {url}",
    ja: ":white_check_mark: 解消({downtime}): {title} {url}",
  },
  summaryTitle: { en: "Liveness sweep", ja: "死活監視の巡回" },
  summaryLead: {
    en: "{clinics, plural, one {# active clinic} other {# active clinics}} at {at} (UTC); {restarts, plural, =0 {no restart} one {# restart} other {# restarts}}, {healed} healed.",
    ja: "{at}(UTC)時点の稼働中医療機関 {clinics} 件。再起動 {restarts} 件、うち回復 {healed} 件。",
  },
  colClass: { en: "State", ja: "状態" },
  colCount: { en: "Clinics", ja: "件数" },
  colClinic: { en: "Clinic", ja: "医療機関" },
  colChecks: { en: "Checks", ja: "検査" },
  colIncident: { en: "Incident", ja: "インシデント" },
  notHealthy: { en: "Clinics not healthy", ja: "正常でない医療機関" },
  allHealthy: { en: "Every clinic is healthy.", ja: "すべての医療機関が正常です。" },
  latency: {
    en: "API latency: p50 {p50} ms, p95 {p95} ms, max {max} ms.",
    ja: "API 応答時間: p50 {p50} ms、p95 {p95} ms、最大 {max} ms。",
  },
  drift: { en: "Drift (reported, never fixed by the sweep)", ja: "ずれ(報告のみ。巡回では修正しません)" },
  colDesired: { en: "clinics/", ja: "clinics/" },
  colTagged: { en: "Instance tag", ja: "インスタンスのタグ" },
  colRunning: { en: "ORCA answers", ja: "ORCA の応答" },
  colStructure: { en: "Structure", ja: "DB 構造" },
  colMasters: { en: "Masters behind", ja: "未更新マスタ" },
  noDrift: { en: "No drift.", ja: "ずれはありません。" },
  incidentsLine: {
    en: "Incidents: {opened} opened, {updated} updated, {closed} closed, {open} open.",
    ja: "インシデント: 起票 {opened} 件、更新 {updated} 件、クローズ {closed} 件、未解決 {open} 件。",
  },
  cause: {
    en: "Common cause: {cause} ({failing} of {of} failing).",
    ja: "共通原因: {cause}({of} 件中 {failing} 件が障害)。",
  },
  more: { en: "… and {count} more", ja: "… ほか {count} 件" },
} satisfies Record<string, MessageText>;

export type SweepMessageKey = keyof typeof messages;

export function say(key: SweepMessageKey, locale: Locale, values: Readonly<Record<string, MessageValue>> = {}): string {
  return formatText(messages[key], locale, values);
}

/** A duration as people read it: "2 h 05 min", "35 min". */
export function duration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}
