/** Every fixed text `orca-fleet certs` shows, in each locale; `{name}` is a value filled in when shown. */
export const certificateMessages = {
  issue: { en: "{clinic} {kind}: issue ({reason})", ja: "{clinic} {kind}: 発行（{reason}）" },
  rotate: {
    en: "{clinic} {kind}: rotate ({reason}, valid until {notAfter})",
    ja: "{clinic} {kind}: 更新（{reason}、有効期限 {notAfter}）",
  },
  caPublish: {
    en: "fleet CA certificate {name}: publish ({state})",
    ja: "フリートの CA 証明書 {name}: 登録（{state}）",
  },
  summary: {
    en: "{actions} certificate(s) to issue or rotate, {kept} valid beyond the {days}-day threshold.",
    ja: "発行・更新する証明書 {actions} 件、{days} 日以上有効な証明書 {kept} 件。",
  },
  applied: {
    en: "Written to Parameter Store as SecureString.",
    ja: "Parameter Store に SecureString として書き込みました。",
  },
  dryRun: { en: "Dry run: nothing was written.", ja: "ドライラン: 何も書き込んでいません。" },
  needCa: {
    en: "Certificates need issuing, which takes the fleet's CA: pass --ca DIR (the folder `orca-fleet certs issue-ca` wrote).",
    ja: "証明書の発行にはフリートの CA が必要です: --ca DIR（`orca-fleet certs issue-ca` の出力先）を指定してください。",
  },
  caInParameters: {
    en: "The fleet's CA is in Parameter Store under {path}/ (private-key and certificate, SecureString); nothing secret was printed. `orca-fleet certs sync --ca-parameter`, as the operator role, issues the clinics' certificates.",
    ja: "フリートの CA を Parameter Store の {path}/ に保存しました（private-key と certificate、SecureString）。秘密は表示していません。運用者ロールで `orca-fleet certs sync --ca-parameter` を実行すると各医療機関の証明書を発行します。",
  },
  caWritten: {
    en: "The fleet's CA is in {dir} (ca.crt, and ca.key readable by you alone). Keep ca.key off shared disks; `orca-fleet certs sync --ca {dir}` publishes ca.crt and issues the clinics' certificates.",
    ja: "フリートの CA を {dir} に作成しました（ca.crt と、本人だけが読める ca.key）。ca.key は共有ディスクに置かないでください。`orca-fleet certs sync --ca {dir}` で ca.crt を登録し、各医療機関の証明書を発行します。",
  },
  missing: { en: "missing", ja: "なし" },
  unreadable: { en: "not a certificate", ja: "証明書として読めない" },
  expired: { en: "expired", ja: "期限切れ" },
  expiring: { en: "expiring", ja: "期限間近" },
  wrongName: { en: "wrong name", ja: "名前が違う" },
  otherCa: { en: "issued by another CA", ja: "別の CA が発行" },
  keyMismatch: { en: "key does not match", ja: "鍵が一致しない" },
  different: { en: "another CA's", ja: "別の CA" },
  server: { en: "server certificate", ja: "サーバー証明書" },
  client: { en: "client certificate", ja: "クライアント証明書" },
} as const satisfies Record<string, { en: string; ja: string }>;
