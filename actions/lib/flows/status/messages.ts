/** Every text `orca-fleet status` shows a person, in Japanese and English. */
export const statusMessages = {
  title: { en: "Fleet status at {at} (Tokyo)", ja: "フリートの状態 {at}(日本時間)" },
  clinicTitle: { en: "Status of {clinic} at {at} (Tokyo)", ja: "{clinic} の状態 {at}(日本時間)" },
  historyRead: { en: "History: {from}", ja: "履歴: {from}" },
  historyNotGiven: {
    en: "History: not read, so health and incidents show as no data. Give --history DIR (a checkout of the fleet-status branch) or --repo OWNER/REPO with GITHUB_TOKEN.",
    ja: "履歴: 読んでいないため、正常性とインシデントはデータなしと表示します。--history DIR(fleet-status ブランチのチェックアウト)か、--repo OWNER/REPO と GITHUB_TOKEN を指定してください。",
  },
  historyUnreadable: {
    en: "History: cannot be read ({detail}); health and incidents show as no data.",
    ja: "履歴: 読めません({detail})。正常性とインシデントはデータなしと表示します。",
  },
  countClinics: {
    en: "{clinics} clinics, {withInstance} with an instance: {states}",
    ja: "医療機関 {clinics} 件、うちインスタンスあり {withInstance} 件: {states}",
  },
  countReleases: {
    en: "Releases (from the instances' tags): {releases}",
    ja: "リリース(インスタンスのタグから): {releases}",
  },
  countHealth: {
    en: "Health (last recorded by the sweep): {health}; no data yet: {none}",
    ja: "正常性(スイープの最終記録): {health}、まだデータなし: {none}",
  },
  countAttention: {
    en: "Open incidents: {incidents} clinics; failed rollouts: {failed}; instances without a clinic file: {orphans}",
    ja: "未解決インシデント: {incidents} 件の医療機関、失敗したロールアウト: {failed} 件、医療機関ファイルのないインスタンス: {orphans} 件",
  },
  listAll: { en: "Every clinic:", ja: "全医療機関:" },
  listAttention: {
    en: "Clinics that need a look ({shown} of {total}); the others are running as recorded:",
    ja: "確認が必要な医療機関({total} 件中 {shown} 件)。他は記録どおり稼働中です:",
  },
  noAttention: { en: "No clinic needs a look.", ja: "確認が必要な医療機関はありません。" },
  more: {
    en: "… and {count} more. orca-fleet status CLINIC shows one; --format json lists every clinic.",
    ja: "… ほか {count} 件。orca-fleet status CLINIC で 1 件、--format json で全件を出力します。",
  },
  unknownClinic: {
    en: "{clinic} is neither in the registry nor on any instance's tag.",
    ja: "{clinic} はレジストリにもインスタンスのタグにもありません。",
  },
  headClinic: { en: "clinic", ja: "医療機関" },
  headRegistry: { en: "registry", ja: "登録" },
  headInstance: { en: "instance", ja: "インスタンス" },
  headState: { en: "state", ja: "状態" },
  headRelease: { en: "release", ja: "リリース" },
  headHealth: { en: "health", ja: "正常性" },
  headIncidents: { en: "incidents", ja: "インシデント" },
  noInstance: { en: "no instance", ja: "インスタンスなし" },
  duplicates: { en: "{instance} (+{count} more)", ja: "{instance}(他 {count} 台)" },
  noData: { en: "no data yet", ja: "まだデータなし" },
  notRead: { en: "not read", ja: "未取得" },
  none: { en: "none", ja: "なし" },
  unregistered: { en: "no clinic file", ja: "ファイルなし" },
  releaseLaunched: { en: "{version} (at launch)", ja: "{version}(起動時)" },
  releaseRecorded: { en: "{version}: {outcome} {at}", ja: "{version}: {outcome} {at}" },
  releaseUnreadable: { en: "unreadable tags: {detail}", ja: "タグを読めません: {detail}" },
  releaseWants: { en: "{release}, wants {version}", ja: "{release}、目標 {version}" },
  healthSince: { en: "{class} since {since}", ja: "{since} から {class}" },
} as const;

export const outcomeWords = {
  updated: { en: "updated", ja: "更新済み" },
  failed: { en: "failed", ja: "失敗" },
  "rolled-back": { en: "rolled back", ja: "ロールバック済み" },
  "rollback-failed": { en: "roll-back failed", ja: "ロールバック失敗" },
} as const;

export const healthWords = {
  healthy: { en: "healthy", ja: "正常" },
  degraded: { en: "degraded", ja: "劣化" },
  restarting: { en: "restarting", ja: "再起動中" },
  down: { en: "down", ja: "停止" },
  unreachable: { en: "unreachable", ja: "到達不能" },
} as const;

export const registryWords = {
  active: { en: "active", ja: "稼働" },
  suspended: { en: "suspended", ja: "休止" },
  retired: { en: "retired", ja: "廃止" },
  unregistered: statusMessages.unregistered,
} as const;
