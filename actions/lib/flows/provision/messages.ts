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
  colOutcome: { en: "Outcome", ja: "結果" },
  none: { en: "none", ja: "なし" },
  resultTitle: { en: "Provisioned", ja: "プロビジョニング結果" },
  resultInstances: { en: "Instances", ja: "インスタンス" },
  resultSummary: {
    en: "{ready} ready, {notReady} launched but not ready, {failed} failed.",
    ja: "準備完了 {ready} 件、起動済み未完了 {notReady} 件、失敗 {failed} 件。",
  },
  resultAmi: { en: "AMI: {amiId} from `{selector}`.", ja: "AMI: `{selector}` の {amiId}。" },
  resultNothing: { en: "Nothing needed creating.", ja: "作成が必要なものはありませんでした。" },
  problems: { en: "Problems and what to do", ja: "問題と対処" },
  outcomeReady: { en: "ready", ja: "準備完了" },
  outcomeNotReady: { en: "not ready", ja: "未完了" },
  outcomeFailed: { en: "failed", ja: "失敗" },
  issueReady: {
    en: "The ORCA server for this request is running: {clinics}. Closing this request.",
    ja: "この申請の ORCA サーバーが稼働しました: {clinics}。この申請をクローズします。",
  },
  issueNotReady: {
    en: "Provisioning for this request is not complete; the table says where it stopped. This request stays open.",
    ja: "この申請のプロビジョニングは完了していません。表の状態を確認してください。申請はオープンのままにします。",
  },
} satisfies Record<string, MessageText>;
