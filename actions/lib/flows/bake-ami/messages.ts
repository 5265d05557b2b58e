import { type MessageText, messageMaker } from "../../core/i18n/message.js";

/** Every fixed text bake-ami shows (summaries, refusals, log lines), in each locale; {name} marks a value. */
export const amiMessages = {
  bakedTitle: { en: "Golden AMI baked", ja: "ゴールデン AMI を作成しました" },
  notRecordedTitle: { en: "Golden AMI not recorded", ja: "ゴールデン AMI は記録されていません" },
  keptImage: {
    en: "{parameter} is unchanged: provisioning keeps launching from the image it had.",
    ja: "{parameter} は変更していません。プロビジョニングはこれまでのイメージから起動し続けます。",
  },
  colThisBake: { en: "This bake", ja: "今回のベイク" },
  rowAmi: { en: "AMI", ja: "AMI" },
  rowParameter: { en: "Parameter", ja: "パラメータ" },
  rowLabels: { en: "Labels", ja: "ラベル" },
  rowSourceCommit: { en: "Source commit", ja: "ソースコミット" },
  rowBefore: { en: "Before", ja: "以前" },
  parameterVersion: { en: "{parameter} version {version}", ja: "{parameter} バージョン {version}" },
  noEarlierVersion: { en: "no earlier version", ja: "以前のバージョンはありません" },
  rollBackWith: {
    en: "version {version} ({value}); roll back with `rollback-to: {version}`",
    ja: "バージョン {version}（{value}）。`rollback-to: {version}` で戻せます",
  },
  pruned: {
    en: "The history holds {size} of AWS's {max} versions. So that the next bakes can still write, build labels were taken off versions that are neither current nor among the newest builds:",
    ja: "履歴は AWS の上限 {max} バージョンのうち {size} を使っています。次のベイクも書き込めるよう、現行でも最新のビルドでもないバージョンからビルドラベルを外しました:",
  },
  colVersion: { en: "Version", ja: "バージョン" },
  colLabelsTakenOff: { en: "Labels taken off", ja: "外したラベル" },

  rollbackRefusedTitle: { en: "Rollback refused", ja: "ロールバックを中止しました" },
  unchanged: { en: "{parameter} is unchanged.", ja: "{parameter} は変更していません。" },
  movedTitle: { en: "{label} moved to version {version}", ja: "{label} をバージョン {version} に移しました" },
  alreadyTitle: { en: "{label} already on version {version}", ja: "{label} はすでにバージョン {version} にあります" },
  rollbackState: {
    en: "{parameter}: {value}, before: {from}. Running instances keep their image.",
    ja: "{parameter}: {value}（以前: {from}）。稼働中のインスタンスのイメージは変わりません。",
  },
  fromNone: { en: "no version", ja: "なし" },
  fromVersion: { en: "version {version} ({value})", ja: "バージョン {version}（{value}）" },
  nobodyWaiting: {
    en: "No clinic is waiting for an instance: the next one to be added launches from it.",
    ja: "インスタンスを待っているクリニックはありません。次に追加されるクリニックがこのイメージから起動します。",
  },
  launchingNext: {
    en: "These clinics have no instance yet and would launch on it next:",
    ja: "次のクリニックはまだインスタンスがなく、次にこのイメージから起動します:",
  },
  colClinic: { en: "Clinic", ja: "クリニック" },
  rollbackLog: {
    en: "{label} → version {version} ({value}); clinics that would launch on it next: {clinics}",
    ja: "{label} → バージョン {version}（{value}）。次にこのイメージから起動するクリニック: {clinics}",
  },
  none: { en: "none", ja: "なし" },

  packerInitFailed: {
    en: "packer init failed (exit code {exitCode}); see its output above",
    ja: "packer init が失敗しました（終了コード {exitCode}）。上の出力を確認してください",
  },
  buildFailed: {
    en: "packer build failed (exit code {exitCode})",
    ja: "packer build が失敗しました（終了コード {exitCode}）",
  },
  buildFailedWith: {
    en: "packer build failed (exit code {exitCode}): {errors}",
    ja: "packer build が失敗しました（終了コード {exitCode}）: {errors}",
  },
  sourceStream: { en: "the build's artifact lines", ja: "ビルドの artifact 行" },
  sourceManifest: { en: "the manifest's last run", ja: "マニフェストの最後の実行" },
  otherRegion: {
    en: "{source}: {amis}, but the fleet's region is {region}",
    ja: "{source}: {amis}。フリートのリージョンは {region} です",
  },
  noArtifact: { en: "{source}: no artifact", ja: "{source}: artifact がありません" },
  manyAmis: {
    en: "{source}: {count} AMIs ({ids}), not one",
    ja: "{source}: AMI が1つではなく {count} 個あります（{ids}）",
  },
  notAmiId: {
    en: '{source}: "{value}" is not an AMI id (ami- and 8 to 17 hex digits)',
    ja: "{source}: 「{value}」は AMI ID ではありません（ami- と 8〜17 桁の16進数）",
  },
  noManifest: {
    en: "packer wrote no manifest (packer-manifest.json)",
    ja: "packer がマニフェスト（packer-manifest.json）を書きませんでした",
  },
  manifestNotJson: { en: "the manifest is not JSON: {detail}", ja: "マニフェストが JSON ではありません: {detail}" },
  manifestShape: {
    en: "the manifest has an unexpected shape: {detail}",
    ja: "マニフェストの形式が想定と異なります: {detail}",
  },
  amiMismatch: {
    en: "the artifact lines name {stream} but the manifest names {manifest}",
    ja: "artifact 行は {stream}、マニフェストは {manifest} を示しており、一致しません",
  },
  parameterUnchanged: { en: "{reason}; {parameter} is unchanged", ja: "{reason}。{parameter} は変更していません" },
  historyBlocked: {
    en: "version {version}, the oldest of {count}, is labelled {labels}, so AWS cannot drop it to make room; move them to a newer version (bake-ami's rollback-to input moves {currentLabel}) and bake again",
    ja: "最も古いバージョン {version}（全 {count} 件）にラベル {labels} が付いているため、AWS はこれを削除して空きを作れません。ラベルを新しいバージョンに移して（{currentLabel} は bake-ami の rollback-to 入力で移せます）、もう一度ベイクしてください",
  },
  imageNotRecorded: {
    en: "{reason}; the new image {amiId} is not recorded",
    ja: "{reason}。新しいイメージ {amiId} は記録していません",
  },
  noSuchVersion: {
    en: 'no version of the parameter is "{selector}"; give a version number or a label',
    ja: "パラメータに「{selector}」というバージョンはありません。バージョン番号かラベルを指定してください",
  },
  noSuchVersionExamples: {
    en: 'no version of the parameter is "{selector}"; give a version number or a label, e.g. one of: {examples}',
    ja: "パラメータに「{selector}」というバージョンはありません。バージョン番号かラベルを指定してください（例: {examples}）",
  },
  labelsRefused: {
    en: 'Parameter Store refused to put {labels} on {parameter} version {version}: labels use letters, digits, ".", "_" and "-", and may not start with a digit, "aws" or "ssm"',
    ja: "Parameter Store が {parameter} バージョン {version} のラベル {labels} を受け付けませんでした。ラベルに使えるのは英数字と「.」「_」「-」で、数字・「aws」・「ssm」で始めることはできません",
  },
} satisfies Record<string, MessageText>;

/** A bake-ami message as data (`note("noArtifact", { source })`), rendered in the fleet's locale where it is shown. */
export const note = messageMaker(amiMessages);
