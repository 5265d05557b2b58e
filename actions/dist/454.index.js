export const id = 454;
export const ids = [454];
export const modules = {

/***/ 62820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ carriesMarker),
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _core_render_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3589);
/* harmony import */ var _core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10528);


/**
 * Creates the comment that carries the key's hidden marker, or edits it in place; an identical body is left
 * alone, so re-running an action makes no request that writes. Only comments by `author` (the token's own login,
 * when known) count, so a person who pastes the marker cannot hijack the comment.
 */
async function upsertStickyComment(octokit, target, body, author) {
    const tag = (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .marker */ .xL)(target.key);
    const full = `${tag}\n${body}`;
    (0,_core_render_body_js__WEBPACK_IMPORTED_MODULE_0__/* .assertBodyFits */ .$_)(full, "comment");
    const existing = await findStickyComment(octokit, target, author);
    const repo = { owner: target.owner, repo: target.repo };
    if (existing === undefined)
        return createOnce(octokit, target, full, author);
    if (existing.body === full)
        return { id: existing.id, url: existing.html_url, outcome: "unchanged" };
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: full });
    return { id: data.id, url: data.html_url, outcome: "updated" };
}
/** Attempts at creating a sticky comment whose answers were lost (a 5xx, or no answer at all). */
const createAttempts = 4;
/**
 * Creates the comment without plugin-retry's blind retries: a 5xx may come after GitHub made the comment (a lost
 * answer), and a blind retry would post it twice. After such a failure the comment is looked for by its marker and
 * author, and created again only when it is not there.
 */
async function createOnce(octokit, target, body, author) {
    const repo = { owner: target.owner, repo: target.repo };
    for (let attempt = 1;; attempt++) {
        try {
            const { data } = await octokit.rest.issues.createComment({
                ...repo,
                issue_number: target.issueNumber,
                body,
                request: { retries: 0 },
            });
            return { id: data.id, url: data.html_url, outcome: "created" };
        }
        catch (error) {
            const status = typeof error === "object" && error !== null && "status" in error ? error.status : undefined;
            if (attempt >= createAttempts || (typeof status === "number" && status < 500))
                throw error;
            const made = await findStickyComment(octokit, target, author);
            if (made !== undefined)
                return { id: made.id, url: made.html_url, outcome: "created" };
        }
    }
}
async function findStickyComment(octokit, target, author) {
    const tag = (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .marker */ .xL)(target.key);
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    for (const comment of comments) {
        if (comment.body && carriesMarker(comment, tag, author))
            return { id: comment.id, body: comment.body, html_url: comment.html_url };
    }
    return undefined;
}
/**
 * Whether a comment or an issue is the one a marker names: its body starts with the marker and, when the author is
 * known, that author wrote it (a person who pastes the marker into their own text does not take it over).
 */
function carriesMarker(item, tag, author) {
    if (author !== undefined && item.user?.login !== author)
        return false;
    return item.body?.startsWith(tag) === true;
}


/***/ }),

/***/ 62901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ flowOutcome),
/* harmony export */   S3: () => (/* binding */ publishReport)
/* harmony export */ });
/* unused harmony export exitCodes */
function flowOutcome(report) {
    if (report.error !== undefined)
        return "error";
    return report.failure === undefined ? "done" : "refused";
}
/** A refusal exits 1, as setFailed makes it; an unexpected error exits 2. */
const exitCodes = { done: 0, refused: 1, error: 2 };
async function publishReport(report, action, setExitCode = (code) => {
    process.exitCode = code;
}) {
    for (const [name, value] of Object.entries(report.outputs))
        action.setOutput(name, value);
    if (report.summary !== undefined)
        await action.summary.addRaw(report.summary).write();
    if (report.error !== undefined) {
        action.setFailed(report.error);
        // setFailed exits 1; an unexpected error is told apart from a refusal by its exit code.
        setExitCode(exitCodes.error);
    }
    else if (report.failure !== undefined)
        action.setFailed(report.failure);
}


/***/ }),

/***/ 75855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   Yu: () => (/* binding */ readRegistryFolder),
/* harmony export */   ic: () => (/* binding */ createInputReader),
/* harmony export */   lq: () => (/* binding */ optional)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

