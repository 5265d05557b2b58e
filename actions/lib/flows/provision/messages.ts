import type { MessageText } from "../../core/i18n/message.js";

/** Every fixed text of provisioning's comments and summaries, in each locale. */
export const messages = {
  planTitle: { en: "Provisioning plan", ja: "プロビジョニング計画" },
  notProvisioned: {
    en: "{count, plural, one {# clinic} other {# clinics}} not provisioned: {clinics}; the job summary says what to do",
    ja: "{count} 件のクリニックをプロビジョニングできませんでした: {clinics}。対処はジョブサマリーを確認してください",
  },
  planSummary: {
    en: "{create} to create, {present} present, {suspended} suspended, {retired} retired with an instance, {orphans, plural, one {# orphan} other {# orphans}}.",
    ja: "作成 {create} 件、既存 {present} 件、休止 {suspended} 件、インスタンスの残る廃止 {retired} 件、孤児 {orphans} 件。",
  },
  planAmi: { en: "Launches from `{selector}` (now {amiId}).", ja: "`{selector}`（現在 {amiId}）から起動します。" },
  planNothing: { en: "Nothing to create.", ja: "作成するものはありません。" },
  planFooter: {
    en: "Planned at {plannedAt}. Merging applies it: instances are created, never stopped or terminated.",
    ja: "{plannedAt} 時点の計画です。マージすると適用されます（作成のみで、停止・終了は行いません）。",
  },
  appliedPlanFooter: {
    en: "Planned at {plannedAt}, just before this apply: instances are created, never stopped or terminated.",
    ja: "{plannedAt} 時点（適用の直前）の計画です（作成のみで、停止・終了は行いません）。",
  },
  amiMissing: {
    en: "The golden AMI `{selector}` cannot be resolved: {reason} Then refresh this plan; apply will refuse to launch until then.",
    ja: "ゴールデン AMI `{selector}` を解決できません: {reason}その後、この計画を更新してください。それまで apply は起動を拒否します。",
  },
  amiParameterMissing: {
    en: "the parameter does not exist (SSM answered {code}). Run the bake-ami workflow, or point fleet.yml ami.parameter at the parameter bake-ami wrote.",
    ja: "パラメータが存在しません（SSM の応答: {code}）。bake-ami ワークフローを実行するか、fleet.yml の ami.parameter を bake-ami が書いたパラメータに合わせてください。",
  },
  amiLabelMissing: {
    en: "the parameter has no version labelled {label} (SSM answered {code}). Run the bake-ami workflow (it labels the image it builds), or set fleet.yml ami.label to a label bake-ami wrote.",
    ja: "パラメータにラベル {label} の付いたバージョンがありません（SSM の応答: {code}）。bake-ami ワークフローを実行する（作ったイメージにラベルを付けます）か、fleet.yml の ami.label を bake-ami が付けたラベルに合わせてください。",
  },
  amiNotAnImage: {
    en: "its labelled version holds {value}, not an AMI id (ami-…). Re-run the bake-ami workflow, or move the label back with its rollback-to input.",
    ja: "ラベルの付いたバージョンの値が {value} で、AMI ID（ami-…）ではありません。bake-ami ワークフローを再実行するか、rollback-to 入力でラベルを戻してください。",
  },
  amiAccessDenied: {
    en: "this workflow's role may not read the parameter (SSM answered {code}): the roles read only the parameter fleet.yml named when the stack was deployed. Point fleet.yml ami.parameter back at it, or deploy the stack again with this fleet.yml.",
    ja: "このワークフローのロールにはパラメータを読む権限がありません（SSM の応答: {code}）。ロールが読めるのはスタックをデプロイしたときの fleet.yml が指定したパラメータだけです。fleet.yml の ami.parameter を元に戻すか、この fleet.yml でスタックを再デプロイしてください。",
  },
  reviewFolded: {
    en: "This plan is too large to list each launch in its hidden review block: apply checks it as a whole and refuses any difference.",
    ja: "この計画は大きいため、隠しブロックには起動ごとの内容ではなく全体のダイジェストだけを記録しています。apply は差分があれば全体を拒否します。",
  },
  moreRows: {
    en: "… and {count} more, left out to keep this under GitHub's size limit; clinics/ and the run's log list them all.",
    ja: "… ほか {count} 件（GitHub のサイズ上限に収めるため省略。全件は clinics/ と実行ログを参照）。",
  },
  healthcheckMissing: {
    en: "The SSM document `{document}` does not exist in this account and region, and apply calls a clinic ready only when ORCA answers it. Run the sync-documents workflow (it creates the toolkit's documents), then re-run this failed run (Re-run jobs).",
    ja: "SSM ドキュメント `{document}` がこのアカウント・リージョンにありません。apply は ORCA がこのヘルスチェックに応答して初めて準備完了とします。sync-documents ワークフローを実行してツールキットのドキュメントを作成してから、この失敗した実行を再実行（Re-run jobs）してください。",
  },
  refusedTitle: { en: "Refused: nothing was launched", ja: "拒否しました（何も起動していません）" },
  errorTitle: {
    en: "Apply stopped on an unexpected error (a bug or an outage, not the clinic files)",
    ja: "想定外のエラーで停止しました（不具合または障害であり、クリニックファイルの問題ではありません）",
  },
  errorBody: {
    en: "{error}\n\nRe-run the failed job: instances already launched are found again by their tag and ClientToken, and nothing is created twice. If it fails again the same way, report it with the log.",
    ja: "{error}\n\n失敗したジョブを再実行してください。起動済みのインスタンスはタグと ClientToken で再検出され、二重に作られることはありません。同じエラーが続く場合はログを添えて報告してください。",
  },
  registryRefused: {
    en: "The registry has problems, so nothing is planned or launched until they are fixed:",
    ja: "レジストリに問題があるため、直すまで計画も起動も行いません:",
  },
  refreshPlan: {
    en: "To apply, refresh the reviewed plan: run the apply workflow by hand (Actions → apply → Run workflow) with refresh-plan-for = {pr}. It posts the plan as it is now on #{pr} and creates nothing; read it, then re-run this failed run (Re-run jobs).",
    ja: "適用するには計画を更新してください: apply ワークフローを手動実行し（Actions → apply → Run workflow）、refresh-plan-for に {pr} を指定します。現在の計画を #{pr} に投稿し、何も作成しません。内容を確認してから、この失敗した実行を再実行（Re-run jobs）してください。",
  },
  noPullRequest: {
    en: "{count, plural, one {# clinic needs} other {# clinics need}} an instance, but this commit is not the merge of a pull request whose plan was reviewed, so nothing is launched: instances are created only from a reviewed plan. Open a pull request that changes clinics/ and merge it after reading its plan comment.",
    ja: "{count} 件のクリニックにインスタンスが必要ですが、このコミットは計画がレビューされたプルリクエストのマージではないため、起動しません（インスタンスはレビュー済みの計画からのみ作成します）。clinics/ を変更するプルリクエストを開き、計画コメントを確認してからマージしてください。",
  },
  noReviewedPlan: {
    en: "The merged pull request #{pr} has no plan comment by {bot} with a reviewed plan, so nothing is launched.",
    ja: "マージされたプルリクエスト #{pr} に {bot} によるレビュー済み計画のコメントがないため、起動しません。",
  },
  tamperedPlan: {
    en: "The reviewed plan on #{pr} fails its integrity check (the comment was edited or cut), so nothing is launched.",
    ja: "#{pr} のレビュー済み計画が整合性チェックに失敗しました（コメントが編集されたか切り詰められています）。起動しません。",
  },
  stalePlan: {
    en: "What apply would create differs from the plan reviewed on #{pr}, so nothing is launched: {drift}.",
    ja: "apply が作成しようとする内容が #{pr} でレビューされた計画と異なるため、起動しません: {drift}。",
  },
  driftAmi: {
    en: "the golden AMI is now {now}, the reviewed plan launched from {reviewed}",
    ja: "ゴールデン AMI が現在は {now} で、レビュー済み計画は {reviewed} から起動する予定でした",
  },
  driftUnreviewed: {
    en: "{clinic} needs an instance the reviewed plan did not show",
    ja: "{clinic} はレビュー済み計画に無いインスタンスを必要としています",
  },
  driftChanged: {
    en: "{clinic}'s launch request changed since the review",
    ja: "{clinic} の起動リクエストがレビュー後に変わりました",
  },
  driftDigest: {
    en: "{now} launches now against {reviewed} reviewed, and the launches differ",
    ja: "現在の起動 {now} 件とレビュー済みの {reviewed} 件で内容が異なります",
  },
  driftNone: { en: "none", ja: "なし" },
  toCreate: { en: "To create", ja: "作成するクリニック" },
  suspended: { en: "Suspended: left as they are", ja: "休止中（変更しません）" },
  retired: {
    en: "Retired, but an instance remains (a person decides)",
    ja: "廃止済みだがインスタンスが残っています（担当者が判断してください）",
  },
  orphans: {
    en: "Instances with no clinic file (orphans: reported, never touched)",
    ja: "クリニックファイルのないインスタンス（孤児: 報告のみ、操作しません）",
  },
  present: { en: "Already present", ja: "作成済み" },
  colClinic: { en: "Clinic", ja: "クリニック" },
  colName: { en: "Name", ja: "名称" },
  colType: { en: "Instance type", ja: "インスタンスタイプ" },
  colSubnet: { en: "Subnet", ja: "サブネット" },
  colOrca: { en: "ORCA", ja: "ORCA" },
  colFile: { en: "File", ja: "ファイル" },
  colInstance: { en: "Instance", ja: "インスタンス" },
  colState: { en: "State", ja: "状態" },
  colIp: { en: "Private IP", ja: "プライベート IP" },
  colAgent: { en: "SSM agent", ja: "SSM エージェント" },
  colHealthcheck: { en: "Healthcheck", ja: "ヘルスチェック" },
  colOutcome: { en: "Outcome", ja: "結果" },
  none: { en: "none", ja: "なし" },
  resultTitle: { en: "Provisioned", ja: "プロビジョニング結果" },
  resultInstances: { en: "Instances", ja: "インスタンス" },
  resultSummary: {
    en: "{ready} ready, {notReady} launched but not ready, {failed} failed.",
    ja: "準備完了 {ready} 件、起動済み未完了 {notReady} 件、失敗 {failed} 件。",
  },
  resultLaunchedElsewhere: {
    en: "Another apply (workflow run {runs}) launched and holds {count, plural, one {# clinic} other {# clinics}} of this plan: {clinics}. This run created nothing for {count, plural, one {it} other {them}} and reports what it found.",
    ja: "この計画のうち {count} 件のクリニック（{clinics}）は、別の apply（ワークフロー実行 {runs}）が起動し保持しています。この実行はそれらを作成しておらず、見つかった状態を報告します。",
  },
  resultAmi: { en: "AMI: {amiId} from `{selector}`.", ja: "AMI: `{selector}` の {amiId}。" },
  resultNothing: { en: "Nothing needed creating.", ja: "作成が必要なものはありませんでした。" },
  problems: { en: "Problems and what to do", ja: "問題と対処" },
  outcomeReady: { en: "ready", ja: "準備完了" },
  outcomeNotReady: { en: "not ready", ja: "未完了" },
  outcomeFailed: { en: "failed", ja: "失敗" },
  issueReady: {
    en: "The ORCA server for this request answers its healthcheck: {clinics}. Closing this request.",
    ja: "この申請の ORCA サーバーがヘルスチェックに応答しました: {clinics}。この申請をクローズします。",
  },
  issueNotReady: {
    en: "Provisioning for this request is not complete; the table says where it stopped. This request stays open.",
    ja: "この申請のプロビジョニングは完了していません。表の状態を確認してください。申請はオープンのままにします。",
  },
} satisfies Record<string, MessageText>;
