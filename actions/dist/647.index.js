export const id = 647;
export const ids = [647,755];
export const modules = {

/***/ 55735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ loadUsableRegistry),
/* harmony export */   f: () => (/* binding */ activeClinicIds)
/* harmony export */ });
/* harmony import */ var _lib_core_ports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73252);
/* harmony import */ var _lib_core_registry_usable_fleet_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77157);


/** Loads the registry folder as the flows do; a fleet.yml that does not validate is an error listing the problems. */
async function loadUsableRegistry(dir) {
    const { fleet, clinics } = await (0,_lib_core_registry_usable_fleet_js__WEBPACK_IMPORTED_MODULE_1__/* .readFleetRegistry */ .y4)(dir, _lib_core_ports_js__WEBPACK_IMPORTED_MODULE_0__/* .silentLog */ .aB, false);
    return { fleet, clinics: clinics.map((loaded) => loaded.clinic), locale: fleet.locale };
}
function activeClinicIds(registry) {
    return registry.clinics.filter((c) => c.status === "active").map((c) => c.id);
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

/***/ 65068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   awsSettingVariables: () => (/* binding */ awsSettingVariables),
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   readInstances: () => (/* binding */ readInstances)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lib_adapters_aws_clients_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(21981);
/* harmony import */ var _lib_adapters_aws_ec2_inventory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4086);
/* harmony import */ var _lib_adapters_aws_parameter_lookup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30993);
/* harmony import */ var _lib_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32586);
/* harmony import */ var _lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47380);
/* harmony import */ var _lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29969);
/* harmony import */ var _lib_flows_provision_plan_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(61589);
/* harmony import */ var _lib_flows_provision_render_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(86326);
/* harmony import */ var _lib_flows_provision_resolve_ami_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27432);
/* harmony import */ var _lib_flows_rollout_holidays_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9605);
/* harmony import */ var _lib_flows_rollout_messages_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5792);
/* harmony import */ var _lib_flows_rollout_plan_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(37958);
/* harmony import */ var _lib_flows_rollout_render_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(59320);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(78823);
/* harmony import */ var _output_format_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(50004);



















