import type { MessageText } from "../../core/i18n/message.js";

/** Why one clinic got no instance (or no ready one), and what a person can do about it. */
export interface ClinicProblem {
  /** The AWS error name, or the toolkit's own reason. */
  code: string;
  detail: string;
  hint: MessageText;
}

const hints: Record<string, MessageText> = {
  IdempotentParameterMismatch: {
    en: "An earlier launch for this clinic used the same ClientToken with different settings (the AMI, instance type, subnet or user-data changed since). EC2 keeps a token for at least 24 hours after its instance ends, so the toolkit never makes a second instance under a new token. Find the earlier instance by the tag orca-fleet:clinic; if it exists, nothing more is needed; if it was terminated on purpose, add one to launchGeneration in the clinic file and merge: the next apply launches under a new token.",
    ja: "このクリニックは以前に同じ ClientToken で異なる設定（AMI・インスタンスタイプ・サブネット・user-data）で起動されています。EC2 はインスタンス終了後も少なくとも 24 時間トークンを保持するため、新しいトークンで二台目を作ることはしません。タグ orca-fleet:clinic で以前のインスタンスを探してください。存在すれば対応は不要です。意図して終了したのであれば、クリニックファイルの launchGeneration を 1 つ上げてマージしてください。次の apply が新しいトークンで起動します。",
  },
  InsufficientInstanceCapacity: {
    en: "AWS has no capacity for this instance type in this subnet's Availability Zone right now. Re-run the apply workflow later, or choose another instance type or subnet in the clinic file.",
    ja: "このサブネットのアベイラビリティーゾーンで、このインスタンスタイプの空きがありません。時間をおいて apply ワークフローを再実行するか、クリニックファイルでインスタンスタイプかサブネットを変えてください。",
  },
  "InvalidSubnetID.NotFound": {
    en: "The subnet id in fleet.yml does not exist in this account and region. Correct fleet.yml subnets.",
    ja: "fleet.yml のサブネット ID がこのアカウント・リージョンに存在しません。fleet.yml の subnets を直してください。",
  },
  "InvalidGroup.NotFound": {
    en: "A security group id in fleet.yml does not exist in this account and region. Correct fleet.yml securityGroups.",
    ja: "fleet.yml のセキュリティグループ ID がこのアカウント・リージョンに存在しません。fleet.yml の securityGroups を直してください。",
  },
  LaunchSettingsError: {
    en: "The clinic file names a setting fleet.yml does not define. Correct the clinic file or fleet.yml; `orca-fleet validate clinics/` shows the same problem.",
    ja: "クリニックファイルが fleet.yml にない設定を参照しています。クリニックファイルか fleet.yml を直してください（`orca-fleet validate clinics/` でも確認できます）。",
  },
  RequestLimitExceeded: {
    en: "EC2 kept throttling after every retry. Re-run the apply workflow: launches already made are found again by their ClientToken.",
    ja: "再試行後も EC2 のスロットリングが続きました。apply ワークフローを再実行してください。起動済みのものは ClientToken で再検出されます。",
  },
  NotReady: {
    en: "The instance was launched but did not reach running with its SSM agent Online in time. Check its console output and the SSM agent; re-running apply creates nothing new.",
    ja: "インスタンスは起動しましたが、時間内に running かつ SSM エージェント Online になりませんでした。コンソール出力と SSM エージェントを確認してください。apply を再実行しても新規作成はされません。",
  },
  FirstBootFailed: {
    en: "The server runs, but its first boot did not bring ORCA up: the healthcheck finds ORCA's or PostgreSQL's service not active. Read /var/log/cloud-init-output.log on the server (Session Manager), fix the cause and run /usr/local/sbin/orca-fleet-setup-orca again (safe to repeat); then re-run the apply workflow: it probes again and closes the request once ORCA answers. Nothing new is created.",
    ja: "サーバーは稼働していますが、初回起動で ORCA が立ち上がりませんでした（ヘルスチェックで ORCA または PostgreSQL のサービスが active ではありません）。Session Manager でサーバーの /var/log/cloud-init-output.log を確認し、原因を直して /usr/local/sbin/orca-fleet-setup-orca を再実行してください（繰り返し実行して安全です）。その後 apply ワークフローを再実行すると、再度ヘルスチェックを行い、ORCA が応答すれば申請をクローズします。新規作成はされません。",
  },
  OrcaNotAnswering: {
    en: "The server runs and its agent is Online, but ORCA did not answer its healthcheck healthy within fleet.yml provision.firstBootMinutes (the status above says what the probe saw). A first boot may still be finishing: re-run the apply workflow later; it probes again and closes the request once ORCA answers. Nothing new is created.",
    ja: "サーバーは稼働しエージェントも Online ですが、fleet.yml の provision.firstBootMinutes 以内に ORCA がヘルスチェックに正常応答しませんでした（上記の状態がプローブの結果です）。初回起動がまだ終わっていない可能性があります。時間をおいて apply ワークフローを再実行してください。再度ヘルスチェックを行い、ORCA が応答すれば申請をクローズします。新規作成はされません。",
  },
  Terminated: {
    en: "EC2 answered with the instance this clinic's ClientToken launched before, and it is terminated: EC2 remembers a token, so the same generation never launches again. If it was terminated on purpose, add one to launchGeneration in the clinic file and merge; the next apply launches a new instance.",
    ja: "EC2 はこのクリニックの ClientToken で以前に起動したインスタンスを返しましたが、終了済みです。EC2 はトークンを記憶するため、同じ世代では再起動できません。意図して終了したのであれば、クリニックファイルの launchGeneration を 1 つ上げてマージしてください。次の apply が新しいインスタンスを起動します。",
  },
  Stopped: {
    en: "The instance left the running state by itself (see its state reason). It is not terminated by the toolkit; an operator decides what to do.",
    ja: "インスタンスが自ら running 以外の状態になりました（状態理由を確認してください）。ツールは終了させません。運用担当が判断してください。",
  },
};

const fallback: MessageText = {
  en: "The launch failed; the error above says why. Other clinics were not affected. Fix the cause and re-run the apply workflow.",
  ja: "起動に失敗しました。理由は上記のエラーのとおりです。他のクリニックには影響していません。原因を直して apply ワークフローを再実行してください。",
};

/** Explains a failure by its error name, never by the text of its message. */
export function explain(code: string, detail: string): ClinicProblem {
  return { code, detail, hint: hints[code] ?? fallback };
}
