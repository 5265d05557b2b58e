export const id = 229;
export const ids = [229];
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

/***/ 50907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ applyMessages),
/* harmony export */   s: () => (/* binding */ applyStatusWords)
/* harmony export */ });
/**
 * Every text the rollout's apply shows a person (its live comment, the job summary, its refusals), in Japanese and
 * English, as ICU patterns with `{name}` placeholders.
 */
const applyMessages = {
    title: { en: "ORCA rollout: {status} (updated {at}, Tokyo)", ja: "ORCA ロールアウト: {status}({at} 時点、日本時間)" },
    counts: {
        en: "{updated} updated, {failed} failed, {remaining} remaining",
        ja: "更新済み {updated} 件、失敗 {failed} 件、残り {remaining} 件",
    },
    ringProgress: {
        en: "Ring {ring}: {state}, {updated} updated, {failed} failed, {remaining} remaining",
        ja: "リング {ring}: {state}、更新済み {updated} 件、失敗 {failed} 件、残り {remaining} 件",
    },
    waveProgress: {
        en: "wave {wave}: {clinics} clinics, {failures} failed (budget {budget})",
        ja: "ウェーブ {wave}: {clinics} 件、失敗 {failures} 件(許容 {budget})",
    },
    nextWindow: { en: "next start: {at} (Tokyo)", ja: "次の開始: {at}(日本時間)" },
    failuresHead: { en: "Failures", ja: "失敗した医療機関" },
    headClinic: { en: "clinic", ja: "医療機関" },
    headStep: { en: "step", ja: "ステップ" },
    headError: { en: "error (first lines)", ja: "エラー(先頭行)" },
    headRolledBack: { en: "rolled back", ja: "ロールバック" },
    yes: { en: "yes", ja: "済" },
    no: { en: "NO: needs a person", ja: "未: 要対応" },
    notApplicable: { en: "-", ja: "-" },
    more: { en: "… and {count} more (in the JSON artifact)", ja: "… ほか {count} 件(JSON アーティファクトに全件)" },
    haltBudget: {
        en: "**HALTED**: wave {wave} of ring {ring} had {failures} failures, over its budget of {budget}. Nothing more is sent. To resume after checking the failures: run the rollout workflow by hand with resume: true (and retry-failed: true to send the failed clinics again).",
        ja: "**停止中**: リング {ring} のウェーブ {wave} で {failures} 件失敗し、許容数 {budget} を超えました。これ以上は送信しません。失敗を確認したうえで、rollout ワークフローを resume: true で手動実行すると再開します(失敗した医療機関も再送するには retry-failed: true)。",
    },
    haltRollbackFailed: {
        en: "**HALTED**: the roll-back failed on {clinics}: the server needs a person now. After it is fixed, resume with a manual run, resume: true.",
        ja: "**停止中**: {clinics} でロールバックに失敗しました。直ちに担当者の対応が必要です。復旧後、resume: true で手動実行すると再開します。",
    },
    planFolded: { en: "Clinics of ring {ring} ({count})", ja: "リング {ring} の医療機関({count} 件)" },
    summaryOnly: {
        en: "The full list is too long for a comment: see the job summary and the JSON artifact.",
        ja: "全件の一覧はコメントに収まりません。ジョブのサマリーと JSON アーティファクトを見てください。",
    },
    staleReview: {
        en: "The rollout would update {count} clinics that differ from the plan reviewed on #{pull} ({detail}). Nothing was sent. Open a pull request with the versions you want and review its plan, or run the rollout workflow by hand to apply the current desired state.",
        ja: "ロールアウトが更新する {count} 件が、#{pull} でレビューされた計画と異なります({detail})。何も送信していません。望むバージョンでプルリクエストを作って計画をレビューするか、rollout ワークフローを手動実行して現在の望ましい状態を適用してください。",
    },
    noReview: {
        en: "No reviewed rollout plan was found on #{pull}; nothing was sent. Run the rollout workflow by hand to apply the current desired state.",
        ja: "#{pull} にレビュー済みのロールアウト計画が見つかりません。何も送信していません。現在の望ましい状態を適用するには rollout ワークフローを手動実行してください。",
    },
    badRelease: {
        en: "{file}: orca.version {version} is not a release orca-update can install (like 5.2.1: two digits at most each).",
        ja: "{file}: orca.version {version} は orca-update が入れられるリリースではありません(5.2.1 のように各2桁まで)。",
    },
    ringNotInOrder: {
        en: "{file}: ring {ring} is not in fleet.yml's rollout.ringOrder ({order}); add it there or move the clinic to a listed ring.",
        ja: "{file}: リング {ring} が fleet.yml の rollout.ringOrder({order})にありません。そこに加えるか、並んでいるリングに移してください。",
    },
    windowNeverOpens: {
        en: "{file}: the maintenance window {window} never opens outside the freezes in the coming year; widen it or change rollout.freeze.",
        ja: "{file}: メンテナンス時間帯 {window} は今後1年、凍結期間の外で開きません。時間帯を広げるか rollout.freeze を見直してください。",
    },
    refusedInput: {
        en: "The rollout refuses its input; nothing was sent:\n{problems}",
        ja: "ロールアウトの入力に問題があるため、何も送信していません:\n{problems}",
    },
    noPullRequest: {
        en: "No pull request to comment on: the plan is in the job summary only.",
        ja: "コメントするプルリクエストがありません。計画はジョブのサマリーだけにあります。",
    },
    commentNotUpdated: {
        en: "The rollout comment on #{pull} was not updated (HTTP {status}: {message}); the next edit carries the state.",
        ja: "#{pull} のロールアウトコメントを更新できませんでした(HTTP {status}: {message})。次の更新で反映します。",
    },
    commentRefused: {
        en: "GitHub refused the rollout comment on #{pull} (HTTP {status}: {message}). Waiting cannot fix that (the token needs pull-requests: write), so this run writes it no more; the rollout itself went on, and this job's summary and JSON artifact hold its state.",
        ja: "GitHub が #{pull} のロールアウトコメントを拒否しました(HTTP {status}: {message})。待っても解決しないため(トークンに pull-requests: write が必要です)、この実行ではこれ以上書き込みません。ロールアウト自体は続行し、状態はこのジョブのサマリーと JSON アーティファクトにあります。",
    },
    commentStale: {
        en: "**The rollout comment on #{pull} does not show this state** (GitHub answered HTTP {status} to its last edit): this summary and the JSON artifact do.",
        ja: "**#{pull} のロールアウトコメントにはこの状態が反映されていません**(最後の更新に GitHub が HTTP {status} を返しました)。このサマリーと JSON アーティファクトを見てください。",
    },
};
const applyStatusWords = {
    done: { en: "done", ja: "完了" },
    waiting: { en: "waiting", ja: "待機中" },
    halted: { en: "HALTED", ja: "停止中" },
    "nothing-to-do": { en: "nothing to do", ja: "対象なし" },
    updating: { en: "updating", ja: "更新中" },
};


