import type { MessageText } from "../i18n/message.js";

/**
 * Every registry message in English and Japanese. A problem is shown as `<file>:<line>:<column> <field>: <message>`;
 * each message is a whole sentence (it names the field when it is about it: `{field}`), true for the value it is
 * about, and ends with what a valid value looks like.
 */

export const ruleMessages = {
  "yaml.syntax": {
    en: "is not valid YAML: {detail}. Write one `key: value` per line.",
    ja: "YAML として読めません: {detail}。`key: value` の形で1行に1項目ずつ書いてください。",
  },
  "yaml.duplicateKey": {
    en: "{key} is written twice in the same mapping; keep one of them.",
    ja: "{key} が同じ階層に2回書かれています。どちらか一方だけにしてください。",
  },
  "yaml.tag": {
    en: 'the tag {tag} is not allowed; write the plain value, e.g. version: "5.2.0".',
    ja: 'タグ {tag} は使えません。タグを付けずに値だけを書いてください(例: version: "5.2.0")。',
  },
  "yaml.aliases": {
    en: "aliases expand more than {max} times; write the values out.",
    ja: "エイリアスの展開が {max} 回を超えています。値をそのまま書いてください。",
  },
  "yaml.multipleDocuments": {
    en: 'a file holds one document; remove this "---" and what follows it.',
    ja: "1つのファイルに書けるドキュメントは1つです。この「---」以降を削除してください。",
  },
  "yaml.notMapping": {
    en: "the file must be a mapping of fields, one `key: value` per line, e.g. `id: shinjuku-naika`.",
    ja: "ファイルは `key: value` の形の項目の集まりでなければなりません(例: `id: shinjuku-naika`)。",
  },
  "yaml.empty": {
    en: "the file is empty; write its fields, one `key: value` per line, e.g. `id: shinjuku-naika`.",
    ja: "ファイルが空です。`key: value` の形で項目を書いてください(例: `id: shinjuku-naika`)。",
  },
  "schema.missing": {
    en: "{field} is missing; expected {hint}.",
    ja: "{field} がありません。期待する値: {hint}",
  },
  "schema.codeNumber": {
    en: '{field} is written without quotes, so YAML reads {raw} as a number{leadingZero, select, yes { and drops its leading 0} other {}}; quote it: "{raw}".',
    ja: '{field} が引用符なしで書かれているため、YAML は {raw} を数値として読みます{leadingZero, select, yes {(先頭の 0 が失われます)} other {}}。引用符で囲んでください: "{raw}"',
  },
  "schema.number": {
    en: '{field} is written without quotes, so YAML reads {raw} as a number; quote it: "{raw}". Expected {hint}.',
    ja: '{field} が引用符なしで書かれているため、YAML は {raw} を数値として読みます。引用符で囲んでください: "{raw}"。期待する値: {hint}',
  },
  "schema.type": {
    en: "{field} is {got}; expected {hint}.",
    ja: "{field} が{got}になっています。期待する値: {hint}",
  },
  "schema.value": {
    en: "{value} is not valid; expected {hint}.",
    ja: "{value} は正しくありません。期待する値: {hint}",
  },
  "schema.unknownKey": {
    en: "{key} is not a field here; the fields here are {known}.",
    ja: "{key} という項目はありません。使える項目: {known}",
  },
  "code.prefecture": {
    en: "{value} starts with {prefecture}, which is no prefecture; the first two digits are the prefecture's JIS code, 01-47 (e.g. 13 for 東京都).",
    ja: "{value} の先頭 {prefecture} は都道府県番号ではありません。先頭2桁は都道府県の JIS コード 01〜47 です(例: 東京都は 13)。",
  },
  "code.scoreTable": {
    en: 'the third digit of {value} (点数表) is {scoreTable}; ORCA serves 医科 clinics, whose codes have 1 there, e.g. "1318814790".',
    ja: '{value} の3桁目(点数表)が {scoreTable} です。ORCA は医科向けのため 1 でなければなりません(例: "1318814790")。',
  },
  "code.checkDigit": {
    en: "The check digit of {value} (its last digit) does not match its first nine digits, which give {expected}, not {actual}; a digit is likely mistyped, so copy the whole code again from the clinic's 保険医療機関指定通知書.",
    ja: "{value} の検証番号(末尾の1桁)が前の9桁と合いません(前の9桁からは {actual} ではなく {expected} になります)。どこかの桁の写し間違いと考えられるため、保険医療機関指定通知書からコード全体を写し直してください。",
  },
  "code.prefectureMismatch": {
    en: "{value} is a code of {codePrefecture} (its first two digits), but prefecture is {prefecture}; make them agree.",
    ja: "{value} は先頭2桁から {codePrefecture} のコードですが、prefecture は {prefecture} です。どちらかを直してください。",
  },
  "window.format": {
    en: '{value} is not a maintenance window; expected days and a time range in Asia/Tokyo, e.g. "Sun 01:00-05:00", "Mon-Fri 22:00-06:00" or "daily 22:00-06:00".',
    ja: '{value} はメンテナンス時間帯の形ではありません。曜日と時刻の範囲(日本時間)を書いてください(例: "Sun 01:00-05:00"、"Mon-Fri 22:00-06:00"、"daily 22:00-06:00")。',
  },
  "window.day": {
    en: "{day} in {value} is not a day; use Sun, Mon, Tue, Wed, Thu, Fri or Sat, a range such as Mon-Fri, a list such as Sat,Sun, or daily.",
    ja: "{value} の {day} は曜日ではありません。Sun, Mon, Tue, Wed, Thu, Fri, Sat、Mon-Fri のような範囲、Sat,Sun のような列挙、または daily を使ってください。",
  },
  "window.time": {
    en: '{time} in {value} is not a time of day; use HH:MM from 00:00 to 23:59, e.g. "Sun 01:00-05:00".',
    ja: '{value} の {time} は時刻ではありません。00:00〜23:59 の HH:MM で書いてください(例: "Sun 01:00-05:00")。',
  },
  "window.empty": {
    en: "{value} starts and ends at the same time; give a range such as 22:00-06:00 (it may cross midnight).",
    ja: "{value} は開始と終了が同じ時刻です。22:00-06:00 のような範囲を書いてください(日付をまたいでも構いません)。",
  },
  "fleet.securityGroup": {
    en: "{value} is not a name in securityGroups; use one of: {known}.",
    ja: "{value} は securityGroups にありません。次のいずれかを使ってください: {known}",
  },
  "rollout.ringTwice": {
    en: "{value} is already earlier in ringOrder; name each ring once, e.g. [canary, early, general].",
    ja: "{value} は ringOrder にすでにあります。各リングは1回だけ書いてください(例: [canary, early, general])。",
  },
  "rollout.budgetAboveWave": {
    en: '{value} is more failures than wave {wave} holds ({size} clinics), so that wave could never halt the rollout; use at most {size}, or a percentage such as "10%".',
    ja: '{value} は第{wave}ウェーブの医療機関数({size})を超えるため、そのウェーブではロールアウトが止まりません。{size} 以下か、"10%" のような割合にしてください。',
  },
  "freeze.date": {
    en: '{value} is not a day; write MM-DD for every year (e.g. "12-29") or YYYY-MM-DD for one date (e.g. "2027-05-01").',
    ja: '{value} は日付ではありません。毎年なら MM-DD(例: "12-29")、1回限りなら YYYY-MM-DD(例: "2027-05-01")で書いてください。',
  },
  "freeze.daysOrder": {
    en: "the range ends on day {to}, before it starts on day {from}; write from ≤ to, e.g. from: 1, to: 10 (the receipt days).",
    ja: "範囲が {from} 日に始まり、それより前の {to} 日に終わっています。from ≤ to にしてください(例: from: 1, to: 10 はレセプト期間)。",
  },
  "freeze.rangeForm": {
    en: '{value} and from ({from}) are written differently; write both as MM-DD (every year, e.g. from: "12-29", to: "01-03") or both as YYYY-MM-DD.',
    ja: '{value} と from({from})の書き方が違います。両方を MM-DD(毎年。例: from: "12-29", to: "01-03")か、両方を YYYY-MM-DD にしてください。',
  },
  "freeze.rangeOrder": {
    en: '{value} is before from ({from}); a one-off range ends on or after its first day, e.g. from: "2027-05-01", to: "2027-05-05".',
    ja: '{value} は from({from})より前です。1回限りの範囲は開始日以降に終わります(例: from: "2027-05-01", to: "2027-05-05")。',
  },
  "registry.ringNotInOrder": {
    en: "{value} is not in fleet.yml's rollout.ringOrder ({known}), so this clinic would never be updated; use one of those rings or add it to ringOrder.",
    ja: "{value} は fleet.yml の rollout.ringOrder({known})にないため、この医療機関は更新されません。そのいずれかにするか、ringOrder に加えてください。",
  },
  "registry.windowTooShort": {
    en: '{value} lasts {minutes} minutes, shorter than fleet.yml\'s rollout.updateMinutes ({updateMinutes}), so an update never fits in it; give a window of at least {updateMinutes} minutes, e.g. "Sun 01:00-05:00".',
    ja: '{value} は {minutes} 分しかなく、fleet.yml の rollout.updateMinutes({updateMinutes} 分)より短いため、更新が収まりません。{updateMinutes} 分以上の時間帯にしてください(例: "Sun 01:00-05:00")。',
  },
  "registry.idMismatch": {
    en: "{value} differs from the file name; a clinic's id is its file name, so set id: {stem} or rename the file to {expectedFile}.",
    ja: "{value} がファイル名と違います。id はファイル名と同じにします。id: {stem} とするか、ファイル名を {expectedFile} にしてください。",
  },
  "registry.extension": {
    en: "registry files end in .yml; rename this file to {expectedFile}.",
    ja: "レジストリのファイルは .yml で終わります。ファイル名を {expectedFile} にしてください。",
  },
  "registry.link": {
    en: "This file is a symbolic link, which the registry does not follow; replace it with the file itself.",
    ja: "このファイルはシンボリックリンクです。レジストリはリンクをたどりません。ファイルそのものに置き換えてください。",
  },
  "registry.duplicateId": {
    en: "{value} is already the id of {other}; each clinic has its own id.",
    ja: "{value} は {other} の id として使われています。id は医療機関ごとに別にしてください。",
  },
  "registry.duplicateCode": {
    en: "{value} is already the code of {other}; each clinic has its own 医療機関コード.",
    ja: "{value} は {other} の医療機関コードとして使われています。医療機関コードは医療機関ごとに異なります。",
  },
  "registry.unknownSubnet": {
    en: "{value} is not a subnet in fleet.yml; use one of: {known}.",
    ja: "{value} は fleet.yml の subnets にありません。次のいずれかを使ってください: {known}",
  },
  "registry.unknownType": {
    en: "{value} is not an instance type allowed in fleet.yml; use one of: {known}.",
    ja: "{value} は fleet.yml の instanceTypes にありません。次のいずれかを使ってください: {known}",
  },
  "registry.noFleet": {
    en: "fleet.yml is missing; it holds the fleet's region, subnets and instance types (see docs/registry.md).",
    ja: "fleet.yml がありません。リージョン、サブネット、インスタンスタイプなどフリート全体の設定を書きます(docs/registry.md を参照)。",
  },
  "registry.noDirectory": {
    en: "This is not a readable directory; pass the folder that holds fleet.yml and the clinic files, e.g. clinics/.",
    ja: "読み取れるディレクトリではありません。fleet.yml と各医療機関のファイルがあるフォルダを指定してください(例: clinics/)。",
  },
  "registry.moreProblems": {
    en: "This file has {total, number} problems; only the first {shown, number} are listed. Fix them and validate again to see the rest.",
    ja: "このファイルには {total, number} 件の問題があります。最初の {shown, number} 件だけを示しています。直してから再度検証すると残りが表示されます。",
  },
  "file.tooLarge": {
    en: "This file is {bytes, number} bytes, more than the {max, number} bytes it may hold, so it was not read; keep only the registry's fields in it.",
    ja: "このファイルは {bytes, number} バイトあり、上限の {max, number} バイトを超えるため読み込みませんでした。レジストリの項目だけを書いてください。",
  },
  "file.notText": {
    en: "This file is not a text file (it holds a NUL byte or is not valid UTF-8), so it was not read; save it as UTF-8 text.",
    ja: "このファイルはテキストファイルではない(NUL バイトを含むか UTF-8 として読めない)ため、読み込みませんでした。UTF-8 のテキストとして保存してください。",
  },
} satisfies Record<string, MessageText>;