const subjects = ["provision", "rollout"];
const planCommand = {
    help: `Usage: orca-fleet plan [provision|rollout] [DIR] [--at TIME] [--format text|json]

Plans from the registry in DIR (default: clinics) and the fleet's state in AWS, read-only; without a subject,
both: provisioning first, then the rollout.

provision: the plan the pull request's plan comment shows, from the same planner and renderer: the clinics that
get an instance on merge and the AMI they launch from (the AMI parameter at fleet.yml's label), the suspended and
retired clinics, the instances no clinic file names. One DescribeInstances per 1,000 instances, one GetParameter.

rollout: per ring and wave, which clinics update now, which wait, why and until when, the earliest window each
can start in, which are current, failed, refused or left alone. Probes and updates in flight are not read: a ring
that needs a healthy probe after its bake shows as waiting for one.

Text in the fleet's locale (the provision plan as the pull request's markdown); json for machines. Reads AWS
through the standard settings: AWS_PROFILE or access keys for the fleet's account, or AWS_ENDPOINT_URL for the
local cloud.

Options:
  --at TIME           plan as at this time, ISO 8601, e.g. 2026-12-13T02:00:00+09:00 (default: now)
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 planned, 1 the registry has problems or AWS could not be read, 2 usage error.`,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args,
            options: {
                at: { type: "string" },
                format: { type: "string" },
            },
            allowPositionals: true,
            strict: true,
        });
        const [first, ...more] = positionals;
        const subject = subjects.find((s) => s === first);
        if (first !== undefined && subject === undefined)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_15__/* .UsageError */ .eb(`what to plan: provision or rollout (or nothing, for both), not "${first}"`);
        const [dirArg, ...rest] = more;
        if (rest.length > 0)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_15__/* .UsageError */ .eb(`expected at most one DIR, got ${rest.length + 1}`);
        const outputFormat = (0,_output_format_js__WEBPACK_IMPORTED_MODULE_16__/* .outputFormatOf */ .Oz)(values.format);
        const at = values.at === undefined ? new Date() : new Date(values.at);
        if (values.at !== undefined && (!/^\d{4}-\d{2}-\d{2}T/.test(values.at) || Number.isNaN(at.getTime()))) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_15__/* .UsageError */ .eb(`--at must be an ISO 8601 time such as 2026-12-13T02:00:00+09:00, not "${values.at}"`);
        }
        const registry = await (0,_lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_7__/* .loadRegistry */ .A)(dirArg ?? "clinics");
        const locale = registry.fleet?.locale ?? "ja";
        const say = (0,_lib_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_6__/* .translator */ .Nj)(locale);
        if (registry.fleet === undefined || registry.problems.length > 0) {
            for (const problem of registry.problems)
                io.err((0,_lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblem */ .V)(problem, registry.locale));
            io.err(say(_lib_flows_rollout_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .rolloutMessages */ .w2.registryProblems));
            return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .exitCodes */ .hS.problems;
        }
        const fleet = registry.fleet;
        const wanted = subject === undefined ? subjects : [subject];
        const read = await readAws(fleet.region, async ({ ec2, ssm }) => ({
            instances: await (0,_lib_adapters_aws_ec2_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .readInventory */ .zw)(ec2),
            ami: wanted.includes("provision") ? await amiOrWhy((0,_lib_adapters_aws_parameter_lookup_js__WEBPACK_IMPORTED_MODULE_5__/* .createParameterLookup */ .K)(ssm), fleet) : undefined,
        }));
        if (!read.ok) {
            io.err(say(_lib_flows_rollout_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .rolloutMessages */ .w2.noInventory, { detail: read.detail ?? say(_lib_flows_rollout_messages_js__WEBPACK_IMPORTED_MODULE_12__/* .rolloutMessages */ .w2.noCredentials) }));
            return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .exitCodes */ .hS.problems;
        }
        const { instances, ami } = read.value;
        const clock = { now: () => at };
        const plans = {
            provision: () => (0,_lib_flows_provision_plan_js__WEBPACK_IMPORTED_MODULE_17__/* .planProvision */ .f)({ clinics: registry.clinics, instances, clock }),
            rollout: () => (0,_lib_flows_rollout_plan_js__WEBPACK_IMPORTED_MODULE_13__/* .planRollout */ .n)({
                clinics: registry.clinics,
                instances,
                policy: fleet.rollout,
                clock,
                holidays: (0,_lib_flows_rollout_holidays_js__WEBPACK_IMPORTED_MODULE_11__/* .japaneseHolidays */ .L)(),
            }),
        };
        if (ami?.kind === "missing")
            io.err(ami.why);
        const resolved = ami?.kind === "resolved" ? ami.ami : undefined;
        if (outputFormat === "json") {
            const json = wanted.map((w) => [
                w,
                w === "provision" ? { ...plans.provision(), ami: resolved ?? null } : plans.rollout(),
            ]);
            io.out(JSON.stringify(subject === undefined ? Object.fromEntries(json) : json[0]?.[1], null, 2));
        }
        else {
            const texts = wanted.map((w) => w === "provision"
                ? (0,_lib_flows_provision_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderPlan */ .EG)(plans.provision(), locale, resolved).trimEnd()
                : (0,_lib_flows_rollout_render_js__WEBPACK_IMPORTED_MODULE_14__/* .renderRolloutPlan */ .b)(plans.rollout(), locale));
            io.out(texts.join("\n\n"));
        }
        return _io_js__WEBPACK_IMPORTED_MODULE_15__/* .exitCodes */ .hS.ok;
    },
};
/** The AMI the plan names, or why it cannot (the plan still shows, as on the pull request; apply is where it stops). */
async function amiOrWhy(parameters, fleet) {
    try {
        return { kind: "resolved", ami: await (0,_lib_flows_provision_resolve_ami_js__WEBPACK_IMPORTED_MODULE_10__/* .resolveAmi */ .s)(parameters, fleet) };
    }
    catch (error) {
        if (!(error instanceof _lib_flows_provision_resolve_ami_js__WEBPACK_IMPORTED_MODULE_10__/* .AmiResolutionError */ .o))
            throw error;
        return { kind: "missing", why: (0,_lib_flows_provision_render_js__WEBPACK_IMPORTED_MODULE_9__/* .renderAmiUnresolved */ .hS)(error.selector, error.reason, fleet.locale) };
    }
}
/** The inventory, or why it cannot be read. */
async function readInstances(region, env = process.env) {
    const read = await readAws(region, ({ ec2 }) => (0,_lib_adapters_aws_ec2_inventory_js__WEBPACK_IMPORTED_MODULE_4__/* .readInventory */ .zw)(ec2), env);
    return read.ok ? { ok: true, instances: read.value } : read;
}
/** Reads AWS with the CLI's clients; without any AWS setting, no call is tried (it would only time out). */
async function readAws(region, read, env = process.env) {
    if (!hasAwsSettings(env))
        return { ok: false };
    const clients = (0,_lib_adapters_aws_clients_js__WEBPACK_IMPORTED_MODULE_18__/* .createAwsClients */ .G)({ region, maxAttempts: 3 });
    try {
        return { ok: true, value: await read(clients) };
    }
    catch (error) {
        return { ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    finally {
        clients.ec2.destroy();
        clients.ssm.destroy();
    }
}
/** The settings that give the SDK credentials or an endpoint; with none of them (nor ~/.aws), nothing is called. */
const awsSettingVariables = [
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_EC2",
    "AWS_ACCESS_KEY_ID",
    "AWS_PROFILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
];
function hasAwsSettings(env) {
    if (awsSettingVariables.some((name) => (env[name] ?? "") !== ""))
        return true;
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".aws");
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "credentials")) || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, "config"));
}