/***/ }),

/***/ 9605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ japaneseHolidays)
/* harmony export */ });
/* harmony import */ var _holiday_jp_holiday_jp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8246);
/* harmony import */ var _holiday_jp_holiday_jp__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_holiday_jp_holiday_jp__WEBPACK_IMPORTED_MODULE_0__);

let calendar;
/**
 * Japan's public holidays from @holiday-jp/holiday_jp (1970-2050, 国民の休日 included), read once into a map:
 * the package's own isHoliday scans every key on each call, too slow for a plan of thousands of clinics.
 */
function japaneseHolidays() {
    calendar ??= new Map(Object.values((_holiday_jp_holiday_jp__WEBPACK_IMPORTED_MODULE_0___default().holidays)).map((h) => [h.date, { en: h.name_en, ja: h.name }]));
    return calendar;
}


/***/ }),

/***/ 5792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ failureWords),
/* harmony export */   G2: () => (/* binding */ exclusionWords),
/* harmony export */   Xu: () => (/* binding */ stateWords),
/* harmony export */   jJ: () => (/* binding */ waitWords),
/* harmony export */   n4: () => (/* binding */ freezeWords),
/* harmony export */   w2: () => (/* binding */ rolloutMessages)
/* harmony export */ });
/**
 * Every text the rollout plan shows a person, in Japanese and English. Patterns use `{name}` placeholders only (no
 * literal braces, no plural forms), so they read the same under the ICU message model.
 */
