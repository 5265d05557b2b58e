/**
 * Every text the rollout plan shows a person, in Japanese and English. Patterns use `{name}` placeholders only (no
 * literal braces, no plural forms), so they read the same under the ICU message model.
 */
export const rolloutMessages = {
  title: { en: "Rollout plan at {at} (Tokyo): {status}", ja: "ロールアウト計画 {at}(日本時間): {status}" },
  ringLine: { en: "Ring {ring}: {state}", ja: "リング {ring}: {state}" },
  ringBakeUntil: { en: "bakes until {until}", ja: "{until} まで様子見" },
  waveNow: { en: "wave {wave} now, up to {size} clinics", ja: "ウェーブ {wave} を今すぐ(最大 {size} 件)" },
  haltBudget: {
    en: "HALTED: wave {wave} of ring {ring} has {failures} failures, over its budget of {budget} ({clinics}). Resume with a manual run, resume: true.",
    ja: "停止中: リング {ring} のウェーブ {wave} で {failures} 件失敗し、許容数 {budget} を超えました({clinics})。手動実行で resume: true を指定すると再開します。",
  },
  haltRollbackFailed: {
    en: "HALTED: the roll-back failed on {clinics} (ring {ring}, wave {wave}); the server needs a person now.",
    ja: "停止中: {clinics} でロールバックに失敗しました(リング {ring}、ウェーブ {wave})。直ちに担当者の対応が必要です。",
  },
  refused: {
    en: "{clinic}: {from} to {to} goes backwards, which a rollout never does. To go back, roll the AMI back (bake-ami with rollback-to) or use orca-update's own roll-back on the server.",
    ja: "{clinic}: {from} から {to} への変更はバージョンを戻すため、ロールアウトでは行いません。戻すには AMI のロールバック(bake-ami の rollback-to)か、orca-update 自身のロールバックを使ってください。",
  },
  excluded: { en: "{clinic}: not updated: {reason}", ja: "{clinic}: 更新しません: {reason}" },
  headClinic: { en: "clinic", ja: "医療機関" },
  headVersion: { en: "version", ja: "バージョン" },
  headWhat: { en: "what happens", ja: "予定" },
  headEarliest: { en: "earliest start (Tokyo)", ja: "最短の開始(日本時間)" },
  now: { en: "updates now (wave {wave})", ja: "今すぐ更新(ウェーブ {wave})" },
  inProgress: { en: "updating", ja: "更新中" },
  current: { en: "current", ja: "更新済み" },
  failed: { en: "failed: {failure} (wave {wave})", ja: "失敗: {failure}(ウェーブ {wave})" },
  acknowledged: { en: "acknowledged", ja: "確認済み" },
  waiting: { en: "waits: {reason}", ja: "待機: {reason}" },
  none: { en: "none", ja: "なし" },
  noInventory: {
    en: "cannot read the instances' state: {detail}. Set AWS credentials (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) for the fleet's account, or AWS_ENDPOINT_URL for the local cloud (npm run localcloud).",
    ja: "インスタンスの状態を読めません: {detail}。フリートのアカウントの AWS 認証情報(AWS_PROFILE、または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY)か、ローカルクラウドなら AWS_ENDPOINT_URL(npm run localcloud)を設定してください。",
  },
  noCredentials: {
    en: "no AWS credentials or endpoint are set",
    ja: "AWS の認証情報もエンドポイントも設定されていません",
  },
  registryProblems: {
    en: "The registry has problems; fix them before planning (orca-fleet validate shows the same).",
    ja: "レジストリに問題があります。計画の前に直してください(orca-fleet validate でも同じ内容が出ます)。",
  },
} as const;

/** A ring's, a plan's, a wait's or a failure's state, by its code. */
export const stateWords = {
  updating: { en: "updating", ja: "更新中" },
  waiting: { en: "waiting", ja: "待機中" },
  halted: { en: "halted", ja: "停止中" },
  done: { en: "done", ja: "完了" },
  "nothing-to-do": { en: "nothing to do", ja: "対象なし" },
  failed: { en: "failed", ja: "失敗あり" },
  baking: { en: "baking", ja: "様子見" },
  "awaiting-probe": { en: "waiting for a probe", ja: "正常性確認待ち" },
} as const;

export const waitWords = {
  "outside-window": { en: "outside its maintenance window", ja: "メンテナンス時間帯外" },
  "window-ends": { en: "the window ends before the update would", ja: "時間帯の残りが更新時間に足りない" },
  frozen: { en: "frozen", ja: "凍結期間" },
  "wave-full": { en: "in the next wave", ja: "次のウェーブ" },
  "wave-in-progress": { en: "a wave of this ring is running", ja: "このリングのウェーブが実行中" },
  "instance-not-running": { en: "the instance is not running", ja: "インスタンスが停止している" },
  "previous-ring-not-done": { en: "ring {ring} is not done", ja: "リング {ring} が未完了" },
  "previous-ring-baking": { en: "ring {ring} bakes until {until}", ja: "リング {ring} の様子見が {until} まで" },
  "previous-ring-unprobed": { en: "ring {ring} needs a healthy probe", ja: "リング {ring} の正常性確認待ち" },
  "previous-ring-failed": { en: "ring {ring} has failures", ja: "リング {ring} に失敗あり" },
  halted: { en: "the rollout is halted", ja: "ロールアウト停止中" },
} as const;

export const freezeWords = {
  "days-of-month": { en: "receipt days ({from}-{to} of the month)", ja: "レセプト期間(毎月 {from}〜{to} 日)" },
  holiday: { en: "public holiday ({name})", ja: "祝日({name})" },
  range: { en: "{name}", ja: "{name}" },
} as const;

export const exclusionWords = {
  suspended: { en: "suspended", ja: "休止中" },
  retired: { en: "retired", ja: "廃止" },
  "no-instance": {
    en: "no instance yet (provisioning creates it)",
    ja: "インスタンスがまだない(プロビジョニングで作成)",
  },
  "several-instances": {
    en: "several instances ({detail}); a person must pick one",
    ja: "インスタンスが複数ある({detail})。担当者が判断してください",
  },
  "ring-not-in-order": { en: "its ring is not in rollout.ringOrder", ja: "リングが rollout.ringOrder にない" },
  "unreadable-record": { en: "unreadable rollout tags ({detail})", ja: "ロールアウトのタグが読めない({detail})" },
} as const;

export const failureWords = {
  failed: { en: "failed", ja: "失敗" },
  "rolled-back": { en: "rolled back", ja: "ロールバック済み" },
  "rollback-failed": { en: "roll-back failed", ja: "ロールバック失敗" },
  unhealthy: { en: "unhealthy after the update", ja: "更新後に異常" },
} as const;
