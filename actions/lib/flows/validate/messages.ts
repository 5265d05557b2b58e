import type { MessageText } from "../../core/i18n/message.js";

const checked: MessageText = {
  en: "{clinics, plural, one {# clinic} other {# clinics}} checked: no problems.",
  ja: "{clinics} 件の医療機関を確認しました。問題はありません。",
};

/** The validate action's job summary. */
export const summaryMessages = {
  heading: { en: "Clinic registry", ja: "医療機関レジストリ" },
  valid: checked,
  invalid: {
    en: "{problems, plural, one {Found # problem. Fix it in the file below.} other {Found # problems. Fix them in the files below.}}",
    ja: "{problems} 件の問題があります。下のファイルを直してください。",
  },
  where: { en: "Where", ja: "場所" },
  field: { en: "Field", ja: "項目" },
  problem: { en: "Problem", ja: "問題" },
  failed: {
    en: "Found {problems, plural, one {# problem} other {# problems}} in {dir}; each is annotated on its file and listed in the job summary.",
    ja: "{dir} に {problems} 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。",
  },
} satisfies Record<string, MessageText>;

/** The last line of `orca-fleet validate`. */
export const cliSummary = {
  valid: checked,
  invalid: {
    en: "Found {problems, plural, one {# problem} other {# problems}} in {files, plural, one {# file} other {# files}}.",
    ja: "{files} ファイルに {problems} 件の問題があります。",
  },
} satisfies Record<string, MessageText>;
