import type { MessageText } from "../../core/i18n/message.js";
import type { ProblemRule } from "./check.js";

/** Every fixed text of sync-documents' comment and summary, in each locale. */
export const messages = {
  planTitle: { en: "SSM documents: plan", ja: "SSM ドキュメント: 計画" },
  applyTitle: { en: "SSM documents: applied", ja: "SSM ドキュメント: 適用結果" },
  refusedTitle: { en: "SSM documents: not synced", ja: "SSM ドキュメント: 同期できません" },
  planSummary: {
    en: "{create} to create, {update} to update, {setDefault} to make default, {unchanged} unchanged.",
    ja: "作成 {create} 件、更新 {update} 件、既定バージョンの変更 {setDefault} 件、変更なし {unchanged} 件。",
  },
  applySummary: {
    en: "{created} created, {updated} updated, {moved} made default, {unchanged} unchanged, {failed} failed.",
    ja: "作成 {created} 件、更新 {updated} 件、既定バージョン変更 {moved} 件、変更なし {unchanged} 件、失敗 {failed} 件。",
  },
  planFooter: {
    en: "Merging to main applies this: a new version becomes each changed document's default, tagged with the commit. Nothing is deleted.",
    ja: "main にマージすると適用されます。変更されたドキュメントは新しいバージョンが既定になり、コミットでタグ付けされます。削除は行いません。",
  },
  applyFailed: {
    en: "{count, plural, one {# document was} other {# documents were}} not synced ({documents}); the job summary says what to do.",
    ja: "{count} 件のドキュメントを同期できませんでした（{documents}）。対処はジョブサマリーを参照してください。",
  },
  applyFooter: {
    en: "Applied from commit {commit}. A second run with the same documents writes nothing.",
    ja: "コミット {commit} から適用しました。同じ内容で再実行しても書き込みは行いません。",
  },
  refusedIntro: {
    en: "Nothing was sent to SSM: these documents break AWS's limits (from SSM's API model). Fix them and push again.",
    ja: "SSM には何も送っていません。次のドキュメントが AWS の制限（SSM の API モデル）に反しています。修正して再度 push してください。",
  },
  colDocument: { en: "Document", ja: "ドキュメント" },
  colChange: { en: "Change", ja: "変更" },
  colCurrent: { en: "Default now", ja: "現在の既定" },
  colNewHash: { en: "New hash (SHA-256)", ja: "新しいハッシュ (SHA-256)" },
  colWhat: { en: "What changed", ja: "変更内容" },
  colOutcome: { en: "Outcome", ja: "結果" },
  colVersion: { en: "Default version", ja: "既定バージョン" },
  colField: { en: "Field", ja: "項目" },
  colProblem: { en: "Problem", ja: "問題" },
  kindCreate: { en: "create", ja: "作成" },
  kindUpdate: { en: "update", ja: "更新" },
  kindSetDefault: { en: "make version {version} default", ja: "バージョン {version} を既定に" },
  kindUnchanged: { en: "unchanged", ja: "変更なし" },
  outcomeCreated: { en: "created", ja: "作成" },
  outcomeUpdated: { en: "updated", ja: "更新" },
  outcomeDefaultMoved: { en: "made default", ja: "既定に変更" },
  outcomeUnchanged: { en: "unchanged", ja: "変更なし" },
  outcomeFailed: { en: "failed: {code}", ja: "失敗: {code}" },
  notInSsm: { en: "not in SSM", ja: "SSM になし" },
  whatNew: {
    en: "new document, {lines, plural, one {# line} other {# lines}}",
    ja: "新規ドキュメント（{lines} 行）",
  },
  whatDescription: { en: "description", ja: "説明" },
  whatAdded: { en: "parameters added: {names}", ja: "追加パラメーター: {names}" },
  whatRemoved: { en: "parameters removed: {names}", ja: "削除パラメーター: {names}" },
  whatChanged: { en: "parameters changed: {names}", ja: "変更パラメーター: {names}" },
  whatLines: { en: "+{added} −{removed} lines", ja: "+{added} −{removed} 行" },
  whatUnknown: { en: "content differs", ja: "内容が異なります" },
  duplicateHint: {
    en: "{document}: SSM refused the content as a duplicate of an older version; make that version the default by hand (aws ssm update-document-default-version).",
    ja: "{document}: 内容が古いバージョンと同一のため SSM に拒否されました。そのバージョンを手動で既定にしてください（aws ssm update-document-default-version）。",
  },
  moreRows: { en: "…and {count} more", ja: "…ほか {count} 件" },
} satisfies Record<string, MessageText>;

/** One message per check rule; {document} and {field} name where, the rest say what a valid value looks like. */
export const problemMessages: Record<ProblemRule, MessageText> = {
  namePattern: {
    en: "the name must match {pattern} (3-128 letters, digits, underscores, hyphens and dots); rename the file",
    ja: "名前は {pattern}（英数字・_・-・. の 3〜128 文字）に一致する必要があります。ファイル名を変えてください",
  },
  nameReserved: {
    en: "the name starts with {prefix}, a prefix AWS reserves; rename the file",
    ja: "名前が AWS の予約済み接頭辞 {prefix} で始まっています。ファイル名を変えてください",
  },
  contentEmpty: { en: "the content is empty", ja: "内容が空です" },
  contentTooLarge: {
    en: "the content is {bytes} bytes; SSM takes at most {max} bytes (64 KB)",
    ja: "内容が {bytes} バイトです。SSM の上限は {max} バイト（64 KB）です",
  },
  contentNotYaml: {
    en: "the content is not a YAML mapping; regenerate it with npm run generate",
    ja: "内容が YAML のマッピングではありません。npm run generate で生成し直してください",
  },
  parameterType: {
    en: "the type is {value}; a document parameter is one of {allowed}",
    ja: "型が {value} です。ドキュメントのパラメーターは {allowed} のいずれかです",
  },
  parameterPattern: {
    en: "allowedPattern {value} is not a valid regular expression",
    ja: "allowedPattern {value} は正しい正規表現ではありません",
  },
  parameterDefault: {
    en: "the default {value} does not match allowedPattern {pattern} (or is not a string), so every command using it would be refused",
    ja: "既定値 {value} が allowedPattern {pattern} に一致しない（または文字列でない）ため、これを使うコマンドはすべて拒否されます",
  },
  targetType: {
    en: "the target type {value} must match {pattern}, e.g. /AWS::EC2::Instance",
    ja: "ターゲットタイプ {value} は {pattern} に一致する必要があります（例: /AWS::EC2::Instance）",
  },
  tagKey: {
    en: "the tag key {value} must be 1-{max} letters, digits, spaces or _.:/=+-@",
    ja: "タグキー {value} は英数字・空白・_.:/=+-@ の 1〜{max} 文字である必要があります",
  },
  tagValue: {
    en: "the tag value {value} must be at most {max} letters, digits, spaces or _.:/=+-@",
    ja: "タグ値 {value} は英数字・空白・_.:/=+-@ の {max} 文字以内である必要があります",
  },
};