const rolloutMessages = {
    title: { en: "Rollout plan at {at} (Tokyo): {status}", ja: "ロールアウト計画 {at}(日本時間): {status}" },
    ringLine: { en: "Ring {ring}: {state}", ja: "リング {ring}: {state}" },
    ringBakeUntil: { en: "bakes until {until}", ja: "{until} まで様子見" },
    waveNow: { en: "wave {wave} now, up to {size} clinics", ja: "ウェーブ {wave} を今すぐ(最大 {size} 件)" },
    haltBudget: {
        en: "HALTED: wave {wave} of ring {ring} has {failures} failures, over its budget of {budget} ({clinics}). Resume with a manual run, resume: true.",
        ja: "停止中: リング {ring} のウェーブ {wave} で {failures} 件失敗し、許容数 {budget} を超えました({clinics})。手動実行で resume: true を指定すると再開します。",
    },
    haltRollbackFailed: {
        en: "HALTED: the roll-back failed on {clinics} (ring {ring}, wave {wave}); the server needs a person now.",
        ja: "停止中: {clinics} でロールバックに失敗しました(リング {ring}、ウェーブ {wave})。直ちに担当者の対応が必要です。",
    },
    refused: {
        en: "{clinic}: {from} to {to} goes backwards, which a rollout never does. To go back, roll the AMI back (bake-ami with rollback-to) or use orca-update's own roll-back on the server.",
        ja: "{clinic}: {from} から {to} への変更はバージョンを戻すため、ロールアウトでは行いません。戻すには AMI のロールバック(bake-ami の rollback-to)か、orca-update 自身のロールバックを使ってください。",
    },
    excluded: { en: "{clinic}: not updated: {reason}", ja: "{clinic}: 更新しません: {reason}" },
    headClinic: { en: "clinic", ja: "医療機関" },
    headVersion: { en: "version", ja: "バージョン" },
    headWhat: { en: "what happens", ja: "予定" },
    headEarliest: { en: "earliest start (Tokyo)", ja: "最短の開始(日本時間)" },
    now: { en: "updates now (wave {wave})", ja: "今すぐ更新(ウェーブ {wave})" },
    inProgress: { en: "updating", ja: "更新中" },
    current: { en: "current", ja: "更新済み" },
    failed: { en: "failed: {failure} (wave {wave})", ja: "失敗: {failure}(ウェーブ {wave})" },
    acknowledged: { en: "acknowledged", ja: "確認済み" },
    waiting: { en: "waits: {reason}", ja: "待機: {reason}" },
    none: { en: "none", ja: "なし" },
    noInventory: {
        en: "cannot read the instances' state: {detail}. Set AWS credentials (AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY) for the fleet's account, or AWS_ENDPOINT_URL for the local cloud (npm run localcloud).",
        ja: "インスタンスの状態を読めません: {detail}。フリートのアカウントの AWS 認証情報(AWS_PROFILE、または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY)か、ローカルクラウドなら AWS_ENDPOINT_URL(npm run localcloud)を設定してください。",
    },
    noCredentials: {
        en: "no AWS credentials or endpoint are set",
        ja: "AWS の認証情報もエンドポイントも設定されていません",
    },
    registryProblems: {
        en: "The registry has problems; fix them before planning (orca-fleet validate shows the same).",
        ja: "レジストリに問題があります。計画の前に直してください(orca-fleet validate でも同じ内容が出ます)。",
    },
};
/** A ring's, a plan's, a wait's or a failure's state, by its code. */
const stateWords = {
    updating: { en: "updating", ja: "更新中" },
    waiting: { en: "waiting", ja: "待機中" },
    halted: { en: "halted", ja: "停止中" },
    done: { en: "done", ja: "完了" },
    "nothing-to-do": { en: "nothing to do", ja: "対象なし" },
    failed: { en: "failed", ja: "失敗あり" },
    baking: { en: "baking", ja: "様子見" },
    "awaiting-probe": { en: "waiting for a probe", ja: "正常性確認待ち" },
};
const waitWords = {
    "outside-window": { en: "outside its maintenance window", ja: "メンテナンス時間帯外" },
    "window-ends": { en: "the window ends before the update would", ja: "時間帯の残りが更新時間に足りない" },
    frozen: { en: "frozen", ja: "凍結期間" },
    "wave-full": { en: "in the next wave", ja: "次のウェーブ" },
    "wave-in-progress": { en: "a wave of this ring is running", ja: "このリングのウェーブが実行中" },
    "instance-not-running": { en: "the instance is not running", ja: "インスタンスが停止している" },
    "previous-ring-not-done": { en: "ring {ring} is not done", ja: "リング {ring} が未完了" },
    "previous-ring-baking": { en: "ring {ring} bakes until {until}", ja: "リング {ring} の様子見が {until} まで" },
    "previous-ring-unprobed": { en: "ring {ring} needs a healthy probe", ja: "リング {ring} の正常性確認待ち" },
    "previous-ring-failed": { en: "ring {ring} has failures", ja: "リング {ring} に失敗あり" },
    halted: { en: "the rollout is halted", ja: "ロールアウト停止中" },
};
const freezeWords = {
    "days-of-month": { en: "receipt days ({from}-{to} of the month)", ja: "レセプト期間(毎月 {from}〜{to} 日)" },
    holiday: { en: "public holiday ({name})", ja: "祝日({name})" },
    range: { en: "{name}", ja: "{name}" },
};
const exclusionWords = {
    suspended: { en: "suspended", ja: "休止中" },
    retired: { en: "retired", ja: "廃止" },
    "no-instance": {
        en: "no instance yet (provisioning creates it)",
        ja: "インスタンスがまだない(プロビジョニングで作成)",
    },
    "several-instances": {
        en: "several instances ({detail}); a person must pick one",
        ja: "インスタンスが複数ある({detail})。担当者が判断してください",
    },
    "ring-not-in-order": { en: "its ring is not in rollout.ringOrder", ja: "リングが rollout.ringOrder にない" },
    "unreadable-record": { en: "unreadable rollout tags ({detail})", ja: "ロールアウトのタグが読めない({detail})" },
};
const failureWords = {
    failed: { en: "failed", ja: "失敗" },
    "rolled-back": { en: "rolled back", ja: "ロールバック済み" },
    "rollback-failed": { en: "roll-back failed", ja: "ロールバック失敗" },
    unhealthy: { en: "unhealthy after the update", ja: "更新後に異常" },
};


/***/ }),

/***/ 37958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ planRollout)
});

// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./actions/lib/core/registry/maintenance-window.ts
var maintenance_window = __webpack_require__(51266);
// EXTERNAL MODULE: ./actions/lib/core/registry/rollout-policy.ts
var rollout_policy = __webpack_require__(61378);
// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/records.ts
var records = __webpack_require__(88664);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/version.ts
var version = __webpack_require__(38266);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/classify.ts