/***/ }),

/***/ 29647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  statusCommand: () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./actions/lib/adapters/github/history-branch.ts + 3 modules
var history_branch = __webpack_require__(43964);
// EXTERNAL MODULE: ./actions/lib/core/history/files.ts
var files = __webpack_require__(12240);
// EXTERNAL MODULE: ./actions/lib/core/history/layout.ts
var layout = __webpack_require__(71697);
// EXTERNAL MODULE: ./actions/lib/core/history/records.ts
var records = __webpack_require__(88897);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/messages.ts
var messages = __webpack_require__(5792);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/records.ts
var rollout_records = __webpack_require__(88664);
;// CONCATENATED MODULE: ./actions/lib/flows/status/model.ts



function buildFleetStatus(inputs) {
    const byClinic = (0,ec2_inventory/* instancesPerClinic */.mJ)(inputs.instances);
    const registered = new Set(inputs.clinics.map((c) => c.id));
    const rows = inputs.clinics.map((clinic) => clinicStatus(clinic.id, clinic.status, clinic.orca.version, byClinic.get(clinic.id) ?? [], inputs.state));
    for (const [clinicId, instances] of byClinic)
        if (!registered.has(clinicId))
            rows.push(clinicStatus(clinicId, "unregistered", undefined, instances, inputs.state));
    rows.sort((a, b) => a.clinicId.localeCompare(b.clinicId));
    return { at: inputs.at.toISOString(), history: inputs.history, counts: countsOf(rows), clinics: rows };
}
function clinicStatus(clinicId, registry, desiredVersion, instances, state) {
    // A running instance first, then the newest id: the one a person most likely means.
    const [instance] = [...instances].sort((a, b) => Number(b.state === "running") - Number(a.state === "running") || b.instanceId.localeCompare(a.instanceId));
    const recorded = state?.clinics[clinicId];
    return {
        clinicId,
        registry,
        ...(desiredVersion === undefined ? {} : { desiredVersion }),
        ...(instance === undefined ? {} : { instanceId: instance.instanceId, state: instance.state }),
        duplicates: Math.max(0, instances.length - 1),
        release: instance === undefined ? { kind: "unknown" } : releaseOf(instance.tags),
        ...(recorded?.health === undefined ? {} : { health: recorded.health }),
        ...(state === undefined ? {} : { incidents: recorded?.incidents ?? [] }),
    };
}
/** The rollout's record when there is one; otherwise the version the instance was launched with. */
function releaseOf(tags) {
    const record = (0,rollout_records/* readRolloutRecord */.lV)(tags);
    if (record.kind === "unreadable")
        return { kind: "unreadable", detail: record.detail };
    if (record.kind === "record")
        return { kind: "recorded", version: record.record.target, outcome: record.record.outcome, at: record.record.at };
    const launched = tags[instance_tags/* tagKeys */.b.orcaVersion];
    return launched === undefined ? { kind: "unknown" } : { kind: "launched", version: launched };
}
/** The version a clinic runs as far as the tags say: an update's target only when it succeeded. */
function runningVersion(release) {
    if (release.kind === "launched")
        return release.version;
    if (release.kind === "recorded" && release.outcome === "updated")
        return release.version;
    return undefined;
}
function bump(counts, key) {
    counts[key] = (counts[key] ?? 0) + 1;
}
function countsOf(rows) {
    const counts = {
        clinics: rows.length,
        withInstance: 0,
        byState: {},
        byRelease: {},
        byHealth: {},
        noHealth: 0,
        openIncidents: 0,
        rolloutFailed: 0,
        unregistered: 0,
    };
    for (const row of rows) {
        if (row.state !== undefined) {
            counts.withInstance += 1;
            bump(counts.byState, row.state);
        }
        const version = runningVersion(row.release);
        if (version !== undefined)
            bump(counts.byRelease, version);
        if (row.health === undefined)
            counts.noHealth += 1;
        else
            counts.byHealth[row.health.class] = (counts.byHealth[row.health.class] ?? 0) + 1;
        if ((row.incidents?.length ?? 0) > 0)
            counts.openIncidents += 1;
        if (row.release.kind === "recorded" && row.release.outcome !== "updated")
            counts.rolloutFailed += 1;
        if (row.registry === "unregistered")
            counts.unregistered += 1;
    }
    return counts;
}
/** Whether a clinic needs a look: shown first, and the only rows a summary of a large fleet lists. */
function needsAttention(row) {
    if (row.registry === "unregistered" || row.duplicates > 0)
        return true;
    if (row.registry === "active" && row.state !== "running")
        return true;
    if (row.release.kind === "unreadable")
        return true;
    if (row.release.kind === "recorded" && row.release.outcome !== "updated")
        return true;
    if (row.health !== undefined && row.health.class !== "healthy")
        return true;
    return (row.incidents?.length ?? 0) > 0;
}

// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/render.ts
var render = __webpack_require__(59320);
;// CONCATENATED MODULE: ./actions/lib/flows/status/messages.ts
/** Every text `orca-fleet status` shows a person, in Japanese and English. */
const statusMessages = {
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
};
const outcomeWords = {
    updated: { en: "updated", ja: "更新済み" },
    failed: { en: "failed", ja: "失敗" },
    "rolled-back": { en: "rolled back", ja: "ロールバック済み" },
    "rollback-failed": { en: "roll-back failed", ja: "ロールバック失敗" },
};
const healthWords = {
    healthy: { en: "healthy", ja: "正常" },
    degraded: { en: "degraded", ja: "劣化" },
    restarting: { en: "restarting", ja: "再起動中" },
    down: { en: "down", ja: "停止" },
    unreachable: { en: "unreachable", ja: "到達不能" },
};
const registryWords = {
    active: { en: "active", ja: "稼働" },
    suspended: { en: "suspended", ja: "休止" },
    retired: { en: "retired", ja: "廃止" },
    unregistered: statusMessages.unregistered,
};

;// CONCATENATED MODULE: ./actions/lib/flows/status/render.ts






/** A text listing never grows past this many clinics: a 5,000-clinic fleet reads as counts and what needs a look. */
const listLimit = 50;
/** The fleet's status as a person reads it: counts, then every clinic (a small fleet) or those that need a look. */
function renderFleetStatus(status, locale) {
    const say = (0,message/* translator */.Nj)(locale);
    const c = status.counts;
    const lines = [say(statusMessages.title, { at: (0,render/* tokyoTime */.K)(status.at) }), historyLine(status, say), ""];
    lines.push(say(statusMessages.countClinics, {
        clinics: c.clinics,
        withInstance: c.withInstance,
        states: tally(c.byState, say),
    }), say(statusMessages.countReleases, { releases: tally(c.byRelease, say) }), say(statusMessages.countHealth, {
        health: tally(Object.fromEntries(records/* healthClasses */.lY.flatMap((k) => (c.byHealth[k] ? [[say(healthWords[k]), c.byHealth[k]]] : []))), say),
        none: c.noHealth,
    }), say(statusMessages.countAttention, {
        incidents: c.openIncidents,
        failed: c.rolloutFailed,
        orphans: c.unregistered,
    }), "");
    const all = status.clinics.length <= listLimit;
    const rows = all ? status.clinics : status.clinics.filter(needsAttention);
    if (rows.length === 0) {
        lines.push(say(statusMessages.noAttention));
        return lines.join("\n");
    }
    const shown = rows.slice(0, listLimit);
    lines.push(all ? say(statusMessages.listAll) : say(statusMessages.listAttention, { shown: shown.length, total: rows.length }), "", statusTable(shown, status, say));
    if (rows.length > shown.length)
        lines.push("", say(statusMessages.more, { count: rows.length - shown.length }));
    return lines.join("\n");
}
/** One clinic's status: the same row, with the sources said. */
function renderClinicStatus(status, clinicId, locale) {
    const say = (0,message/* translator */.Nj)(locale);
    const row = status.clinics.find((r) => r.clinicId === clinicId);
    const title = say(statusMessages.clinicTitle, { clinic: clinicId, at: (0,render/* tokyoTime */.K)(status.at) });
    if (row === undefined)
        return [title, "", say(statusMessages.unknownClinic, { clinic: clinicId })].join("\n");
    return [title, historyLine(status, say), "", statusTable([row], status, say)].join("\n");
}
function historyLine(status, say) {
    const h = status.history;
    if (h.kind === "read")
        return say(statusMessages.historyRead, { from: h.from });
    if (h.kind === "unreadable")
        return say(statusMessages.historyUnreadable, { detail: h.detail });
    return say(statusMessages.historyNotGiven);
}
function statusTable(rows, status, say) {
    const headers = [
        "headClinic",
        "headRegistry",
        "headInstance",
        "headState",
        "headRelease",
        "headHealth",
        "headIncidents",
    ];
    const historyRead = status.history.kind === "read";
    return (0,markdown/* table */.tp)(headers.map((h) => say(statusMessages[h])), rows.map((row) => [
        row.clinicId,
        say(registryWords[row.registry]),
        instanceCell(row, say),
        row.state ?? "-",
        releaseCell(row, say),
        row.health === undefined
            ? say(historyRead ? statusMessages.noData : statusMessages.notRead)
            : say(statusMessages.healthSince, {
                class: say(healthWords[row.health.class]),
                since: (0,render/* tokyoTime */.K)(row.health.since),
            }),
        row.incidents === undefined
            ? say(statusMessages.notRead)
            : row.incidents.length === 0
                ? say(statusMessages.none)
                : row.incidents.map((n) => `#${n}`).join(" "),
    ]));
}
function instanceCell(row, say) {
    if (row.instanceId === undefined)
        return say(statusMessages.noInstance);
    return row.duplicates === 0
        ? row.instanceId
        : say(statusMessages.duplicates, { instance: row.instanceId, count: row.duplicates });
}
function releaseCell(row, say) {
    const r = row.release;
    const release = r.kind === "recorded"
        ? say(statusMessages.releaseRecorded, {
            version: r.version,
            outcome: say(outcomeWords[r.outcome]),
            at: (0,render/* tokyoTime */.K)(r.at),
        })
        : r.kind === "launched"
            ? say(statusMessages.releaseLaunched, { version: r.version })
            : r.kind === "unreadable"
                ? say(statusMessages.releaseUnreadable, { detail: (0,markdown/* inert */.tJ)(r.detail) })
                : "-";
    const wanted = row.desiredVersion;
    return wanted !== undefined && row.instanceId !== undefined && runningVersion(r) !== wanted
        ? say(statusMessages.releaseWants, { release, version: wanted })
        : release;
}
/** `running 3, stopped 1`, largest first; "none" when empty. */
function tally(counts, say) {
    const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return entries.length === 0 ? say(statusMessages.none) : entries.map(([k, n]) => `${k} ${n}`).join(", ");
}