function createInputReader(source, environment = process.env) {
    /** The given name's value, else the first deprecated name's that is set (with its warning), else the fallback. */
    function raw(name, options) {
        const given = source.getInput(name);
        for (const old of options.deprecated ?? []) {
            const oldValue = source.getInput(old);
            if (oldValue === "")
                continue;
            if (given !== "" && given !== oldValue) {
                throw new Error(`inputs "${name}" ("${given}") and "${old}" ("${oldValue}") disagree: "${old}" is the deprecated name of "${name}"; give only "${name}"`);
            }
            source.warning(`input "${old}" is deprecated and will be removed in the next release: use "${name}" instead`);
            if (given === "")
                return { value: oldValue, from: old };
        }
        return { value: given === "" ? (options.fallback ?? "") : given, from: name };
    }
    return {
        read(name, schema, expected, options = {}) {
            const { value, from } = raw(name, options);
            const parsed = schema.safeParse(value);
            if (!parsed.success)
                throw new Error(`input "${from}" is "${value}"; expected ${expected}`);
            return parsed.data;
        },
        secret(name, schema, expected) {
            const value = source.getInput(name);
            if (value !== "")
                source.setSecret(value);
            // The value is never echoed: only whether it was there.
            if (!schema.safeParse(value).success)
                throw new Error(`input "${name}" is ${value === "" ? "empty" : "invalid"}; expected ${expected}`);
            return value;
        },
        env(name, schema, expected) {
            const value = environment[name];
            const parsed = schema.safeParse(value);
            if (!parsed.success)
                throw new Error(`${name} is "${value ?? ""}"; expected ${expected} (the runner sets it)`);
            return parsed.data;
        },
    };
}
/** An empty input means "not given": undefined, else the schema's value. */
function optional(schema) {
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("").transform(() => undefined), schema]);
}
/** The registry folder (fleet.yml and one <id>.yml per clinic): `clinics` in every action. */
function readRegistryFolder(reader, rule = {
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    expected: "the registry folder, e.g. clinics",
}) {
    return reader.read("clinics", rule.schema, rule.expected, {
        deprecated: ["clinics-dir", "path"],
        fallback: "clinics",
    });
}
/** The GitHub token: `token` in every action that calls GitHub, masked in the log. */
function readToken(reader) {
    return reader.secret("token", zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), "a GitHub token (the default, github.token, will do)");
}


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

/***/ 81364:
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
        `### ${say("compliance", locale)}`,
        "",
        complianceTable(report, locale),
        "",
        `### ${say("bySeverity", locale)}`,
        "",
        severityTable(report.summary, locale),
        "",
        `### ${say("urgent", locale)}`,
        "",
        urgentSection(report, locale),
        "",
        `### ${say("trend", locale)}`,
        "",
        trendSection(report, locale),
        "",
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
    ports.log.info(`observed ${observations.length} active clinic(s)`);
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

// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/core/registry/problem.ts
var problem = __webpack_require__(29969);
;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/scope.ts


/**
 * Reads the registry. A report is an observation, not a change: a clinic file with a problem does not stop it, and
 * every clinic that loaded is reported; only a missing fleet.yml (no region, no locale) refuses.
 */
async function readReportScope(dir) {
    const registry = await (0,load/* loadRegistry */.A)(dir);
    if (registry.fleet === undefined)
        throw new Error(`${dir}/fleet.yml is missing or invalid: the report needs its region and locale (orca-fleet validate ${dir})`);
    return {
        region: registry.fleet.region,
        locale: registry.fleet.locale,
        activeClinics: registry.clinics
            .map((loaded) => loaded.clinic)
            .filter((clinic) => clinic.status === "active")
            .map((clinic) => clinic.id)
            .sort(),
        problems: registry.problems.map((p) => (0,problem/* formatProblem */.V)(p, registry.locale)),
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/patch-report/report-flow.ts



/**
 * The patch-report action as one library call: read the registry, report, write the JSON file, and hand back the
 * outputs, the job summary and (when critical patches have waited too long) the failure, in the fleet's locale.
 */
async function reportPatches(deps, request) {
    const scope = await readReportScope(request.clinics);
    for (const problem of scope.problems)
        deps.log.warning(problem);
    const result = await runPatchReport(deps.connect(request.region ?? scope.region), {
        ...request,
        activeClinics: scope.activeClinics,
        locale: scope.locale,
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
        summary: renderJobSummary(result, request.historyBranch, scope.locale),
        ...(limit !== undefined && result.overdue.length > 0
            ? { failure: overdueMessage(result.overdue, limit, scope.locale) }
            : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
// EXTERNAL MODULE: ./actions/lib/core/registry/schema.ts
var schema = __webpack_require__(93819);
;// CONCATENATED MODULE: ./actions/patch-report/inputs.ts




const days = (min, max) => coerce/* number */.ai().int().min(min).max(max);
// git's rules for a branch name, narrowed to what a person would type: no "..", no leading "-" or "/".
const branchName = schemas/* string */.YjP().regex(/^(?!.*\.\.)(?![-/])[A-Za-z0-9._/-]{1,100}(?<![./])$/);
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const region = input.read("region", (0,inputs/* optional */.lq)(schemas/* enum */.k5n(schema/* regions */.Ei)), `empty (use fleet.yml) or one of ${schema/* regions */.Ei.join(", ")}`);
    const failOn = input.read("fail-on-critical-older-than-days", (0,inputs/* optional */.lq)(days(0, 365)), "empty (never fail) or whole days from 0 to 365");
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        ...(region === undefined ? {} : { region }),
        staleDays: input.read("stale-scan-days", days(1, 90), "whole days from 1 to 90"),
        ...(failOn === undefined ? {} : { failOnCriticalOlderThanDays: failOn }),
        historyBranch: input.read("history-branch", branchName, "a branch name such as fleet-status"),
        reportFile: input.read("report-file", schemas/* string */.YjP().min(1), "a file path such as patch-report.json"),
        botLogin: input.read("bot-login", schemas/* string */.YjP().min(1), "the login of the token's user, e.g. github-actions[bot]"),
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