export type RuleName = keyof typeof ruleMessages;

/** Names of value types as a person reads them, for "is {got}". */
export const typeNames: Record<string, MessageText> = {
  string: { en: "text", ja: "文字列" },
  number: { en: "a number", ja: "数値" },
  boolean: { en: "true or false", ja: "真偽値" },
  null: { en: "empty", ja: "空" },
  array: { en: "a list", ja: "リスト" },
  object: { en: "a mapping", ja: "マッピング" },
};

const mapping = (fields: readonly string[], example: string): MessageText => ({
  en: `a mapping with ${fields.length > 1 ? `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}` : fields.join("")}, e.g. ${example}`,
  ja: `${fields.join("、")} を持つマッピング(例: ${example})`,
});

/** What a valid value of each field looks like. `*` stands for a list index or a logical name. */
export const clinicHints: Record<string, MessageText> = {
  "": mapping(
    [
      "id",
      "name",
      "medicalInstitutionCode",
      "prefecture",
      "status",
      "orca",
      "instance",
      "maintenanceWindow",
      "contact",
    ],
    "clinics/shinjuku-naika.yml",
  ),
  id: {
    en: 'a lowercase slug of 3-40 letters, digits and hyphens that equals the file name and is not a device name such as con or nul, e.g. "shinjuku-naika" in clinics/shinjuku-naika.yml',
    ja: "英小文字・数字・ハイフンの3〜40文字でファイル名と同じもの。con や nul などのデバイス名は使えません(例: clinics/shinjuku-naika.yml なら shinjuku-naika)",
  },
  name: {
    en: "the clinic's name, 1-100 characters, e.g. 新宿内科クリニック",
    ja: "医療機関名、1〜100文字(例: 新宿内科クリニック)",
  },
  medicalInstitutionCode: {
    en: 'the 10-digit 医療機関コード in quotes, e.g. "1318814790"',
    ja: '10桁の医療機関コードを引用符で囲んだもの(例: "1318814790")',
  },
  prefecture: {
    en: "the prefecture's name in Japanese, e.g. 東京都, 大阪府 or 北海道",
    ja: "都道府県名(例: 東京都、大阪府、北海道)",
  },
  status: { en: "one of active, suspended, retired", ja: "active、suspended、retired のいずれか" },
  orca: mapping(["version", "ring"], 'version: "5.2.0", ring: general'),
  "orca.version": {
    en: 'an ORCA version in quotes, e.g. "5.2.0"',
    ja: 'ORCA のバージョンを引用符で囲んだもの(例: "5.2.0")',
  },
  "orca.ring": { en: "one of canary, early, general", ja: "canary、early、general のいずれか" },
  instance: mapping(["type", "subnet"], "type: t3.medium, subnet: private-a"),
  "instance.type": {
    en: "an instance type listed in fleet.yml's instanceTypes, e.g. t3.medium",
    ja: "fleet.yml の instanceTypes にあるインスタンスタイプ(例: t3.medium)",
  },
  "instance.subnet": {
    en: "a subnet's logical name from fleet.yml's subnets, e.g. private-a",
    ja: "fleet.yml の subnets にあるサブネットの論理名(例: private-a)",
  },
  maintenanceWindow: {
    en: 'days and a time range in Asia/Tokyo, e.g. "Sun 01:00-05:00", "Mon-Fri 22:00-06:00" or "daily 22:00-06:00"',
    ja: '曜日と時刻の範囲(日本時間)(例: "Sun 01:00-05:00"、"Mon-Fri 22:00-06:00"、"daily 22:00-06:00")',
  },
  contact: mapping(["name", "email"], "name: 佐藤 美咲, email: it@clinic.example.jp"),
  "contact.name": { en: "a person's name, e.g. 佐藤 美咲", ja: "担当者名(例: 佐藤 美咲)" },
  "contact.email": {
    en: "an email address, e.g. it@clinic.example.jp",
    ja: "メールアドレス(例: it@clinic.example.jp)",
  },
  launchGeneration: {
    en: "a whole number from 1 to 999, bumped by one after the clinic's instance was terminated by hand (leave it out for 1)",
    ja: "1 から 999 の整数。クリニックのインスタンスを手動で終了した後に 1 つ上げます(省略時は 1)",
  },
};

