import type { MessageText } from "../../core/i18n/message.js";
import type { FormProblemKind } from "./parse.js";

/** What each form problem means, with {label}, {example}, {options} and {limit} filled in by the renderer. */
export const formProblemMessages: Record<FormProblemKind, MessageText> = {
  "too-large": {
    en: "The issue body is larger than {limit} bytes, so it was not read. Open the form again and fill in only its fields.",
    ja: "Issue の本文が {limit} バイトを超えているため読み取りませんでした。フォームの項目だけを記入してください。",
  },
  "missing-heading": {
    en: "The heading “{label}” is missing. Keep every heading of the form as it is and write the answer below it.",
    ja: "見出し「{label}」が見つかりません。フォームの見出しは変更せず、その下に回答を書いてください。",
  },
  "duplicate-heading": {
    en: "The heading “{label}” appears more than once. Keep one, with the answer below it.",
    ja: "見出し「{label}」が複数あります。1 つだけ残し、その下に回答を書いてください。",
  },
  "unknown-heading": {
    en: "A heading that is not in the form was found. Remove it; answers must not contain “###”.",
    ja: "フォームにない見出しがあります。削除してください(回答に「###」は使えません)。",
  },
  "out-of-order": {
    en: "The headings are not in the form's order (first out of place: “{label}”). Keep the form's order.",
    ja: "見出しの順序がフォームと異なります(最初にずれている項目:「{label}」)。フォームの順序に戻してください。",
  },
  "no-response": {
    en: "No answer was given. Example of a valid answer: {example}",
    ja: "回答がありません。記入例: {example}",
  },
  "several-values": {
    en: "Choose exactly one value. Choices: {options}",
    ja: "値を 1 つだけ選んでください。選択肢: {options}",
  },
  "not-an-option": {
    en: "This is not one of the choices. Choices: {options}",
    ja: "選択肢にない値です。選択肢: {options}",
  },
  "multi-line": {
    en: "The answer must be a single line. Example: {example}",
    ja: "回答は 1 行で書いてください。記入例: {example}",
  },
  "forbidden-characters": {
    en: "The answer contains characters that are not allowed here (symbols such as $ ` ; | & < > '{ }' # @ [ ], or invisible characters). Example: {example}",
    ja: "使用できない文字が含まれています($ ` ; | & < > '{ }' # @ [ ] などの記号や、見えない文字)。記入例: {example}",
  },
};

export const commentMessages = {
  problemsTitle: {
    en: "### The clinic request needs changes",
    ja: "### クリニック追加依頼の内容に修正が必要です",
  },
  problemsLead: {
    en: "Please edit this issue to fix the fields below; intake checks it again after every edit.",
    ja: "以下の項目を直して、この Issue を編集してください。編集のたびに自動で再確認します。",
  },
  field: { en: "Field", ja: "項目" },
  problem: { en: "Problem", ja: "問題" },
  given: { en: "Given", ja: "入力値" },
  key: { en: "Key", ja: "キー" },
  moreRows: {
    en: "{omitted, plural, one {# more row is} other {# more rows are}} not shown, to keep this comment within GitHub's size limit; fix the rows above and edit the issue again to see the rest.",
    ja: "GitHub のコメントの大きさの上限に収めるため、ほかの {omitted} 行は表示していません。上の項目を直して Issue を編集すると、残りが表示されます。",
  },
  value: { en: "Value", ja: "値" },
  unauthorisedTitle: {
    en: "### Thank you for the request",
    ja: "### ご依頼ありがとうございます",
  },
  unauthorisedBody: {
    en: "Clinic requests are accepted from the repository's owners, members and collaborators{team}. Nothing was created; a maintainer can open the request instead.",
    ja: "クリニック追加依頼は、リポジトリのオーナー・メンバー・コラボレーター{team}からのみ受け付けています。何も作成していません。メンテナーに依頼の作成をお願いしてください。",
  },
  unauthorisedTeam: { en: " and members of the team {team}", ja: "、チーム {team} のメンバー" },
  openedTitle: {
    en: "### Pull request opened",
    ja: "### プルリクエストを作成しました",
  },
  updatedTitle: {
    en: "### Pull request updated",
    ja: "### プルリクエストを更新しました",
  },
  prLine: {
    en: "{url} adds `{path}`. Reviewing and merging it is the approval.",
    ja: "{url} で `{path}` を追加します。レビューとマージが承認になります。",
  },
  updatedLine: {
    en: "The pull request's file was updated to match the latest edit of this issue.",
    ja: "この Issue の最新の編集内容でプルリクエストのファイルを更新しました。",
  },
  prBodyLead: {
    en: "Adds a clinic requested in #{issue}. Reviewing and merging this pull request is the approval; provisioning follows the merge.",
    ja: "#{issue} で依頼されたクリニックを追加します。このプルリクエストのレビューとマージが承認になり、マージ後にプロビジョニングされます。",
  },
  prTitle: { en: "Add clinic {id}", ja: "クリニック追加: {id}" },
} satisfies Record<string, MessageText>;

/** The job summary: what this run did, for the person reading the workflow run. */
export const summaryMessages = {
  title: { en: "Clinic intake for issue #{issue}", ja: "Issue #{issue} のクリニック追加依頼" },
  closed: { en: "Nothing to do: the issue is closed.", ja: "Issue がクローズされているため、何もしていません。" },
  notARequest: {
    en: "Nothing to do: the issue is not a clinic request.",
    ja: "クリニック追加依頼ではないため、何もしていません。",
  },
  unauthorised: {
    en: "The author may not request clinics (comment: {comment}); nothing else was created.",
    ja: "依頼者に追加依頼の権限がありません(コメント: {comment})。それ以外は何も作成していません。",
  },
  needsChanges: {
    en: "{problems, plural, one {# problem} other {# problems}} (comment: {comment}; label: needs-changes).",
    ja: "{problems} 件の問題があります(コメント: {comment}、ラベル: needs-changes)。",
  },
  what: { en: "What", ja: "対象" },
  outcome: { en: "Outcome", ja: "結果" },
  pullRequest: { en: "pull request #{number}", ja: "プルリクエスト #{number}" },
  issueComment: { en: "issue comment", ja: "Issue のコメント" },
  created: { en: "created", ja: "作成" },
  updated: { en: "updated", ja: "更新" },
  unchanged: { en: "unchanged", ja: "変更なし" },
} satisfies Record<string, MessageText>;