// EXTERNAL MODULE: ./actions/cli/fleet-registry.ts
var fleet_registry = __webpack_require__(55735);
// EXTERNAL MODULE: ./actions/cli/github-client.ts
var github_client = __webpack_require__(51606);
// EXTERNAL MODULE: ./actions/cli/io.ts
var cli_io = __webpack_require__(78823);
// EXTERNAL MODULE: ./actions/cli/output-format.ts
var output_format = __webpack_require__(50004);
// EXTERNAL MODULE: ./actions/cli/plan.ts
var plan = __webpack_require__(65068);
;// CONCATENATED MODULE: ./actions/cli/status.ts
















const fromEnvironment = {
    instances: (region) => (0,plan.readInstances)(region),
    githubHistory(repo, branch) {
        const octokit = (0,github_client/* cliOctokit */.y)();
        if (octokit === undefined)
            return undefined;
        const [owner = "", name = ""] = repo.split("/");
        return (0,history_branch/* readHistoryState */.E)(octokit, { owner, repo: name, branch });
    },
    now: () => new Date(),
};
function statusCommand(ports = fromEnvironment) {
    return {
        help: `Usage: orca-fleet status [CLINIC] [--history DIR | --repo OWNER/REPO] [options]

Shows, per clinic, the instance EC2 has for it and its state, the release its tags record (the rollout's record,
else the version it was launched with, and the registry's target when they differ), and the health and open
incidents the fleet's history last recorded. Without CLINIC, the whole fleet: counts, then every clinic when
there are at most 50, else only the clinics that need a look (the first 50); --format json lists every clinic.
Read-only: one DescribeInstances per 1,000 instances, and the history's state file.

The history (the fleet-status branch) is read from --history DIR (a checkout: git worktree add DIR fleet-status),
else through the GitHub API when a repository (--repo or GITHUB_REPOSITORY) and GITHUB_TOKEN are set (GITHUB_API_URL
for another server), else not at all: health and incidents then show as not read. A clinic the history holds
nothing for yet shows "no data yet".

  --clinics DIR          the registry folder (default clinics)
  --history DIR          a checkout of the history branch
  --repo OWNER/REPO      read the history branch of this repository through the GitHub API
  --history-branch NAME  the history branch (default fleet-status)
  --format text|json     text for people (default), json for machines
  -h, --help             show this help

Exit codes: 0 shown, 1 the registry or the instances could not be read, or CLINIC is unknown, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({
                args,
                options: {
                    clinics: { type: "string", default: "clinics" },
                    history: { type: "string" },
                    repo: { type: "string" },
                    "history-branch": { type: "string", default: "fleet-status" },
                    format: { type: "string" },
                },
                allowPositionals: true,
                strict: true,
            });
            const outputFormat = (0,output_format/* outputFormatOf */.Oz)(values.format);
            if (positionals.length > 1)
                throw new cli_io/* UsageError */.eb(`expected at most one CLINIC, got ${positionals.length}`);
            const repo = values.repo ?? process.env.GITHUB_REPOSITORY ?? "";
            if (repo !== "" && !github_client/* repoPattern */.H.test(repo))
                throw new cli_io/* UsageError */.eb(`--repo must be OWNER/REPO, not "${repo}"`);
            if (values.history !== undefined && values.repo !== undefined)
                throw new cli_io/* UsageError */.eb("give --history DIR or --repo OWNER/REPO, not both");
            const registry = await (0,fleet_registry/* loadUsableRegistry */._)(values.clinics).catch((error) => {
                throw new cli_io/* UsageError */.eb(error.message);
            });
            const say = (0,message/* translator */.Nj)(registry.locale);
            const read = await ports.instances(registry.fleet.region);
            if (!read.ok) {
                io.err(say(messages/* rolloutMessages */.w2.noInventory, { detail: read.detail ?? say(messages/* rolloutMessages */.w2.noCredentials) }));
                return cli_io/* exitCodes */.hS.problems;
            }
            const history = await readHistory(ports, values.history, repo, values["history-branch"]);
            const status = buildFleetStatus({
                clinics: registry.clinics,
                instances: read.instances,
                state: history.state,
                history: history.source,
                at: ports.now(),
            });
            const [clinic] = positionals;
            const known = clinic === undefined || status.clinics.some((r) => r.clinicId === clinic);
            if (outputFormat === "json") {
                const clinics = clinic === undefined ? status.clinics : status.clinics.filter((r) => r.clinicId === clinic);
                io.out(JSON.stringify({ ...status, clinics }, null, 2));
            }
            else {
                io.out(clinic === undefined
                    ? renderFleetStatus(status, registry.locale)
                    : renderClinicStatus(status, clinic, registry.locale));
            }
            return known ? cli_io/* exitCodes */.hS.ok : cli_io/* exitCodes */.hS.problems;
        },
    };
}
/** The history's state from a folder, else the API, else not read; a history that cannot be read is said, not fatal. */
async function readHistory(ports, dir, repo, branch) {
    try {
        if (dir !== undefined) {
            const path = (0,external_node_path_.join)(dir, layout/* statePath */.BQ);
            const text = await (0,promises_.readFile)(path, "utf8").catch((error) => {
                if (error.code === "ENOENT")
                    return undefined;
                throw new Error(`${path} cannot be read`);
            });
            const state = text === undefined ? records/* emptyFleetState */.j_ : (0,files/* parseState */.Bu)(text, path);
            return { state, source: { kind: "read", from: dir } };
        }
        const pending = repo === "" ? undefined : ports.githubHistory(repo, branch);
        if (pending === undefined)
            return { state: undefined, source: { kind: "not-given" } };
        return { state: await pending, source: { kind: "read", from: `${repo}@${branch}` } };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { state: undefined, source: { kind: "unreadable", detail } };
    }
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

/***/ 73252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ inGroup),
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
const systemClock = { now: () => new Date() };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A log that drops everything: for callers that have nothing to say to a person. */
const silentLog = {
    info: () => { },
    warning: () => { },
    error: () => { },
    startGroup: () => { },
    endGroup: () => { },
};
/** Runs one phase of a flow inside a log group, closing the group whatever happens. */
async function inGroup(log, name, phase) {
    log.startGroup(name);
    try {
        return await phase();
    }
    finally {
        log.endGroup();
    }
}


/***/ }),

/***/ 77157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wq: () => (/* binding */ RegistryRefusedError),
/* harmony export */   je: () => (/* binding */ readObservedFleet),
/* harmony export */   y4: () => (/* binding */ readFleetRegistry)
/* harmony export */ });
/* harmony import */ var _i18n_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32586);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73252);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47380);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78024);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29969);





/** The registry has problems a person must fix: an expected refusal, not a failure of the flow. */
class RegistryRefusedError extends Error {
    name = "RegistryRefusedError";
}
/**
 * Reads the registry for a flow that acts on the fleet. `strict`: any problem refuses, so nothing is planned from
 * a registry people have not fixed; otherwise only a missing or invalid fleet.yml does. Either way each problem is
 * listed where a person can find it.
 */
async function readFleetRegistry(dir, log, strict) {
    const registry = await (0,_ports_js__WEBPACK_IMPORTED_MODULE_1__/* .inGroup */ .HB)(log, "Read the registry", () => (0,_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadRegistry */ .A)(dir));
    const listed = registry.problems.map((p) => (0,_problem_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .V)(p, registry.locale)).join("\n");
    const t = (0,_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__/* .translator */ .Nj)(registry.locale);
    if (strict && registry.problems.length > 0)
        throw new RegistryRefusedError(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .refusalMessages */ .xL.hasProblems, { count: registry.problems.length, dir })}\n${listed}`);
    const { fleet } = registry;
    if (fleet === undefined)
        throw new RegistryRefusedError(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .refusalMessages */ .xL.fleetMissing, { dir })}\n${listed}`);
    return { ...registry, fleet };
}
/**
 * Reads the registry for a flow that observes the fleet and changes nothing a clinic file decides: a clinic file with
 * a problem is a warning and is left out, every clinic that loaded is observed; only a missing fleet.yml refuses.
 */
async function readObservedFleet(dir, log) {
    const registry = await readFleetRegistry(dir, log, false);
    for (const problem of registry.problems)
        log.warning((0,_problem_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .V)(problem, registry.locale));
    const activeClinics = registry.clinics
        .map((loaded) => loaded.clinic)
        .filter((clinic) => clinic.status === "active")
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { fleet: registry.fleet, activeClinics };
}


/***/ }),

/***/ 3589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ assertBodyFits),
/* harmony export */   Jj: () => (/* binding */ cut),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   _j: () => (/* binding */ boundedBody),
/* harmony export */   cH: () => (/* binding */ bodyBudget),
/* harmony export */   hR: () => (/* binding */ revealInvisible)
/* harmony export */ });
/* unused harmony exports githubBodyLimit, maxEchoed, BodyTooLongError */
/**
 * Bodies GitHub accepts, by construction. GitHub refuses an issue, pull request or comment body over 65,536
 * characters (422), so every body the toolkit writes is built here: fixed parts each bounded by their renderer, rows
 * added while they fit and the rest summarised in one line, and every echoed value cut to a bound and shown as a code
 * span, which GitHub renders literally (no mention, no issue link, no autolink, no HTML) and which copies exactly as
 * written: no invisible character is added.
 */
/** GitHub's limit on a body. */
const githubBodyLimit = 65_536;
/** What a renderer may use: the adapters add a hidden marker line in front, and a margin keeps clear of the limit. */
const bodyBudget = 60_000;
/** How much of one echoed value a body shows: enough to recognise it, never enough to crowd the body out. */
const maxEchoed = 200;
/** A body over GitHub's limit reached an adapter: a renderer that does not use boundedBody, which is a bug. */
class BodyTooLongError extends Error {
    what;
    length;
    name = "BodyTooLongError";
    constructor(what, length) {
        super(`the ${what} body is ${length} characters, over GitHub's limit of ${githubBodyLimit - 1}; its renderer must build it with boundedBody (core/render/body.ts)`);
        this.what = what;
        this.length = length;
    }
}
/** Called by every adapter that writes a body, before the request: GitHub's 422 is never the first to say so. */
function assertBodyFits(body, what) {
    // UTF-16 code units are at least GitHub's characters, so this errs on the safe side.
    if (body.length >= githubBodyLimit)
        throw new BodyTooLongError(what, body.length);
}
/**
 * Joins the parts with newlines, keeping as many rows as fit in the budget and saying how many did not. The fixed
 * parts are the renderer's own bounded text; if they alone exceed the budget, that is a bug and it throws.
 */
