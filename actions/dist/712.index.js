export const id = 712;
export const ids = [712];
export const modules = {

/***/ 86712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/deployment-reads.ts

/** AWS's error names for "no such parameter, version or label" and "no such document". */
const absent = new Set([
    "ParameterNotFound",
    "ParameterVersionNotFound",
    "ParameterVersionLabelNotFound",
    "InvalidDocument",
]);
async function unlessAbsent(read) {
    try {
        return await read();
    }
    catch (error) {
        if (error instanceof Error && absent.has(error.name))
            return undefined;
        throw error;
    }
}
function createDeploymentReads(ssm) {
    return {
        async labelledValue(name, label) {
            const answer = await unlessAbsent(() => ssm.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: `${name}:${label}` })));
            return answer?.Parameter?.Value;
        },
        async documentDefault(name) {
            const answer = await unlessAbsent(() => ssm.send(new client_ssm_dist_cjs/* DescribeDocumentCommand */.QO({ Name: name })));
            const doc = answer?.Document;
            if (doc?.DefaultVersion === undefined || doc.Hash === undefined)
                return undefined;
            return { version: doc.DefaultVersion, hash: doc.Hash };
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/parameter-type.ts

/** A parameter's type (String, StringList, SecureString), read without decrypting; undefined when it is absent. */
async function parameterType(ssm, name) {
    try {
        const answer = await ssm.send(new client_ssm_dist_cjs/* GetParameterCommand */.lhy({ Name: name, WithDecryption: false }));
        return answer.Parameter?.Type;
    }
    catch (error) {
        if (error instanceof Error && error.name === "ParameterNotFound")
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/patch-setup-reads.ts

function createPatchSetupReads(ssm) {
    return {
        async baseline(name) {
            // The whole name as the prefix: one page holds every match, and the exact name is then picked.
            const answer = await ssm.send(new client_ssm_dist_cjs/* DescribePatchBaselinesCommand */.pXM({
                Filters: [
                    { Key: "NAME_PREFIX", Values: [name] },
                    { Key: "OWNER", Values: ["Self"] },
                ],
            }));
            const found = (answer.BaselineIdentities ?? []).find((b) => b.BaselineName === name);
            return found?.BaselineId === undefined
                ? undefined
                : { id: found.BaselineId, operatingSystem: found.OperatingSystem ?? "" };
        },
        async association(name) {
            const answer = await ssm.send(new client_ssm_dist_cjs/* ListAssociationsCommand */.IOv({ AssociationFilterList: [{ key: "AssociationName", value: name }] }));
            const found = (answer.Associations ?? []).find((a) => a.AssociationName === name);
            if (found?.AssociationId === undefined)
                return undefined;
            return {
                id: found.AssociationId,
                document: found.Name ?? "",
                targets: (found.Targets ?? []).map((t) => ({ key: t.Key ?? "", values: t.Values ?? [] })),
            };
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/aws/secure-parameters.ts
var secure_parameters = __webpack_require__(73225);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(97810);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/repository-settings.ts

function createRepositorySettings(octokit, owner, repo) {
    const at = { owner, repo };
    return {
        repo: `${owner}/${repo}`,
        async defaultBranch() {
            return (await octokit.rest.repos.get(at)).data.default_branch;
        },
        async labels() {
            const all = await octokit.paginate(octokit.rest.issues.listLabelsForRepo, { ...at, per_page: 100 });
            return all.map((l) => l.name);
        },
        async environment(name) {
            const env = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.repos.getEnvironment({ ...at, environment_name: name }));
            if (env === undefined)
                return undefined;
            const policy = env.data.deployment_branch_policy;
            // No policy: every branch may deploy. protected_branches: whichever branches are protected, by name unknown.
            if (policy === null || policy === undefined)
                return { branches: [] };
            if (policy.protected_branches)
                return { branches: ["(protected branches)"] };
            const rules = await octokit.paginate(octokit.rest.repos.listDeploymentBranchPolicies, {
                ...at,
                environment_name: name,
                per_page: 100,
            });
            return { branches: rules.filter((r) => r.type !== "tag").flatMap((r) => (r.name === undefined ? [] : [r.name])) };
        },
        async variableNames() {
            const all = await octokit.paginate(octokit.rest.actions.listRepoVariables, { ...at, per_page: 30 });
            return all.map((v) => v.name);
        },
        async secretNames() {
            const all = await octokit.paginate(octokit.rest.actions.listRepoSecrets, { ...at, per_page: 100 });
            return all.map((s) => s.name);
        },
        async requiredChecks(branch) {
            const checks = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.repos.getStatusChecksProtection({ ...at, branch }));
            if (checks === undefined)
                return [];
            return [...new Set([...(checks.data.contexts ?? []), ...(checks.data.checks ?? []).map((c) => c.context)])];
        },
        async actionsMayCreatePullRequests() {
            const answer = await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(at);
            return answer.data.can_approve_pull_request_reviews;
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/core/ca-parameter.ts
var ca_parameter = __webpack_require__(64404);
// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/flows/certificates/sync.ts + 2 modules
var sync = __webpack_require__(42532);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/flows/setup/fleet-ids.ts + 1 modules
var fleet_ids = __webpack_require__(31318);
;// CONCATENATED MODULE: ./actions/lib/flows/doctor/finding.ts
const pass = (id, area, said) => ({ id, area, ok: true, said });
const miss = (id, area, said, fix) => ({
    id,
    area,
    ok: false,
    said,
    fix,
});

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/aws-checks.ts




/** The AWS side of a deployment: the stack against fleet.yml, the AMI label, the documents and the certificates. */
async function checkAws(facts, reads) {
    const findings = [];
    let changes;
    try {
        changes = (0,fleet_ids/* fillFleetIds */.K)(facts.fleetText, facts.outputs).changes.map((c) => c.path);
    }
    catch (error) {
        changes = [error instanceof Error ? error.message : String(error)];
    }
    findings.push(changes.length === 0
        ? pass("aws.stack-outputs", "aws", { key: "stackOk" })
        : miss("aws.stack-outputs", "aws", { key: "stackDiffers", values: { paths: changes.join(", ") } }, {
            key: "stackFix",
        }));
    const { parameter, label } = facts.fleet.ami;
    const ami = await reads.labelledValue(parameter, label);
    findings.push(ami === undefined
        ? miss("aws.ami-label", "aws", { key: "amiMissing", values: { parameter, label } }, { key: "amiFix" })
        : pass("aws.ami-label", "aws", { key: "amiOk", values: { parameter, label, ami } }));
    for (const doc of facts.documents) {
        const id = `aws.document.${doc.name}`;
        const hash = (0,external_node_crypto_.createHash)("sha256").update(doc.content).digest("hex");
        const stored = await reads.documentDefault(doc.name);
        if (stored === undefined) {
            findings.push(miss(id, "aws", { key: "documentMissing", values: { name: doc.name } }, { key: "documentFix" }));
        }
        else if (stored.hash !== hash) {
            findings.push(miss(id, "aws", { key: "documentStale", values: { name: doc.name, version: stored.version } }, {
                key: "documentFix",
            }));
        }
        else {
            findings.push(pass(id, "aws", { key: "documentOk", values: { name: doc.name, version: stored.version } }));
        }
    }
    const { plan } = facts.certificates;
    const due = plan.actions.map((a) => `${a.clinicId} ${a.kind} (${a.reason})`);
    if (facts.certificates.caParameter === "missing")
        due.unshift("CA");
    findings.push((0,sync/* reviewNeedsWork */.hR)(facts.certificates)
        ? miss("aws.certificates", "aws", { key: "certificatesDue", values: { count: due.length, which: due.join(", ") } }, {
            key: "certificatesFix",
        })
        : pass("aws.certificates", "aws", { key: "certificatesOk", values: { count: plan.kept.length } }));
    return findings;
}

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/ca-key-check.ts


/**
 * Where the CA key lives: in its protected parameter, or (by elimination) in the operator's folder; a CA key inside
 * the repository is a miss, since a push would publish the key every clinic's trust hangs on.
 */
function checkCaKey(facts) {
    if (facts.keysInRepository.length > 0)
        return miss("aws.ca-key", "aws", { key: "caKeyInRepository", values: { files: facts.keysInRepository.join(", ") } }, { key: "caKeyInRepositoryFix" });
    if (facts.parameterType === undefined)
        return pass("aws.ca-key", "aws", { key: "caKeyInFolder" });
    return facts.parameterType === "SecureString"
        ? pass("aws.ca-key", "aws", { key: "caKeyInParameter", values: { name: ca_parameter/* caParameter */.y.privateKey } })
        : miss("aws.ca-key", "aws", { key: "caKeyPlain", values: { name: ca_parameter/* caParameter */.y.privateKey, type: facts.parameterType } }, { key: "caKeyInRepositoryFix" });
}
/** A file the CA's folder would hold: `ca.key`, wherever it sits. */
function looksLikeCaKey(path) {
    return /(^|\/)ca\.key$/.test(path);
}

// EXTERNAL MODULE: ./actions/lib/flows/intake/form.ts
var intake_form = __webpack_require__(83183);
;// CONCATENATED MODULE: ./actions/lib/flows/doctor/expected-setup.ts

/**
 * What the workflows in .github/workflows assume of the repository. test/unit/doctor/expected-setup.test.ts reads
 * the workflow files and fails when one uses a variable or secret that is not listed here.
 */
const expectedRepository = {
    /** clinic-intake.yml runs only on issues with this label. */
    labels: [intake_form/* requestLabel */.g],
    /** apply.yml and bake-ami.yml run their jobs in this environment, which only the default branch may reach. */
    environment: "production",
    /** Repository variables without which a workflow cannot assume its role or build. */
    variables: [
        "AWS_PLAN_ROLE_ARN",
        "AWS_APPLY_ROLE_ARN",
        "AWS_BAKE_ROLE_ARN",
        "AWS_PATCH_REPORT_ROLE_ARN",
        "AWS_DOCUMENTS_PLAN_ROLE_ARN",
        "AWS_DOCUMENTS_ROLE_ARN",
        "AWS_ROLLOUT_PLAN_ROLE_ARN",
        "AWS_ROLLOUT_ROLE_ARN",
        "BAKE_SUBNET_ID",
        "BAKE_SECURITY_GROUP_ID",
        "BAKE_INSTANCE_PROFILE",
        "BAKE_KMS_KEY_ID",
        "AWS_LIVENESS_ROLE_ARN",
    ],
    /** Used when set, with a fallback when not (AWS_REGION defaults to Tokyo; intake falls back to GITHUB_TOKEN). */
    optionalVariables: ["AWS_REGION", "INTAKE_APP_ID", "INTAKE_TEAM", "PATCH_REPORT_FAIL_ON_CRITICAL_DAYS"],
    /** Secrets required when a variable is set: the intake App's key goes with its id. */
    secretsWith: { INTAKE_APP_ID: "INTAKE_APP_PRIVATE_KEY" },
    /** Secrets used when set, with nothing lost but a notice when not (the sweep's Slack webhook). */
    optionalSecrets: ["SLACK_WEBHOOK_URL"],
    /** ci.yml's and validate.yml's jobs: a pull request may not merge before they pass. */
    requiredChecks: ["ci", "validate"],
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/github-checks.ts


const missing = (names, have) => names.filter((n) => !have.has(n));
/** The repository's settings the workflows assume, each a finding with its fix. */
async function checkGitHub(settings) {
    const findings = [];
    const repo = settings.repo;
    const labels = missing(expectedRepository.labels, new Set(await settings.labels()));
    findings.push(labels.length === 0
        ? pass("github.labels", "github", { key: "labelsOk", values: { labels: expectedRepository.labels.join(", ") } })
        : miss("github.labels", "github", { key: "labelsMissing", values: { labels: labels.join(", ") } }, { key: "labelsFix", values: { repo, label: labels[0] ?? "" } }));
    const defaultBranch = await settings.defaultBranch();
    const environment = await settings.environment(expectedRepository.environment);
    const name = expectedRepository.environment;
    if (environment === undefined) {
        findings.push(miss("github.environment", "github", { key: "environmentMissing", values: { name } }, {
            key: "environmentFix",
            values: { repo, name, branch: defaultBranch },
        }));
    }
    else if (!(environment.branches.length === 1 && environment.branches[0] === defaultBranch)) {
        findings.push(miss("github.environment", "github", { key: "environmentOpen", values: { name, branches: environment.branches.join(", ") || "*" } }, { key: "environmentFix", values: { repo, name, branch: defaultBranch } }));
    }
    else {
        findings.push(pass("github.environment", "github", { key: "environmentOk", values: { name, branch: defaultBranch } }));
    }
    const variables = new Set(await settings.variableNames());
    const absentVariables = missing(expectedRepository.variables, variables);
    findings.push(absentVariables.length === 0
        ? pass("github.variables", "github", { key: "variablesOk", values: { count: expectedRepository.variables.length } })
        : miss("github.variables", "github", { key: "variablesMissing", values: { names: absentVariables.join(", ") } }, { key: "variablesFix", values: { repo, name: absentVariables[0] ?? "" } }));
    const secrets = new Set(await settings.secretNames());
    const wantedSecrets = Object.entries(expectedRepository.secretsWith).flatMap(([variable, secret]) => variables.has(variable) ? [secret] : []);
    const absentSecrets = missing(wantedSecrets, secrets);
    findings.push(absentSecrets.length === 0
        ? pass("github.secrets", "github", { key: "secretsOk", values: { count: wantedSecrets.length } })
        : miss("github.secrets", "github", { key: "secretsMissing", values: { names: absentSecrets.join(", ") } }, { key: "secretsFix", values: { repo, name: absentSecrets[0] ?? "" } }));
    const checks = new Set(await settings.requiredChecks(defaultBranch));
    const absentChecks = missing(expectedRepository.requiredChecks, checks);
    findings.push(absentChecks.length === 0
        ? pass("github.required-checks", "github", { key: "checksOk", values: { branch: defaultBranch } })
        : miss("github.required-checks", "github", { key: "checksMissing", values: { branch: defaultBranch, checks: absentChecks.join(", ") } }, { key: "checksFix", values: { repo, branch: defaultBranch, checks: absentChecks.join(", ") } }));
    findings.push((await settings.actionsMayCreatePullRequests())
        ? pass("github.actions-pull-requests", "github", { key: "pullRequestsOk" })
        : miss("github.actions-pull-requests", "github", { key: "pullRequestsOff" }, {
            key: "pullRequestsFix",
            values: { repo },
        }));
    return findings;
}

// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
;// CONCATENATED MODULE: ./actions/lib/core/patch-setup.ts

/**
 * The Patch Manager pieces the fleet's stack creates (infra/patching.ts) and doctor looks for, named once: the
 * Ubuntu baseline, and the daily scan association whose target is the tag every fleet instance carries.
 */
const patchSetup = {
    baselineName: "orca-fleet-ubuntu",
    scanAssociationName: "orca-fleet-patch-scan",
    scanDocument: "AWS-RunPatchBaseline",
    scanTarget: { key: `tag:${instance_tags/* tagKeys */.b.managedBy}`, value: instance_tags/* managedByValue */.s },
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/patch-checks.ts


/** Instance ids a miss names at most; the count says the rest. */
const namedAtMost = 10;
/**
 * Patches tracked: the stack's Ubuntu baseline exists, its daily scan association runs AWS-RunPatchBaseline on the
 * fleet's tag, and every instance of the fleet carries that tag (an instance without it is never scanned, so the
 * patch report would show it as never scanned for ever).
 */
async function checkPatching(reads, instances) {
    const { baselineName, scanAssociationName, scanDocument, scanTarget } = patchSetup;
    const findings = [];
    const baseline = await reads.baseline(baselineName);
    findings.push(baseline === undefined
        ? miss("aws.patch-baseline", "aws", { key: "baselineMissing", values: { name: baselineName } }, { key: "patchStackFix" })
        : pass("aws.patch-baseline", "aws", { key: "baselineOk", values: { name: baselineName, id: baseline.id } }));
    const scan = await reads.association(scanAssociationName);
    const targetsFleet = scan?.document === scanDocument &&
        scan.targets.some((t) => t.key === scanTarget.key && t.values.includes(scanTarget.value));
    const target = `${scanTarget.key}=${scanTarget.value}`;
    findings.push(scan === undefined
        ? miss("aws.patch-scan", "aws", { key: "scanMissing", values: { name: scanAssociationName } }, { key: "patchStackFix" })
        : targetsFleet
            ? pass("aws.patch-scan", "aws", {
                key: "scanOk",
                values: { name: scanAssociationName, document: scanDocument, target },
            })
            : miss("aws.patch-scan", "aws", { key: "scanWrong", values: { name: scanAssociationName, document: scanDocument, target } }, { key: "patchStackFix" }));
    const uncovered = instances
        .filter((i) => i.tags[tagKeyOf(scanTarget.key)] !== scanTarget.value)
        .map((i) => i.instanceId);
    findings.push(uncovered.length === 0
        ? pass("aws.patch-coverage", "aws", { key: "coverageOk", values: { count: instances.length, target } })
        : miss("aws.patch-coverage", "aws", {
            key: "coverageMissing",
            values: { count: uncovered.length, ids: uncovered.slice(0, namedAtMost).join(", "), target },
        }, {
            key: "coverageFix",
            values: {
                ids: uncovered.slice(0, namedAtMost).join(" "),
                key: tagKeyOf(scanTarget.key),
                value: scanTarget.value,
            },
        }));
    return findings;
}
/** `tag:K` targets instances whose tag K has the value. */
function tagKeyOf(targetKey) {
    return targetKey.slice("tag:".length);
}

// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
;// CONCATENATED MODULE: ./actions/lib/flows/doctor/messages.ts
/** Every text `orca-fleet doctor` shows, in each locale: what it found, and the fix for each miss. */
const doctorMessages = {
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
};

;// CONCATENATED MODULE: ./actions/lib/flows/doctor/render.ts


function say(said, locale) {
    return (0,message/* formatText */.vX)(doctorMessages[said.key], locale, said.values ?? {});
}
/** The checklist: one line per check, ✓ or ✗, the fix under each miss, and a last line that counts. */
function renderChecklist(findings, locale) {
    const lines = [doctorMessages.title[locale]];
    for (const f of findings) {
        lines.push(`${f.ok ? "✓" : "✗"} [${f.area}] ${say(f.said, locale)}`);
        if (f.fix !== undefined)
            lines.push(`    ${doctorMessages.fixLabel[locale]}: ${say(f.fix, locale)}`);
    }
    const missed = findings.filter((f) => !f.ok).length;
    lines.push(missed === 0
        ? (0,message/* formatText */.vX)(doctorMessages.allOk, locale, { count: findings.length })
        : (0,message/* formatText */.vX)(doctorMessages.someMissed, locale, { missed, count: findings.length }));
    return lines.join("\n");
}
/** For machines: every check with its id, the rendered text and fix, in the fleet's locale. */
function checklistJson(findings, locale) {
    return {
        ok: findings.every((f) => f.ok),
        checks: findings.map((f) => ({
            id: f.id,
            area: f.area,
            ok: f.ok,
            message: say(f.said, locale),
            ...(f.fix === undefined ? {} : { fix: say(f.fix, locale) }),
        })),
    };
}

// EXTERNAL MODULE: ./actions/cli/certs.ts + 4 modules
var certs = __webpack_require__(19961);
// EXTERNAL MODULE: ./actions/cli/fleet-registry.ts
var fleet_registry = __webpack_require__(55735);
// EXTERNAL MODULE: ./actions/cli/github-client.ts
var github_client = __webpack_require__(51606);
// EXTERNAL MODULE: ./actions/cli/io.ts
var cli_io = __webpack_require__(78823);
// EXTERNAL MODULE: ./actions/cli/output-format.ts
var output_format = __webpack_require__(50004);
;// CONCATENATED MODULE: ./actions/cli/doctor.ts





























const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const fromEnvironment = {
    ssm: (region) => new client_ssm_dist_cjs/* SSMClient */.jBj((0,clients/* awsClientConfig */.r)({ region })),
    async instances(region) {
        const ec2 = new client_ec2_dist_cjs/* EC2Client */.gu5((0,clients/* awsClientConfig */.r)({ region }));
        try {
            return await (0,ec2_inventory/* readInventory */.zw)(ec2);
        }
        finally {
            ec2.destroy();
        }
    },
    readStack: (stackName, region) => (0,stack_outputs/* describeStackOutputs */.c)(new dist_cjs/* CloudFormationClient */.m1N((0,clients/* awsClientConfig */.r)({ region })), stackName),
    github(repo) {
        const octokit = (0,github_client/* cliOctokit */.y)();
        if (octokit === undefined)
            return undefined;
        const [owner = "", name = ""] = repo.split("/");
        return createRepositorySettings(octokit, owner, name);
    },
    now: () => new Date(),
};
function doctorCommand(ports = fromEnvironment) {
    return {
        help: `Usage: orca-fleet doctor (--outputs FILE | --stack NAME) [--repo OWNER/REPO] [options]

Checks, in the order a deployment is built (docs/deploy.md): fleet.yml's ids against the stack's outputs, the AMI
parameter's label, each SSM document in ssm-documents/ (present, its default version equal to this repository's
content), every active clinic's certificates (present, for its name, from the fleet's CA, not expiring), the patch
baseline and its scan association, that every fleet instance carries the scan's target tag, where the CA key
lives (its protected parameter, else the operator's folder; a ca.key in this repository is a miss); then the
repository: the labels the workflows use, the production environment limited to the default branch, the
variables and secrets by name, the required checks on the default branch, Actions allowed to create pull requests.

  --outputs FILE        the stack's outputs from cdk deploy --outputs-file; --stack picks one stack in the file
  --stack NAME          read the outputs with CloudFormation DescribeStacks instead
  --repo OWNER/REPO     the repository (default: GITHUB_REPOSITORY); GitHub is reached at GITHUB_API_URL with GITHUB_TOKEN
  --clinics DIR         the registry folder (default clinics)
  --documents DIR       the documents folder (default ssm-documents)
  --renew-before DAYS   a certificate with fewer days left is a miss (default ${certs.certificateDefaults.renewBeforeDays})
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 every check passes, 1 a check misses, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({
                args,
                options: {
                    outputs: { type: "string" },
                    stack: { type: "string" },
                    repo: { type: "string" },
                    clinics: { type: "string", default: "clinics" },
                    documents: { type: "string", default: "ssm-documents" },
                    "renew-before": { type: "string" },
                    format: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            const outputFormat = (0,output_format/* outputFormatOf */.Oz)(values.format);
            if (positionals.length > 0)
                throw new cli_io/* UsageError */.eb(`doctor takes no arguments, got "${positionals.join(" ")}"`);
            if (values.outputs === undefined && values.stack === undefined) {
                throw new cli_io/* UsageError */.eb("pass --outputs FILE (cdk deploy --outputs-file) or --stack NAME (CloudFormation)");
            }
            const renew = values["renew-before"] ?? String(certs.certificateDefaults.renewBeforeDays);
            if (!/^[0-9]{1,5}$/.test(renew))
                throw new cli_io/* UsageError */.eb(`--renew-before must be a whole number of days, not "${renew}"`);
            const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
            if (repo !== "" && !github_client/* repoPattern */.H.test(repo)) {
                throw new cli_io/* UsageError */.eb(`--repo must be OWNER/REPO, not "${repo}"`);
            }
            const registry = await (0,fleet_registry/* loadUsableRegistry */._)(values.clinics).catch((error) => {
                throw new cli_io/* UsageError */.eb(error.message);
            });
            const { fleet, locale } = registry;
            let outputs;
            try {
                outputs =
                    values.outputs === undefined
                        ? await ports.readStack(values.stack ?? "", fleet.region)
                        : (0,stack_outputs/* outputsFromFile */.V)(await readOutputsFile(values.outputs), values.stack);
            }
            catch (error) {
                // Without the stack's outputs nothing else can be compared: say why, as setup fleet does.
                if (!(error instanceof Error))
                    throw error;
                io.err(`orca-fleet doctor: ${error.message}`);
                return cli_io/* exitCodes */.hS.problems;
            }
            const ssm = ports.ssm(fleet.region);
            const findings = [];
            try {
                const certificates = await (0,sync/* reviewCertificates */.zf)((0,secure_parameters/* createSecureParameters */.s)(ssm), {
                    domain: fleet.dns.domain,
                    secretsPrefix: fleet.secrets.parameterPrefix,
                    renewBeforeDays: Number(renew),
                    validityDays: 0,
                }, (0,fleet_registry/* activeClinicIds */.f)(registry), ports.now());
                const facts = {
                    fleet,
                    fleetText: await (0,promises_.readFile)((0,external_node_path_.join)(values.clinics, load/* fleetFileName */.M), "utf8"),
                    outputs,
                    documents: await readDocuments(values.documents),
                    certificates,
                };
                findings.push(...(await checkAws(facts, createDeploymentReads(ssm))));
                findings.push(...(await checkPatching(createPatchSetupReads(ssm), await ports.instances(fleet.region))));
                findings.push(checkCaKey({
                    parameterType: await parameterType(ssm, ca_parameter/* caParameter */.y.privateKey),
                    keysInRepository: (await repositoryFiles()).filter(looksLikeCaKey),
                }));
            }
            finally {
                ssm.destroy();
            }
            findings.push(...(await githubFindings(ports, repo)));
            if (outputFormat === "json")
                io.out(JSON.stringify(checklistJson(findings, locale), null, 2));
            else
                io.out(renderChecklist(findings, locale));
            return findings.every((f) => f.ok) ? cli_io/* exitCodes */.hS.ok : cli_io/* exitCodes */.hS.problems;
        },
    };
}
async function githubFindings(ports, repo) {
    const settings = repo === "" ? undefined : ports.github(repo);
    if (settings === undefined) {
        const reason = repo === "" ? "no repository (--repo or GITHUB_REPOSITORY)" : "no GITHUB_TOKEN";
        return [miss("github", "github", { key: "githubUnreachable", values: { reason } }, { key: "githubFix" })];
    }
    return checkGitHub(settings);
}
/** The repository's files a push could publish: tracked, and untracked but not ignored; none outside a git checkout. */
async function repositoryFiles() {
    try {
        const { stdout } = await run("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
            maxBuffer: 64 * 2 ** 20,
        });
        return stdout.split("\n").filter((line) => line !== "");
    }
    catch {
        return [];
    }
}
function readOutputsFile(path) {
    return (0,promises_.readFile)(path, "utf8").catch(() => {
        throw new Error(`${path} cannot be read; write it with cdk deploy --outputs-file, or pass --stack NAME`);
    });
}
/** Every ssm-documents/<name>.yml: the document named <name>, its content as sync-documents sends it. */
async function readDocuments(dir) {
    const names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith(".yml")).sort();
    return Promise.all(names.map(async (file) => ({
        name: file.slice(0, -".yml".length),
        content: await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), "utf8"),
    })));
}


/***/ }),

/***/ 51606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ repoPattern),
/* harmony export */   y: () => (/* binding */ cliOctokit)
/* harmony export */ });
/* harmony import */ var _lib_adapters_github_octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28204);
/* harmony import */ var _lib_core_ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73252);


/**
 * The CLI's Octokit: GITHUB_TOKEN at GITHUB_API_URL, rate-limit warnings on stderr and nothing else (stdout is the
 * command's answer). undefined without a token, so that a command can say what to set.
 */
function cliOctokit(env = process.env) {
    const token = env.GITHUB_TOKEN;
    if (token === undefined || token === "")
        return undefined;
    return (0,_lib_adapters_github_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .createOctokit */ .Q)(token, { ..._lib_core_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .silentLog */ .aB, warning: (text) => process.stderr.write(`${text}\n`) });
}
/** OWNER/REPO, as --repo takes it. */
const repoPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;


/***/ }),

/***/ 4086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ instancesPerClinic),
/* harmony export */   nA: () => (/* binding */ createEc2Fleet),
/* harmony export */   pb: () => (/* binding */ instanceByClinic),
/* harmony export */   zw: () => (/* binding */ readInventory)
/* harmony export */ });
/* unused harmony exports idsPerDescribe, describeFleetInstances */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35193);
/* harmony import */ var _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61123);


/** Every instance of each clinic, in the order given: a clinic with more than one is a finding of its own. */
function instancesPerClinic(instances) {
    const perClinic = new Map();
    for (const instance of instances) {
        const list = perClinic.get(instance.clinicId) ?? [];
        list.push(instance);
        perClinic.set(instance.clinicId, list);
    }
    return perClinic;
}
/** A clinic's instance: the running one when a clinic has several live instances, else the first found. */
function instanceByClinic(instances) {
    const byClinic = new Map();
    for (const instance of instances) {
        const current = byClinic.get(instance.clinicId);
        if (current === undefined || (current.state !== "running" && instance.state === "running"))
            byClinic.set(instance.clinicId, instance);
    }
    return byClinic;
}
/** Every state but terminated: a stopped clinic server is still that clinic's server. */
const liveStates = ["pending", "running", "shutting-down", "stopping", "stopped"];
/** DescribeInstances answers at most 1,000 instances a page. */
const pageSize = 1000;
/** DescribeInstances takes this many ids a call when InstanceIds is given (and then no MaxResults). */
const idsPerDescribe = 1000;
/**
 * The fleet's actual state: every live instance tagged with a clinic, in as few pages as AWS allows. Instances
 * without the tag are not the fleet's and are never read.
 */
async function readInventory(ec2) {
    const found = [];
    const pages = (0,_aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .paginateDescribeInstances */ .H0T)({ client: ec2, pageSize }, {
        Filters: [
            { Name: "tag-key", Values: [_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.clinic] },
            { Name: "instance-state-name", Values: liveStates },
        ],
    });
    for await (const page of pages) {
        for (const reservation of page.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) {
                const view = toFleetInstance(instance);
                if (view !== undefined)
                    found.push(view);
            }
        }
    }
    return found;
}
/** Describes the given instances, up to 1,000 ids a call; ids AWS no longer knows are simply absent. */
async function describeFleetInstances(ec2, instanceIds) {
    const found = [];
    for (let start = 0; start < instanceIds.length; start += idsPerDescribe) {
        const batch = instanceIds.slice(start, start + idsPerDescribe);
        const page = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_1__/* .DescribeInstancesCommand */ .bNs({ InstanceIds: batch }));
        for (const reservation of page.Reservations ?? []) {
            for (const instance of reservation.Instances ?? []) {
                const view = toFleetInstance(instance);
                if (view !== undefined)
                    found.push(view);
            }
        }
    }
    return found;
}
function toFleetInstance(instance) {
    const tags = {};
    for (const tag of instance.Tags ?? []) {
        if (tag.Key !== undefined)
            tags[tag.Key] = tag.Value ?? "";
    }
    const clinicId = tags[_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.clinic];
    if (instance.InstanceId === undefined || clinicId === undefined)
        return undefined;
    return {
        instanceId: instance.InstanceId,
        clinicId,
        state: instance.State?.Name ?? "unknown",
        ...(instance.PrivateIpAddress === undefined ? {} : { privateIpAddress: instance.PrivateIpAddress }),
        ...(instance.ImageId === undefined ? {} : { imageId: instance.ImageId }),
        ...(instance.SubnetId === undefined ? {} : { subnetId: instance.SubnetId }),
        ...(instance.Placement?.AvailabilityZone === undefined
            ? {}
            : { availabilityZone: instance.Placement.AvailabilityZone }),
        tags,
    };
}
function createEc2Fleet(ec2) {
    return {
        inventory: () => readInventory(ec2),
        async describe(instanceIds) {
            try {
                return await describeFleetInstances(ec2, instanceIds);
            }
            catch (error) {
                // Right after RunInstances, EC2 may not know an id yet (eventual consistency): nothing to see this time.
                if (error instanceof Error && error.name === "InvalidInstanceID.NotFound")
                    return [];
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 97810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ outputsFromFile),
/* harmony export */   c: () => (/* binding */ describeStackOutputs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3805);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);


/** A stack's outputs from CloudFormation itself. */
async function describeStackOutputs(client, stackName) {
    const { Stacks: stacks = [] } = await client.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_0__/* .DescribeStacksCommand */ .Y47({ StackName: stackName }));
    const [stack] = stacks;
    if (stack === undefined)
        throw new Error(`CloudFormation has no stack ${stackName}`);
    return Object.fromEntries((stack.Outputs ?? []).flatMap(({ OutputKey, OutputValue }) => OutputKey === undefined || OutputValue === undefined ? [] : [[OutputKey, OutputValue]]));
}
/** `cdk deploy --outputs-file`: one object per stack, each its outputs by key. */
const outputsFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()));
/**
 * A stack's outputs from a `cdk deploy --outputs-file` file: the named stack, or the only one in the file. Errors
 * say which stacks the file holds.
 */
function outputsFromFile(text, stackName) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`the outputs file is not JSON (${reason}); write it with cdk deploy --outputs-file`);
    }
    const parsed = outputsFileSchema.safeParse(json);
    if (!parsed.success) {
        throw new Error("the outputs file is not cdk deploy --outputs-file's shape: { STACK: { OUTPUT: value } }");
    }
    const stacks = Object.keys(parsed.data);
    const name = stackName ?? (stacks.length === 1 ? stacks[0] : undefined);
    const outputs = name === undefined ? undefined : parsed.data[name];
    if (outputs === undefined) {
        const held = stacks.length === 0 ? "no stack" : stacks.join(", ");
        throw new Error(stackName === undefined
            ? `the outputs file holds ${held}: name one with --stack`
            : `the outputs file has no stack ${stackName} (it holds ${held})`);
    }
    return outputs;
}


/***/ }),

/***/ 28204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/rate-limit.ts

/** When GitHub says to wait without saying how long: its documentation's advice for secondary limits. */
const defaultWaitSeconds = 60;
function header(headers, name) {
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}
function seconds(text) {
    if (text === undefined || !/^\d+$/.test(text.trim()))
        return undefined;
    return Number(text.trim());
}
/**
 * GitHub's rules: a 403 or 429 with retry-after is a secondary rate limit (wait that many seconds); one with
 * x-ratelimit-remaining 0 is the primary limit (wait until x-ratelimit-reset, epoch seconds); a 429 without either
 * still says "too many" (wait the default). A 403 with none of them is a permission error: never retried. Pure.
 */
function rateLimitVerdict(status, headers, now) {
    if (status !== 403 && status !== 429)
        return { kind: "final" };
    const retryAfter = seconds(header(headers, "retry-after"));
    if (retryAfter !== undefined)
        return { kind: "wait", seconds: retryAfter, limit: "secondary" };
    if (header(headers, "x-ratelimit-remaining") === "0") {
        const reset = seconds(header(headers, "x-ratelimit-reset"));
        const untilReset = reset === undefined ? defaultWaitSeconds : Math.max(0, reset - Math.floor(now.getTime() / 1000));
        return { kind: "wait", seconds: untilReset, limit: "primary" };
    }
    if (status === 429)
        return { kind: "wait", seconds: defaultWaitSeconds, limit: "secondary" };
    return { kind: "final" };
}
function responseHeaders(error) {
    if (typeof error !== "object" || error === null || !("response" in error))
        return {};
    const response = error.response;
    if (typeof response !== "object" || response === null || !("headers" in response))
        return {};
    const headers = response.headers;
    return typeof headers === "object" && headers !== null ? headers : {};
}
/**
 * Wraps one request: rate limits are waited out (each wait logged) up to `maxWaits` times; every other failure,
 * a permission 403 among them, goes straight to the caller.
 */
async function waitOutRateLimits(request, what, options) {
    for (let waits = 0;; waits++) {
        try {
            return await request();
        }
        catch (error) {
            const status = (0,github_status/* httpStatus */.n)(error);
            if (status === undefined || waits >= options.maxWaits)
                throw error;
            const verdict = rateLimitVerdict(status, responseHeaders(error), options.now());
            if (verdict.kind === "final" || verdict.seconds > options.maxWaitSeconds)
                throw error;
            options.log.warning(`GitHub ${verdict.limit} rate limit (${status}) on ${what}; retry ${waits + 1} in ${verdict.seconds}s`);
            await options.sleep(verdict.seconds * 1000);
        }
    }
}

;// CONCATENATED MODULE: ./actions/lib/adapters/github/octokit.ts




/**
 * Statuses that a retry of the same request cannot fix: the request itself is wrong, the resource is absent, or
 * (403, 429) a rate limit, which rate-limit.ts waits out by its headers instead of by plugin-retry's backoff.
 */
const doNotRetry = [400, 401, 403, 404, 409, 410, 422, 429, 451];
/**
 * One Octokit for every GitHub call: plugin-retry retries transient 5xx; rate limits (403/429 with retry-after,
 * or x-ratelimit-remaining 0) are waited out a bounded number of times; a 403 that is a permission error is not
 * retried. The base URL is GITHUB_API_URL, as on the runner.
 */
function createOctokit(token, log, options = {}) {
    const maxRetries = options.maxRetries ?? 3;
    const Client = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L);
    const baseUrl = process.env.GITHUB_API_URL ?? "https://api.github.com";
    const octokit = new Client((0,utils/* getOctokitOptions */.EG)(token, {
        baseUrl,
        retry: { doNotRetry, retries: maxRetries, retryAfterBaseValue: options.retryBaseMs ?? 1000 },
    }));
    const limits = {
        log,
        sleep: options.sleep ?? ports/* realSleep */.uk,
        now: () => new Date(),
        maxWaits: maxRetries,
        maxWaitSeconds: options.maxWaitSeconds ?? 15 * 60,
    };
    octokit.hook.wrap("request", (request, requestOptions) => waitOutRateLimits(async () => request(requestOptions), `${requestOptions.method} ${requestOptions.url}`, limits));
    return octokit;
}


/***/ }),

/***/ 22889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ unlessNotFound),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

const withStatus = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ status: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig() });
/** The HTTP status of a failed Octokit request, so callers branch on status codes and never on error text. */
function httpStatus(error) {
    const parsed = withStatus.safeParse(error);
    return parsed.success ? parsed.data.status : undefined;
}
/** Runs a read that may find nothing: a 404 becomes undefined, anything else is rethrown. */
async function unlessNotFound(read) {
    try {
        return await read();
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 61123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ tagKeys),
/* harmony export */   s: () => (/* binding */ managedByValue)
/* harmony export */ });
/** The tag keys that mark an instance as one clinic's ORCA server; shared by provisioning and the local cloud. */
const tagKeys = {
    clinic: "orca-fleet:clinic",
    managedBy: "orca-fleet:managed-by",
    orcaVersion: "orca-fleet:orca-version",
    ami: "orca-fleet:ami",
    name: "Name",
    /**
     * The workflow run whose apply launched the instance. Part of the launch request, so a second apply racing the
     * first for the same ClientToken is refused by EC2 and learns from this tag which apply holds the clinic.
     */
    launchedBy: "orca-fleet:launched-by",
    /** What the last rollout run recorded on the instance: the release it aimed at, how it ended, in which wave, when. */
    rolloutTarget: "orca-fleet:rollout-target",
    rolloutOutcome: "orca-fleet:rollout-outcome",
    rolloutWave: "orca-fleet:rollout-wave",
    rolloutAt: "orca-fleet:rollout-at",
    /**
     * What the liveness sweep counts on the instance (the role may write only orca-fleet:health-*): failing and healthy
     * sweeps in a row, restarts that did not heal, the last sweeps' outcomes for flapping ("1" failing, newest last),
     * when the failing streak began, the restarts of the last hour, the sweep that last counted (so a re-run of one
     * sweep does not count twice), and a digest of what was last recorded in the fleet's history.
     */
    healthFailures: "orca-fleet:health-failures",
    healthSuccesses: "orca-fleet:health-successes",
    healthRestarts: "orca-fleet:health-restarts",
    healthRecent: "orca-fleet:health-recent",
    healthSince: "orca-fleet:health-since",
    healthRestartedAt: "orca-fleet:health-restarted-at",
    healthSweep: "orca-fleet:health-sweep",
    healthRecorded: "orca-fleet:health-recorded",
    /** A failed update's step and first line of error, for the comment of later runs (≤256 characters). */
    rolloutError: "orca-fleet:rollout-error",
    /** A maintainer's resume acknowledged every failure recorded up to this time (ISO): they no longer halt. */
    rolloutAcknowledged: "orca-fleet:rollout-acknowledged-through",
};
/** The value of the managed-by tag on every instance the toolkit launched. */
const managedByValue = "orca-fleet";


/***/ }),

/***/ 83183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ clinicRequestForm),
/* harmony export */   g: () => (/* binding */ requestLabel)
/* harmony export */ });
/* harmony import */ var _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93819);

const requestLabel = "clinic-request";
function clinicRequestForm(fleet) {
    const input = (id, label, path, example, description, freeText = false) => ({ id, label, path, example, description, freeText });
    const dropdown = (id, label, path, options, description) => ({
        ...input(id, label, path, options[0] ?? "", description),
        options,
    });
    return {
        label: requestLabel,
        fields: [
            input("id", "クリニックID", "id", "sakura-naika", "Lower-case letters, digits and hyphens, 3 to 40 characters; becomes clinics/<id>.yml."),
            input("name", "医療機関名", "name", "さくら内科クリニック", "The clinic's registered name.", true),
            input("medical-institution-code", "医療機関コード", "medicalInstitutionCode", "1312345676", "The 10-digit medical institution code (full-width digits are accepted)."),
            dropdown("prefecture", "都道府県", "prefecture", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .prefectures */ .n, "The prefecture the clinic is in."),
            input("orca-version", "ORCAバージョン", "orca.version", "5.2.0", "The WebORCA version to install, e.g. 5.2.0."),
            dropdown("ring", "ロールアウトリング", "orca.ring", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .rings */ .Qn, "Which rollout ring receives ORCA updates first."),
            dropdown("instance-type", "インスタンスタイプ", "instance.type", fleet.instanceTypes, "The EC2 instance type."),
            dropdown("subnet", "サブネット", "instance.subnet", Object.keys(fleet.subnets), "The logical subnet from fleet.yml."),
            input("maintenance-window", "メンテナンス時間帯", "maintenanceWindow", "Sun 01:00-05:00", "Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` or `daily 22:00-06:00`."),
            input("contact-name", "担当者名", "contact.name", "山田 花子", "Who at the clinic to contact.", true),
            input("contact-email", "担当者メールアドレス", "contact.email", "hanako@example.jp", "The contact's e-mail address."),
        ],
    };
}


/***/ }),

/***/ 31318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ fillFleetIds)
});

// UNUSED EXPORTS: StackOutputsError

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/core/stack-outputs.ts
/**
 * The outputs of the fleet's CloudFormation stack (infra/) that fleet.yml takes its ids from. The stack writes them
 * and `orca-fleet setup fleet` reads them, both through these names, so the two cannot drift apart.
 */
const stackOutputs = {
    region: "Region",
    vpcId: "VpcId",
    zoneId: "ZoneId",
    domain: "Domain",
    backupBucket: "BackupBucket",
    /** Each clinic's instance profile is this name followed by `-<clinic id>`. */
    instanceProfilePrefix: "InstanceProfilePrefix",
    amiParameter: "AmiParameter",
    secretsPrefix: "SecretsPrefix",
    volumesKeyArn: "VolumesKeyArn",
    backupKeyArn: "BackupKeyArn",
    secretsKeyArn: "SecretsKeyArn",
    buildSubnetId: "BuildSubnetId",
    buildSecurityGroupId: "BuildSecurityGroupId",
    buildInstanceProfile: "BuildInstanceProfile",
    caKeyArn: "CaKeyArn",
    operatorRoleArn: "OperatorRoleArn",
};
/** Subnets and security groups are one output each, named by prefix + the PascalCase of fleet.yml's logical name. */
const subnetOutputPrefix = "Subnet";
const securityGroupOutputPrefix = "SecurityGroup";
const logicalNamePattern = /^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*$/;
/** `private-a` → `SubnetPrivateA`. Logical names are lower-case words joined by dashes, so the mapping reverses. */
function outputKeyFor(prefix, logicalName) {
    if (!logicalNamePattern.test(logicalName)) {
        throw new Error(`"${logicalName}" is not a logical name: use lower-case words (a letter, then letters or digits) joined by dashes`);
    }
    return prefix + logicalName.replace(/(?:^|-)([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** `SubnetPrivateA` → `private-a`; undefined when the key is not one of this prefix's outputs. */
function logicalNameOf(prefix, outputKey) {
    if (!outputKey.startsWith(prefix))
        return undefined;
    const rest = outputKey.slice(prefix.length);
    if (!/^[A-Z][A-Za-z0-9]*$/.test(rest))
        return undefined;
    return rest.replace(/[A-Z]/g, (c, index) => (index === 0 ? c.toLowerCase() : `-${c.toLowerCase()}`));
}

;// CONCATENATED MODULE: ./actions/lib/flows/setup/fleet-ids.ts


/** The scalar settings fleet.yml takes from the stack, by output key. */
const scalarPaths = [
    [stackOutputs.region, ["region"]],
    [stackOutputs.instanceProfilePrefix, ["instanceProfile"]],
    [stackOutputs.amiParameter, ["ami", "parameter"]],
    [stackOutputs.zoneId, ["dns", "zoneId"]],
    [stackOutputs.domain, ["dns", "domain"]],
    [stackOutputs.backupBucket, ["backup", "bucket"]],
    [stackOutputs.secretsPrefix, ["secrets", "parameterPrefix"]],
];
/** The outputs fleet.yml cannot do without: a stack missing one is not the fleet's stack. */
const required = [
    stackOutputs.region,
    stackOutputs.zoneId,
    stackOutputs.backupBucket,
    stackOutputs.instanceProfilePrefix,
];
/** A stack whose outputs cannot fill fleet.yml: the operator passed the wrong stack or file. */
class StackOutputsError extends Error {
    name = "StackOutputsError";
}
/**
 * Writes the stack's ids into fleet.yml's text through yaml's Document API, so comments, order and quoting stay as
 * the person wrote them. A subnet the stack adds gets every security group the stack outputs; an existing subnet
 * keeps its own list. Pure: the caller reads and writes the file.
 */
function fillFleetIds(fleetText, outputs) {
    const missing = required.filter((key) => outputs[key] === undefined);
    if (missing.length > 0) {
        throw new StackOutputsError(`the stack has no output ${missing.join(", ")}: is it orca-fleet's stack (infra/)?`);
    }
    const doc = (0,dist/* parseDocument */.Tp)(fleetText);
    if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents)) {
        throw new StackOutputsError("fleet.yml is not a YAML mapping; run orca-fleet validate first");
    }
    const changes = [];
    const set = (path, value) => {
        const before = doc.getIn(path);
        const current = typeof before === "string" ? before : before === undefined ? undefined : String(before);
        if (current === value)
            return;
        doc.setIn(path, value);
        changes.push({ path: path.join("."), before: current, after: value });
    };
    for (const [output, path] of scalarPaths) {
        const value = outputs[output];
        if (value !== undefined)
            set(path, value);
    }
    const named = (prefix) => Object.entries(outputs).flatMap(([key, value]) => {
        const name = logicalNameOf(prefix, key);
        return name === undefined ? [] : [[name, value]];
    });
    const groups = named(securityGroupOutputPrefix);
    for (const [name, id] of groups)
        set(["securityGroups", name], id);
    const subnets = named(subnetOutputPrefix);
    for (const [name, id] of subnets) {
        if (!doc.hasIn(["subnets", name])) {
            doc.setIn(["subnets", name], doc.createNode({ id, securityGroups: groups.map(([group]) => group) }));
            changes.push({ path: `subnets.${name}`, before: undefined, after: id });
        }
        else {
            set(["subnets", name, "id"], id);
        }
    }
    const stackSubnets = new Set(subnets.map(([name]) => name));
    const existing = doc.getIn(["subnets"]);
    const unknownSubnets = (0,dist/* isMap */.jh)(existing)
        ? existing.items.map((pair) => String(pair.key)).filter((name) => !stackSubnets.has(name))
        : [];
    return { text: doc.toString(), changes, unknownSubnets };
}


/***/ })

};
