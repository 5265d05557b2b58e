/**
 * Every text the rollout's apply shows a person (its live comment, the job summary, its refusals), in Japanese and
 * English, as ICU patterns with `{name}` placeholders.
 */
export const applyMessages = {
  title: { en: "ORCA rollout: {status} (updated {at}, Tokyo)", ja: "ORCA ロールアウト: {status}({at} 時点、日本時間)" },
  counts: {
    en: "{updated} updated, {failed} failed, {remaining} remaining",
    ja: "更新済み {updated} 件、失敗 {failed} 件、残り {remaining} 件",
  },
  ringProgress: {
    en: "Ring {ring}: {state}, {updated} updated, {failed} failed, {remaining} remaining",
    ja: "リング {ring}: {state}、更新済み {updated} 件、失敗 {failed} 件、残り {remaining} 件",
  },
  waveProgress: {
    en: "wave {wave}: {clinics} clinics, {failures} failed (budget {budget})",
    ja: "ウェーブ {wave}: {clinics} 件、失敗 {failures} 件(許容 {budget})",
  },
  nextWindow: { en: "next start: {at} (Tokyo)", ja: "次の開始: {at}(日本時間)" },
  failuresHead: { en: "Failures", ja: "失敗した医療機関" },
  headClinic: { en: "clinic", ja: "医療機関" },
  headStep: { en: "step", ja: "ステップ" },
  headError: { en: "error (first lines)", ja: "エラー(先頭行)" },
  headRolledBack: { en: "rolled back", ja: "ロールバック" },
  yes: { en: "yes", ja: "済" },
  no: { en: "NO: needs a person", ja: "未: 要対応" },
  notApplicable: { en: "-", ja: "-" },
  more: { en: "… and {count} more (in the JSON artifact)", ja: "… ほか {count} 件(JSON アーティファクトに全件)" },
  haltBudget: {
    en: "**HALTED**: wave {wave} of ring {ring} had {failures} failures, over its budget of {budget}. Nothing more is sent. To resume after checking the failures: run the rollout workflow by hand with resume: true (and retry-failed: true to send the failed clinics again).",
    ja: "**停止中**: リング {ring} のウェーブ {wave} で {failures} 件失敗し、許容数 {budget} を超えました。これ以上は送信しません。失敗を確認したうえで、rollout ワークフローを resume: true で手動実行すると再開します(失敗した医療機関も再送するには retry-failed: true)。",
  },
  haltRollbackFailed: {
    en: "**HALTED**: the roll-back failed on {clinics}: the server needs a person now. After it is fixed, resume with a manual run, resume: true.",
    ja: "**停止中**: {clinics} でロールバックに失敗しました。直ちに担当者の対応が必要です。復旧後、resume: true で手動実行すると再開します。",
  },
  planFolded: { en: "Clinics of ring {ring} ({count})", ja: "リング {ring} の医療機関({count} 件)" },
  summaryOnly: {
    en: "The full list is too long for a comment: see the job summary and the JSON artifact.",
    ja: "全件の一覧はコメントに収まりません。ジョブのサマリーと JSON アーティファクトを見てください。",
  },
  staleReview: {
    en: "The rollout would update {count} clinics that differ from the plan reviewed on #{pull} ({detail}). Nothing was sent. Open a pull request with the versions you want and review its plan, or run the rollout workflow by hand to apply the current desired state.",
    ja: "ロールアウトが更新する {count} 件が、#{pull} でレビューされた計画と異なります({detail})。何も送信していません。望むバージョンでプルリクエストを作って計画をレビューするか、rollout ワークフローを手動実行して現在の望ましい状態を適用してください。",
  },
  noReview: {
    en: "No reviewed rollout plan was found on #{pull}; nothing was sent. Run the rollout workflow by hand to apply the current desired state.",
    ja: "#{pull} にレビュー済みのロールアウト計画が見つかりません。何も送信していません。現在の望ましい状態を適用するには rollout ワークフローを手動実行してください。",
  },
  badRelease: {
    en: "{file}: orca.version {version} is not a release orca-update can install (like 5.2.1: two digits at most each).",
    ja: "{file}: orca.version {version} は orca-update が入れられるリリースではありません(5.2.1 のように各2桁まで)。",
  },
  ringNotInOrder: {
    en: "{file}: ring {ring} is not in fleet.yml's rollout.ringOrder ({order}); add it there or move the clinic to a listed ring.",
    ja: "{file}: リング {ring} が fleet.yml の rollout.ringOrder({order})にありません。そこに加えるか、並んでいるリングに移してください。",
  },
  windowNeverOpens: {
    en: "{file}: the maintenance window {window} never opens outside the freezes in the coming year; widen it or change rollout.freeze.",
    ja: "{file}: メンテナンス時間帯 {window} は今後1年、凍結期間の外で開きません。時間帯を広げるか rollout.freeze を見直してください。",
  },
  refusedInput: {
    en: "The rollout refuses its input; nothing was sent:\n{problems}",
    ja: "ロールアウトの入力に問題があるため、何も送信していません:\n{problems}",
  },
  noPullRequest: {
    en: "No pull request to comment on: the plan is in the job summary only.",
    ja: "コメントするプルリクエストがありません。計画はジョブのサマリーだけにあります。",
  },
  commentNotUpdated: {
    en: "The rollout comment on #{pull} was not updated (HTTP {status}: {message}); the next edit carries the state.",
    ja: "#{pull} のロールアウトコメントを更新できませんでした(HTTP {status}: {message})。次の更新で反映します。",
  },
  commentRefused: {
    en: "GitHub refused the rollout comment on #{pull} (HTTP {status}: {message}). Waiting cannot fix that (the token needs pull-requests: write), so this run writes it no more; the rollout itself went on, and this job's summary and JSON artifact hold its state.",
    ja: "GitHub が #{pull} のロールアウトコメントを拒否しました(HTTP {status}: {message})。待っても解決しないため(トークンに pull-requests: write が必要です)、この実行ではこれ以上書き込みません。ロールアウト自体は続行し、状態はこのジョブのサマリーと JSON アーティファクトにあります。",
  },
  commentStale: {
    en: "**The rollout comment on #{pull} does not show this state** (GitHub answered HTTP {status} to its last edit): this summary and the JSON artifact do.",
    ja: "**#{pull} のロールアウトコメントにはこの状態が反映されていません**(最後の更新に GitHub が HTTP {status} を返しました)。このサマリーと JSON アーティファクトを見てください。",
  },
} as const;

export const applyStatusWords = {
  done: { en: "done", ja: "完了" },
  waiting: { en: "waiting", ja: "待機中" },
  halted: { en: "HALTED", ja: "停止中" },
  "nothing-to-do": { en: "nothing to do", ja: "対象なし" },
  updating: { en: "updating", ja: "更新中" },
} as const;