function boundedBody({ before, rows, after = [], more, budget = bodyBudget, maxRows = Number.POSITIVE_INFINITY, }) {
    const head = before.join("\n");
    const tail = after.join("\n");
    // The summary line can need a few more digits than any count below it; reserve room for it up front.
    const reserve = more(rows.length).length + 2;
    const fixed = head.length + tail.length + 2;
    if (fixed + reserve > budget)
        throw new BodyTooLongError("fixed part of a", fixed + reserve);
    const kept = [];
    let used = fixed;
    for (const row of rows) {
        if (kept.length >= maxRows || used + row.length + 1 > budget - reserve)
            break;
        kept.push(row);
        used += row.length + 1;
    }
    const lines = [head, ...kept];
    if (kept.length < rows.length)
        lines.push(more(rows.length - kept.length));
    if (after.length > 0)
        lines.push(tail);
    return lines.join("\n");
}
/** Cuts text to at most `max` characters (whole code points), marking the cut with an ellipsis. */
function cut(text, max = maxEchoed) {
    if (text.length <= max)
        return text;
    const points = [...text];
    return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}
/**
 * Shows invisible and control characters as their code points (`[U+202E]`), so the person sees where they are and
 * none of them reorders or hides the body's text.
 */
function revealInvisible(text) {
    return text.replace(/(?![\n\t])[\p{Cc}\p{Cf}]/gu, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`);
}
/**
 * A value from the world, echoed literally: on one line, cut to `max`, invisible characters revealed, in a code span
 * whose fence is longer than any run of backticks inside it. Empty text is empty.
 */
function codeSpan(text, max = maxEchoed) {
    const line = cut(revealInvisible(text.replace(/\r?\n|\r/g, " ")), max);
    if (line === "")
        return "";
    const longestRun = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longestRun + 1);
    // A span that starts or ends with a backtick (or a space) needs a space inside the fence, which GitHub strips.
    const pad = /^[` ]|[` ]$/.test(line) ? " " : "";
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** codeSpan for a table cell: a pipe would end the cell, so it is escaped, which GitHub's tables undo inside spans. */
function codeCell(text, max = maxEchoed) {
    return codeSpan(text, max).replace(/\|/g, "\\|");
}


/***/ }),

/***/ 10528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PP: () => (/* binding */ tableHead),
/* harmony export */   jD: () => (/* binding */ tableRow),
/* harmony export */   tJ: () => (/* binding */ inert),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xL: () => (/* binding */ marker),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var _body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3589);
/**
 * Markdown for comments and summaries. Text from users is echoed inert: no mention pings, no issue links,
 * no HTML, no hidden-marker forgery.
 */

/**
 * A run GitHub would turn into something live: a mention or team (`@`), an issue or commit reference (`#`), a URL
 * (`://`) or an autolinked `www.` address. Such a run is shown as a code span, which GitHub renders literally and
 * which copies exactly as written (no invisible character is added).
 */
const live = /[@#]|:\/\/|(^|[*_~(])www\./i;
/** Ordinary words: HTML and markdown punctuation escaped, so nothing renders as markup. */
function escapeMarkup(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\|/g, "\\|")
        .replace(/([\\`*_[\]()!~])/g, "\\$1");
}
/**
 * Makes user text safe to echo into a comment or a table cell: on one line, invisible characters revealed, markup
 * escaped, and every run of ASCII that GitHub would link shown as a code span (its pipes escaped, which tables undo).
 * Runs, not whitespace-separated words, because Japanese text has no spaces: 「#1」 spans only `#1`.
 */
function inert(text) {
    const line = (0,_body_js__WEBPACK_IMPORTED_MODULE_0__/* .revealInvisible */ .hR)(text.replace(/\r?\n|\r/g, " "));
    return line
        .split(/([\x21-\x7E]+)/)
        .map((run) => (live.test(run) ? (0,_body_js__WEBPACK_IMPORTED_MODULE_0__/* .codeSpan */ .SS)(run, Number.POSITIVE_INFINITY).replace(/\|/g, "\\|") : escapeMarkup(run)))
        .join("");
}
/** One table line from already-safe cell text. */
function tableRow(cells) {
    return `| ${cells.join(" | ")} |`;
}
/** A table's header and its separator line, for a body whose rows are added by boundedBody. */
function tableHead(headers) {
    return [tableRow(headers), tableRow(headers.map(() => "---"))];
}
/** A table from rows of already-safe cell text. */
function table(headers, rows) {
    return [...tableHead(headers), ...rows.map(tableRow)].join("\n");
}
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** The hidden marker that lets one comment be found again and updated in place. */
function marker(key) {
    return `<!-- orca-fleet:${key} -->`;
}


/***/ })

};
