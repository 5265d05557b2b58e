export const id = 62;
export const ids = [62];
export const modules = {

/***/ 21981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ createAwsClients),
/* harmony export */   r: () => (/* binding */ awsClientConfig)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35193);
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34736);


const userAgent = [["orca-fleet", "0.1.0"]];
/**
 * Builds the clients. Endpoints come from the SDK's standard settings alone (AWS_ENDPOINT_URL,
 * AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_SSM), so the local cloud needs no switch in production code.
 */
function createAwsClients(options) {
    const common = awsClientConfig(options);
    return { ec2: new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .EC2Client */ .gu5(common), ssm: new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .SSMClient */ .jBj(common) };
}
/** The settings every client shares; for a client only one command needs (the CLI's CloudFormation reader). */
function awsClientConfig(options) {
    return {
        region: options.region,
        retryMode: "adaptive",
        maxAttempts: options.maxAttempts ?? 8,
        customUserAgent: userAgent,
    };
}


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

/***/ 12610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/**
 * Runs `work` on every item with at most `limit` in flight, keeping the order of results. One item's rejection
 * is the caller's to catch inside `work`; here it stops nothing else.
 */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    // One iterator shared by every worker: each item is taken exactly once.
    const queue = items.entries();
    const worker = async () => {
        for (const [index, item] of queue)
            results[index] = await work(item, index);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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

/***/ 70708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./actions/lib/core/map-bounded.ts
var map_bounded = __webpack_require__(12610);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/patch-states.ts


/** Patch states as AWS defines them for one patch on one instance (AWS's "patch compliance state values"). */
const patchStates = [
    "Installed",
    "InstalledOther",
    "InstalledPendingReboot",
    "InstalledRejected",
    "Missing",
    "Failed",
    "NotApplicable",
    "AvailableSecurityUpdate",
];
/**
 * The states that make an instance non-compliant. INSTALLED_OTHER and NOT_APPLICABLE are compliant;
 * AVAILABLE_SECURITY_UPDATE is compliant or not by a baseline option this report does not read, so it is counted
 * apart and does not decide compliance.
 */
const nonCompliantStates = [
    "Missing",
    "Failed",
    "InstalledPendingReboot",
    "InstalledRejected",
];
/** DescribeInstancePatchStates takes at most 50 instance ids a call. */
const idsPerStatesCall = 50;
/** DescribeInstancePatches answers at most 100 patches a page. */
const patchesPerPage = 100;
/**
 * AWS's model names the states INSTALLED_OTHER and so on, while the service and its CLI answer InstalledOther:
 * both spellings are read as the same state, compared without case and underscores.
 */
const stateByKey = new Map(patchStates.map((state) => [state.toLowerCase(), state]));
function readPatchState(text) {
    return stateByKey.get((text ?? "").replaceAll("_", "").toLowerCase());
}
/** Patch Manager's records through one shared SSM client, batched to the API's limits. */
function patchStateSource(ssm, options) {
    return {
        async states(instanceIds) {
            const batches = [];
            for (let start = 0; start < instanceIds.length; start += idsPerStatesCall)
                batches.push(instanceIds.slice(start, start + idsPerStatesCall));
            const pages = await (0,map_bounded/* mapBounded */.y)(batches, options.concurrency, (batch) => statesOf(ssm, batch));
            return pages.flat();
        },
        async nonCompliantPatches(instanceId) {
            const found = [];
            const pages = (0,dist_cjs/* paginateDescribeInstancePatches */.kNN)({ client: ssm, pageSize: patchesPerPage }, { InstanceId: instanceId, Filters: [{ Key: "State", Values: [...nonCompliantStates] }] });
            for await (const page of pages) {
                for (const patch of page.Patches ?? []) {
                    const record = toRecord(patch);
                    // Kept to the non-compliant states here too, should a filter ever be ignored.
                    if (record !== undefined && nonCompliantStates.includes(record.state))
                        found.push(record);
                }
            }
            return found;
        },
    };
}
/** One call answers all 50 ids: a page holds up to 50 states unless MaxResults says less, and it is left out. */
async function statesOf(ssm, instanceIds) {
    const found = [];
    let nextToken;
    do {
        const page = await ssm.send(new dist_cjs/* DescribeInstancePatchStatesCommand */.gUL({
            InstanceIds: instanceIds,
            ...(nextToken === undefined ? {} : { NextToken: nextToken }),
        }));
        for (const state of page.InstancePatchStates ?? []) {
            const summary = toSummary(state);
            if (summary !== undefined)
                found.push(summary);
        }
        nextToken = page.NextToken === "" ? undefined : page.NextToken;
    } while (nextToken !== undefined);
    return found;
}
function toSummary(state) {
    if (state.InstanceId === undefined || state.OperationEndTime === undefined)
        return undefined;
    return {
        instanceId: state.InstanceId,
        operation: state.Operation === "Install" ? "Install" : "Scan",
        operationEnd: state.OperationEndTime,
        installed: state.InstalledCount ?? 0,
        installedOther: state.InstalledOtherCount ?? 0,
        installedPendingReboot: state.InstalledPendingRebootCount ?? 0,
        installedRejected: state.InstalledRejectedCount ?? 0,
        missing: state.MissingCount ?? 0,
        failed: state.FailedCount ?? 0,
        notApplicable: state.NotApplicableCount ?? 0,
    };
}
function toRecord(patch) {
    const state = readPatchState(patch.State);
    if (state === undefined || patch.KBId === undefined)
        return undefined;
    return {
        kbId: patch.KBId,
        title: patch.Title ?? patch.KBId,
        severity: patch.Severity ?? "",
        classification: patch.Classification ?? "",
        state,
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/history-branch.ts + 3 modules
var history_branch = __webpack_require__(43964);
// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var render_body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
// EXTERNAL MODULE: ./actions/lib/adapters/github/sticky-comment.ts
var sticky_comment = __webpack_require__(62820);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/sticky-issue.ts



/**
 * Creates the issue, or edits the one that carries the key's marker, was opened by `author` and has the label,
 * open or closed: a closed one is reopened, since it is the current report. An identical issue is left alone, so a
 * second run with the same report writes nothing. Listed by label and creator, so the listing stays small however
 * many issues the repository has.
 */
async function upsertStickyIssue(octokit, repo, wanted, author) {
    const tag = (0,markdown/* marker */.xL)(wanted.key);
    const body = `${tag}\n${wanted.body}`;
    (0,render_body/* assertBodyFits */.$_)(body, "issue");
    const existing = await findStickyIssue(octokit, repo, wanted, author);
    if (existing === undefined) {
        const { data } = await octokit.rest.issues.create({ ...repo, title: wanted.title, body, labels: [wanted.label] });
        return { number: data.number, url: data.html_url, outcome: "created" };
    }
    if (existing.body === body && existing.title === wanted.title && existing.state === "open")
        return { number: existing.number, url: existing.html_url, outcome: "unchanged" };
    const { data } = await octokit.rest.issues.update({
        ...repo,
        issue_number: existing.number,
        title: wanted.title,
        body,
        state: "open",
    });
    return { number: data.number, url: data.html_url, outcome: "updated" };
}
async function findStickyIssue(octokit, repo, wanted, author) {
    const tag = (0,markdown/* marker */.xL)(wanted.key);
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: wanted.label,
        state: "all",
        ...(author === undefined ? {} : { creator: author }),
        sort: "created",
        direction: "asc",
        per_page: 100,
    });
    // Pull requests share the issues listing; the oldest marked issue is the report, should a race have made two.
    const found = issues.find((issue) => issue.pull_request === undefined && (0,sticky_comment/* carriesMarker */.GN)(issue, tag, author));
    if (found === undefined)
        return undefined;
    return {
        number: found.number,
        title: found.title,
        body: found.body ?? "",
        state: found.state,
        html_url: found.html_url,
    };
}

// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/messages.ts

/** Every fixed text of the patch report, in each locale. */
const messages = {
    title: { en: "Patch compliance report", ja: "パッチ適用状況レポート" },
    asOf: {
        en: "As of {at} (Asia/Tokyo), week {week}: {clinics, plural, one {# active clinic} other {# active clinics}}. Updated in place every week.",
        ja: "{at}（日本時間）時点、{week} 週: 稼働中のクリニック {clinics} 件。毎週この issue を更新します。",
    },
    compliance: { en: "Compliance", ja: "準拠状況" },
    colState: { en: "State", ja: "状態" },
    colClinics: { en: "Clinics", ja: "クリニック数" },
    compliant: { en: "Compliant", ja: "準拠" },
    nonCompliant: { en: "Non-compliant", ja: "非準拠" },
    neverScanned: { en: "Never scanned", ja: "未スキャン" },
    noInstance: { en: "No instance", ja: "インスタンスなし" },
    staleScans: {
        en: "Last scan older than {days, plural, one {# day} other {# days}}",
        ja: "最終スキャンが {days} 日より前",
    },
    pendingReboot: {
        en: "Installed, waiting for a reboot (needs a maintenance window)",
        ja: "適用済み・再起動待ち（メンテナンス時間帯が必要）",
    },
    bySeverity: { en: "Missing and failed patches by severity", ja: "重要度別の未適用・失敗パッチ" },
    colSeverity: { en: "Severity", ja: "重要度" },
    colMissing: { en: "Missing", ja: "未適用" },
    colFailed: { en: "Failed", ja: "失敗" },
    noPatchesMissing: { en: "No patch is missing or failed.", ja: "未適用・失敗のパッチはありません。" },
    urgent: {
        en: "Clinics with critical or important patches outstanding",
        ja: "緊急・重要パッチが未適用のクリニック",
    },
    urgentNone: {
        en: "No clinic has a critical or important patch outstanding.",
        ja: "緊急・重要パッチが未適用のクリニックはありません。",
    },
    urgentLead: {
        en: "{count, plural, one {# clinic} other {# clinics}}; the oldest has waited {days, plural, one {# day} other {# days}} since first seen.",
        ja: "{count} 件。最も古いものは初検出から {days} 日経過しています。",
    },
    colClinic: { en: "Clinic", ja: "クリニック" },
    colCritical: { en: "Critical", ja: "緊急" },
    colImportant: { en: "Important", ja: "重要" },
    colOldest: { en: "Oldest (days)", ja: "最古（日）" },
    colStale: { en: "Scan stale", ja: "スキャン古い" },
    yes: { en: "yes", ja: "はい" },
    more: {
        en: "…and {count} more: every clinic is in the JSON artifact of the workflow run.",
        ja: "…ほか {count} 件。全件はワークフロー実行の JSON アーティファクトにあります。",
    },
    trend: { en: "Trend by week", ja: "週ごとの推移" },
    trendAxis: { en: "clinics", ja: "クリニック数" },
    trendLegend: {
        en: "Lines: non-compliant clinics, then clinics with critical or important patches outstanding.",
        ja: "線: 非準拠のクリニック数、緊急・重要パッチ未適用のクリニック数。",
    },
    trendTable: { en: "The trend as a table", ja: "推移（表）" },
    colWeek: { en: "Week", ja: "週" },
    colUrgent: { en: "Urgent", ja: "緊急・重要" },
    ageNote: {
        en: "Ages count from the first weekly report that saw the patch outstanding: Patch Manager keeps only the latest scan.",
        ja: "経過日数は、そのパッチの未適用を最初に検出したレポートから数えます（Patch Manager は最新のスキャンしか保持しません）。",
    },
    gateFailed: {
        en: "{count, plural, one {# critical patch} other {# critical patches}} outstanding for more than {days, plural, one {# day} other {# days}}, at {clinics, plural, one {# clinic} other {# clinics}}: {list}",
        ja: "{days} 日を超えて未適用の緊急パッチが {count} 件（{clinics} クリニック）: {list}",
    },
    historyCommitted: {
        en: "History: {events, plural, one {# change} other {# changes}} recorded on {branch}.",
        ja: "履歴: {branch} に {events} 件の変更を記録しました。",
    },
    historyUnchanged: {
        en: "History: nothing changed since the last report.",
        ja: "履歴: 前回のレポートから変化はありません。",
    },
    issueLine: { en: "Report issue #{number} ({outcome}).", ja: "レポート issue #{number}（{outcome}）。" },
    created: { en: "created", ja: "作成" },
    updated: { en: "updated", ja: "更新" },
    unchanged: { en: "unchanged", ja: "変更なし" },
};
/** One message of the catalogue in the locale, filled with ICU MessageFormat (plural forms included). */
function say(key, locale, values = {}) {
    return (0,message/* formatText */.vX)(messages[key], locale, values);
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/outputs.ts


function reportFile(result) {
    return { version: 1, ...result.report, clinics: result.clinics };
}
/** The job summary: the report, then what this run wrote (the history, the issue). */
function renderJobSummary(result, branch, locale) {
    const history = result.history.outcome === "committed"
        ? say("historyCommitted", locale, { events: result.history.events, branch: (0,render_body/* codeSpan */.SS)(branch) })
        : say("historyUnchanged", locale);
    const issue = say("issueLine", locale, {
        // A string: a number would be grouped by the locale (#1,234).
        number: String(result.issue.number),
        outcome: say(result.issue.outcome, locale),
    });
    return [result.markdown, "---", "", history, "", issue, ""].join("\n");
}
/** Why the job fails when critical patches have waited too long: the count and the first few, by clinic. */
function overdueMessage(overdue, limitDays, locale) {
    const clinics = new Set(overdue.map((o) => o.clinicId));
    const shown = overdue.slice(0, 10).map((o) => `${o.clinicId} ${o.kbId} (${o.days})`);
    return say("gateFailed", locale, {
        count: overdue.length,
        days: limitDays,
        clinics: clinics.size,
        list: `${shown.join(", ")}${overdue.length > shown.length ? ", …" : ""}`,
    });
}

// EXTERNAL MODULE: ./actions/lib/core/history/layout.ts
var layout = __webpack_require__(71697);
;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/clinic-patch.ts

/** The severities the report calls urgent: a clinic with one missing or failed is listed by name. */
const urgentSeverities = new Set(["critical", "important"]);
const isCritical = (severity) => severity.toLowerCase() === "critical";
const isUrgent = (severity) => urgentSeverities.has(severity.toLowerCase());
const dayMs = 86_400_000;
/** Patch Manager leaves the severity empty for some patches; they are counted under one name. */
function severityKey(severity) {
    const trimmed = severity.trim();
    return trimmed === "" ? "Unspecified" : trimmed;
}
/** Non-compliant as AWS defines it: anything missing, failed, installed pending a reboot, or installed though rejected. */
function isNonCompliant(state) {
    return state.missing + state.failed + state.installedPendingReboot + state.installedRejected > 0;
}
/**
 * A clinic's patch compliance from what was observed, keeping from `previous` the day each outstanding critical or
 * important patch was first seen, so its age runs from then. `today` is the Asia/Tokyo day of `now`.
 */
function clinicPatch(observation, previous, context) {
    const empty = { missing: {}, failed: {}, pendingReboot: 0, rejected: 0, outstanding: {} };
    if (observation.instanceId === undefined)
        return { compliance: "no-instance", stale: false, ...empty };
    const state = observation.state;
    if (state === undefined)
        return { compliance: "never-scanned", stale: false, ...empty };
    const missing = {};
    const failed = {};
    const outstanding = {};
    for (const patch of observation.patches) {
        const severity = severityKey(patch.severity);
        if (patch.state === "Missing")
            missing[severity] = (missing[severity] ?? 0) + 1;
        else if (patch.state === "Failed")
            failed[severity] = (failed[severity] ?? 0) + 1;
        else
            continue;
        if (isUrgent(severity) && outstanding[patch.kbId] === undefined)
            outstanding[patch.kbId] = { severity, since: previous?.outstanding[patch.kbId]?.since ?? context.today };
    }
    return {
        compliance: isNonCompliant(state) ? "non-compliant" : "compliant",
        stale: context.now.getTime() - state.operationEnd.getTime() > context.staleDays * dayMs,
        scanned: (0,layout/* tokyoDay */.FU)(state.operationEnd),
        missing,
        failed,
        pendingReboot: state.installedPendingReboot,
        rejected: state.installedRejected,
        outstanding,
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/counts.ts


function add(into, from) {
    for (const [severity, n] of Object.entries(from))
        into[severity] = (into[severity] ?? 0) + n;
}
/** The fleet's counts from each active clinic's patch compliance. Pure. */
function fleetSummary(clinics) {
    const summary = {
        clinics: 0,
        compliant: 0,
        nonCompliant: 0,
        neverScanned: 0,
        noInstance: 0,
        staleScans: 0,
        missing: {},
        failed: {},
        pendingRebootClinics: 0,
        urgentClinics: 0,
        criticalClinics: 0,
    };
    let oldest;
    for (const patch of Object.values(clinics)) {
        summary.clinics += 1;
        if (patch.compliance === "compliant")
            summary.compliant += 1;
        else if (patch.compliance === "non-compliant")
            summary.nonCompliant += 1;
        else if (patch.compliance === "never-scanned")
            summary.neverScanned += 1;
        else
            summary.noInstance += 1;
        if (patch.stale)
            summary.staleScans += 1;
        add(summary.missing, patch.missing);
        add(summary.failed, patch.failed);
        if (patch.pendingReboot > 0)
            summary.pendingRebootClinics += 1;
        const outstanding = Object.values(patch.outstanding);
        if (outstanding.length > 0)
            summary.urgentClinics += 1;
        if (outstanding.some((o) => isCritical(o.severity)))
            summary.criticalClinics += 1;
        for (const o of outstanding)
            if (oldest === undefined || o.since < oldest)
                oldest = o.since;
    }
    return oldest === undefined ? summary : { ...summary, oldestUrgentSince: oldest };
}
/** The clinics with critical or important patches outstanding: oldest first, then most critical, then by id. */
function urgentClinics(clinics, today) {
    const list = [];
    for (const [clinicId, patch] of Object.entries(clinics)) {
        const outstanding = Object.values(patch.outstanding);
        if (outstanding.length === 0)
            continue;
        const critical = outstanding.filter((o) => isCritical(o.severity)).length;
        list.push({
            clinicId,
            critical,
            important: outstanding.length - critical,
            oldestDays: Math.max(...outstanding.map((o) => (0,layout/* daysBetween */.YM)(o.since, today))),
            stale: patch.stale,
        });
    }
    return list.sort((a, b) => b.oldestDays - a.oldestDays || b.critical - a.critical || a.clinicId.localeCompare(b.clinicId));
}
function overdueCriticals(clinics, today, limitDays) {
    const overdue = [];
    for (const [clinicId, patch] of Object.entries(clinics)) {
        for (const [kbId, o] of Object.entries(patch.outstanding)) {
            const days = (0,layout/* daysBetween */.YM)(o.since, today);
            if (isCritical(o.severity) && days > limitDays)
                overdue.push({ clinicId, kbId, days });
        }
    }
    return overdue.sort((a, b) => b.days - a.days || a.clinicId.localeCompare(b.clinicId) || a.kbId.localeCompare(b.kbId));
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/history-change.ts



/** Weekly points kept for the trend: a year. */
const trendWeeks = 52;
/** The patch part of every active clinic, first-seen days carried over from the state as it is read. Pure. */
function patchesOf(observations, state, context) {
    const today = (0,layout/* tokyoDay */.FU)(context.now);
    const patches = {};
    for (const observation of observations) {
        const previous = state.clinics[observation.clinicId]?.patch;
        patches[observation.clinicId] = clinicPatch(observation, previous, { ...context, today });
    }
    return patches;
}
/** The trend with this week's point put in (replacing an earlier run's of the same week), the last year kept. */
function withTrendPoint(trend, point) {
    const others = trend.filter((p) => p.week !== point.week);
    return [...others, point].sort((a, b) => a.week.localeCompare(b.week)).slice(-trendWeeks);
}
/**
 * The report's change to the fleet's history: each active clinic's patch part replaced, the patch part of clinics
 * no longer active dropped (and the clinic with it when nothing else is known of it), this week's trend point set.
 * Other writers' parts (health, releases, incidents) are left as they are.
 */
function patchHistoryChange(observations, context) {
    return (state) => {
        const patches = patchesOf(observations, state, context);
        const clinics = {};
        for (const [id, clinic] of Object.entries(state.clinics)) {
            const { patch: _dropped, ...others } = clinic;
            if (Object.keys(others).length > 0)
                clinics[id] = others;
        }
        for (const [id, patch] of Object.entries(patches))
            clinics[id] = { ...clinics[id], patch };
        const point = { week: (0,layout/* tokyoWeek */.Pt)(context.now), summary: fleetSummary(patches) };
        return { ...state, clinics, patchTrend: withTrendPoint(state.patchTrend, point) };
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/render.ts




/**
 * Limits that keep every rendering far below GitHub's 65,536 characters whatever the fleet: at most 50 clinic rows
 * (the rest are counted, and all are in the JSON file), 20 severities and 52 weeks, every echoed text cut short.
 */
const renderLimits = { clinicRows: 50, severityRows: 20, trendPoints: 52, textChars: 40 };
const cell = (text) => (0,markdown/* inert */.tJ)((0,render_body/* cut */.Jj)(text, renderLimits.textChars));
function complianceTable(report, locale) {
    const s = report.summary;
    const rows = [
        [say("compliant", locale), s.compliant],
        [say("nonCompliant", locale), s.nonCompliant],
        [say("neverScanned", locale), s.neverScanned],
        [say("noInstance", locale), s.noInstance],
        [say("staleScans", locale, { days: report.staleDays }), s.staleScans],
        [say("pendingReboot", locale), s.pendingRebootClinics],
    ];
    return (0,markdown/* table */.tp)([say("colState", locale), say("colClinics", locale)], rows.map(([label, n]) => [label, String(n)]));
}
const severityOrder = ["critical", "important", "high", "moderate", "medium", "low"];
const rank = (severity) => {
    const index = severityOrder.indexOf(severity.toLowerCase());
    return index === -1 ? severityOrder.length : index;
};
function severityTable(summary, locale) {
    const severities = [...new Set([...Object.keys(summary.missing), ...Object.keys(summary.failed)])]
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
        .slice(0, renderLimits.severityRows);
    if (severities.length === 0)
        return say("noPatchesMissing", locale);
    return (0,markdown/* table */.tp)([say("colSeverity", locale), say("colMissing", locale), say("colFailed", locale)], severities.map((sev) => [cell(sev), String(summary.missing[sev] ?? 0), String(summary.failed[sev] ?? 0)]));
}
function urgentSection(report, locale) {
    if (report.urgent.length === 0)
        return say("urgentNone", locale);
    const oldest = report.summary.oldestUrgentSince;
    const lead = say("urgentLead", locale, {
        count: report.urgent.length,
        days: oldest === undefined ? 0 : (0,layout/* daysBetween */.YM)(oldest, report.today),
    });
    const shown = report.urgent.slice(0, renderLimits.clinicRows);
    const rows = shown.map((u) => [
        cell(u.clinicId),
        String(u.critical),
        String(u.important),
        String(u.oldestDays),
        u.stale ? say("yes", locale) : "",
    ]);
    const headers = ["colClinic", "colCritical", "colImportant", "colOldest", "colStale"];
    const rest = report.urgent.length - shown.length;
    return [
        lead,
        "",
        (0,markdown/* table */.tp)(headers.map((h) => say(h, locale)), rows),
        ...(rest > 0 ? ["", say("more", locale, { count: rest })] : []),
    ].join("\n");
}
/** A mermaid line chart of the weekly trend, which GitHub draws where it renders markdown. */
function trendChart(trend, locale) {
    const points = trend.slice(-renderLimits.trendPoints);
    const top = Math.max(1, ...points.map((p) => p.summary.clinics));
    return [
        "```mermaid",
        "xychart-beta",
        `  x-axis [${points.map((p) => JSON.stringify(p.week.slice(5))).join(", ")}]`,
        `  y-axis ${JSON.stringify(say("trendAxis", locale))} 0 --> ${top}`,
        `  line [${points.map((p) => p.summary.nonCompliant).join(", ")}]`,
        `  line [${points.map((p) => p.summary.urgentClinics).join(", ")}]`,
        "```",
    ].join("\n");
}
function trendSection(report, locale) {
    const points = report.trend.slice(-renderLimits.trendPoints);
    const rows = points.map((p) => [
        p.week,
        String(p.summary.compliant),
        String(p.summary.nonCompliant),
        String(p.summary.urgentClinics),
    ]);
    const headers = ["colWeek", "compliant", "nonCompliant", "colUrgent"];
    return [
        trendChart(points, locale),
        "",
        say("trendLegend", locale),
        "",
        (0,markdown/* details */.zH)(say("trendTable", locale), (0,markdown/* table */.tp)(headers.map((h) => say(h, locale)), rows)),
    ].join("\n");
}
/** The report's markdown: the issue's body and the job summary's core. */
function renderReport(report, locale) {
    const at = `${report.today} ${new Date(Date.parse(report.at) + 9 * 3_600_000).toISOString().slice(11, 16)}`;
    return [
        `## ${say("title", locale)}`,
        "",
        say("asOf", locale, { at, week: report.week, clinics: report.summary.clinics }),
        "",
        ...[
            ["compliance", complianceTable(report, locale)],
            ["bySeverity", severityTable(report.summary, locale)],
            ["urgent", urgentSection(report, locale)],
            ["trend", trendSection(report, locale)],
        ].flatMap(([heading, body]) => [`### ${say(heading, locale)}`, "", body, ""]),
        `_${say("ageNote", locale)}_`,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/run-patch-report.ts








/** The hidden marker's key and the label of the one report issue. */
const reportKey = "patch-report";
const reportLabel = "patch-report";
/** Reads what Patch Manager knows of every active clinic's instance, patches only for the non-compliant ones. */
async function observeFleet(ports, activeClinics, concurrency) {
    const byClinic = (0,ec2_inventory/* instanceByClinic */.pb)(await ports.inventory());
    const instanceIds = activeClinics.flatMap((id) => byClinic.get(id)?.instanceId ?? []);
    const states = new Map((await ports.patches.states(instanceIds)).map((s) => [s.instanceId, s]));
    return (0,map_bounded/* mapBounded */.y)(activeClinics, concurrency, async (clinicId) => {
        const instanceId = byClinic.get(clinicId)?.instanceId;
        const state = instanceId === undefined ? undefined : states.get(instanceId);
        const patches = instanceId !== undefined && state !== undefined && isNonCompliant(state)
            ? await ports.patches.nonCompliantPatches(instanceId)
            : [];
        return {
            clinicId,
            ...(instanceId === undefined ? {} : { instanceId }),
            ...(state === undefined ? {} : { state }),
            patches,
        };
    });
}
function activePatches(state, activeClinics) {
    const patches = {};
    for (const id of activeClinics) {
        const patch = state.clinics[id]?.patch;
        if (patch !== undefined)
            patches[id] = patch;
    }
    return patches;
}
/**
 * The weekly patch report: observe, record what changed in the fleet's history (which keeps the first-seen days
 * and the trend), then render the report from the history as written and put it in the one report issue.
 */
async function runPatchReport(ports, settings) {
    const now = ports.clock.now();
    const observations = await observeFleet(ports, settings.activeClinics, settings.concurrency);
    ports.log.info(`active clinics observed: ${observations.length}`);
    const change = patchHistoryChange(observations, { now, staleDays: settings.staleDays });
    const history = await ports.updateHistory(change, `patch-report: week ${(0,layout/* tokyoWeek */.Pt)(now)}`);
    const clinics = activePatches(history.state, settings.activeClinics);
    const today = (0,layout/* tokyoDay */.FU)(now);
    const report = {
        at: now.toISOString(),
        today,
        week: (0,layout/* tokyoWeek */.Pt)(now),
        staleDays: settings.staleDays,
        summary: fleetSummary(clinics),
        urgent: urgentClinics(clinics, today),
        trend: history.state.patchTrend,
    };
    const markdown = renderReport(report, settings.locale);
    const issue = await ports.upsertIssue({
        key: reportKey,
        label: reportLabel,
        title: say("title", settings.locale),
        body: markdown,
    });
    const limit = settings.failOnCriticalOlderThanDays;
    const overdue = limit === undefined ? [] : overdueCriticals(clinics, today, limit);
    return { report, clinics, markdown, issue, history, overdue };
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/report-flow.ts



/**
 * The patch-report action as one library call: read the registry, report, write the JSON file, and hand back the
 * outputs, the job summary and (when critical patches have waited too long) the failure, in the fleet's locale.
 */
async function reportPatches(deps, request) {
    const { fleet, activeClinics } = await (0,usable_fleet/* readObservedFleet */.je)(request.clinics, deps.log);
    const { locale } = fleet;
    const result = await runPatchReport(deps.connect(request.region ?? fleet.region), {
        ...request,
        activeClinics: activeClinics.map((clinic) => clinic.id),
        locale,
    });
    await deps.writeFile(request.reportFile, `${JSON.stringify(reportFile(result), null, 2)}\n`);
    const { summary } = result.report;
    const limit = request.failOnCriticalOlderThanDays;
    return {
        outputs: {
            issue: result.issue.number,
            "issue-outcome": result.issue.outcome,
            compliant: summary.compliant,
            "non-compliant": summary.nonCompliant,
            "never-scanned": summary.neverScanned,
            "overdue-critical": result.overdue.length,
            history: result.history.outcome,
            "report-file": request.reportFile,
        },
        summary: renderJobSummary(result, request.historyBranch, locale),
        ...(limit !== undefined && result.overdue.length > 0
            ? { failure: overdueMessage(result.overdue, limit, locale) }
            : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/patch-report/inputs.ts



const days = (min, max) => coerce/* number */.ai().int().min(min).max(max);
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const region = (0,inputs/* readRegion */.XP)(input);
    const failOn = input.read("fail-on-critical-older-than-days", (0,inputs/* optional */.lq)(days(0, 365)), "empty (never fail) or whole days from 0 to 365");
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        ...(region === undefined ? {} : { region }),
        staleDays: input.read("stale-scan-days", days(1, 90), "whole days from 1 to 90"),
        ...(failOn === undefined ? {} : { failOnCriticalOlderThanDays: failOn }),
        historyBranch: (0,inputs/* readHistoryBranch */.pT)(input),
        reportFile: input.read("report-file", schemas/* string */.YjP().min(1), "a file path such as patch-report.json"),
        botLogin: (0,inputs/* readBotLogin */.je)(input),
        concurrency: input.read("concurrency", coerce/* number */.ai().int().min(1).max(16), "a whole number from 1 to 16"),
    };
}

;// CONCATENATED MODULE: ./actions/patch-report/main.ts













async function run() {
    try {
        const inputs = getInputs();
        const octokit = (0,github_octokit/* createOctokit */.Q)(inputs.token, core);
        const repo = github/* context */._.repo;
        const history = { ...repo, branch: inputs.historyBranch };
        const deps = {
            connect: (region) => {
                const aws = (0,clients/* createAwsClients */.G)({ region });
                return {
                    inventory: () => (0,ec2_inventory/* readInventory */.zw)(aws.ec2),
                    patches: patchStateSource(aws.ssm, { concurrency: inputs.concurrency }),
                    updateHistory: (change, message) => (0,history_branch/* updateHistory */.A)(octokit, history, change, message, { clock: ports/* systemClock */.ml, sleep: ports/* realSleep */.uk }),
                    upsertIssue: (issue) => upsertStickyIssue(octokit, repo, issue, inputs.botLogin),
                    clock: ports/* systemClock */.ml,
                    log: core,
                };
            },
            writeFile: (path, text) => (0,promises_.writeFile)(path, text),
            log: core,
        };
        await (0,flow_report/* publishReport */.S3)(await reportPatches(deps, inputs), core);
    }
    catch (error) {
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ }),

/***/ 61351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context)
/* harmony export */ });
/* unused harmony export getOctokit */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37157);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85555);


const context = new _context_js__WEBPACK_IMPORTED_MODULE_0__/* .Context */ .o();
/**
 * Returns a hydrated octokit ready to use for GitHub Actions
 *
 * @param     token    the repo PAT or GITHUB_TOKEN
 * @param     options  other options to set
 */
function getOctokit(token, options, ...additionalPlugins) {
    const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
    return new GitHubWithPlugins(getOctokitOptions(token, options));
}
//# sourceMappingURL=github.js.map

/***/ }),

/***/ 49567:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ai: () => (/* binding */ number)
/* harmony export */ });
/* unused harmony exports string, boolean, bigint, date */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);


function string(params) {
    return core._coercedString(schemas.ZodString, params);
}
function number(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._coercedNumber */ .qG(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodNumber */ .rSt, params);
}
function boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
