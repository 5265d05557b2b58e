/** Every text `orca-fleet doctor` shows, in each locale: what it found, and the fix for each miss. */
export const doctorMessages = {
  title: { en: "orca-fleet doctor", ja: "orca-fleet doctor（配備の点検）" },
  allOk: { en: "All {count} checks pass.", ja: "{count} 項目すべて問題ありません。" },
  someMissed: {
    en: "{missed} of {count} checks miss: fix them in the order shown, then run doctor again.",
    ja: "{count} 項目中 {missed} 項目に問題があります。上から順に直して、もう一度 doctor を実行してください。",
  },
  fixLabel: { en: "fix", ja: "対処" },
  stackOk: {
    en: "fleet.yml's ids agree with the stack's outputs",
    ja: "fleet.yml の ID がスタックの出力と一致しています",
  },
  stackDiffers: { en: "fleet.yml differs from the stack at: {paths}", ja: "fleet.yml がスタックと異なります: {paths}" },
  stackFix: {
    en: "npx orca-fleet setup fleet --outputs stack-outputs.json (or --stack NAME), then commit clinics/fleet.yml",
    ja: "npx orca-fleet setup fleet --outputs stack-outputs.json（または --stack NAME）を実行し、clinics/fleet.yml をコミット",
  },
  amiOk: { en: "{parameter}:{label} is {ami}", ja: "{parameter}:{label} は {ami} です" },
  amiMissing: {
    en: "{parameter} has no version labelled {label}: no golden AMI to launch from",
    ja: "{parameter} にラベル {label} のバージョンがありません（起動する AMI がありません）",
  },
  amiFix: { en: "run the bake-ami workflow (docs/ami.md)", ja: "bake-ami ワークフローを実行（docs/ami.md）" },
  documentOk: {
    en: "document {name}: default version {version} is this repository's",
    ja: "ドキュメント {name}: 既定バージョン {version} はこのリポジトリの内容です",
  },
  documentMissing: { en: "document {name} is not in SSM", ja: "ドキュメント {name} が SSM にありません" },
  documentStale: {
    en: "document {name}: default version {version} is not this repository's content",
    ja: "ドキュメント {name}: 既定バージョン {version} がこのリポジトリの内容と異なります",
  },
  documentFix: {
    en: "run the sync-documents workflow (it creates or updates the documents and sets their default version)",
    ja: "sync-documents ワークフローを実行（ドキュメントを作成・更新し既定バージョンを設定します）",
  },
  certificatesOk: {
    en: "{count} clinic certificates present and not expiring",
    ja: "医療機関の証明書 {count} 件があり、期限も十分です",
  },
  certificatesDue: {
    en: "{count} certificates to issue or rotate: {which}",
    ja: "発行・更新が必要な証明書 {count} 件: {which}",
  },
  certificatesFix: {
    en: "npx orca-fleet certs sync --ca DIR (the CA folder from orca-fleet certs issue-ca)",
    ja: "npx orca-fleet certs sync --ca DIR（orca-fleet certs issue-ca で作った CA のフォルダ）",
  },
  baselineOk: { en: "patch baseline {name} exists ({id})", ja: "パッチベースライン {name} があります({id})" },
  baselineMissing: { en: "patch baseline {name} does not exist", ja: "パッチベースライン {name} がありません" },
  scanOk: {
    en: "association {name} runs {document} on {target}",
    ja: "関連付け {name} が {target} のインスタンスで {document} を実行します",
  },
  scanMissing: {
    en: "the patch scan association {name} does not exist",
    ja: "パッチスキャンの関連付け {name} がありません",
  },
  scanWrong: {
    en: "association {name} does not run {document} on {target}",
    ja: "関連付け {name} が {target} のインスタンスで {document} を実行しません",
  },
  patchStackFix: {
    en: "deploy the fleet's stack (cd infra && npx cdk deploy, docs/deploy.md): it creates the baseline and the scan",
    ja: "フリートのスタックをデプロイ(cd infra && npx cdk deploy、docs/deploy.md)。ベースラインとスキャンを作成します",
  },
  coverageOk: {
    en: "{count, plural, one {# instance} other {# instances}} of the fleet carry {target}: every one is scanned",
    ja: "フリートのインスタンス {count} 台すべてに {target} があり、スキャン対象です",
  },
  coverageMissing: {
    en: "{count, plural, one {# instance lacks} other {# instances lack}} {target}, so no scan reaches them: {ids}",
    ja: "{target} のないインスタンスが {count} 台あり、スキャンされません: {ids}",
  },
  coverageFix: {
    en: "aws ec2 create-tags --resources {ids} --tags Key={key},Value={value}",
    ja: "aws ec2 create-tags --resources {ids} --tags Key={key},Value={value}",
  },
  caKeyInParameter: {
    en: "the CA key is in its protected parameter {name} (SecureString, the CA's own KMS key)",
    ja: "CA の鍵は保護されたパラメータ {name} にあります(SecureString、CA 専用の KMS キー)",
  },
  caKeyInFolder: {
    en: "the CA key is not in Parameter Store nor in this repository: it lives in the operator's folder",
    ja: "CA の鍵は Parameter Store にもこのリポジトリにもなく、運用者のフォルダにあります",
  },
  caKeyInRepository: {
    en: "a CA key sits in the repository: {files}",
    ja: "CA の鍵がリポジトリ内にあります: {files}",
  },
  caKeyPlain: { en: "{name} is a {type}, not a SecureString", ja: "{name} が SecureString ではなく {type} です" },
  caKeyInRepositoryFix: {
    en: "move the CA out of the repository (a folder of your own, or orca-fleet certs issue-ca --to-parameter); if it was ever pushed, issue a new CA and run certs sync",
    ja: "CA をリポジトリの外へ移す(自分のフォルダ、または orca-fleet certs issue-ca --to-parameter)。一度でも push していたら新しい CA を作り certs sync を実行",
  },
  labelsOk: { en: "labels present: {labels}", ja: "ラベルがあります: {labels}" },
  labelsMissing: { en: "labels missing: {labels}", ja: "ラベルがありません: {labels}" },
  labelsFix: { en: "gh label create {label} --repo {repo}", ja: "gh label create {label} --repo {repo}" },
  environmentOk: { en: "environment {name} allows {branch} only", ja: "環境 {name} は {branch} のみを許可しています" },
  environmentMissing: { en: "environment {name} does not exist", ja: "環境 {name} がありません" },
  environmentOpen: {
    en: "environment {name} allows branches {branches}, not the default branch alone",
    ja: "環境 {name} がブランチ {branches} を許可しています（既定ブランチのみにしてください）",
  },
  environmentFix: {
    en: 'Settings → Environments → {name} in {repo}: deployment branches "Selected branches", one rule: {branch}',
    ja: "{repo} の Settings → Environments → {name}: デプロイブランチを「Selected branches」にし、規則は {branch} のみ",
  },
  variablesOk: { en: "{count} repository variables set", ja: "リポジトリ変数 {count} 件が設定されています" },
  variablesMissing: { en: "repository variables missing: {names}", ja: "リポジトリ変数がありません: {names}" },
  variablesFix: {
    en: "gh variable set {name} --repo {repo} --body VALUE (values from the stack's outputs, docs/aws-setup.md §6)",
    ja: "gh variable set {name} --repo {repo} --body 値（値はスタックの出力から。docs/aws-setup.md §6）",
  },
  secretsOk: {
    en: "{count} repository secrets needed, all set",
    ja: "必要なリポジトリシークレット {count} 件が設定されています",
  },
  secretsMissing: { en: "repository secrets missing: {names}", ja: "リポジトリシークレットがありません: {names}" },
  secretsFix: {
    en: "gh secret set {name} --repo {repo} (reads the value from stdin)",
    ja: "gh secret set {name} --repo {repo}（値は標準入力から）",
  },
  checksOk: { en: "{branch} requires the ci check", ja: "{branch} は ci チェックを必須にしています" },
  checksMissing: { en: "{branch} does not require: {checks}", ja: "{branch} で必須になっていないチェック: {checks}" },
  checksFix: {
    en: "Settings → Branches in {repo}: protect {branch} and require the status checks {checks}",
    ja: "{repo} の Settings → Branches: {branch} を保護し、ステータスチェック {checks} を必須に",
  },
  pullRequestsOk: {
    en: "GitHub Actions may create pull requests",
    ja: "GitHub Actions がプルリクエストを作成できます",
  },
  pullRequestsOff: {
    en: "GitHub Actions may not create pull requests (intake opens them)",
    ja: "GitHub Actions がプルリクエストを作成できません（受付フローが作成します）",
  },
  pullRequestsFix: {
    en: 'Settings → Actions → General in {repo}: "Allow GitHub Actions to create and approve pull requests"',
    ja: "{repo} の Settings → Actions → General:「Allow GitHub Actions to create and approve pull requests」を有効に",
  },
  githubUnreachable: { en: "GitHub was not checked: {reason}", ja: "GitHub を確認できませんでした: {reason}" },
  githubFix: {
    en: "set GITHUB_TOKEN (a token that may read the repository's administration settings) and GITHUB_REPOSITORY=OWNER/REPO, or pass --repo",
    ja: "GITHUB_TOKEN（リポジトリの管理設定を読めるトークン）と GITHUB_REPOSITORY=OWNER/REPO を設定するか、--repo を指定",
  },
} as const satisfies Record<string, { en: string; ja: string }>;
