import type { Locale } from "./i18n/locale.js";
import type { UpdateStatus, UpdateStep } from "./update-result.js";

/**
 * Every fixed text of an orca-update result shown to a person, in each locale; `{name}` marks a value. Each text is
 * one record of both locales, the shape of the message catalogues.
 */
type Text = Readonly<Record<Locale, string>>;

export const statusTexts: Readonly<Record<UpdateStatus, Text>> = {
  updated: { en: "updated", ja: "更新しました" },
  "already-current": { en: "already current", ja: "更新済みでした" },
  busy: { en: "busy: another update is running", ja: "実行中: 別の更新が動いています" },
  "preflight-failed": { en: "not started: a check before the update failed", ja: "未実施: 更新前の確認で中止しました" },
  "rolled-back": { en: "rolled back", ja: "ロールバックしました" },
  "rollback-failed": { en: "ROLL-BACK FAILED", ja: "ロールバック失敗" },
};

export const stepTexts: Readonly<Record<UpdateStep, Text>> = {
  lock: { en: "lock", ja: "ロック" },
  preflight: { en: "preflight", ja: "事前確認" },
  backup: { en: "backup", ja: "バックアップ" },
  update: { en: "update", ja: "更新" },
  postcheck: { en: "postcheck", ja: "事後確認" },
  rollback: { en: "roll-back", ja: "ロールバック" },
};

export const updateResultMessages = {
  heading: { en: "{instance}: {status} (target {target})", ja: "{instance}: {status}（目標 {target}）" },
  releases: { en: "Release: {before} → {after}", ja: "リリース: {before} → {after}" },
  unknownRelease: { en: "unknown", ja: "不明" },
  failedAt: { en: "Stopped in step {step}: {reason}", ja: "{step}の段階で停止: {reason}" },
  rollbackReason: { en: "The roll-back failed: {reason}", ja: "ロールバックの失敗理由: {reason}" },
  resumed: {
    en: "Continued from an interrupted run that had reached step {step}.",
    ja: "中断された前回の実行（{step}の段階）から続けました。",
  },
  backup: { en: "Backup: {key} ({size}, sha256 {sha})", ja: "バックアップ: {key}（{size}、sha256 {sha}）" },
  failedDatabase: {
    en: "The database that failed the update is kept as {name} (never dropped).",
    ja: "更新に失敗したデータベースは {name} として残しています（削除しません）。",
  },
  durations: { en: "Durations: {list}", ja: "所要時間: {list}" },
  seconds: { en: "{step} {seconds} s", ja: "{step} {seconds} 秒" },
  mastersBehind: {
    en: "Masters not updated ({count}): {names}. Master updates are not automated: run them from ORCA's screens.",
    ja: "未更新のマスタ（{count} 件）: {names}。マスタ更新は自動化されていません。ORCA の画面から実施してください。",
  },
  nextPreflight: {
    en: "Nothing was changed. Fix the cause and send the update again.",
    ja: "何も変更していません。原因を取り除いてから、もう一度更新を送ってください。",
  },
  nextBusy: {
    en: "Nothing was changed. Wait for the running update and read its result.",
    ja: "何も変更していません。実行中の更新の終了を待ち、その結果を確認してください。",
  },
  nextRolledBack: {
    en: "The previous release runs with the data from before the update. Investigate before retrying: {runbook}",
    ja: "以前のリリースが更新前のデータで動いています。再実行の前に原因を調べてください: {runbook}",
  },
  nextRollbackFailed: {
    en: "The server needs a person now: restore it by hand as the runbook says: {runbook}",
    ja: "このサーバーは直ちに担当者の対応が必要です。手順書に従って手作業で復旧してください: {runbook}",
  },
  log: { en: "Full log on the server: {path}", ja: "サーバー上の完全なログ: {path}" },
} as const satisfies Record<string, Text>;

export const runbookPath = "docs/runbooks/orca-update.md";