function classifyClinic({ file, clinic }, context) {
    const exclude = (reason, detail) => ({
        kind: "excluded",
        excluded: { clinicId: clinic.id, file, reason, ...(detail === undefined ? {} : { detail }) },
    });
    // Suspended and retired clinics are never updated, whatever their files say.
    if (clinic.status !== "active")
        return exclude(clinic.status);
    const ring = clinic.orca.ring;
    if (!context.ringOrder.includes(ring))
        return exclude("ring-not-in-order");
    const instances = context.instancesByClinic.get(clinic.id) ?? [];
    const [instance] = instances;
    if (instance === undefined)
        return exclude("no-instance");
    // Two live servers for one clinic need a person: updating either could be the wrong one.
    if (instances.length > 1)
        return exclude("several-instances", instances.map((i) => i.instanceId).join(", "));
    const read = (0,records/* readRolloutRecord */.lV)(instance.tags);
    if (read.kind === "unreadable")
        return exclude("unreadable-record", read.detail);
    const ref = {
        clinicId: clinic.id,
        file,
        instanceId: instance.instanceId,
        from: instance.tags[instance_tags/* tagKeys */.b.orcaVersion] ?? null,
        to: clinic.orca.version,
        maintenanceWindow: clinic.maintenanceWindow,
    };
    const record = read.kind === "record" && (0,version/* compareReleases */.c)(read.record.target, ref.to) === 0 ? read.record : undefined;
    if (record !== undefined) {
        const acknowledged = context.resume !== undefined && record.at <= context.resume.acknowledgedThrough;
        if (record.outcome === "updated") {
            const probe = context.probes.get(clinic.id);
            const unhealthy = probe !== undefined && !probe.healthy && probe.at >= Date.parse(record.at);
            if (!unhealthy)
                return { kind: "current", ref, ring, record };
            const probeReason = probe.reason === undefined ? {} : { probeReason: probe.reason };
            return { kind: "failed", ref, ring, record, failure: "unhealthy", acknowledged, ...probeReason };
        }
        // A failed roll-back needs a person even after a resume; the other failures are sent again when asked.
        const retry = acknowledged && context.resume?.retryFailed === true && record.outcome !== "rollback-failed";
        if (!retry)
            return { kind: "failed", ref, ring, record, failure: record.outcome, acknowledged };
    }
    const inFlight = context.inFlight.get(clinic.id);
    if (inFlight !== undefined && (0,version/* compareReleases */.c)(inFlight.target, ref.to) === 0) {
        return { kind: "in-progress", ref, ring, wave: inFlight.wave };
    }
    if (record === undefined && ref.from !== null) {
        const order = (0,version/* compareReleases */.c)(ref.to, ref.from);
        if (order === 0)
            return { kind: "current", ref, ring };
        if (order !== undefined && order < 0)
            return { kind: "refused", ref, ring };
    }
    return { kind: "pending", ref, ring, running: instance.state === "running" };
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/tokyo-time.ts
/**
 * Calendar arithmetic in Asia/Tokyo, which has had no daylight saving time since 1951: a fixed UTC+9, so a Tokyo
 * day is exactly 24 hours and its midnight is 15:00 UTC the day before.
 */
const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
const tokyoOffsetMs = 9 * 60 * minuteMs;
/** The Tokyo calendar day an instant falls on, as days since 1970-01-01. */
function tokyoDayNumber(instant) {
    return Math.floor((instant + tokyoOffsetMs) / dayMs);
}
/** The instant a Tokyo day (days since 1970-01-01) begins. */
function tokyoMidnight(dayNumber) {
    return dayNumber * dayMs - tokyoOffsetMs;
}
/** `YYYY-MM-DD` of a Tokyo day, the key holiday calendars use. */
function dayKey(dayNumber) {
    return new Date(dayNumber * dayMs).toISOString().slice(0, 10);
}
/** Day of the week of a Tokyo day, 0 = Sunday. 1970-01-01 was a Thursday. */
function weekday(dayNumber) {
    return (((dayNumber + 4) % 7) + 7) % 7;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/freeze-calendar.ts


function createFreezeCalendar(policy, holidays) {
    const ranges = policy.ranges.flatMap((range) => {
        const from = (0,rollout_policy/* parseFreezeDate */.Xm)(range.from);
        const to = (0,rollout_policy/* parseFreezeDate */.Xm)(range.to);
        if (from === undefined || to === undefined)
            return []; // the schema refuses these; never reached from a valid fleet
        if (from.kind === "once" && to.kind === "once") {
            return [{ name: range.name, covers: (key) => key >= from.date && key <= to.date }];
        }
        if (from.kind === "yearly" && to.kind === "yearly") {
            const start = from.month * 100 + from.day;
            const end = to.month * 100 + to.day;
            const monthDay = (key) => Number(key.slice(5, 7)) * 100 + Number(key.slice(8, 10));
            // 12-29 to 01-03 wraps past the new year.
            const covers = start <= end
                ? (key) => monthDay(key) >= start && monthDay(key) <= end
                : (key) => monthDay(key) >= start || monthDay(key) <= end;
            return [{ name: range.name, covers }];
        }
        return [];
    });
    const days = policy.daysOfMonth;
    const seen = new Map();
    const compute = (dayNumber) => {
        const key = dayKey(dayNumber);
        const dayOfMonth = Number(key.slice(8, 10));
        if (days !== false && dayOfMonth >= days.from && dayOfMonth <= days.to) {
            return { kind: "days-of-month", from: days.from, to: days.to };
        }
        const holiday = policy.holidays === "freeze" ? holidays.get(key) : undefined;
        if (holiday !== undefined)
            return { kind: "holiday", name: holiday };
        const range = ranges.find((r) => r.covers(key));
        return range === undefined ? undefined : { kind: "range", name: range.name };
    };
    return {
        causeOn(dayNumber) {
            if (!seen.has(dayNumber))
                seen.set(dayNumber, compute(dayNumber));
            return seen.get(dayNumber);
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/window-start.ts

/** Occurrences that start on Tokyo days `fromDay`, `fromDay + 1`, …, `fromDay + days - 1`, in order. */
function* occurrences(window, fromDay, days) {
    const length = window.end > window.start ? window.end - window.start : window.end + 24 * 60 - window.start;
    for (let day = fromDay; day < fromDay + days; day++) {
        if (!window.days.includes(weekday(day)))
            continue;
        const start = tokyoMidnight(day) + window.start * minuteMs;
        yield { start, end: start + length * minuteMs };
    }
}
/** The first frozen day that an update running from `start` for `updateMinutes` would touch, with its cause. */
function frozenDuring(start, updateMinutes, freeze) {
    const last = tokyoDayNumber(start + updateMinutes * minuteMs - 1);
    for (let day = tokyoDayNumber(start); day <= last; day++) {
        const cause = freeze.causeOn(day);
        if (cause !== undefined)
            return { day, cause };
    }
    return undefined;
}
/** Undefined when an update may start at `at`; otherwise the first reason it may not. */
function startBlock(window, at, updateMinutes, freeze) {
    // The occurrence holding `at` started today or, crossing midnight, yesterday.
    const today = tokyoDayNumber(at);
    let holding;
    for (const o of occurrences(window, today - 1, 2))
        if (o.start <= at && at < o.end)
            holding = o;
    if (holding === undefined)
        return { kind: "outside-window" };
    if (at + updateMinutes * minuteMs > holding.end)
        return { kind: "window-ends", windowEnd: holding.end };
    const frozen = frozenDuring(at, updateMinutes, freeze);
    return frozen === undefined ? undefined : { kind: "frozen", cause: frozen.cause };
}
/** How far ahead the earliest start is looked for: past every freeze a fleet can declare (a year and a month). */
const searchDays = 400;
/**
 * The earliest instant at or after `notBefore` when an update may start, or undefined when none comes within
 * `searchDays`. Inside an occurrence, a start may move past a frozen day to the next midnight if the rest fits.
 */
function earliestStart(window, notBefore, updateMinutes, freeze) {
    const need = updateMinutes * minuteMs;
    for (const o of occurrences(window, tokyoDayNumber(notBefore) - 1, searchDays + 1)) {
        let start = Math.max(o.start, notBefore);
        while (start + need <= o.end) {
            const frozen = frozenDuring(start, updateMinutes, freeze);
            if (frozen === undefined)
                return start;
            start = tokyoMidnight(frozen.day + 1);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/plan.ts







/**
 * The rollout planner: from the clinics' desired releases, the instances' tags (their release and what earlier runs
 * recorded), probes, updates in flight, fleet.yml's policy and the time, which clinics update now and why every other
 * one waits. Pure: the same input gives the same plan, and nothing here calls anything outside.
 */
function planRollout(input) {
    const now = input.clock.now().getTime();
    const { policy } = input;
    const freeze = createFreezeCalendar(policy.freeze, input.holidays);
    const probes = latestProbes(input.probes ?? []);
    const standings = classifyAll(input, probes);
    const byRing = new Map(policy.ringOrder.map((ring) => [ring, []]));
    for (const s of standings)
        if (s.kind !== "excluded")
            byRing.get(s.ring)?.push(s);
    const waveRecords = new Map(policy.ringOrder.map((ring) => [ring, recordedWaves(byRing.get(ring) ?? [], policy.errorBudget)]));
    const halt = findHalt(policy.ringOrder, byRing, waveRecords);
    const earliest = earliestFinder(freeze, policy.updateMinutes);
    let gate = { open: true };
    const rings = [];
    for (const ring of policy.ringOrder) {
        const members = byRing.get(ring) ?? [];
        const plan = planRing(ring, members, waveRecords.get(ring) ?? [], {
            now,
            gate,
            halt,
            policy,
            freeze,
            earliest,
            probes,
        });
        rings.push(plan.ring);
        if (gate.open)
            gate = plan.nextGate;
    }
    return {
        plannedAt: new Date(now).toISOString(),
        status: overallStatus(rings, halt),
        ...(halt === undefined ? {} : { halt }),
        rings,
        refused: standings.flatMap((s) => s.kind === "refused" ? [{ ...s.ref, reason: "version-backwards" }] : []),
        excluded: standings.flatMap((s) => (s.kind === "excluded" ? [s.excluded] : [])),
    };
}
function latestProbes(list) {
    const probes = new Map();
    for (const probe of list) {
        const at = Date.parse(probe.at);
        const seen = probes.get(probe.clinicId);
        // The latest probe counts; of two at the same time, the unhealthy one (the safe side).
        if (seen === undefined || at > seen.at || (at === seen.at && !probe.healthy)) {
            probes.set(probe.clinicId, { ...probe, at });
        }
    }
    return probes;
}
function classifyAll(input, probes) {
    // Sorted first so each clinic's list is in instance-id order, whatever order EC2 answered in.
    const instancesByClinic = (0,ec2_inventory/* instancesPerClinic */.mJ)([...input.instances].sort((a, b) => compare(a.instanceId, b.instanceId)));
    const context = {
        ringOrder: input.policy.ringOrder,
        instancesByClinic,
        inFlight: new Map((input.inFlight ?? []).map((u) => [u.clinicId, u])),
        probes,
        resume: input.resume,
    };
    // A second file with the same id is the registry's problem to report; the first one in id order counts here.
    const seen = new Set();
    return [...input.clinics]
        .sort((a, b) => compare(a.clinic.id, b.clinic.id) || compare(a.file, b.file))
        .filter((c) => !seen.has(c.clinic.id) && seen.add(c.clinic.id) !== undefined)
        .map((c) => classifyClinic(c, context));
}
/** The waves already sent in a ring, from the records of its clinics for their current targets. */
function recordedWaves(members, errorBudget) {
    const waves = new Map();
    for (const s of members) {
        if ((s.kind !== "current" && s.kind !== "failed") || s.record === undefined)
            continue;
        const wave = waves.get(s.record.wave) ?? {
            wave: s.record.wave,
            clinics: [],
            failures: 0,
            unacknowledged: 0,
            budget: 0,
        };
        wave.clinics.push(s.ref.clinicId);
        if (s.kind === "failed")
            wave.failures += 1;
        if (s.kind === "failed" && !s.acknowledged)
            wave.unacknowledged += 1;
        waves.set(s.record.wave, wave);
    }
    return [...waves.values()]
        .map((w) => ({ ...w, budget: (0,rollout_policy/* errorBudgetOf */.zf)(errorBudget, w.clinics.length) }))
        .sort((a, b) => a.wave - b.wave);
}
/** The first wave, in ring order, whose failures passed its budget; a failed roll-back halts at once. */
function findHalt(ringOrder, byRing, waves) {
    for (const ring of ringOrder) {
        const rollbackFailed = (byRing.get(ring) ?? []).flatMap((s) => s.kind === "failed" && s.failure === "rollback-failed" && !s.acknowledged ? [s] : []);
        const first = rollbackFailed[0];
        if (first !== undefined) {
            const wave = (waves.get(ring) ?? []).find((w) => w.wave === first.record.wave);
            return {
                reason: "rollback-failed",
                ring,
                wave: first.record.wave,
                failures: wave?.unacknowledged ?? rollbackFailed.length,
                budget: wave?.budget ?? 0,
                clinics: rollbackFailed.map((s) => s.ref.clinicId),
            };
        }
        for (const wave of waves.get(ring) ?? []) {
            if (wave.unacknowledged > wave.budget) {
                const failed = (byRing.get(ring) ?? []).flatMap((s) => s.kind === "failed" && !s.acknowledged && s.record.wave === wave.wave ? [s.ref.clinicId] : []);
                return {
                    reason: "error-budget",
                    ring,
                    wave: wave.wave,
                    failures: wave.unacknowledged,
                    budget: wave.budget,
                    clinics: failed,
                };
            }
        }
    }
    return undefined;
}
function planRing(ring, members, waves, ctx) {
    const current = [];
    const failed = [];
    const inProgress = [];
    const pending = [];
    const updatedByRollout = [];
    for (const s of members) {
        if (s.kind === "current" && s.record !== undefined)
            updatedByRollout.push(s.ref.clinicId);
        if (s.kind === "current")
            current.push(s.ref);
        else if (s.kind === "failed")
            failed.push({
                ...s.ref,
                failure: s.failure,
                wave: s.record.wave,
                at: s.record.at,
                acknowledged: s.acknowledged,
                ...(s.probeReason === undefined ? {} : { probeReason: s.probeReason }),
            });
        else if (s.kind === "in-progress")
            inProgress.push(s.ref);
        else if (s.kind === "pending")
            pending.push(s);
    }
    const waiting = [];
    const wait = (ref, reason, notBefore, extra = {}) => waiting.push({
        ...ref,
        reason,
        ...extra,
        earliestStart: reason === "halted" ? null : ctx.earliest(ref, notBefore),
    });
    let now;
    if (ctx.halt !== undefined) {
        for (const p of pending)
            wait(p.ref, "halted", ctx.now);
    }
    else if (!ctx.gate.open) {
        const { reason, ring: about, until } = ctx.gate;
        for (const p of pending) {
            wait(p.ref, reason, Math.max(ctx.now, until ?? ctx.now), {
                ring: about,
                ...(until === undefined ? {} : { until: new Date(until).toISOString() }),
            });
        }
    }
    else if (inProgress.length > 0) {
        for (const p of pending)
            wait(p.ref, "wave-in-progress", ctx.now);
    }
    else if (pending.length > 0) {
        const wave = waves.reduce((max, w) => Math.max(max, w.wave + 1), 0);
        // Percentages are of the clinics taking part in this ring's rollout: done, failed, running or to do.
        const population = waves.reduce((n, w) => n + w.clinics.length, 0) + pending.length;
        const sizes = ctx.policy.waveSizes;
        const size = (0,rollout_policy/* waveSizeOf */.G4)(sizes[Math.min(wave, sizes.length - 1)] ?? 1, population);
        const chosen = [];
        for (const p of pending) {
            const block = startBlockOf(p, ctx);
            if (block === undefined && chosen.length < size)
                chosen.push(p.ref);
            else if (block === undefined)
                wait(p.ref, "wave-full", ctx.now);
            else
                wait(p.ref, block.reason, ctx.now, block.extra);
        }
        if (chosen.length > 0)
            now = { wave, size, clinics: chosen };
    }
    const bakeUntil = bakeEnd(members, ctx.policy.bakeMinutes);
    const gate = nextGate(ring, { failed, inProgress, pending, now, bakeUntil, updatedByRollout }, ctx);
    const closedFor = gate.open ? undefined : gate.reason;
    const state = ctx.halt !== undefined && pending.length > 0
        ? "halted"
        : now !== undefined || inProgress.length > 0
            ? "updating"
            : pending.length > 0
                ? "waiting"
                : closedFor === "previous-ring-failed"
                    ? "failed"
                    : closedFor === "previous-ring-baking"
                        ? "baking"
                        : closedFor === "previous-ring-unprobed"
                            ? "awaiting-probe"
                            : current.length + failed.length === 0
                                ? "nothing-to-do"
                                : "done";
    return {
        ring: {
            ring,
            state,
            ...(bakeUntil === undefined ? {} : { bakeUntil: new Date(bakeUntil).toISOString() }),
            waves,
            ...(now === undefined ? {} : { now }),
            inProgress,
            waiting,
            current,
            failed,
        },
        nextGate: gate,
    };
}
function startBlockOf(p, ctx) {
    const parsed = (0,maintenance_window/* parseMaintenanceWindow */.bO)(p.ref.maintenanceWindow);
    if (!parsed.ok)
        return { reason: "outside-window", extra: {} };
    const block = startBlock(parsed.window, ctx.now, ctx.policy.updateMinutes, ctx.freeze);
    if (block?.kind === "outside-window")
        return { reason: "outside-window", extra: {} };
    if (block?.kind === "window-ends") {
        return { reason: "window-ends", extra: { until: new Date(block.windowEnd).toISOString() } };
    }
    if (block?.kind === "frozen")
        return { reason: "frozen", extra: { freeze: block.cause } };
    if (!p.running)
        return { reason: "instance-not-running", extra: {} };
    return undefined;
}
/** The end of a ring's bake: its last recorded update plus bakeMinutes; undefined when nothing was updated. */
function bakeEnd(members, bakeMinutes) {
    let last;
    for (const s of members) {
        if (s.kind === "current" && s.record !== undefined)
            last = Math.max(last ?? 0, Date.parse(s.record.at));
    }
    return last === undefined ? undefined : last + bakeMinutes * minuteMs;
}
/** Whether the ring after this one may start, judged on this ring alone: done, no failure, baked, probed healthy. */
function nextGate(ring, parts, ctx) {
    if (parts.pending.length > 0 || parts.inProgress.length > 0 || parts.now !== undefined) {
        return { open: false, reason: "previous-ring-not-done", ring };
    }
    if (parts.failed.some((f) => !f.acknowledged))
        return { open: false, reason: "previous-ring-failed", ring };
    const until = parts.bakeUntil;
    if (until === undefined)
        return { open: true };
    if (ctx.now < until)
        return { open: false, reason: "previous-ring-baking", ring, until };
    // Each clinic this rollout updated must answer a probe made after the bake (an unhealthy one is a failure above).
    for (const clinicId of parts.updatedByRollout) {
        const probe = ctx.probes.get(clinicId);
        if (probe === undefined || probe.at < until || !probe.healthy) {
            return { open: false, reason: "previous-ring-unprobed", ring, until };
        }
    }
    return { open: true };
}
function overallStatus(rings, halt) {
    if (halt !== undefined)
        return "halted";
    if (rings.some((r) => r.now !== undefined || r.inProgress.length > 0))
        return "updating";
    if (rings.some((r) => r.waiting.length > 0))
        return "waiting";
    if (rings.some((r) => r.waves.length > 0 || r.failed.length > 0))
        return "done";
    return "nothing-to-do";
}
function earliestFinder(freeze, updateMinutes) {
    const memo = new Map();
    return (ref, notBefore) => {
        const key = `${ref.maintenanceWindow}|${notBefore}`;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        const parsed = (0,maintenance_window/* parseMaintenanceWindow */.bO)(ref.maintenanceWindow);
        const start = parsed.ok ? earliestStart(parsed.window, notBefore, updateMinutes, freeze) : undefined;
        const answer = start === undefined ? null : new Date(start).toISOString();
        memo.set(key, answer);
        return answer;
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 88664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ys: () => (/* binding */ rolloutRecordTags),
/* harmony export */   lV: () => (/* binding */ readRolloutRecord)
/* harmony export */ });
/* unused harmony exports rolloutOutcomes, rolloutRecordSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49567);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61123);


/**
 * What a rollout run records on an instance when its update ends, in four tags, so that the next run (or a re-run
 * after a crash) derives progress, waves, bake times and halts from the fleet itself, not from a workflow's memory.
 * Every instance of one wave gets the same time, so a whole wave's outcome is one CreateTags call per outcome.
 */
const rolloutOutcomes = ["updated", "failed", "rolled-back", "rollback-failed"];
const rolloutRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /** The release the update aimed at, as clinics/ wrote it. */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d+\.\d+\.\d+(?:-\d+)?$/, 'a release such as "5.2.1"'),
    outcome: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(rolloutOutcomes),
    /** The wave within the clinic's ring, from 0. */
    wave: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .ai().int().nonnegative(),
    /** When the update ended, UTC. */
    at: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
});
/** Reads the record from an instance's tags; a partial or malformed record is reported, never guessed at. */
function readRolloutRecord(tags) {
    const fields = {
        target: tags[_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutTarget],
        outcome: tags[_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutOutcome],
        wave: tags[_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutWave],
        at: tags[_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutAt],
    };
    if (Object.values(fields).every((v) => v === undefined))
        return { kind: "none" };
    const parsed = rolloutRecordSchema.safeParse(fields);
    if (parsed.success)
        return { kind: "record", record: parsed.data };
    const detail = parsed.error.issues.map((i) => `${tagOf(i.path[0])}: ${i.message}`).join("; ");
    return { kind: "unreadable", detail };
}
function tagOf(field) {
    switch (field) {
        case "target":
            return _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutTarget;
        case "outcome":
            return _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutOutcome;
        case "wave":
            return _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutWave;
        default:
            return _core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutAt;
    }
}
/** The tags that record an outcome; the inverse of readRolloutRecord. */
function rolloutRecordTags(record) {
    const valid = rolloutRecordSchema.parse(record);
    return {
        [_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutTarget]: valid.target,
        [_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutOutcome]: valid.outcome,
        [_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutWave]: String(valid.wave),
        [_core_instance_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeys */ .b.rolloutAt]: valid.at,
    };
}


/***/ }),

/***/ 59320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ tokyoTime),
/* harmony export */   b: () => (/* binding */ renderRolloutPlan)
/* harmony export */ });
/* harmony import */ var _core_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32586);
/* harmony import */ var _core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10528);
/* harmony import */ var _apply_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50907);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5792);