export const fleetHints: Record<string, MessageText> = {
  "": mapping(
    [
      "region",
      "locale",
      "ami",
      "instanceProfile",
      "instanceTypes",
      "securityGroups",
      "subnets",
      "dns",
      "backup",
      "secrets",
      "rollout",
      "liveness",
      "provision",
    ],
    "clinics/fleet.yml",
  ),
  region: {
    en: "ap-northeast-1 (Tokyo) or ap-northeast-3 (Osaka): medical data stays in Japan",
    ja: "ap-northeast-1(東京)または ap-northeast-3(大阪)。医療情報は国内に置きます",
  },
  locale: { en: "ja or en", ja: "ja または en" },
  ami: mapping(["parameter", "label"], "parameter: /orca-fleet/golden-ami, label: current"),
  "ami.parameter": {
    en: "an SSM parameter name starting with /, e.g. /orca-fleet/golden-ami",
    ja: "/ で始まる SSM パラメータ名(例: /orca-fleet/golden-ami)",
  },
  "ami.label": { en: "a parameter label, e.g. current", ja: "パラメータのラベル(例: current)" },
  instanceProfile: {
    en: "the prefix of the clinics' IAM instance profiles (each clinic launches with <prefix>-<clinic id>), a name and not an ARN, e.g. orca-fleet-instance",
    ja: "クリニックごとの IAM インスタンスプロファイル名の接頭辞(各クリニックは <接頭辞>-<クリニック ID> で起動します。ARN ではなく名前)(例: orca-fleet-instance)",
  },
  instanceTypes: {
    en: "a list of EC2 instance types, e.g. [t3.medium, t3.large]",
    ja: "EC2 インスタンスタイプのリスト(例: [t3.medium, t3.large])",
  },
  "instanceTypes.*": { en: "an EC2 instance type, e.g. t3.medium", ja: "EC2 インスタンスタイプ(例: t3.medium)" },
  securityGroups: {
    en: "a mapping of logical names to security group ids, e.g. orca-api: sg-0a3f5c9e1b7d24680",
    ja: "論理名からセキュリティグループ ID へのマッピング(例: orca-api: sg-0a3f5c9e1b7d24680)",
  },
  "securityGroups.*": {
    en: "a security group id, e.g. sg-0a3f5c9e1b7d24680",
    ja: "セキュリティグループ ID(例: sg-0a3f5c9e1b7d24680)",
  },
  subnets: {
    en: "a mapping of logical names to subnets, e.g. private-a: '{ id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api] }'",
    ja: "論理名からサブネットへのマッピング(例: private-a: '{ id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api] }')",
  },
  "subnets.*": mapping(["id", "securityGroups"], "id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api]"),
  "subnets.*.id": {
    en: "a subnet id, e.g. subnet-0b1c2d3e4f5a69788",
    ja: "サブネット ID(例: subnet-0b1c2d3e4f5a69788)",
  },
  "subnets.*.securityGroups": {
    en: "a list of logical names from securityGroups, e.g. [orca-api]",
    ja: "securityGroups にある論理名のリスト(例: [orca-api])",
  },
  "subnets.*.securityGroups.*": {
    en: "a logical name from securityGroups, e.g. orca-api",
    ja: "securityGroups にある論理名(例: orca-api)",
  },
  dns: mapping(["zoneId", "domain"], "zoneId: Z04417562QX8HN3KVTB1E, domain: orca.fleet.internal"),
  "dns.zoneId": {
    en: "a Route 53 hosted zone id, e.g. Z04417562QX8HN3KVTB1E",
    ja: "Route 53 ホストゾーン ID(例: Z04417562QX8HN3KVTB1E)",
  },
  "dns.domain": { en: "a domain name, e.g. orca.fleet.internal", ja: "ドメイン名(例: orca.fleet.internal)" },
  backup: mapping(["bucket", "retentionDays"], "bucket: orca-fleet-backups, retentionDays: 35"),
  "backup.bucket": { en: "an S3 bucket name, e.g. orca-fleet-backups", ja: "S3 バケット名(例: orca-fleet-backups)" },
  "backup.retentionDays": { en: "a whole number of days above 0, e.g. 35", ja: "1以上の日数(例: 35)" },
  secrets: mapping(["parameterPrefix"], "parameterPrefix: /orca-fleet/secrets"),
  "secrets.parameterPrefix": {
    en: "an SSM parameter path starting with /, e.g. /orca-fleet/secrets",
    ja: "/ で始まる SSM パラメータのパス(例: /orca-fleet/secrets)",
  },
  rollout: mapping(
    ["ringOrder", "waveSizes", "errorBudget", "bakeMinutes", "updateMinutes", "freeze"],
    "ringOrder: [canary, early, general]",
  ),
  "rollout.ringOrder": {
    en: "a list of rings, each once, e.g. [canary, early, general]",
    ja: "リングのリスト。各リングは1回だけ(例: [canary, early, general])",
  },
  "rollout.ringOrder.*": { en: "one of canary, early, general", ja: "canary、early、general のいずれか" },
  "rollout.waveSizes": {
    en: 'a list of wave sizes, each a count above 0 or a percentage of the ring in quotes, e.g. [1, 5, "20%"]',
    ja: 'ウェーブの大きさのリスト。1以上の件数か、引用符で囲んだリング内の割合(例: [1, 5, "20%"])',
  },
  "rollout.waveSizes.*": {
    en: 'a count above 0, e.g. 5, or a percentage from "1%" to "100%"',
    ja: '1以上の件数(例: 5)か、"1%"〜"100%" の割合',
  },
  "rollout.errorBudget": {
    en: 'failures a wave may have before the rollout halts: a count of 0 or more, e.g. 1, or a percentage of the wave, e.g. "10%"',
    ja: 'ロールアウトを止めるまでに1ウェーブで許す失敗数。0以上の件数(例: 1)か、ウェーブ内の割合(例: "10%")',
  },
  "rollout.bakeMinutes": {
    en: "minutes a ring runs updated before the next ring starts, 0 or more, e.g. 60",
    ja: "次のリングを始めるまでに更新済みのリングを様子見する分数。0以上(例: 60)",
  },
  "rollout.updateMinutes": {
    en: "minutes an update may take, 1-1440; it starts only when that much of the window is left, e.g. 60",
    ja: "更新にかかる最大の分数(1〜1440)。時間帯の残りがこれ以上あるときだけ始めます(例: 60)",
  },
  "rollout.freeze": mapping(["daysOfMonth", "holidays", "ranges"], "holidays: freeze, ranges: []"),
  "rollout.freeze.daysOfMonth": {
    en: "false, or the days of every month with no update, e.g. from: 1 and to: 10 (the receipt days, the default)",
    ja: "false か、毎月更新しない日の範囲(例: from: 1 と to: 10。レセプト期間で既定値)",
  },
  "rollout.freeze.daysOfMonth.from": { en: "a day of the month, 1-31, e.g. 1", ja: "日(1〜31)(例: 1)" },
  "rollout.freeze.daysOfMonth.to": { en: "a day of the month, 1-31, e.g. 10", ja: "日(1〜31)(例: 10)" },
  "rollout.freeze.holidays": {
    en: "freeze (no update on Japan's public holidays, the default) or allow",
    ja: "freeze(祝日は更新しない。既定値)または allow",
  },
  "rollout.freeze.ranges": {
    en: 'a list of named date ranges with no update, each with name, from and to, e.g. name: 年末年始, from: "12-29", to: "01-03"',
    ja: '更新しない日付範囲に名前を付けたリスト。各範囲に name、from、to(例: name: 年末年始, from: "12-29", to: "01-03")',
  },
  "rollout.freeze.ranges.*": mapping(["name", "from", "to"], 'name: 年末年始, from: "12-29", to: "01-03"'),
  "rollout.freeze.ranges.*.name": {
    en: "a name of 1-40 characters, e.g. 年末年始",
    ja: "1〜40文字の名前(例: 年末年始)",
  },
  "rollout.freeze.ranges.*.from": {
    en: 'MM-DD for every year, e.g. "12-29", or YYYY-MM-DD for one date',
    ja: '毎年なら MM-DD(例: "12-29")、1回限りなら YYYY-MM-DD',
  },
  "rollout.freeze.ranges.*.to": {
    en: 'MM-DD for every year, e.g. "01-03", or YYYY-MM-DD for one date, written like from',
    ja: 'from と同じ書き方で、毎年なら MM-DD(例: "01-03")、1回限りなら YYYY-MM-DD',
  },
  provision: mapping(["firstBootMinutes"], "firstBootMinutes: 20"),
  "provision.firstBootMinutes": {
    en: "minutes above 0, at most 120, that a new server's first boot may take until ORCA answers (default 20)",
    ja: "新しいサーバーの初回起動から ORCA が応答するまでに許す分数(0 より大きく 120 以下、既定 20)",
  },
  liveness: mapping(
    [
      "failuresBeforeRestart",
      "restartsBeforeIncident",
      "timeoutSeconds",
      "slowMs",
      "certificateWarningDays",
      "diskLowPercent",
      "successesBeforeClose",
      "flapping",
      "restartsPerHour",
      "correlated",
    ],
    "failuresBeforeRestart: 3, restartsBeforeIncident: 2, timeoutSeconds: 10",
  ),
  "liveness.failuresBeforeRestart": { en: "a whole number above 0, e.g. 3", ja: "1以上の整数(例: 3)" },
  "liveness.restartsBeforeIncident": { en: "a whole number above 0, e.g. 2", ja: "1以上の整数(例: 2)" },
  "liveness.timeoutSeconds": { en: "a whole number of seconds above 0, e.g. 10", ja: "1以上の秒数(例: 10)" },
  "liveness.slowMs": {
    en: "milliseconds, 1-600000, above which an answer is slow (default 3000)",
    ja: "これを超える応答を遅いとみなすミリ秒(1〜600000、既定 3000)",
  },
  "liveness.certificateWarningDays": {
    en: "days before the TLS certificate expires to warn, 1-365 (default 21)",
    ja: "TLS 証明書の期限切れを警告する残り日数(1〜365、既定 21)",
  },
  "liveness.diskLowPercent": {
    en: "free space on the data volume below this percentage is low, 1-99 (default 10)",
    ja: "データボリュームの空きがこの割合を下回ると不足とみなす(1〜99、既定 10)",
  },
  "liveness.successesBeforeClose": {
    en: "healthy sweeps in a row before an incident closes, 1-100 (default 2)",
    ja: "インシデントを閉じるまでに連続して正常だった巡回の回数(1〜100、既定 2)",
  },
  "liveness.flapping": mapping(["failures", "sweeps"], "failures: 3, sweeps: 6"),
  "liveness.flapping.failures": {
    en: "failing sweeps among the last `sweeps` that make a clinic flap, 2-20, at most sweeps (default 3)",
    ja: "直近 sweeps 回のうち不安定とみなす失敗回数(2〜20、sweeps 以下、既定 3)",
  },
  "liveness.flapping.sweeps": {
    en: "the sweeps looked back on, 3-20 (default 6)",
    ja: "振り返る巡回の回数(3〜20、既定 6)",
  },
  "liveness.restartsPerHour": {
    en: "restarts of one clinic in any hour, 1-10 (default 2)",
    ja: "1医療機関を1時間に再起動してよい回数(1〜10、既定 2)",
  },
  "liveness.correlated": mapping(
    ["fleetPercent", "groupPercent", "minClinics"],
    "fleetPercent: 20, groupPercent: 50, minClinics: 3",
  ),
  "liveness.correlated.fleetPercent": {
    en: "percentage of the fleet failing in one sweep that is one common failure, 1-100 (default 20)",
    ja: "1回の巡回で共通の障害とみなすフリート全体の失敗割合(1〜100、既定 20)",
  },
  "liveness.correlated.groupPercent": {
    en: "percentage of one subnet, availability zone, AMI or ORCA release failing together, 1-100 (default 50)",
    ja: "1つのサブネット、AZ、AMI、ORCA リリース内で同時に失敗する割合(1〜100、既定 50)",
  },
  "liveness.correlated.minClinics": {
    en: "failing clinics needed before a share counts, 2-1000 (default 3)",
    ja: "割合を数え始める失敗医療機関の最小数(2〜1000、既定 3)",
  },
};

/** Why a flow that acts on the fleet refuses to read it: the problems follow, one a line. */
export const refusalMessages = {
  hasProblems: {
    en: "The registry has {count, plural, one {# problem} other {# problems}}; nothing is planned until {count, plural, one {it is} other {they are}} fixed (orca-fleet validate {dir}):",
    ja: "台帳に {count} 件の問題があります。直すまで何も計画しません（orca-fleet validate {dir}）:",
  },
  fleetMissing: {
    en: "{dir}/fleet.yml is missing or invalid: nothing can be done without it (orca-fleet validate {dir}).",
    ja: "{dir}/fleet.yml がないか、正しくありません。これがないと何もできません（orca-fleet validate {dir}）。",
  },
} satisfies Record<string, MessageText>;