function renderRolloutPlan(plan, locale, options = {}) {
    const say = (0,_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__/* .translator */ .Nj)(locale);
    const lines = [say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.title, { at: tokyoTime(plan.plannedAt), status: say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .stateWords */ .Xu[plan.status]) })];
    const halt = plan.halt;
    if (halt !== undefined) {
        const values = {
            ring: halt.ring,
            wave: halt.wave + 1,
            failures: halt.failures,
            budget: halt.budget,
            clinics: halt.clinics.join(", "),
        };
        lines.push(say(halt.reason === "rollback-failed" ? _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.haltRollbackFailed : _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.haltBudget, values));
    }
    for (const ring of plan.rings)
        lines.push("", ...renderRing(ring, say, options.maxRowsPerRing));
    const cap = options.maxRowsPerRing ?? Number.POSITIVE_INFINITY;
    if (plan.refused.length > 0) {
        lines.push("");
        for (const r of plan.refused.slice(0, cap))
            lines.push(say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.refused, { clinic: r.clinicId, from: r.from ?? "?", to: r.to }));
    }
    if (plan.excluded.length > 0) {
        lines.push("");
        for (const e of plan.excluded.slice(0, cap)) {
            const reason = say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .exclusionWords */ .G2[e.reason], { detail: e.detail ?? "" });
            lines.push(say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.excluded, { clinic: e.clinicId, reason }));
        }
    }
    return lines.join("\n");
}
function renderRing(ring, say, maxRows) {
    const state = [say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .stateWords */ .Xu[ring.state])];
    if (ring.now !== undefined)
        state.push(say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.waveNow, { wave: ring.now.wave + 1, size: ring.now.size }));
    if (ring.state === "baking" && ring.bakeUntil !== undefined) {
        state.push(say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.ringBakeUntil, { until: tokyoTime(ring.bakeUntil) }));
    }
    const head = say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.ringLine, { ring: ring.ring, state: state.join(", ") });
    const version = (from, to) => `${from ?? "?"} → ${to}`;
    const rows = [
        ...(ring.now?.clinics ?? []).map((c) => [
            c.clinicId,
            version(c.from, c.to),
            say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.now, { wave: (ring.now?.wave ?? 0) + 1 }),
            "-",
        ]),
        ...ring.inProgress.map((c) => [c.clinicId, version(c.from, c.to), say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.inProgress), "-"]),
        ...ring.waiting.map((c) => [
            c.clinicId,
            version(c.from, c.to),
            say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.waiting, { reason: waitText(c, say) }),
            c.earliestStart === null ? say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.none) : tokyoTime(c.earliestStart),
        ]),
        ...ring.failed.map((c) => {
            const failure = say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .failureWords */ .AC[c.failure]) + (c.acknowledged ? `, ${say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.acknowledged)}` : "");
            return [c.clinicId, version(c.from, c.to), say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.failed, { failure, wave: c.wave + 1 }), "-"];
        }),
        ...ring.current.map((c) => [c.clinicId, c.to, say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.current), "-"]),
    ];
    if (rows.length === 0)
        return [head];
    const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
    const headers = [
        _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.headClinic,
        _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.headVersion,
        _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.headWhat,
        _messages_js__WEBPACK_IMPORTED_MODULE_3__/* .rolloutMessages */ .w2.headEarliest,
    ].map((h) => say(h));
    if (maxRows === undefined)
        return [head, (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, rows)];
    const more = rows.length > shown.length ? `\n\n${say(_apply_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .applyMessages */ .N.more, { count: rows.length - shown.length })}` : "";
    return [
        head,
        (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(say(_apply_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .applyMessages */ .N.planFolded, { ring: ring.ring, count: rows.length }), (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, shown) + more),
    ];
}
function waitText(c, say) {
    const base = say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .waitWords */ .jJ[c.reason], { ring: c.ring ?? "", until: c.until === undefined ? "" : tokyoTime(c.until) });
    return c.freeze === undefined ? base : `${base}: ${freezeText(c.freeze, say)}`;
}
function freezeText(cause, say) {
    switch (cause.kind) {
        case "days-of-month":
            return say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .freezeWords */ .n4["days-of-month"], { from: cause.from, to: cause.to });
        case "holiday":
            return say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .freezeWords */ .n4.holiday, { name: say(cause.name) });
        case "range":
            return say(_messages_js__WEBPACK_IMPORTED_MODULE_3__/* .freezeWords */ .n4.range, { name: cause.name });
    }
}
/** `2026-11-15 02:00`: Tokyo wall time, which every window and freeze is written in. */
function tokyoTime(iso) {
    return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}


/***/ }),

/***/ 38266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ compareReleases)
/* harmony export */ });
/** ORCA releases as the registry writes them: `5.2.0`, or `5.2.0-1` with a build; a missing build counts as 0. */
const releasePattern = /^(\d+)\.(\d+)\.(\d+)(?:-(\d+))?$/;
function parts(release) {
    const m = releasePattern.exec(release);
    return m ? [m[1], m[2], m[3], m[4] ?? "0"].map(Number) : undefined;
}
/** Negative when a is older than b, 0 when equal, positive when newer; undefined when either is not a release. */
function compareReleases(a, b) {
    const pa = parts(a);
    const pb = parts(b);
    if (pa === undefined || pb === undefined)
        return undefined;
    for (let i = 0; i < 4; i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}


/***/ })

};
