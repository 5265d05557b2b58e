export const id = 421;
export const ids = [421];
export const modules = {

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

/***/ 12240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   DB: () => (/* binding */ parsePeriod),
/* harmony export */   JX: () => (/* binding */ periodText),
/* harmony export */   r9: () => (/* binding */ stateText)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88897);

/**
 * The history's files as text: JSON with one clinic or one event a line, so that a commit's diff shows what
 * changed line by line and a person can read the branch on GitHub. Parsing goes through the schema: a file that
 * does not match is an error that names the file, never silently replaced.
 */
function stateText(state) {
    const clinics = Object.keys(state.clinics)
        .sort()
        .map((id) => `${JSON.stringify(id)}:${JSON.stringify(state.clinics[id])}`);
    const trend = state.patchTrend.map((point) => JSON.stringify(point));
    return [
        `{"version":${state.version},`,
        `"patchTrend":[${trend.length === 0 ? "" : `\n${trend.join(",\n")}\n`}],`,
        `"clinics":{${clinics.length === 0 ? "" : `\n${clinics.join(",\n")}\n`}}}`,
        "",
    ].join("\n");
}
function periodText(file) {
    const events = file.events.map((event) => JSON.stringify(event));
    return [
        `{"version":${file.version},"period":${JSON.stringify(file.period)},"detail":${JSON.stringify(file.detail)},`,
        `"events":[${events.length === 0 ? "" : `\n${events.join(",\n")}\n`}]}`,
        "",
    ].join("\n");
}
function parseJson(text, path) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`history file ${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
}
function parseState(text, path) {
    const parsed = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetStateSchema */ .LI.safeParse(parseJson(text, path));
    if (!parsed.success)
        throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
    return parsed.data;
}
function parsePeriod(text, path) {
    const parsed = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .periodFileSchema */ ["do"].safeParse(parseJson(text, path));
    if (!parsed.success)
        throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
    return parsed.data;
}


/***/ }),

/***/ 71697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ statePath),
/* harmony export */   FU: () => (/* binding */ tokyoDay),
/* harmony export */   Ms: () => (/* binding */ parsePeriodPath),
/* harmony export */   Pt: () => (/* binding */ tokyoWeek),
/* harmony export */   SG: () => (/* binding */ defaultRetention),
/* harmony export */   V1: () => (/* binding */ isoWeekOfDay),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   f_: () => (/* binding */ periodPath),
/* harmony export */   oJ: () => (/* binding */ mondayOfWeek)
/* harmony export */ });
/**
 * Where the history's files sit on its branch, and the calendar they follow. Days and weeks are Asia/Tokyo's (UTC+9
 * all year): the fleet, its team and its maintenance windows live there.
 */
const statePath = "state.json";
const folders = { events: "events", day: "days", week: "weeks" };
function periodPath(detail, period) {
    return `${folders[detail]}/${period}.json`;
}
/** The detail and period a path on the branch holds, or undefined for any other file. */
function parsePeriodPath(path) {
    const match = /^(events|days|weeks)\/(\d{4}-(?:\d{2}-\d{2}|W\d{2}))\.json$/.exec(path);
    if (match === null)
        return undefined;
    const detail = match[1] === "events" ? "events" : match[1] === "days" ? "day" : "week";
    const period = match[2] ?? "";
    const isWeek = period.includes("W");
    return isWeek === (detail === "week") ? { detail, period } : undefined;
}
const tokyoOffsetMs = 9 * 3_600_000;
const dayMs = 86_400_000;
/** The Asia/Tokyo calendar day of an instant, YYYY-MM-DD. */
function tokyoDay(at) {
    return new Date(at.getTime() + tokyoOffsetMs).toISOString().slice(0, 10);
}
/** The ISO 8601 week (Monday first) of a YYYY-MM-DD day, as YYYY-Www. */
function isoWeekOfDay(dayText) {
    const date = new Date(`${dayText}T00:00:00Z`);
    const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
    // The week belongs to the year of its Thursday.
    const thursday = new Date(date.getTime() + (3 - weekday) * dayMs);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
    return `${year}-W${String(week).padStart(2, "0")}`;
}
function tokyoWeek(at) {
    return isoWeekOfDay(tokyoDay(at));
}
/** Whole days from day `a` to day `b` (both YYYY-MM-DD); negative when `b` is earlier. */
function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}
/** The Monday (YYYY-MM-DD) that starts an ISO week. */
function mondayOfWeek(week) {
    const match = /^(\d{4})-W(\d{2})$/.exec(week);
    if (match === null)
        throw new Error(`"${week}" is not an ISO week (YYYY-Www)`);
    const year = Number(match[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = jan4 - jan4Weekday * dayMs + (Number(match[2]) - 1) * 7 * dayMs;
    return new Date(monday).toISOString().slice(0, 10);
}
const defaultRetention = { eventDays: 14, dayDays: 90, weekWeeks: 156 };


/***/ }),

/***/ 88897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ historyVersion),
/* harmony export */   LI: () => (/* binding */ fleetStateSchema),
/* harmony export */   Ws: () => (/* binding */ complianceStates),
/* harmony export */   "do": () => (/* binding */ periodFileSchema),
/* harmony export */   j_: () => (/* binding */ emptyFleetState),
/* harmony export */   lY: () => (/* binding */ healthClasses)
/* harmony export */ });
/* unused harmony exports outstandingPatchSchema, bySeveritySchema, clinicPatchSchema, clinicStateSchema, fleetPatchSummarySchema, trendPointSchema, historyEventSchema, periodDetails */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);

/**
 * The fleet's history: the one schema that the patch report, the liveness sweep, the rollout and the status site
 * share. Two kinds of file live on the history branch: the fleet's current state (one file, what each clinic is
 * now) and dated period files of events (what changed, and when). Writers change the state; the events are derived
 * from what changed, so a run that changed nothing writes nothing.
 */
const historyVersion = 1;
/** A calendar day in Asia/Tokyo, YYYY-MM-DD. */
const day = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 in UTC. */
const instant = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$();
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative();
/** The liveness sweep's classes, worst last: a rolled-up period keeps the worst one seen. */
const healthClasses = ["healthy", "degraded", "restarting", "down", "unreachable"];
/** One patch that keeps a clinic behind, with the day it was first seen outstanding (for its age). */
const outstandingPatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ severity: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), since: day });
const complianceStates = ["compliant", "non-compliant", "never-scanned", "no-instance"];
/** Patch counts keyed by severity as Patch Manager names it (Critical, Important, ...; "" when it names none). */
const bySeveritySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), count);
/** A clinic's patch compliance as the last report found it. */
const clinicPatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    compliance: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(complianceStates),
    /** The last scan is older than the report's limit. */
    stale: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** The day of the last scan or install operation. */
    scanned: day.optional(),
    missing: bySeveritySchema,
    failed: bySeveritySchema,
    pendingReboot: count,
    rejected: count,
    /** Critical and important patches missing or failed, by patch id (KB id or package). */
    outstanding: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), outstandingPatchSchema),
});
/** What one clinic is now. Each writer owns its part and leaves the others as it found them. */
const clinicStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    health: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ class: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses), since: instant }).optional(),
    release: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), since: instant }).optional(),
    patch: clinicPatchSchema.optional(),
    /** Open incident issues by number. */
    incidents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive()).optional(),
    /**
     * Where the desired release (clinics/), the instance's tag and what ORCA answers disagree, as the liveness sweep
     * last saw it; absent when they agree. Reported, never fixed by the sweep.
     */
    drift: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        desired: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        tagged: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        running: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        structureBehind: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        mastersBehind: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
    })
        .optional(),
});
/** The fleet's patch counts from one report: a point of the weekly trend. */
const fleetPatchSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    clinics: count,
    compliant: count,
    nonCompliant: count,
    neverScanned: count,
    noInstance: count,
    staleScans: count,
    missing: bySeveritySchema,
    failed: bySeveritySchema,
    pendingRebootClinics: count,
    /** Clinics with a critical or important patch missing or failed. */
    urgentClinics: count,
    criticalClinics: count,
    /** The day the oldest critical or important patch still outstanding was first seen (a day, not an age, so that
     * an unchanged fleet gives an unchanged summary). */
    oldestUrgentSince: day.optional(),
});
/** The patch trend keeps one point per ISO week (the last report of that week). */
const trendPointSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    week: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d{4}-W\d{2}$/),
    summary: fleetPatchSummarySchema,
});
const fleetStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(historyVersion),
    clinics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), clinicStateSchema),
    patchTrend: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(trendPointSchema),
});
const emptyFleetState = { version: historyVersion, clinics: {}, patchTrend: [] };
/**
 * What changed, when. `folded` counts the events a rolled-up one stands for (1 when absent); a rolled-up health
 * event also keeps the worst class of its period.
 */
const eventBase = { at: instant, folded: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive().optional() };
const historyEventSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt("kind", [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("health"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        class: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses),
        worst: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses).optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("release"), ...eventBase, clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("incident"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        issue: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive(),
        state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["opened", "closed"]),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("patch"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        patch: clinicPatchSchema.omit({ outstanding: true }).extend({ outstanding: count }),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("patch-fleet"), ...eventBase, summary: fleetPatchSummarySchema }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("clinic-removed"), ...eventBase, clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
]);
/** How much detail a period file keeps: every event, the last per clinic and kind per day, or per ISO week. */
const periodDetails = ["events", "day", "week"];
const periodFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(historyVersion),
    /** A day (YYYY-MM-DD) for events and day files, an ISO week (YYYY-Www) for week files. */
    period: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(periodDetails),
    events: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(historyEventSchema),
});


/***/ }),

/***/ 75855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   XP: () => (/* binding */ readRegion),
/* harmony export */   Yu: () => (/* binding */ readRegistryFolder),
/* harmony export */   dk: () => (/* binding */ readSourceCommit),
/* harmony export */   ic: () => (/* binding */ createInputReader),
/* harmony export */   je: () => (/* binding */ readBotLogin),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   pT: () => (/* binding */ readHistoryBranch)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _registry_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93819);


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
    return zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("").transform(() => undefined), schema]);
}
/** The registry folder (fleet.yml and one <id>.yml per clinic): `clinics` in every action. */
function readRegistryFolder(reader, rule = {
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    expected: "the registry folder, e.g. clinics",
}) {
    return reader.read("clinics", rule.schema, rule.expected, {
        deprecated: ["clinics-dir", "path"],
        fallback: "clinics",
    });
}
/** The GitHub token: `token` in every action that calls GitHub, masked in the log. */
function readToken(reader) {
    return reader.secret("token", zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), "a GitHub token (the default, github.token, will do)");
}
/** `region`: overrides fleet.yml's region, Japanese regions only; undefined when empty. */
function readRegion(reader) {
    return reader.read("region", optional(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .regions */ .Ei)), `empty (use fleet.yml) or one of ${_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .regions */ .Ei.join(", ")}`);
}
/** `bot-login`: the login the token writes as; only what it wrote counts as the action's own. */
function readBotLogin(reader) {
    return reader.read("bot-login", zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), "the login of the token's user, e.g. github-actions[bot]");
}
// git's rules for a branch name, narrowed to what a person would type: no "..", no leading "-" or "/".
const branchName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(?!.*\.\.)(?![-/])[A-Za-z0-9._/-]{1,100}(?<![./])$/);
/** `history-branch`: the branch that keeps the fleet's history. */
function readHistoryBranch(reader) {
    return reader.read("history-branch", branchName, "a branch name such as fleet-status");
}
const commit = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{7,40}$/);
/** `source-commit`: the commit a build or a sync records; empty means the run's own (GITHUB_SHA). */
function readSourceCommit(reader) {
    return (reader.read("source-commit", optional(commit), "empty or a commit SHA (7-40 hex digits)") ??
        reader.env("GITHUB_SHA", commit, "the run's commit SHA"));
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

/***/ 22421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./actions/lib/core/history/files.ts
var history_files = __webpack_require__(12240);
// EXTERNAL MODULE: ./actions/lib/core/history/layout.ts
var layout = __webpack_require__(71697);
// EXTERNAL MODULE: ./actions/lib/core/history/records.ts
var records = __webpack_require__(88897);
;// CONCATENATED MODULE: ./actions/lib/core/history/snapshot.ts



/**
 * A snapshot from the branch's files given as path and text, whoever fetched them (a folder, the git data API).
 * Files that are neither the state nor a period file (the branch's README) are left aside; a file that does not
 * match the schema stops the read with its name.
 */
function snapshotOf(files) {
    const stateText = files.get(layout/* statePath */.BQ);
    const periods = [];
    for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
        if ((0,layout/* parsePeriodPath */.Ms)(path) !== undefined)
            periods.push((0,history_files/* parsePeriod */.DB)(text, path));
    return { state: stateText === undefined ? records/* emptyFleetState */.j_ : (0,history_files/* parseState */.Bu)(stateText, layout/* statePath */.BQ), periods };
}
/** Whether a path on the branch is one a snapshot reads. */
function isSnapshotPath(path) {
    return path === layout/* statePath */.BQ || (0,layout/* parsePeriodPath */.Ms)(path) !== undefined;
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/history-snapshot.ts


/**
 * Reads the whole history branch (the state and every period file) through the git data API: one tree listing and
 * one blob per file, a few hundred at most since the branch's retention bounds it. An absent branch is an empty
 * history, so a site can be built before any writer has run.
 */
async function readHistorySnapshot(octokit, target) {
    const repo = { owner: target.owner, repo: target.repo };
    const ref = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${target.branch}` }));
    if (ref === undefined)
        return snapshotOf(new Map());
    const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
    const { data: tree } = await octokit.rest.git.getTree({ ...repo, tree_sha: commit.tree.sha, recursive: "true" });
    if (tree.truncated)
        throw new Error(`the history branch ${target.branch} lists too many files to read`);
    const files = new Map();
    for (const entry of tree.tree) {
        if (entry.type !== "blob" || entry.path === undefined || entry.sha === undefined)
            continue;
        if (!isSnapshotPath(entry.path))
            continue;
        const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: entry.sha });
        files.set(entry.path, Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8"));
    }
    return snapshotOf(files);
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/i18n/locale.ts
var i18n_locale = __webpack_require__(74599);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/core/registry/problem.ts
var registry_problem = __webpack_require__(29969);
// EXTERNAL MODULE: ./actions/lib/core/registry/schema.ts
var schema = __webpack_require__(93819);
;// CONCATENATED MODULE: ./actions/lib/flows/status-site/page-messages.ts
/** Every fixed text of the status site, in each locale: the page renders them with the one message model. */
const pageMessages = {
    title: { en: "ORCA fleet status", ja: "ORCA フリート稼働状況" },
    builtAt: { en: "Built {at} (Asia/Tokyo) from the fleet's history.", ja: "{at}（日本時間）にフリートの履歴から作成" },
    skip: { en: "Skip to the clinic list", ja: "クリニック一覧へ移動" },
    loading: { en: "Loading…", ja: "読み込み中…" },
    noScript: {
        en: "This page needs JavaScript; nothing is fetched from outside this site.",
        ja: "このページには JavaScript が必要です（このサイトの外からは何も読み込みません）。",
    },
    overview: { en: "The fleet at a glance", ja: "フリートの概要" },
    clinicsCount: { en: "Clinics", ja: "クリニック数" },
    openIncidents: { en: "Open incidents", ja: "未解決のインシデント" },
    incidentClinics: {
        en: "at {count, plural, one {# clinic} other {# clinics}}",
        ja: "{count} クリニック",
    },
    healthHeading: { en: "Health now", ja: "現在の稼働状態" },
    healthy: { en: "Healthy", ja: "正常" },
    degraded: { en: "Degraded", ja: "一部異常" },
    restarting: { en: "Restarting", ja: "再起動中" },
    down: { en: "Down", ja: "停止" },
    unreachable: { en: "Unreachable", ja: "応答なし" },
    unknown: { en: "No record", ja: "記録なし" },
    releasesHeading: { en: "Releases running", ja: "稼働中のリリース" },
    releaseChart: {
        en: "Bar chart: clinics by the ORCA release they run.",
        ja: "棒グラフ: ORCA リリース別のクリニック数",
    },
    ringsHeading: { en: "Rollout by ring", ja: "リング別のロールアウト" },
    ringLine: {
        en: "{ring}: {onTarget, number} of {clinics, number} on {targets}",
        ja: "{ring}: {clinics, number} 件中 {onTarget, number} 件が {targets}",
    },
    ringUnknown: { en: "{count} without a recorded release", ja: "リリース記録なし {count} 件" },
    patchHeading: { en: "Patch compliance", ja: "パッチ適用状況" },
    compliant: { en: "Compliant", ja: "準拠" },
    "non-compliant": { en: "Non-compliant", ja: "非準拠" },
    "never-scanned": { en: "Never scanned", ja: "未スキャン" },
    "no-instance": { en: "No instance", ja: "インスタンスなし" },
    trendHeading: { en: "Patch compliance by week", ja: "週ごとのパッチ適用状況" },
    trendChart: {
        en: "Line chart: compliant, non-compliant and urgent clinics by week.",
        ja: "折れ線グラフ: 週ごとの準拠・非準拠・緊急パッチ未適用のクリニック数",
    },
    urgent: { en: "Critical or important outstanding", ja: "緊急・重要パッチ未適用" },
    week: { en: "Week", ja: "週" },
    asTable: { en: "As a table", ja: "表で見る" },
    missing: {
        en: "Not in the history yet: {parts}. Shown as “no record”, never as a value.",
        ja: "履歴にまだ記録がないもの: {parts}。値ではなく「記録なし」と表示します。",
    },
    partHealth: {
        en: "health (the liveness sweep has not recorded any)",
        ja: "稼働状態（死活監視の記録がありません）",
    },
    partRelease: {
        en: "releases running (the rollout has not recorded any)",
        ja: "稼働中のリリース（ロールアウトの記録がありません）",
    },
    partPatch: { en: "patch compliance (no patch report yet)", ja: "パッチ適用状況（パッチレポート未実行）" },
    partIncidents: { en: "incidents", ja: "インシデント" },
    listSeparator: { en: ", ", ja: "、" },
    mapHeading: { en: "Health by prefecture", ja: "都道府県別の稼働状態" },
    mapHelp: {
        en: "Each prefecture takes the colour of its worst clinic. Choose one to filter the list; choose it again to clear.",
        ja: "各都道府県は最も状態の悪いクリニックの色で表示します。選ぶと一覧を絞り込み、もう一度選ぶと解除します。",
    },
    tileLabel: {
        en: "{pref}: {clinics, plural, =0 {no clinics} one {# clinic} other {# clinics}}, {notHealthy} not healthy",
        ja: "{pref}: {clinics} クリニック、正常以外 {notHealthy} 件",
    },
    listHeading: { en: "Clinics", ja: "クリニック一覧" },
    search: { en: "Search by name or id", ja: "名前・ID で検索" },
    prefecture: { en: "Prefecture", ja: "都道府県" },
    ring: { en: "Ring", ja: "リング" },
    release: { en: "Release", ja: "リリース" },
    health: { en: "Health", ja: "稼働状態" },
    any: { en: "All", ja: "すべて" },
    clear: { en: "Clear filters", ja: "絞り込みを解除" },
    shown: {
        en: "{matched, plural, one {# clinic} other {# clinics}} of {total, number} (page {page} of {pages})",
        ja: "{total, number} 件中 {matched, number} 件（{page} / {pages} ページ）",
    },
    previous: { en: "Previous page", ja: "前のページ" },
    next: { en: "Next page", ja: "次のページ" },
    colName: { en: "Name", ja: "名前" },
    colId: { en: "Id", ja: "ID" },
    colUptime: { en: "Uptime ({days} days)", ja: "稼働率（{days} 日）" },
    colIncidents: { en: "Open incidents", ja: "未解決インシデント" },
    colPatch: { en: "Patches", ja: "パッチ" },
    wants: { en: "{version} asked", ja: "{version} を指定" },
    back: { en: "Back to the fleet", ja: "フリート全体に戻る" },
    notFound: { en: "No clinic “{id}” on this site.", ja: "クリニック「{id}」はこのサイトにありません。" },
    since: { en: "since {at}", ja: "{at} から" },
    timelineHeading: { en: "Health over {days} days", ja: "過去 {days} 日の稼働状態" },
    timelineDay: { en: "{day}: {health}", ja: "{day}: {health}" },
    timelineNone: {
        en: "No health record in these {days} days: the liveness sweep has not recorded this clinic.",
        ja: "この {days} 日間の稼働記録はありません（死活監視の記録がありません）。",
    },
    uptime: {
        en: "Uptime {percent}% over the {covered} days with records.",
        ja: "記録のある {covered} 日間の稼働率 {percent}%",
    },
    uptimeRough: {
        en: "{days, plural, one {# day} other {# days}} kept as one record a day had an outage that ended the same day: shown in the timeline, its length unknown and not counted.",
        ja: "1 日 1 件に集約された日のうち {days} 日に当日中に回復した停止があり、タイムラインには表示しますが、長さは不明のため稼働率に含めていません。",
    },
    incidentsHeading: { en: "Incidents", ja: "インシデント" },
    incidentsNone: { en: "No incident in the history.", ja: "履歴にインシデントはありません。" },
    incidentOpen: { en: "#{issue}, open since {at}", ja: "#{issue}（{at} から未解決）" },
    incidentOpenUndated: { en: "#{issue}, open", ja: "#{issue}（未解決）" },
    incidentClosed: { en: "#{issue}, {opened} to {closed}", ja: "#{issue}（{opened} 〜 {closed}）" },
    releasesOverTime: { en: "Releases over time", ja: "リリースの推移" },
    releasesNone: { en: "No release in the history.", ja: "履歴にリリースの記録はありません。" },
    releaseStep: { en: "{version} from {at}", ja: "{at} から {version}" },
    releaseTimeline: { en: "Step chart: the release this clinic ran over time.", ja: "階段グラフ: リリースの推移" },
    patchTrendHeading: { en: "Patches over time", ja: "パッチの推移" },
    patchNone: { en: "No patch report has recorded this clinic.", ja: "パッチレポートの記録はありません。" },
    patchChart: {
        en: "Line chart: missing, failed and outstanding urgent patches at each report.",
        ja: "折れ線グラフ: レポートごとの未適用・失敗・緊急重要パッチ数",
    },
    missingPatches: { en: "Missing", ja: "未適用" },
    failedPatches: { en: "Failed", ja: "失敗" },
    lastScan: {
        en: "Last scan {day}{stale, select, true { (stale)} other {}}",
        ja: "最終スキャン {day}{stale, select, true {（古い）} other {}}",
    },
    date: { en: "Date", ja: "日付" },
    loadFailed: { en: "This clinic's data could not be loaded.", ja: "このクリニックのデータを読み込めませんでした。" },
    summary: {
        en: "{clinics, number} clinics from {files, plural, one {# history file} other {# history files}}; not in the history yet: {missing}.",
        ja: "履歴ファイル {files} 件から {clinics, number} クリニック。履歴にまだ記録がないもの: {missing}。",
    },
    none: { en: "none", ja: "なし" },
};

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/page-assets.generated.json
const page_assets_generated_namespaceObject = /*#__PURE__*/JSON.parse('{"h":"\\"use strict\\";(()=>{function hl(e,t){let l=t&&t.cache?t.cache:Ta,n=t&&t.serializer?t.serializer:Ea;return(t&&t.strategy?t.strategy:ya)(e,{cache:l,serializer:n})}function ba(e){return e==null||typeof e==\\"number\\"||typeof e==\\"boolean\\"}function Ls(e,t,l,n){let s=ba(n)?n:l(n),o=t.get(s);return typeof o>\\"u\\"&&(o=e.call(this,n),t.set(s,o)),o}function Ms(e,t,l){let n=Array.prototype.slice.call(arguments,3),s=l(n),o=t.get(s);return typeof o>\\"u\\"&&(o=e.apply(this,n),t.set(s,o)),o}function ii(e,t,l,n,s){return l.bind(t,e,n,s)}function ya(e,t){let l=e.length===1?Ls:Ms;return ii(e,this,l,t.cache.create(),t.serializer)}function wa(e,t){return ii(e,this,Ms,t.cache.create(),t.serializer)}function Sa(e,t){return ii(e,this,Ls,t.cache.create(),t.serializer)}var Ea=function(){return JSON.stringify(arguments)},Ha=class{constructor(){this.cache=Object.create(null)}get(e){return this.cache[e]}set(e,t){this.cache[e]=t}},Ta={create:function(){return new Ha}},fl={variadic:wa,monadic:Sa};var _a=/(?:[Eec]{1,6}|G{1,5}|[Qq]{1,5}|(?:[yYur]+|U{1,5})|[ML]{1,5}|d{1,2}|D{1,3}|F{1}|[abB]{1,5}|[hkHK]{1,2}|w{1,2}|W{1}|m{1,2}|s{1,2}|[zZOvVxX]{1,4})(?=([^\']*\'[^\']*\')*[^\']*$)/g;function Ds(e){let t={};return e.replace(_a,l=>{let n=l.length;switch(l[0]){case\\"G\\":t.era=n===4?\\"long\\":n===5?\\"narrow\\":\\"short\\";break;case\\"y\\":t.year=n===2?\\"2-digit\\":\\"numeric\\";break;case\\"Y\\":case\\"u\\":case\\"U\\":case\\"r\\":throw new RangeError(\\"`Y/u/U/r` (year) patterns are not supported, use `y` instead\\");case\\"q\\":case\\"Q\\":throw new RangeError(\\"`q/Q` (quarter) patterns are not supported\\");case\\"M\\":case\\"L\\":t.month=[\\"numeric\\",\\"2-digit\\",\\"short\\",\\"long\\",\\"narrow\\"][n-1];break;case\\"w\\":case\\"W\\":throw new RangeError(\\"`w/W` (week) patterns are not supported\\");case\\"d\\":t.day=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"D\\":case\\"F\\":case\\"g\\":throw new RangeError(\\"`D/F/g` (day) patterns are not supported, use `d` instead\\");case\\"E\\":t.weekday=n===4?\\"long\\":n===5?\\"narrow\\":\\"short\\";break;case\\"e\\":if(n<4)throw new RangeError(\\"`e..eee` (weekday) patterns are not supported\\");t.weekday=[\\"short\\",\\"long\\",\\"narrow\\",\\"short\\"][n-3];break;case\\"c\\":if(n<4)throw new RangeError(\\"`c..ccc` (weekday) patterns are not supported\\");t.weekday=[\\"short\\",\\"long\\",\\"narrow\\",\\"short\\"][n-3];break;case\\"a\\":t.hour12=!0;break;case\\"b\\":case\\"B\\":throw new RangeError(\\"`b/B` (period) patterns are not supported, use `a` instead\\");case\\"h\\":t.hourCycle=\\"h12\\",t.hour=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"H\\":t.hourCycle=\\"h23\\",t.hour=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"K\\":t.hourCycle=\\"h11\\",t.hour=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"k\\":t.hourCycle=\\"h24\\",t.hour=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"j\\":case\\"J\\":case\\"C\\":throw new RangeError(\\"`j/J/C` (hour) patterns are not supported, use `h/H/K/k` instead\\");case\\"m\\":t.minute=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"s\\":t.second=[\\"numeric\\",\\"2-digit\\"][n-1];break;case\\"S\\":case\\"A\\":throw new RangeError(\\"`S/A` (second) patterns are not supported, use `s` instead\\");case\\"z\\":t.timeZoneName=n<4?\\"short\\":\\"long\\";break;case\\"Z\\":case\\"O\\":case\\"v\\":case\\"V\\":case\\"X\\":case\\"x\\":throw new RangeError(\\"`Z/O/v/V/X/x` (timeZone) patterns are not supported, use `z` instead\\")}return\\"\\"}),t}var va=/[\\\\t-\\\\r \\\\x85\\\\u200E\\\\u200F\\\\u2028\\\\u2029]/i;function Rs(e){if(e.length===0)throw new Error(\\"Number skeleton cannot be empty\\");let t=e.split(va).filter(n=>n.length>0),l=[];for(let n of t){let s=n.split(\\"/\\");if(s.length===0)throw new Error(\\"Invalid number skeleton\\");let[o,...a]=s;for(let f of a)if(f.length===0)throw new Error(\\"Invalid number skeleton\\");l.push({stem:o,options:a})}return l}function Pa(e){return e.replace(/^(.*?)-/,\\"\\")}var Bs=/^\\\\.(?:(0+)(\\\\*)?|(#+)|(0+)(#+))$/g,Is=/^(@+)?(\\\\+|#+)?[rs]?$/g,Ca=/(\\\\*)(0+)|(#+)(0+)|(0+)/g,Ns=/^(0+)$/;function ks(e){let t={};return e[e.length-1]===\\"r\\"?t.roundingPriority=\\"morePrecision\\":e[e.length-1]===\\"s\\"&&(t.roundingPriority=\\"lessPrecision\\"),e.replace(Is,function(l,n,s){return typeof s!=\\"string\\"?(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length):s===\\"+\\"?t.minimumSignificantDigits=n.length:n[0]===\\"#\\"?t.maximumSignificantDigits=n.length:(t.minimumSignificantDigits=n.length,t.maximumSignificantDigits=n.length+(typeof s==\\"string\\"?s.length:0)),\\"\\"}),t}function Os(e){switch(e){case\\"sign-auto\\":return{signDisplay:\\"auto\\"};case\\"sign-accounting\\":case\\"()\\":return{currencySign:\\"accounting\\"};case\\"sign-always\\":case\\"+!\\":return{signDisplay:\\"always\\"};case\\"sign-accounting-always\\":case\\"()!\\":return{signDisplay:\\"always\\",currencySign:\\"accounting\\"};case\\"sign-except-zero\\":case\\"+?\\":return{signDisplay:\\"exceptZero\\"};case\\"sign-accounting-except-zero\\":case\\"()?\\":return{signDisplay:\\"exceptZero\\",currencySign:\\"accounting\\"};case\\"sign-never\\":case\\"+_\\":return{signDisplay:\\"never\\"}}}function Aa(e){let t;if(e[0]===\\"E\\"&&e[1]===\\"E\\"?(t={notation:\\"engineering\\"},e=e.slice(2)):e[0]===\\"E\\"&&(t={notation:\\"scientific\\"},e=e.slice(1)),t){let l=e.slice(0,2);if(l===\\"+!\\"?(t.signDisplay=\\"always\\",e=e.slice(2)):l===\\"+?\\"&&(t.signDisplay=\\"exceptZero\\",e=e.slice(2)),!Ns.test(e))throw new Error(\\"Malformed concise eng/scientific notation\\");t.minimumIntegerDigits=e.length}return t}function xs(e){let t={},l=Os(e);return l||t}function Fs(e){let t={};for(let l of e){switch(l.stem){case\\"percent\\":case\\"%\\":t.style=\\"percent\\";continue;case\\"%x100\\":t.style=\\"percent\\",t.scale=100;continue;case\\"currency\\":t.style=\\"currency\\",t.currency=l.options[0];continue;case\\"group-off\\":case\\",_\\":t.useGrouping=!1;continue;case\\"precision-integer\\":case\\".\\":t.maximumFractionDigits=0;continue;case\\"measure-unit\\":t.style=\\"unit\\",t.unit=Pa(l.options[0]);continue;case\\"unit\\":t.style=\\"unit\\",t.unit=l.options[0];continue;case\\"compact-short\\":case\\"K\\":t.notation=\\"compact\\",t.compactDisplay=\\"short\\";continue;case\\"compact-long\\":case\\"KK\\":t.notation=\\"compact\\",t.compactDisplay=\\"long\\";continue;case\\"scientific\\":t={...t,notation:\\"scientific\\",...l.options.reduce((o,a)=>({...o,...xs(a)}),{})};continue;case\\"engineering\\":t={...t,notation:\\"engineering\\",...l.options.reduce((o,a)=>({...o,...xs(a)}),{})};continue;case\\"notation-simple\\":t.notation=\\"standard\\";continue;case\\"unit-width-narrow\\":t.currencyDisplay=\\"narrowSymbol\\",t.unitDisplay=\\"narrow\\";continue;case\\"unit-width-short\\":t.currencyDisplay=\\"code\\",t.unitDisplay=\\"short\\";continue;case\\"unit-width-full-name\\":t.currencyDisplay=\\"name\\",t.unitDisplay=\\"long\\";continue;case\\"unit-width-iso-code\\":t.currencyDisplay=\\"symbol\\";continue;case\\"scale\\":t.scale=parseFloat(l.options[0]);continue;case\\"rounding-mode-floor\\":t.roundingMode=\\"floor\\";continue;case\\"rounding-mode-ceiling\\":t.roundingMode=\\"ceil\\";continue;case\\"rounding-mode-down\\":t.roundingMode=\\"trunc\\";continue;case\\"rounding-mode-up\\":t.roundingMode=\\"expand\\";continue;case\\"rounding-mode-half-even\\":t.roundingMode=\\"halfEven\\";continue;case\\"rounding-mode-half-down\\":t.roundingMode=\\"halfTrunc\\";continue;case\\"rounding-mode-half-up\\":t.roundingMode=\\"halfExpand\\";continue;case\\"integer-width\\":if(l.options.length>1)throw new RangeError(\\"integer-width stems only accept a single optional option\\");l.options[0].replace(Ca,function(o,a,f,u,p,b){if(a)t.minimumIntegerDigits=f.length;else{if(u&&p)throw new Error(\\"We currently do not support maximum integer digits\\");if(b)throw new Error(\\"We currently do not support exact integer digits\\")}return\\"\\"});continue}if(Ns.test(l.stem)){t.minimumIntegerDigits=l.stem.length;continue}if(Bs.test(l.stem)){if(l.options.length>1)throw new RangeError(\\"Fraction-precision stems only accept a single optional option\\");l.stem.replace(Bs,function(a,f,u,p,b,d){return u===\\"*\\"?t.minimumFractionDigits=f.length:p&&p[0]===\\"#\\"?t.maximumFractionDigits=p.length:b&&d?(t.minimumFractionDigits=b.length,t.maximumFractionDigits=b.length+d.length):(t.minimumFractionDigits=f.length,t.maximumFractionDigits=f.length),\\"\\"});let o=l.options[0];o===\\"w\\"?t={...t,trailingZeroDisplay:\\"stripIfInteger\\"}:o&&(t={...t,...ks(o)});continue}if(Is.test(l.stem)){t={...t,...ks(l.stem)};continue}let n=Os(l.stem);n&&(t={...t,...n});let s=Aa(l.stem);s&&(t={...t,...s})}return t}var La=(function(e){return e[e.EXPECT_ARGUMENT_CLOSING_BRACE=1]=\\"EXPECT_ARGUMENT_CLOSING_BRACE\\",e[e.EMPTY_ARGUMENT=2]=\\"EMPTY_ARGUMENT\\",e[e.MALFORMED_ARGUMENT=3]=\\"MALFORMED_ARGUMENT\\",e[e.EXPECT_ARGUMENT_TYPE=4]=\\"EXPECT_ARGUMENT_TYPE\\",e[e.INVALID_ARGUMENT_TYPE=5]=\\"INVALID_ARGUMENT_TYPE\\",e[e.EXPECT_ARGUMENT_STYLE=6]=\\"EXPECT_ARGUMENT_STYLE\\",e[e.INVALID_NUMBER_SKELETON=7]=\\"INVALID_NUMBER_SKELETON\\",e[e.INVALID_DATE_TIME_SKELETON=8]=\\"INVALID_DATE_TIME_SKELETON\\",e[e.EXPECT_NUMBER_SKELETON=9]=\\"EXPECT_NUMBER_SKELETON\\",e[e.EXPECT_DATE_TIME_SKELETON=10]=\\"EXPECT_DATE_TIME_SKELETON\\",e[e.UNCLOSED_QUOTE_IN_ARGUMENT_STYLE=11]=\\"UNCLOSED_QUOTE_IN_ARGUMENT_STYLE\\",e[e.EXPECT_SELECT_ARGUMENT_OPTIONS=12]=\\"EXPECT_SELECT_ARGUMENT_OPTIONS\\",e[e.EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE=13]=\\"EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE\\",e[e.INVALID_PLURAL_ARGUMENT_OFFSET_VALUE=14]=\\"INVALID_PLURAL_ARGUMENT_OFFSET_VALUE\\",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR=15]=\\"EXPECT_SELECT_ARGUMENT_SELECTOR\\",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR=16]=\\"EXPECT_PLURAL_ARGUMENT_SELECTOR\\",e[e.EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT=17]=\\"EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT\\",e[e.EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT=18]=\\"EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT\\",e[e.INVALID_PLURAL_ARGUMENT_SELECTOR=19]=\\"INVALID_PLURAL_ARGUMENT_SELECTOR\\",e[e.DUPLICATE_PLURAL_ARGUMENT_SELECTOR=20]=\\"DUPLICATE_PLURAL_ARGUMENT_SELECTOR\\",e[e.DUPLICATE_SELECT_ARGUMENT_SELECTOR=21]=\\"DUPLICATE_SELECT_ARGUMENT_SELECTOR\\",e[e.MISSING_OTHER_CLAUSE=22]=\\"MISSING_OTHER_CLAUSE\\",e[e.INVALID_TAG=23]=\\"INVALID_TAG\\",e[e.INVALID_TAG_NAME=25]=\\"INVALID_TAG_NAME\\",e[e.UNMATCHED_CLOSING_TAG=26]=\\"UNMATCHED_CLOSING_TAG\\",e[e.UNCLOSED_TAG=27]=\\"UNCLOSED_TAG\\",e})({});function oi(e){return e.type===0}function Us(e){return e.type===1}function ai(e){return e.type===2}function ci(e){return e.type===3}function ui(e){return e.type===4}function hi(e){return e.type===5}function fi(e){return e.type===6}function Vs(e){return e.type===7}function pi(e){return e.type===8}function mi(e){return!!(e&&typeof e==\\"object\\"&&e.type===0)}function pl(e){return!!(e&&typeof e==\\"object\\"&&e.type===1)}var zs=/[ \\\\xA0\\\\u1680\\\\u2000-\\\\u200A\\\\u202F\\\\u205F\\\\u3000]/,Ma=/([^\\\\t-\\\\r -\\\\/:-@\\\\[-\\\\^`\\\\{-~\\\\x85\\\\xA0-\\\\xA7\\\\xA9\\\\xAB\\\\xAC\\\\xAE\\\\xB0\\\\xB1\\\\xB6\\\\xBB\\\\xBF\\\\xD7\\\\xF7\\\\u1680\\\\u2000-\\\\u200A\\\\u2010-\\\\u2029\\\\u202F-\\\\u203E\\\\u2041-\\\\u2053\\\\u2055-\\\\u205F\\\\u2190-\\\\u245F\\\\u2500-\\\\u2775\\\\u2794-\\\\u2BFF\\\\u2E00-\\\\u2E7F\\\\u3000-\\\\u3003\\\\u3008-\\\\u3020\\\\u3030\\\\uFD3E\\\\uFD3F\\\\uFE45\\\\uFE46]*)/g,$n={\\"001\\":[\\"H\\",\\"h\\"],419:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],AC:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],AD:[\\"H\\",\\"hB\\"],AE:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],AF:[\\"H\\",\\"hb\\",\\"hB\\",\\"h\\"],AG:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],AI:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],AL:[\\"h\\",\\"H\\",\\"hB\\"],AM:[\\"H\\",\\"hB\\"],AO:[\\"H\\",\\"hB\\"],AR:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],AS:[\\"h\\",\\"H\\"],AT:[\\"H\\",\\"hB\\"],AU:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],AW:[\\"H\\",\\"hB\\"],AX:[\\"H\\"],AZ:[\\"H\\",\\"hB\\",\\"h\\"],BA:[\\"H\\",\\"hB\\",\\"h\\"],BB:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],BD:[\\"h\\",\\"hB\\",\\"H\\"],BE:[\\"H\\",\\"hB\\"],BF:[\\"H\\",\\"hB\\"],BG:[\\"H\\",\\"hB\\",\\"h\\"],BH:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],BI:[\\"H\\",\\"h\\"],BJ:[\\"H\\",\\"hB\\"],BL:[\\"H\\",\\"hB\\"],BM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],BN:[\\"hb\\",\\"hB\\",\\"h\\",\\"H\\"],BO:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],BQ:[\\"H\\"],BR:[\\"H\\",\\"hB\\"],BS:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],BT:[\\"h\\",\\"H\\"],BW:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],BY:[\\"H\\",\\"h\\"],BZ:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],CA:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],CC:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],CD:[\\"hB\\",\\"H\\"],CF:[\\"H\\",\\"h\\",\\"hB\\"],CG:[\\"H\\",\\"hB\\"],CH:[\\"H\\",\\"hB\\",\\"h\\"],CI:[\\"H\\",\\"hB\\"],CK:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],CL:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],CM:[\\"H\\",\\"h\\",\\"hB\\"],CN:[\\"H\\",\\"hB\\",\\"hb\\",\\"h\\"],CO:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],CP:[\\"H\\"],CR:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],CU:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],CV:[\\"H\\",\\"hB\\"],CW:[\\"H\\",\\"hB\\"],CX:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],CY:[\\"h\\",\\"H\\",\\"hb\\",\\"hB\\"],CZ:[\\"H\\"],DE:[\\"H\\",\\"hB\\"],DG:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],DJ:[\\"h\\",\\"H\\"],DK:[\\"H\\"],DM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],DO:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],DZ:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],EA:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],EC:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],EE:[\\"H\\",\\"hB\\"],EG:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],EH:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],ER:[\\"h\\",\\"H\\"],ES:[\\"H\\",\\"hB\\",\\"h\\",\\"hb\\"],ET:[\\"hB\\",\\"hb\\",\\"h\\",\\"H\\"],FI:[\\"H\\"],FJ:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],FK:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],FM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],FO:[\\"H\\",\\"h\\"],FR:[\\"H\\",\\"hB\\"],GA:[\\"H\\",\\"hB\\"],GB:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],GD:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],GE:[\\"H\\",\\"hB\\",\\"h\\"],GF:[\\"H\\",\\"hB\\"],GG:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],GH:[\\"h\\",\\"H\\"],GI:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],GL:[\\"H\\",\\"h\\"],GM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],GN:[\\"H\\",\\"hB\\"],GP:[\\"H\\",\\"hB\\"],GQ:[\\"H\\",\\"hB\\",\\"h\\",\\"hb\\"],GR:[\\"h\\",\\"H\\",\\"hb\\",\\"hB\\"],GS:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],GT:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],GU:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],GW:[\\"H\\",\\"hB\\"],GY:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],HK:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],HN:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],HR:[\\"H\\",\\"hB\\"],HT:[\\"H\\",\\"hB\\"],HU:[\\"H\\",\\"h\\"],IC:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],ID:[\\"H\\"],IE:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],IL:[\\"H\\",\\"hB\\"],IM:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],IN:[\\"h\\",\\"H\\"],IO:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],IQ:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],IR:[\\"hB\\",\\"H\\"],IS:[\\"H\\"],IT:[\\"H\\",\\"hB\\"],JE:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],JM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],JO:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],JP:[\\"H\\",\\"K\\",\\"h\\"],KE:[\\"hB\\",\\"hb\\",\\"H\\",\\"h\\"],KG:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],KH:[\\"hB\\",\\"h\\",\\"H\\",\\"hb\\"],KI:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],KM:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],KN:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],KP:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],KR:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],KW:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],KY:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],KZ:[\\"H\\",\\"hB\\"],LA:[\\"H\\",\\"hb\\",\\"hB\\",\\"h\\"],LB:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],LC:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],LI:[\\"H\\",\\"hB\\",\\"h\\"],LK:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],LR:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],LS:[\\"h\\",\\"H\\"],LT:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],LU:[\\"H\\",\\"h\\",\\"hB\\"],LV:[\\"H\\",\\"hB\\",\\"hb\\",\\"h\\"],LY:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],MA:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],MC:[\\"H\\",\\"hB\\"],MD:[\\"H\\",\\"hB\\"],ME:[\\"H\\",\\"hB\\",\\"h\\"],MF:[\\"H\\",\\"hB\\"],MG:[\\"H\\",\\"h\\"],MH:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],MK:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],ML:[\\"H\\"],MM:[\\"hB\\",\\"hb\\",\\"H\\",\\"h\\"],MN:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],MO:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],MP:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],MQ:[\\"H\\",\\"hB\\"],MR:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],MS:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],MT:[\\"H\\",\\"h\\"],MU:[\\"H\\",\\"h\\"],MV:[\\"H\\",\\"h\\"],MW:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],MX:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],MY:[\\"hb\\",\\"hB\\",\\"h\\",\\"H\\"],MZ:[\\"H\\",\\"hB\\"],NA:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],NC:[\\"H\\",\\"hB\\"],NE:[\\"H\\"],NF:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],NG:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],NI:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],NL:[\\"H\\",\\"hB\\"],NO:[\\"H\\",\\"h\\"],NP:[\\"H\\",\\"h\\",\\"hB\\"],NR:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],NU:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],NZ:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],OM:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],PA:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],PE:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],PF:[\\"H\\",\\"h\\",\\"hB\\"],PG:[\\"h\\",\\"H\\"],PH:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],PK:[\\"h\\",\\"hB\\",\\"H\\"],PL:[\\"H\\",\\"h\\"],PM:[\\"H\\",\\"hB\\"],PN:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],PR:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],PS:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],PT:[\\"H\\",\\"hB\\"],PW:[\\"h\\",\\"H\\"],PY:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],QA:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],RE:[\\"H\\",\\"hB\\"],RO:[\\"H\\",\\"hB\\"],RS:[\\"H\\",\\"hB\\",\\"h\\"],RU:[\\"H\\"],RW:[\\"hB\\",\\"hb\\",\\"H\\",\\"h\\"],SA:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],SB:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],SC:[\\"H\\",\\"h\\",\\"hB\\"],SD:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],SE:[\\"H\\"],SG:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],SH:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],SI:[\\"H\\",\\"hB\\"],SJ:[\\"H\\"],SK:[\\"H\\"],SL:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],SM:[\\"H\\",\\"h\\",\\"hB\\"],SN:[\\"H\\",\\"h\\",\\"hB\\"],SO:[\\"h\\",\\"H\\"],SR:[\\"H\\",\\"hB\\"],SS:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],ST:[\\"H\\",\\"hB\\"],SV:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],SX:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],SY:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],SZ:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],TA:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],TC:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],TD:[\\"h\\",\\"H\\",\\"hB\\"],TF:[\\"H\\",\\"h\\",\\"hB\\"],TG:[\\"H\\",\\"hB\\"],TH:[\\"H\\",\\"h\\"],TJ:[\\"H\\",\\"h\\"],TL:[\\"H\\",\\"hB\\",\\"hb\\",\\"h\\"],TM:[\\"H\\",\\"h\\"],TN:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],TO:[\\"h\\",\\"H\\"],TR:[\\"H\\",\\"hB\\"],TT:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],TW:[\\"hB\\",\\"hb\\",\\"h\\",\\"H\\"],TZ:[\\"hB\\",\\"hb\\",\\"H\\",\\"h\\"],UA:[\\"H\\",\\"hB\\",\\"h\\"],UG:[\\"hB\\",\\"hb\\",\\"H\\",\\"h\\"],UM:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],US:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],UY:[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],UZ:[\\"H\\",\\"hB\\",\\"h\\"],VA:[\\"H\\",\\"h\\",\\"hB\\"],VC:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],VE:[\\"h\\",\\"H\\",\\"hB\\",\\"hb\\"],VG:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],VI:[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],VN:[\\"H\\",\\"h\\"],VU:[\\"h\\",\\"H\\"],WF:[\\"H\\",\\"hB\\"],WS:[\\"h\\",\\"H\\"],XK:[\\"H\\",\\"hB\\",\\"h\\"],YE:[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],YT:[\\"H\\",\\"hB\\"],ZA:[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],ZM:[\\"H\\",\\"hB\\"],ZW:[\\"H\\",\\"h\\"],\\"af-ZA\\":[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],\\"ar-001\\":[\\"h\\",\\"hB\\",\\"hb\\",\\"H\\"],\\"ca-ES\\":[\\"H\\",\\"h\\",\\"hB\\"],\\"en-001\\":[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],\\"en-HK\\":[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],\\"en-IL\\":[\\"H\\",\\"h\\",\\"hb\\",\\"hB\\"],\\"en-MY\\":[\\"h\\",\\"hb\\",\\"H\\",\\"hB\\"],\\"es-BR\\":[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],\\"es-ES\\":[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],\\"es-GQ\\":[\\"H\\",\\"h\\",\\"hB\\",\\"hb\\"],\\"fr-CA\\":[\\"H\\",\\"h\\",\\"hB\\"],\\"gl-ES\\":[\\"H\\",\\"h\\",\\"hB\\"],\\"gu-IN\\":[\\"hB\\",\\"hb\\",\\"h\\",\\"H\\"],\\"hi-IN\\":[\\"hB\\",\\"h\\",\\"H\\"],\\"it-CH\\":[\\"H\\",\\"h\\",\\"hB\\"],\\"it-IT\\":[\\"H\\",\\"h\\",\\"hB\\"],\\"kn-IN\\":[\\"hB\\",\\"h\\",\\"H\\"],\\"ku-SY\\":[\\"H\\",\\"hB\\"],\\"ml-IN\\":[\\"hB\\",\\"h\\",\\"H\\"],\\"mr-IN\\":[\\"hB\\",\\"hb\\",\\"h\\",\\"H\\"],\\"pa-IN\\":[\\"hB\\",\\"hb\\",\\"h\\",\\"H\\"],\\"ta-IN\\":[\\"hB\\",\\"h\\",\\"hb\\",\\"H\\"],\\"te-IN\\":[\\"hB\\",\\"h\\",\\"H\\"],\\"zu-ZA\\":[\\"H\\",\\"hB\\",\\"hb\\",\\"h\\"]};function Ba(e,t){let l=\\"\\";for(let n=0;n<e.length;n++){let s=e.charAt(n);if(s===\\"j\\"){let o=0;for(;n+1<e.length&&e.charAt(n+1)===s;)o++,n++;let a=1+(o&1),f=o<2?1:3+(o>>1),u=\\"a\\",p=ka(t);for((p==\\"H\\"||p==\\"k\\")&&(f=0);f-- >0;)l+=u;for(;a-- >0;)l=p+l}else s===\\"J\\"?l+=\\"H\\":l+=s}return l}function ka(e){let t=e.hourCycle;if(t===void 0){let s=e;t=s.getHourCycles?.()[0]??s.hourCycles?.[0]}if(t)switch(t){case\\"h24\\":return\\"k\\";case\\"h23\\":return\\"H\\";case\\"h12\\":return\\"h\\";case\\"h11\\":return\\"K\\";default:throw new Error(\\"Invalid hourCycle\\")}let l=e.language,n;return l!==\\"root\\"&&(n=e.maximize().region),($n[`${l}-${n}`]||$n[n||\\"\\"]||$n[l||\\"\\"]||$n[`${l}-001`]||$n[\\"001\\"])[0].charAt(0)}var xa=new RegExp(`^${zs.source}*`),Da=new RegExp(`${zs.source}*$`);function ne(e,t){return{start:e,end:t}}var Ra=!!Object.fromEntries,Ia=!!String.prototype.trimStart,Na=!!String.prototype.trimEnd,Gs=Ra?Object.fromEntries:function(t){let l={};for(let[n,s]of t)l[n]=s;return l},Oa=Ia?function(t){return t.trimStart()}:function(t){return t.replace(xa,\\"\\")},Fa=Na?function(t){return t.trimEnd()}:function(t){return t.replace(Da,\\"\\")},js=Ga();function Ga(){try{let e=new RegExp(\\"([^\\\\\\\\p{White_Space}\\\\\\\\p{Pattern_Syntax}]*)\\",\\"yu\\");if(e.exec(\\"a \\")?.[1]===\\"a\\")return e}catch{}return Ma}function ja(e,t){return js.lastIndex=t,js.exec(e)[1]??\\"\\"}function Ua(e){if(e.length===0)return null;let t=1,l=1;for(let n=0;n<e.length;){let s=e.charCodeAt(n);switch(s){case 35:case 39:case 60:case 123:case 125:return null}if(s===10)t++,l=1,n++;else if(l++,s>=55296&&s<=56319&&n+1<e.length){let o=e.charCodeAt(n+1);n+=o>=56320&&o<=57343?2:1}else n++}return{offset:e.length,line:t,column:l}}var Va=class{constructor(e,t={}){this.message=e,this.position={offset:0,line:1,column:1},this.ignoreTag=!!t.ignoreTag,this.locale=t.locale,this.requiresOtherClause=!!t.requiresOtherClause,this.shouldParseSkeletons=!!t.shouldParseSkeletons,this.captureEscapes=!!t.captureEscapes}parse(){if(this.offset()!==0)throw Error(\\"parser can only be used once\\");if(this.message.length>0){let e=this.message.charCodeAt(0);if(e!==35&&e!==39&&e!==60&&e!==123&&e!==125){let t=Ua(this.message);if(t){let l=this.clonePosition();return this.position=t,{val:[{type:0,value:this.message,...this.captureEscapes&&{rawValue:this.message},location:ne(l,this.clonePosition())}],err:null}}}}return this.parseMessage(0,\\"\\",!1)}parseMessage(e,t,l){let n=[];for(;!this.isEOF();){let s=this.char();if(s===123){let o=this.parseArgument(e,l);if(o.err)return o;n.push(o.val)}else{if(s===125&&e>0)break;if(s===35&&(t===\\"plural\\"||t===\\"selectordinal\\")){let o=this.clonePosition();this.bump(),n.push({type:7,location:ne(o,this.clonePosition())})}else if(s===60&&!this.ignoreTag&&this.peek()===47){if(l)break;return this.error(26,ne(this.clonePosition(),this.clonePosition()))}else if(s===60&&!this.ignoreTag&&si(this.peek()||0)){let o=this.parseTag(e,t);if(o.err)return o;n.push(o.val)}else{let o=this.parseLiteral(e,t);if(o.err)return o;n.push(o.val)}}}return{val:n,err:null}}parseTag(e,t){let l=this.clonePosition();this.bump();let n=this.parseTagName();if(this.bumpSpace(),this.bumpIf(\\"/>\\"))return{val:{type:0,value:`<${n}/>`,location:ne(l,this.clonePosition())},err:null};if(this.bumpIf(\\">\\")){let s=this.parseMessage(e+1,t,!0);if(s.err)return s;let o=s.val,a=this.clonePosition();if(this.bumpIf(\\"</\\")){if(this.isEOF()||!si(this.char()))return this.error(23,ne(a,this.clonePosition()));let f=this.clonePosition();return n!==this.parseTagName()?this.error(26,ne(f,this.clonePosition())):(this.bumpSpace(),this.bumpIf(\\">\\")?{val:{type:8,value:n,children:o,location:ne(l,this.clonePosition())},err:null}:this.error(23,ne(a,this.clonePosition())))}else return this.error(27,ne(l,this.clonePosition()))}else return this.error(23,ne(l,this.clonePosition()))}parseTagName(){let e=this.offset();for(this.bump();!this.isEOF()&&Wa(this.char());)this.bump();return this.message.slice(e,this.offset())}parseLiteral(e,t){let l=this.clonePosition(),n=\\"\\";for(;;){let o=this.tryParseQuote(t);if(o){n+=o;continue}let a=this.tryParseUnquoted(e,t);if(a){n+=a;continue}let f=this.tryParseLeftAngleBracket();if(f){n+=f;continue}break}let s=ne(l,this.clonePosition());return{val:{type:0,value:n,location:s,...this.captureEscapes&&{rawValue:this.message.slice(l.offset,this.offset())}},err:null}}tryParseLeftAngleBracket(){return!this.isEOF()&&this.char()===60&&(this.ignoreTag||!za(this.peek()||0))?(this.bump(),\\"<\\"):null}tryParseQuote(e){if(this.isEOF()||this.char()!==39)return null;switch(this.peek()){case 39:return this.bump(),this.bump(),\\"\'\\";case 123:case 60:case 62:case 125:break;case 35:if(e===\\"plural\\"||e===\\"selectordinal\\")break;return null;default:return null}this.bump();let t=[this.char()];for(this.bump();!this.isEOF();){let l=this.char();if(l===39)if(this.peek()===39)t.push(39),this.bump();else{this.bump();break}else t.push(l);this.bump()}return String.fromCodePoint(...t)}tryParseUnquoted(e,t){if(this.isEOF())return null;let l=this.char();return l===60||l===123||l===35&&(t===\\"plural\\"||t===\\"selectordinal\\")||l===125&&e>0?null:(this.bump(),String.fromCodePoint(l))}parseArgument(e,t){let l=this.clonePosition();if(this.bump(),this.bumpSpace(),this.isEOF())return this.error(1,ne(l,this.clonePosition()));if(this.char()===125)return this.bump(),this.error(2,ne(l,this.clonePosition()));let n=this.parseIdentifierIfPossible().value;if(!n)return this.error(3,ne(l,this.clonePosition()));if(this.bumpSpace(),this.isEOF())return this.error(1,ne(l,this.clonePosition()));switch(this.char()){case 125:return this.bump(),{val:{type:1,value:n,location:ne(l,this.clonePosition())},err:null};case 44:return this.bump(),this.bumpSpace(),this.isEOF()?this.error(1,ne(l,this.clonePosition())):this.parseArgumentOptions(e,t,n,l);default:return this.error(3,ne(l,this.clonePosition()))}}parseIdentifierIfPossible(){let e=this.clonePosition(),t=this.offset(),l=ja(this.message,t),n=t+l.length;return this.bumpTo(n),{value:l,location:ne(e,this.clonePosition())}}parseArgumentOptions(e,t,l,n){let s=this.clonePosition(),o=this.parseIdentifierIfPossible().value,a=this.clonePosition();switch(o){case\\"\\":return this.error(4,ne(s,a));case\\"number\\":case\\"date\\":case\\"time\\":{this.bumpSpace();let f=null;if(this.bumpIf(\\",\\")){this.bumpSpace();let b=this.clonePosition(),d=this.parseSimpleArgStyleIfPossible();if(d.err)return d;let y=Fa(d.val);if(y.length===0)return this.error(6,ne(this.clonePosition(),this.clonePosition()));f={style:y,styleLocation:ne(b,this.clonePosition())}}let u=this.tryParseArgumentClose(n);if(u.err)return u;let p=ne(n,this.clonePosition());if(f&&f.style.startsWith(\\"::\\")){let b=Oa(f.style.slice(2));if(o===\\"number\\"){let d=this.parseNumberSkeletonFromString(b,f.styleLocation);return d.err?d:{val:{type:2,value:l,location:p,style:d.val},err:null}}else{if(b.length===0)return this.error(10,p);let d=b;this.locale&&(d=Ba(b,this.locale));let y={type:1,pattern:d,location:f.styleLocation,parsedOptions:this.shouldParseSkeletons?Ds(d):{}};return{val:{type:o===\\"date\\"?3:4,value:l,location:p,style:y},err:null}}}return{val:{type:o===\\"number\\"?2:o===\\"date\\"?3:4,value:l,location:p,style:f?.style??null},err:null}}case\\"plural\\":case\\"selectordinal\\":case\\"select\\":{let f=this.clonePosition();if(this.bumpSpace(),!this.bumpIf(\\",\\"))return this.error(12,ne(f,{...f}));this.bumpSpace();let u=this.parseIdentifierIfPossible(),p=0;if(o!==\\"select\\"&&u.value===\\"offset\\"){if(!this.bumpIf(\\":\\"))return this.error(13,ne(this.clonePosition(),this.clonePosition()));this.bumpSpace();let C=this.tryParseDecimalInteger(13,14);if(C.err)return C;this.bumpSpace(),u=this.parseIdentifierIfPossible(),p=C.val}let b=this.tryParsePluralOrSelectOptions(e,o,t,u);if(b.err)return b;let d=this.tryParseArgumentClose(n);if(d.err)return d;let y=ne(n,this.clonePosition());return o===\\"select\\"?{val:{type:5,value:l,options:Gs(b.val),location:y},err:null}:{val:{type:6,value:l,options:Gs(b.val),offset:p,pluralType:o===\\"plural\\"?\\"cardinal\\":\\"ordinal\\",location:y},err:null}}default:return this.error(5,ne(s,a))}}tryParseArgumentClose(e){return this.isEOF()||this.char()!==125?this.error(1,ne(e,this.clonePosition())):(this.bump(),{val:!0,err:null})}parseSimpleArgStyleIfPossible(){let e=0,t=this.clonePosition();for(;!this.isEOF();)switch(this.char()){case 39:{this.bump();let l=this.clonePosition();if(!this.bumpUntil(\\"\'\\"))return this.error(11,ne(l,this.clonePosition()));this.bump();break}case 123:e+=1,this.bump();break;case 125:if(e>0)e-=1;else return{val:this.message.slice(t.offset,this.offset()),err:null};break;default:this.bump()}return{val:this.message.slice(t.offset,this.offset()),err:null}}parseNumberSkeletonFromString(e,t){let l=[];try{l=Rs(e)}catch{return this.error(7,t)}return{val:{type:0,tokens:l,location:t,parsedOptions:this.shouldParseSkeletons?Fs(l):{}},err:null}}tryParsePluralOrSelectOptions(e,t,l,n){let s=!1,o=[],a=new Set,{value:f,location:u}=n;for(;;){if(f.length===0){let y=this.clonePosition();if(t!==\\"select\\"&&this.bumpIf(\\"=\\")){let C=this.tryParseDecimalInteger(16,19);if(C.err)return C;u=ne(y,this.clonePosition()),f=this.message.slice(y.offset,this.offset())}else break}if(a.has(f))return this.error(t===\\"select\\"?21:20,u);f===\\"other\\"&&(s=!0),this.bumpSpace();let p=this.clonePosition();if(!this.bumpIf(\\"{\\"))return this.error(t===\\"select\\"?17:18,ne(this.clonePosition(),this.clonePosition()));let b=this.parseMessage(e+1,t,l);if(b.err)return b;let d=this.tryParseArgumentClose(p);if(d.err)return d;o.push([f,{value:b.val,location:ne(p,this.clonePosition())}]),a.add(f),this.bumpSpace(),{value:f,location:u}=this.parseIdentifierIfPossible()}return o.length===0?this.error(t===\\"select\\"?15:16,ne(this.clonePosition(),this.clonePosition())):this.requiresOtherClause&&!s?this.error(22,ne(this.clonePosition(),this.clonePosition())):{val:o,err:null}}tryParseDecimalInteger(e,t){let l=1,n=this.clonePosition();this.bumpIf(\\"+\\")||this.bumpIf(\\"-\\")&&(l=-1);let s=!1,o=0;for(;!this.isEOF();){let f=this.char();if(f>=48&&f<=57)s=!0,o=o*10+(f-48),this.bump();else break}let a=ne(n,this.clonePosition());return s?(o*=l,Number.isSafeInteger(o)?{val:o,err:null}:this.error(t,a)):this.error(e,a)}offset(){return this.position.offset}isEOF(){return this.offset()===this.message.length}clonePosition(){return{offset:this.position.offset,line:this.position.line,column:this.position.column}}char(){let e=this.position.offset;if(e>=this.message.length)throw Error(\\"out of bound\\");let t=this.message.codePointAt(e);if(t===void 0)throw Error(`Offset ${e} is at invalid UTF-16 code unit boundary`);return t}error(e,t){return{val:null,err:{kind:e,message:this.message,location:t}}}bump(){if(this.isEOF())return;let e=this.char();e===10?(this.position.line+=1,this.position.column=1,this.position.offset+=1):(this.position.column+=1,this.position.offset+=e<65536?1:2)}bumpIf(e){let t=this.offset();if(this.message.slice(t,t+e.length)===e){for(let l=0;l<e.length;l++)this.bump();return!0}return!1}bumpUntil(e){let t=this.offset(),l=this.message.indexOf(e,t);return l>=0?(this.bumpTo(l),!0):(this.bumpTo(this.message.length),!1)}bumpTo(e){if(this.offset()>e)throw Error(`targetOffset ${e} must be greater than or equal to the current offset ${this.offset()}`);for(e=Math.min(e,this.message.length);;){let t=this.offset();if(t===e)break;if(t>e)throw Error(`targetOffset ${e} is at invalid UTF-16 code unit boundary`);if(this.bump(),this.isEOF())break}}bumpSpace(){for(;!this.isEOF()&&$a(this.char());)this.bump()}peek(){if(this.isEOF())return null;let e=this.char(),t=this.offset();return this.message.charCodeAt(t+(e>=65536?2:1))??null}};function si(e){return e>=97&&e<=122||e>=65&&e<=90}function za(e){return si(e)||e===47}function Wa(e){return e===45||e===46||e>=48&&e<=57||e===95||e>=97&&e<=122||e>=65&&e<=90||e==183||e>=192&&e<=214||e>=216&&e<=246||e>=248&&e<=893||e>=895&&e<=8191||e>=8204&&e<=8205||e>=8255&&e<=8256||e>=8304&&e<=8591||e>=11264&&e<=12271||e>=12289&&e<=55295||e>=63744&&e<=64975||e>=65008&&e<=65533||e>=65536&&e<=983039}function $a(e){return e>=9&&e<=13||e===32||e===133||e>=8206&&e<=8207||e===8232||e===8233}function ri(e){e.forEach(t=>{if(delete t.location,hi(t)||fi(t))for(let l in t.options)delete t.options[l].location,ri(t.options[l].value);else ai(t)&&mi(t.style)||(ci(t)||ui(t))&&pl(t.style)?delete t.style.location:pi(t)&&ri(t.children)})}function Ws(e,t={}){t={shouldParseSkeletons:!0,requiresOtherClause:!0,...t};let l=new Va(e,t).parse();if(l.err){let n=SyntaxError(La[l.err.kind]);throw n.location=l.err.location,n.originalMessage=l.err.message,n}return t?.captureLocation||ri(l.val),l.val}var dl=class extends Error{constructor(e,t,l){super(e),this.code=t,this.originalMessage=l}toString(){return`[formatjs Error: ${this.code}] ${this.message}`}},$s=class extends dl{constructor(e,t,l,n){super(`Invalid values for \\"${e}\\": \\"${t}\\". Options are \\"${Object.keys(l).join(\'\\", \\"\')}\\"`,\\"INVALID_VALUE\\",n)}},Ya=class extends dl{constructor(e,t,l){super(`Value for \\"${e}\\" must be of type ${t}`,\\"INVALID_VALUE\\",l)}},Za=class extends dl{constructor(e,t){super(`The intl string context variable \\"${e}\\" was not provided to the string \\"${t}\\"`,\\"MISSING_VALUE\\",t)}};function qa(e){return e.length<2?e:e.reduce((t,l)=>{let n=t[t.length-1];return!n||n.type!==0||l.type!==0?t.push(l):n.value+=l.value,t},[])}function Ja(e){return typeof e==\\"function\\"}function ml(e,t,l,n,s,o,a){if(e.length===1&&oi(e[0]))return[{type:0,value:e[0].value}];let f=[];for(let u of e){if(oi(u)){f.push({type:0,value:u.value});continue}if(Vs(u)){typeof o==\\"number\\"&&f.push({type:0,value:l.getNumberFormat(t).format(o)});continue}let{value:p}=u;if(!(s&&p in s))throw new Za(p,a);let b=s[p];if(Us(u)){(!b||typeof b==\\"string\\"||typeof b==\\"number\\"||typeof b==\\"bigint\\")&&(b=typeof b==\\"string\\"||typeof b==\\"number\\"||typeof b==\\"bigint\\"?String(b):\\"\\"),f.push({type:typeof b==\\"string\\"?0:1,value:b});continue}if(ci(u)){let d=typeof u.style==\\"string\\"?n.date[u.style]:pl(u.style)?u.style.parsedOptions:void 0;f.push({type:0,value:l.getDateTimeFormat(t,d).format(b)});continue}if(ui(u)){let d=typeof u.style==\\"string\\"?n.time[u.style]:pl(u.style)?u.style.parsedOptions:n.time.medium;f.push({type:0,value:l.getDateTimeFormat(t,d).format(b)});continue}if(ai(u)){let d=typeof u.style==\\"string\\"?n.number[u.style]:mi(u.style)?u.style.parsedOptions:void 0;if(d&&d.scale){let y=d.scale||1;if(typeof b==\\"bigint\\"){if(!Number.isInteger(y))throw new TypeError(`Cannot apply fractional scale ${y} to bigint value. Scale must be an integer when formatting bigint.`);b=b*BigInt(y)}else b=b*y}f.push({type:0,value:l.getNumberFormat(t,d).format(b)});continue}if(pi(u)){let{children:d,value:y}=u,C=s[y];if(!Ja(C))throw new Ya(y,\\"function\\",a);let A=C(ml(d,t,l,n,s,o).map(x=>x.value));Array.isArray(A)||(A=[A]),f.push(...A.map(x=>({type:typeof x==\\"string\\"?0:1,value:x})))}if(hi(u)){let d=b,y=(Object.prototype.hasOwnProperty.call(u.options,d)?u.options[d]:void 0)||u.options.other;if(!y)throw new $s(u.value,b,Object.keys(u.options),a);f.push(...ml(y.value,t,l,n,s));continue}if(fi(u)){let d=`=${b}`,y=Object.prototype.hasOwnProperty.call(u.options,d)?u.options[d]:void 0;if(!y){if(!Intl.PluralRules)throw new dl(`Intl.PluralRules is not available in this environment.\\nTry polyfilling it using \\"@formatjs/intl-pluralrules\\"\\n`,\\"MISSING_INTL_API\\",a);let A=typeof b==\\"bigint\\"?Number(b):b,x=l.getPluralRules(t,{type:u.pluralType}).select(A-(u.offset||0));y=(Object.prototype.hasOwnProperty.call(u.options,x)?u.options[x]:void 0)||u.options.other}if(!y)throw new $s(u.value,b,Object.keys(u.options),a);let C=typeof b==\\"bigint\\"?Number(b):b;f.push(...ml(y.value,t,l,n,s,C-(u.offset||0)));continue}}return qa(f)}function Xa(e,t){return t?{...e,...t,...Object.keys(e).reduce((l,n)=>(l[n]={...e[n],...t[n]},l),{})}:e}function Qa(e,t){return t?Object.keys(e).reduce((l,n)=>(l[n]=Xa(e[n],t[n]),l),{...e}):e}function di(e){return{create(){return{get(t){return e[t]},set(t,l){e[t]=l}}}}}function Ka(e={number:{},dateTime:{},pluralRules:{}}){return{getNumberFormat:hl((...t)=>new Intl.NumberFormat(...t),{cache:di(e.number),strategy:fl.variadic}),getDateTimeFormat:hl((...t)=>new Intl.DateTimeFormat(...t),{cache:di(e.dateTime),strategy:fl.variadic}),getPluralRules:hl((...t)=>new Intl.PluralRules(...t),{cache:di(e.pluralRules),strategy:fl.variadic})}}var Ys=class kt{constructor(t,l=kt.defaultLocale,n,s){if(this.formatterCache={number:{},dateTime:{},pluralRules:{}},this.format=(o=>{let a=this.formatToParts(o);if(a.length===1)return a[0].value;let f=a.reduce((u,p)=>(!u.length||p.type!==0||typeof u[u.length-1]!=\\"string\\"?u.push(p.value):u[u.length-1]+=p.value,u),[]);return f.length<=1?f[0]||\\"\\":f}),this.formatToParts=(o=>ml(this.ast,this.locales,this.formatters,this.formats,o,void 0,this.message)),this.resolvedOptions=()=>({locale:this.resolvedLocale?.toString()||Intl.NumberFormat.supportedLocalesOf(this.locales)[0]}),this.getAst=()=>this.ast,this.locales=l,this.resolvedLocale=kt.resolveLocale(l),typeof t==\\"string\\"){if(this.message=t,!kt.__parse)throw new TypeError(\\"IntlMessageFormat.__parse must be set to process `message` of type `string`\\");let{...o}=s||{};this.ast=kt.__parse(t,{...o,locale:this.resolvedLocale})}else this.ast=t;if(!Array.isArray(this.ast))throw new TypeError(\\"A message must be provided as a String or AST.\\");this.formats=Qa(kt.formats,n),this.formatters=s&&s.formatters||Ka(this.formatterCache)}static{this.memoizedDefaultLocale=null}static get defaultLocale(){return kt.memoizedDefaultLocale||(kt.memoizedDefaultLocale=new Intl.NumberFormat().resolvedOptions().locale),kt.memoizedDefaultLocale}static{this.resolveLocale=t=>{if(typeof Intl.Locale>\\"u\\")return;let l=Intl.NumberFormat.supportedLocalesOf(t);return l.length>0?new Intl.Locale(l[0]):new Intl.Locale(typeof t==\\"string\\"?t:t[0])}}static{this.__parse=Ws}static{this.formats={number:{integer:{maximumFractionDigits:0},currency:{style:\\"currency\\"},percent:{style:\\"percent\\"}},date:{short:{month:\\"numeric\\",day:\\"numeric\\",year:\\"2-digit\\"},medium:{month:\\"short\\",day:\\"numeric\\",year:\\"numeric\\"},long:{month:\\"long\\",day:\\"numeric\\",year:\\"numeric\\"},full:{weekday:\\"long\\",month:\\"long\\",day:\\"numeric\\",year:\\"numeric\\"}},time:{short:{hour:\\"numeric\\",minute:\\"numeric\\"},medium:{hour:\\"numeric\\",minute:\\"numeric\\",second:\\"numeric\\"},long:{hour:\\"numeric\\",minute:\\"numeric\\",second:\\"numeric\\",timeZoneName:\\"short\\"},full:{hour:\\"numeric\\",minute:\\"numeric\\",second:\\"numeric\\",timeZoneName:\\"short\\"}}}}};var Zs=new Map;function ec(e,t){let l=`${t}\\\\0${e}`,n=Zs.get(l);return n===void 0&&(n=new Ys(e,t,void 0,{ignoreTag:!0}),Zs.set(l,n)),n}function gi(e,t,l={},n=s=>s){let s={};for(let[a,f]of Object.entries(l))s[a]=typeof f==\\"object\\"?tc(f,t,n):typeof f==\\"string\\"?n(f):f;let o=ec(e[t],t).format(s);if(typeof o!=\\"string\\")throw new Error(`message \\"${e[t]}\\" did not render to text`);return o}function tc(e,t,l){return gi(e.text,t,e.values,l)}var qs={title:{en:\\"ORCA fleet status\\",ja:\\"ORCA \\\\u30D5\\\\u30EA\\\\u30FC\\\\u30C8\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u6CC1\\"},builtAt:{en:\\"Built {at} (Asia/Tokyo) from the fleet\'s history.\\",ja:\\"{at}\\\\uFF08\\\\u65E5\\\\u672C\\\\u6642\\\\u9593\\\\uFF09\\\\u306B\\\\u30D5\\\\u30EA\\\\u30FC\\\\u30C8\\\\u306E\\\\u5C65\\\\u6B74\\\\u304B\\\\u3089\\\\u4F5C\\\\u6210\\"},skip:{en:\\"Skip to the clinic list\\",ja:\\"\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u4E00\\\\u89A7\\\\u3078\\\\u79FB\\\\u52D5\\"},loading:{en:\\"Loading\\\\u2026\\",ja:\\"\\\\u8AAD\\\\u307F\\\\u8FBC\\\\u307F\\\\u4E2D\\\\u2026\\"},noScript:{en:\\"This page needs JavaScript; nothing is fetched from outside this site.\\",ja:\\"\\\\u3053\\\\u306E\\\\u30DA\\\\u30FC\\\\u30B8\\\\u306B\\\\u306F JavaScript \\\\u304C\\\\u5FC5\\\\u8981\\\\u3067\\\\u3059\\\\uFF08\\\\u3053\\\\u306E\\\\u30B5\\\\u30A4\\\\u30C8\\\\u306E\\\\u5916\\\\u304B\\\\u3089\\\\u306F\\\\u4F55\\\\u3082\\\\u8AAD\\\\u307F\\\\u8FBC\\\\u307F\\\\u307E\\\\u305B\\\\u3093\\\\uFF09\\\\u3002\\"},overview:{en:\\"The fleet at a glance\\",ja:\\"\\\\u30D5\\\\u30EA\\\\u30FC\\\\u30C8\\\\u306E\\\\u6982\\\\u8981\\"},clinicsCount:{en:\\"Clinics\\",ja:\\"\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u6570\\"},openIncidents:{en:\\"Open incidents\\",ja:\\"\\\\u672A\\\\u89E3\\\\u6C7A\\\\u306E\\\\u30A4\\\\u30F3\\\\u30B7\\\\u30C7\\\\u30F3\\\\u30C8\\"},incidentClinics:{en:\\"at {count, plural, one {# clinic} other {# clinics}}\\",ja:\\"{count} \\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\"},healthHeading:{en:\\"Health now\\",ja:\\"\\\\u73FE\\\\u5728\\\\u306E\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u614B\\"},healthy:{en:\\"Healthy\\",ja:\\"\\\\u6B63\\\\u5E38\\"},degraded:{en:\\"Degraded\\",ja:\\"\\\\u4E00\\\\u90E8\\\\u7570\\\\u5E38\\"},restarting:{en:\\"Restarting\\",ja:\\"\\\\u518D\\\\u8D77\\\\u52D5\\\\u4E2D\\"},down:{en:\\"Down\\",ja:\\"\\\\u505C\\\\u6B62\\"},unreachable:{en:\\"Unreachable\\",ja:\\"\\\\u5FDC\\\\u7B54\\\\u306A\\\\u3057\\"},unknown:{en:\\"No record\\",ja:\\"\\\\u8A18\\\\u9332\\\\u306A\\\\u3057\\"},releasesHeading:{en:\\"Releases running\\",ja:\\"\\\\u7A3C\\\\u50CD\\\\u4E2D\\\\u306E\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\"},releaseChart:{en:\\"Bar chart: clinics by the ORCA release they run.\\",ja:\\"\\\\u68D2\\\\u30B0\\\\u30E9\\\\u30D5: ORCA \\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\u5225\\\\u306E\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u6570\\"},ringsHeading:{en:\\"Rollout by ring\\",ja:\\"\\\\u30EA\\\\u30F3\\\\u30B0\\\\u5225\\\\u306E\\\\u30ED\\\\u30FC\\\\u30EB\\\\u30A2\\\\u30A6\\\\u30C8\\"},ringLine:{en:\\"{ring}: {onTarget, number} of {clinics, number} on {targets}\\",ja:\\"{ring}: {clinics, number} \\\\u4EF6\\\\u4E2D {onTarget, number} \\\\u4EF6\\\\u304C {targets}\\"},ringUnknown:{en:\\"{count} without a recorded release\\",ja:\\"\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\u8A18\\\\u9332\\\\u306A\\\\u3057 {count} \\\\u4EF6\\"},patchHeading:{en:\\"Patch compliance\\",ja:\\"\\\\u30D1\\\\u30C3\\\\u30C1\\\\u9069\\\\u7528\\\\u72B6\\\\u6CC1\\"},compliant:{en:\\"Compliant\\",ja:\\"\\\\u6E96\\\\u62E0\\"},\\"non-compliant\\":{en:\\"Non-compliant\\",ja:\\"\\\\u975E\\\\u6E96\\\\u62E0\\"},\\"never-scanned\\":{en:\\"Never scanned\\",ja:\\"\\\\u672A\\\\u30B9\\\\u30AD\\\\u30E3\\\\u30F3\\"},\\"no-instance\\":{en:\\"No instance\\",ja:\\"\\\\u30A4\\\\u30F3\\\\u30B9\\\\u30BF\\\\u30F3\\\\u30B9\\\\u306A\\\\u3057\\"},trendHeading:{en:\\"Patch compliance by week\\",ja:\\"\\\\u9031\\\\u3054\\\\u3068\\\\u306E\\\\u30D1\\\\u30C3\\\\u30C1\\\\u9069\\\\u7528\\\\u72B6\\\\u6CC1\\"},trendChart:{en:\\"Line chart: compliant, non-compliant and urgent clinics by week.\\",ja:\\"\\\\u6298\\\\u308C\\\\u7DDA\\\\u30B0\\\\u30E9\\\\u30D5: \\\\u9031\\\\u3054\\\\u3068\\\\u306E\\\\u6E96\\\\u62E0\\\\u30FB\\\\u975E\\\\u6E96\\\\u62E0\\\\u30FB\\\\u7DCA\\\\u6025\\\\u30D1\\\\u30C3\\\\u30C1\\\\u672A\\\\u9069\\\\u7528\\\\u306E\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u6570\\"},urgent:{en:\\"Critical or important outstanding\\",ja:\\"\\\\u7DCA\\\\u6025\\\\u30FB\\\\u91CD\\\\u8981\\\\u30D1\\\\u30C3\\\\u30C1\\\\u672A\\\\u9069\\\\u7528\\"},week:{en:\\"Week\\",ja:\\"\\\\u9031\\"},asTable:{en:\\"As a table\\",ja:\\"\\\\u8868\\\\u3067\\\\u898B\\\\u308B\\"},missing:{en:\\"Not in the history yet: {parts}. Shown as \\\\u201Cno record\\\\u201D, never as a value.\\",ja:\\"\\\\u5C65\\\\u6B74\\\\u306B\\\\u307E\\\\u3060\\\\u8A18\\\\u9332\\\\u304C\\\\u306A\\\\u3044\\\\u3082\\\\u306E: {parts}\\\\u3002\\\\u5024\\\\u3067\\\\u306F\\\\u306A\\\\u304F\\\\u300C\\\\u8A18\\\\u9332\\\\u306A\\\\u3057\\\\u300D\\\\u3068\\\\u8868\\\\u793A\\\\u3057\\\\u307E\\\\u3059\\\\u3002\\"},partHealth:{en:\\"health (the liveness sweep has not recorded any)\\",ja:\\"\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u614B\\\\uFF08\\\\u6B7B\\\\u6D3B\\\\u76E3\\\\u8996\\\\u306E\\\\u8A18\\\\u9332\\\\u304C\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\uFF09\\"},partRelease:{en:\\"releases running (the rollout has not recorded any)\\",ja:\\"\\\\u7A3C\\\\u50CD\\\\u4E2D\\\\u306E\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\uFF08\\\\u30ED\\\\u30FC\\\\u30EB\\\\u30A2\\\\u30A6\\\\u30C8\\\\u306E\\\\u8A18\\\\u9332\\\\u304C\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\uFF09\\"},partPatch:{en:\\"patch compliance (no patch report yet)\\",ja:\\"\\\\u30D1\\\\u30C3\\\\u30C1\\\\u9069\\\\u7528\\\\u72B6\\\\u6CC1\\\\uFF08\\\\u30D1\\\\u30C3\\\\u30C1\\\\u30EC\\\\u30DD\\\\u30FC\\\\u30C8\\\\u672A\\\\u5B9F\\\\u884C\\\\uFF09\\"},partIncidents:{en:\\"incidents\\",ja:\\"\\\\u30A4\\\\u30F3\\\\u30B7\\\\u30C7\\\\u30F3\\\\u30C8\\"},listSeparator:{en:\\", \\",ja:\\"\\\\u3001\\"},mapHeading:{en:\\"Health by prefecture\\",ja:\\"\\\\u90FD\\\\u9053\\\\u5E9C\\\\u770C\\\\u5225\\\\u306E\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u614B\\"},mapHelp:{en:\\"Each prefecture takes the colour of its worst clinic. Choose one to filter the list; choose it again to clear.\\",ja:\\"\\\\u5404\\\\u90FD\\\\u9053\\\\u5E9C\\\\u770C\\\\u306F\\\\u6700\\\\u3082\\\\u72B6\\\\u614B\\\\u306E\\\\u60AA\\\\u3044\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u306E\\\\u8272\\\\u3067\\\\u8868\\\\u793A\\\\u3057\\\\u307E\\\\u3059\\\\u3002\\\\u9078\\\\u3076\\\\u3068\\\\u4E00\\\\u89A7\\\\u3092\\\\u7D5E\\\\u308A\\\\u8FBC\\\\u307F\\\\u3001\\\\u3082\\\\u3046\\\\u4E00\\\\u5EA6\\\\u9078\\\\u3076\\\\u3068\\\\u89E3\\\\u9664\\\\u3057\\\\u307E\\\\u3059\\\\u3002\\"},tileLabel:{en:\\"{pref}: {clinics, plural, =0 {no clinics} one {# clinic} other {# clinics}}, {notHealthy} not healthy\\",ja:\\"{pref}: {clinics} \\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u3001\\\\u6B63\\\\u5E38\\\\u4EE5\\\\u5916 {notHealthy} \\\\u4EF6\\"},listHeading:{en:\\"Clinics\\",ja:\\"\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u4E00\\\\u89A7\\"},search:{en:\\"Search by name or id\\",ja:\\"\\\\u540D\\\\u524D\\\\u30FBID \\\\u3067\\\\u691C\\\\u7D22\\"},prefecture:{en:\\"Prefecture\\",ja:\\"\\\\u90FD\\\\u9053\\\\u5E9C\\\\u770C\\"},ring:{en:\\"Ring\\",ja:\\"\\\\u30EA\\\\u30F3\\\\u30B0\\"},release:{en:\\"Release\\",ja:\\"\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\"},health:{en:\\"Health\\",ja:\\"\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u614B\\"},any:{en:\\"All\\",ja:\\"\\\\u3059\\\\u3079\\\\u3066\\"},clear:{en:\\"Clear filters\\",ja:\\"\\\\u7D5E\\\\u308A\\\\u8FBC\\\\u307F\\\\u3092\\\\u89E3\\\\u9664\\"},shown:{en:\\"{matched, plural, one {# clinic} other {# clinics}} of {total, number} (page {page} of {pages})\\",ja:\\"{total, number} \\\\u4EF6\\\\u4E2D {matched, number} \\\\u4EF6\\\\uFF08{page} / {pages} \\\\u30DA\\\\u30FC\\\\u30B8\\\\uFF09\\"},previous:{en:\\"Previous page\\",ja:\\"\\\\u524D\\\\u306E\\\\u30DA\\\\u30FC\\\\u30B8\\"},next:{en:\\"Next page\\",ja:\\"\\\\u6B21\\\\u306E\\\\u30DA\\\\u30FC\\\\u30B8\\"},colName:{en:\\"Name\\",ja:\\"\\\\u540D\\\\u524D\\"},colId:{en:\\"Id\\",ja:\\"ID\\"},colUptime:{en:\\"Uptime ({days} days)\\",ja:\\"\\\\u7A3C\\\\u50CD\\\\u7387\\\\uFF08{days} \\\\u65E5\\\\uFF09\\"},colIncidents:{en:\\"Open incidents\\",ja:\\"\\\\u672A\\\\u89E3\\\\u6C7A\\\\u30A4\\\\u30F3\\\\u30B7\\\\u30C7\\\\u30F3\\\\u30C8\\"},colPatch:{en:\\"Patches\\",ja:\\"\\\\u30D1\\\\u30C3\\\\u30C1\\"},wants:{en:\\"{version} asked\\",ja:\\"{version} \\\\u3092\\\\u6307\\\\u5B9A\\"},back:{en:\\"Back to the fleet\\",ja:\\"\\\\u30D5\\\\u30EA\\\\u30FC\\\\u30C8\\\\u5168\\\\u4F53\\\\u306B\\\\u623B\\\\u308B\\"},notFound:{en:\\"No clinic \\\\u201C{id}\\\\u201D on this site.\\",ja:\\"\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u300C{id}\\\\u300D\\\\u306F\\\\u3053\\\\u306E\\\\u30B5\\\\u30A4\\\\u30C8\\\\u306B\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\u3002\\"},since:{en:\\"since {at}\\",ja:\\"{at} \\\\u304B\\\\u3089\\"},timelineHeading:{en:\\"Health over {days} days\\",ja:\\"\\\\u904E\\\\u53BB {days} \\\\u65E5\\\\u306E\\\\u7A3C\\\\u50CD\\\\u72B6\\\\u614B\\"},timelineDay:{en:\\"{day}: {health}\\",ja:\\"{day}: {health}\\"},timelineNone:{en:\\"No health record in these {days} days: the liveness sweep has not recorded this clinic.\\",ja:\\"\\\\u3053\\\\u306E {days} \\\\u65E5\\\\u9593\\\\u306E\\\\u7A3C\\\\u50CD\\\\u8A18\\\\u9332\\\\u306F\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\uFF08\\\\u6B7B\\\\u6D3B\\\\u76E3\\\\u8996\\\\u306E\\\\u8A18\\\\u9332\\\\u304C\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\uFF09\\\\u3002\\"},uptime:{en:\\"Uptime {percent}% over the {covered} days with records.\\",ja:\\"\\\\u8A18\\\\u9332\\\\u306E\\\\u3042\\\\u308B {covered} \\\\u65E5\\\\u9593\\\\u306E\\\\u7A3C\\\\u50CD\\\\u7387 {percent}%\\"},uptimeRough:{en:\\"{days, plural, one {# day} other {# days}} kept as one record a day had an outage that ended the same day: shown in the timeline, its length unknown and not counted.\\",ja:\\"1 \\\\u65E5 1 \\\\u4EF6\\\\u306B\\\\u96C6\\\\u7D04\\\\u3055\\\\u308C\\\\u305F\\\\u65E5\\\\u306E\\\\u3046\\\\u3061 {days} \\\\u65E5\\\\u306B\\\\u5F53\\\\u65E5\\\\u4E2D\\\\u306B\\\\u56DE\\\\u5FA9\\\\u3057\\\\u305F\\\\u505C\\\\u6B62\\\\u304C\\\\u3042\\\\u308A\\\\u3001\\\\u30BF\\\\u30A4\\\\u30E0\\\\u30E9\\\\u30A4\\\\u30F3\\\\u306B\\\\u306F\\\\u8868\\\\u793A\\\\u3057\\\\u307E\\\\u3059\\\\u304C\\\\u3001\\\\u9577\\\\u3055\\\\u306F\\\\u4E0D\\\\u660E\\\\u306E\\\\u305F\\\\u3081\\\\u7A3C\\\\u50CD\\\\u7387\\\\u306B\\\\u542B\\\\u3081\\\\u3066\\\\u3044\\\\u307E\\\\u305B\\\\u3093\\\\u3002\\"},incidentsHeading:{en:\\"Incidents\\",ja:\\"\\\\u30A4\\\\u30F3\\\\u30B7\\\\u30C7\\\\u30F3\\\\u30C8\\"},incidentsNone:{en:\\"No incident in the history.\\",ja:\\"\\\\u5C65\\\\u6B74\\\\u306B\\\\u30A4\\\\u30F3\\\\u30B7\\\\u30C7\\\\u30F3\\\\u30C8\\\\u306F\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\u3002\\"},incidentOpen:{en:\\"#{issue}, open since {at}\\",ja:\\"#{issue}\\\\uFF08{at} \\\\u304B\\\\u3089\\\\u672A\\\\u89E3\\\\u6C7A\\\\uFF09\\"},incidentOpenUndated:{en:\\"#{issue}, open\\",ja:\\"#{issue}\\\\uFF08\\\\u672A\\\\u89E3\\\\u6C7A\\\\uFF09\\"},incidentClosed:{en:\\"#{issue}, {opened} to {closed}\\",ja:\\"#{issue}\\\\uFF08{opened} \\\\u301C {closed}\\\\uFF09\\"},releasesOverTime:{en:\\"Releases over time\\",ja:\\"\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\u306E\\\\u63A8\\\\u79FB\\"},releasesNone:{en:\\"No release in the history.\\",ja:\\"\\\\u5C65\\\\u6B74\\\\u306B\\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\u306E\\\\u8A18\\\\u9332\\\\u306F\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\u3002\\"},releaseStep:{en:\\"{version} from {at}\\",ja:\\"{at} \\\\u304B\\\\u3089 {version}\\"},releaseTimeline:{en:\\"Step chart: the release this clinic ran over time.\\",ja:\\"\\\\u968E\\\\u6BB5\\\\u30B0\\\\u30E9\\\\u30D5: \\\\u30EA\\\\u30EA\\\\u30FC\\\\u30B9\\\\u306E\\\\u63A8\\\\u79FB\\"},patchTrendHeading:{en:\\"Patches over time\\",ja:\\"\\\\u30D1\\\\u30C3\\\\u30C1\\\\u306E\\\\u63A8\\\\u79FB\\"},patchNone:{en:\\"No patch report has recorded this clinic.\\",ja:\\"\\\\u30D1\\\\u30C3\\\\u30C1\\\\u30EC\\\\u30DD\\\\u30FC\\\\u30C8\\\\u306E\\\\u8A18\\\\u9332\\\\u306F\\\\u3042\\\\u308A\\\\u307E\\\\u305B\\\\u3093\\\\u3002\\"},patchChart:{en:\\"Line chart: missing, failed and outstanding urgent patches at each report.\\",ja:\\"\\\\u6298\\\\u308C\\\\u7DDA\\\\u30B0\\\\u30E9\\\\u30D5: \\\\u30EC\\\\u30DD\\\\u30FC\\\\u30C8\\\\u3054\\\\u3068\\\\u306E\\\\u672A\\\\u9069\\\\u7528\\\\u30FB\\\\u5931\\\\u6557\\\\u30FB\\\\u7DCA\\\\u6025\\\\u91CD\\\\u8981\\\\u30D1\\\\u30C3\\\\u30C1\\\\u6570\\"},missingPatches:{en:\\"Missing\\",ja:\\"\\\\u672A\\\\u9069\\\\u7528\\"},failedPatches:{en:\\"Failed\\",ja:\\"\\\\u5931\\\\u6557\\"},lastScan:{en:\\"Last scan {day}{stale, select, true { (stale)} other {}}\\",ja:\\"\\\\u6700\\\\u7D42\\\\u30B9\\\\u30AD\\\\u30E3\\\\u30F3 {day}{stale, select, true {\\\\uFF08\\\\u53E4\\\\u3044\\\\uFF09} other {}}\\"},date:{en:\\"Date\\",ja:\\"\\\\u65E5\\\\u4ED8\\"},loadFailed:{en:\\"This clinic\'s data could not be loaded.\\",ja:\\"\\\\u3053\\\\u306E\\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u306E\\\\u30C7\\\\u30FC\\\\u30BF\\\\u3092\\\\u8AAD\\\\u307F\\\\u8FBC\\\\u3081\\\\u307E\\\\u305B\\\\u3093\\\\u3067\\\\u3057\\\\u305F\\\\u3002\\"},summary:{en:\\"{clinics, number} clinics from {files, plural, one {# history file} other {# history files}}; not in the history yet: {missing}.\\",ja:\\"\\\\u5C65\\\\u6B74\\\\u30D5\\\\u30A1\\\\u30A4\\\\u30EB {files} \\\\u4EF6\\\\u304B\\\\u3089 {clinics, number} \\\\u30AF\\\\u30EA\\\\u30CB\\\\u30C3\\\\u30AF\\\\u3002\\\\u5C65\\\\u6B74\\\\u306B\\\\u307E\\\\u3060\\\\u8A18\\\\u9332\\\\u304C\\\\u306A\\\\u3044\\\\u3082\\\\u306E: {missing}\\\\u3002\\"},none:{en:\\"none\\",ja:\\"\\\\u306A\\\\u3057\\"}};function S(e,t={},...l){let n=document.createElement(e);for(let[s,o]of Object.entries(t))n.setAttribute(s,o);for(let s of l)s!=null&&s!==!1&&n.append(s);return n}function Js(e){return(t,l)=>gi(qs[t],e,l)}function gl(e){let t=document.getElementById(e);if(t===null)throw new Error(`the page has no #${e}`);return t}function jt(e){return new Date(Date.parse(e)+9*36e5).toISOString().slice(0,16).replace(\\"T\\",\\" \\")}var Xs={text:\\"\\",pref:null,ring:\\"\\",release:\\"\\",health:\\"\\"};function Qs(e){return`${e.name}\\\\0${e.id}`.normalize(\\"NFKC\\").toLowerCase()}function Ks(e,t,l){let n=l.text.normalize(\\"NFKC\\").toLowerCase().split(/\\\\s+/).filter(Boolean);return e.filter((s,o)=>{if(l.pref!==null&&s.pref!==l.pref||l.ring!==\\"\\"&&s.ring!==l.ring||l.release!==\\"\\"&&(s.release??\\"\\")!==l.release||l.health!==\\"\\"&&(s.health??\\"unknown\\")!==l.health)return!1;let a=t[o]??\\"\\";return n.every(f=>a.includes(f))})}function nc(e){let{clinics:t,healthClasses:l}=e,n=e.prefectures.length,s=Array.from({length:n},()=>({clinics:0,notHealthy:0}));for(let o of t){let a=s[o.pref];a!==void 0&&(a.clinics+=1,o.health!==void 0&&(o.health!==\\"healthy\\"&&(a.notHealthy+=1),(a.worst===void 0||l.indexOf(o.health)>l.indexOf(a.worst))&&(a.worst=o.health)))}return s}function er(e,t,l){let n=nc(e),s=S(\\"div\\",{class:\\"tiles\\",role:\\"group\\",\\"aria-label\\":t(\\"mapHeading\\")});for(let a of e.tiles){let f=e.prefectures[a.pref]??\\"\\",u=n[a.pref]??{clinics:0,notHealthy:0},p=t(\\"tileLabel\\",{pref:f,clinics:u.clinics,notHealthy:u.notHealthy}),b=S(\\"button\\",{type:\\"button\\",class:`tile h-${u.worst??\\"unknown\\"}`,\\"data-pref\\":String(a.pref),\\"aria-pressed\\":\\"false\\",title:p},S(\\"span\\",{class:\\"tile-name\\",\\"aria-hidden\\":\\"true\\"},f.replace(/[都府県]$/,\\"\\")),S(\\"span\\",{class:\\"tile-count\\",\\"aria-hidden\\":\\"true\\"},u.notHealthy>0?String(u.notHealthy):\\"\\"),S(\\"span\\",{class:\\"sr\\"},p));b.style.gridColumn=String(a.col+1),b.style.gridRow=String(a.row+1),b.addEventListener(\\"click\\",()=>l(a.pref)),s.append(b)}let o=S(\\"p\\",{class:\\"legend\\"},...[...e.healthClasses,\\"unknown\\"].map(a=>S(\\"span\\",{class:`key h-${a}`},t(a))));return S(\\"section\\",{id:\\"map\\",\\"aria-labelledby\\":\\"map-h\\"},S(\\"h2\\",{id:\\"map-h\\"},t(\\"mapHeading\\")),S(\\"p\\",{class:\\"note\\"},t(\\"mapHelp\\")),s,o)}function tr(e,t){for(let l of e.querySelectorAll(\\".tile\\"))l.setAttribute(\\"aria-pressed\\",String(l.dataset.pref===String(t)))}var bi=100;function bl(e,t,l,n){return S(\\"label\\",{for:e},S(\\"span\\",{},t),S(\\"select\\",{id:e},S(\\"option\\",{value:\\"\\"},n(\\"any\\")),...l.map(([s,o])=>S(\\"option\\",{value:s},o))))}function nr(e){return[...new Set(e.filter(t=>t!==void 0))].sort((t,l)=>t.localeCompare(l,\\"en\\",{numeric:!0}))}function lc(e,t,l){let n=s=>s.toLocaleString(t.locale);return S(\\"tr\\",{},S(\\"th\\",{scope:\\"row\\"},S(\\"a\\",{href:`#clinic/${encodeURIComponent(e.id)}`},e.name)),S(\\"td\\",{class:\\"mono\\"},e.id),S(\\"td\\",{},t.prefectures[e.pref]??\\"\\"),S(\\"td\\",{},e.ring),S(\\"td\\",{},e.release??l(\\"unknown\\")),S(\\"td\\",{},S(\\"span\\",{class:`badge h-${e.health??\\"unknown\\"}`},l(e.health??\\"unknown\\"))),S(\\"td\\",{class:\\"num\\"},e.uptime===void 0?\\"\\\\u2014\\":`${e.uptime.toFixed(2)}%`),S(\\"td\\",{class:\\"num\\"},n(e.incidents)),S(\\"td\\",{},l(e.patch??\\"unknown\\")))}function lr(e,t,l){let n=e.clinics.map(Qs),s={...Xs},o=0,a=S(\\"input\\",{id:\\"q\\",type:\\"search\\",autocomplete:\\"off\\"}),f=bl(\\"f-pref\\",t(\\"prefecture\\"),e.prefectures.map((H,U)=>[String(U),H]),t),u=bl(\\"f-ring\\",t(\\"ring\\"),nr(e.clinics.map(H=>H.ring)).map(H=>[H,H]),t),p=bl(\\"f-release\\",t(\\"release\\"),nr(e.clinics.map(H=>H.release)).map(H=>[H,H]),t),b=bl(\\"f-health\\",t(\\"health\\"),[...e.healthClasses,\\"unknown\\"].map(H=>[H,t(H)]),t),d=S(\\"button\\",{type:\\"button\\",id:\\"clear\\"},t(\\"clear\\")),y=S(\\"p\\",{id:\\"shown\\",role:\\"status\\",\\"aria-live\\":\\"polite\\"}),C=S(\\"tbody\\",{}),A=S(\\"button\\",{type:\\"button\\",id:\\"prev\\"},t(\\"previous\\")),x=S(\\"button\\",{type:\\"button\\",id:\\"next\\"},t(\\"next\\")),G=S(\\"table\\",{id:\\"clinic-table\\"},S(\\"thead\\",{},S(\\"tr\\",{},...[t(\\"colName\\"),t(\\"colId\\"),t(\\"prefecture\\"),t(\\"ring\\"),t(\\"release\\"),t(\\"health\\"),t(\\"colUptime\\",{days:e.windowDays}),t(\\"colIncidents\\"),t(\\"colPatch\\")].map(H=>S(\\"th\\",{scope:\\"col\\"},H)))),C),j=H=>document.getElementById(H)?.value??\\"\\";function T(){let H=Ks(e.clinics,n,s),U=Math.max(1,Math.ceil(H.length/bi));o=Math.min(o,U-1),C.replaceChildren(...H.slice(o*bi,(o+1)*bi).map(V=>lc(V,e,t))),y.textContent=t(\\"shown\\",{matched:H.length,total:e.clinics.length,page:o+1,pages:U}),A.disabled=o===0,x.disabled=o>=U-1,tr(l,s.pref)}function N(){let H=j(\\"f-pref\\"),U=j(\\"f-health\\");s={text:a.value,pref:H===\\"\\"?null:Number(H),ring:j(\\"f-ring\\"),release:j(\\"f-release\\"),health:U===\\"\\"?\\"\\":e.healthClasses.find(V=>V===U)??\\"unknown\\"},o=0,T()}let v=S(\\"form\\",{class:\\"filters\\",role:\\"search\\"},S(\\"label\\",{for:\\"q\\"},S(\\"span\\",{},t(\\"search\\")),a),f,u,p,b,d);v.addEventListener(\\"submit\\",H=>H.preventDefault()),v.addEventListener(\\"input\\",N),d.addEventListener(\\"click\\",()=>{v.reset(),N()}),A.addEventListener(\\"click\\",()=>{o-=1,T()}),x.addEventListener(\\"click\\",()=>{o+=1,T()});let Z=S(\\"section\\",{id:\\"clinics\\",\\"aria-labelledby\\":\\"clinics-h\\"},S(\\"h2\\",{id:\\"clinics-h\\",tabindex:\\"-1\\"},t(\\"listHeading\\")),v,y,S(\\"div\\",{class:\\"table-wrap\\"},G),S(\\"div\\",{class:\\"pager\\"},A,x));return T(),{section:Z,pickPrefecture(H){let U=document.getElementById(\\"f-pref\\"),V=s.pref===H?\\"\\":String(H);U!==null&&(U.value=V),s={...s,pref:V===\\"\\"?null:H},o=0,T()}}}var ic=\\"uplot\\",sc=\\"u-hz\\",rc=\\"u-vt\\",oc=\\"u-title\\",ac=\\"u-wrap\\",cc=\\"u-under\\",uc=\\"u-over\\",hc=\\"u-axis\\",nn=\\"u-off\\",fc=\\"u-select\\",pc=\\"u-cursor-x\\",mc=\\"u-cursor-y\\",dc=\\"u-cursor-pt\\",gc=\\"u-legend\\",bc=\\"u-live\\",yc=\\"u-inline\\",wc=\\"u-series\\",Sc=\\"u-marker\\",ir=\\"u-label\\",Ec=\\"u-value\\",Zn=\\"width\\",qn=\\"height\\";var sr=\\"bottom\\",Pn=\\"left\\",yi=\\"right\\",Ri=\\"#000\\",rr=Ri+\\"0\\",wi=\\"mousemove\\",or=\\"mousedown\\",Si=\\"mouseup\\",ar=\\"mouseenter\\",cr=\\"mouseleave\\",ur=\\"dblclick\\",Hc=\\"resize\\",Tc=\\"scroll\\",hr=\\"change\\",Hl=\\"dppxchange\\",Ii=\\"--\\",xn=typeof window<\\"u\\",vi=xn?document:null,An=xn?window:null,_c=xn?navigator:null,oe,yl;function Pi(){let e=devicePixelRatio;oe!=e&&(oe=e,yl&&Ai(hr,yl,Pi),yl=matchMedia(`(min-resolution: ${oe-.001}dppx) and (max-resolution: ${oe+.001}dppx)`),ln(hr,yl,Pi),An.dispatchEvent(new CustomEvent(Hl)))}function tt(e,t){if(t!=null){let l=e.classList;!l.contains(t)&&l.add(t)}}function Ci(e,t){let l=e.classList;l.contains(t)&&l.remove(t)}function ye(e,t,l){e.style[t]=l+\\"px\\"}function bt(e,t,l,n){let s=vi.createElement(e);return t!=null&&tt(s,t),l?.insertBefore(s,n),s}function ut(e,t){return bt(\\"div\\",e,t)}var fr=new WeakMap;function Ct(e,t,l,n,s){let o=\\"translate(\\"+t+\\"px,\\"+l+\\"px)\\",a=fr.get(e);o!=a&&(e.style.transform=o,fr.set(e,o),t<0||l<0||t>n||l>s?tt(e,nn):Ci(e,nn))}var pr=new WeakMap;function mr(e,t,l){let n=t+l,s=pr.get(e);n!=s&&(pr.set(e,n),e.style.background=t,e.style.borderColor=l)}var dr=new WeakMap;function gr(e,t,l,n){let s=t+\\"\\"+l,o=dr.get(e);s!=o&&(dr.set(e,s),e.style.height=l+\\"px\\",e.style.width=t+\\"px\\",e.style.marginLeft=n?-t/2+\\"px\\":0,e.style.marginTop=n?-l/2+\\"px\\":0)}var Ni={passive:!0},vc={...Ni,capture:!0};function ln(e,t,l,n){t.addEventListener(e,l,n?vc:Ni)}function Ai(e,t,l,n){t.removeEventListener(e,l,Ni)}xn&&Pi();function yt(e,t,l,n){let s;l=l||0,n=n||t.length-1;let o=n<=2147483647;for(;n-l>1;)s=o?l+n>>1:nt((l+n)/2),t[s]<e?l=s:n=s;return e-t[l]<=t[n]-e?l:n}function zr(e){return(l,n,s)=>{let o=-1,a=-1;for(let f=n;f<=s;f++)if(e(l[f])){o=f;break}for(let f=s;f>=n;f--)if(e(l[f])){a=f;break}return[o,a]}}var Wr=e=>e!=null,$r=e=>e!=null&&e>0,vl=zr(Wr),Pc=zr($r);function Cc(e,t,l,n=0,s=!1){let o=s?Pc:vl,a=s?$r:Wr;[t,l]=o(e,t,l);let f=e[t],u=e[t];if(t>-1)if(n==1)f=e[t],u=e[l];else if(n==-1)f=e[l],u=e[t];else for(let p=t;p<=l;p++){let b=e[p];a(b)&&(b<f?f=b:b>u&&(u=b))}return[f??fe,u??-fe]}function Pl(e,t,l,n){let s=wr(e),o=wr(t);e==t&&(s==-1?(e*=l,t/=l):(e/=l,t*=l));let a=l==10?xt:Yr,f=s==1?nt:ht,u=o==1?ht:nt,p=f(a(Me(e))),b=u(a(Me(t))),d=Ln(l,p),y=Ln(l,b);return l==10&&(p<0&&(d=pe(d,-p)),b<0&&(y=pe(y,-b))),n||l==2?(e=d*s,t=y*o):(e=Xr(e,d),t=Cl(t,y)),[e,t]}function Oi(e,t,l,n){let s=Pl(e,t,l,n);return e==0&&(s[0]=0),t==0&&(s[1]=0),s}var Fi=.1,br={mode:3,pad:Fi},Xn={pad:0,soft:null,mode:0},Ac={min:Xn,max:Xn};function Tl(e,t,l,n){return Al(l)?yr(e,t,l):(Xn.pad=l,Xn.soft=n?0:null,Xn.mode=n?3:0,yr(e,t,Ac))}function se(e,t){return e??t}function Lc(e,t,l){for(t=se(t,0),l=se(l,e.length-1);t<=l;){if(e[t]!=null)return!0;t++}return!1}function yr(e,t,l){let n=l.min,s=l.max,o=se(n.pad,0),a=se(s.pad,0),f=se(n.hard,-fe),u=se(s.hard,fe),p=se(n.soft,fe),b=se(s.soft,-fe),d=se(n.mode,0),y=se(s.mode,0),C=t-e,A=xt(C),x=$e(Me(e),Me(t)),G=xt(x),j=Me(G-A);(C<1e-24||j>10)&&(C=0,(e==0||t==0)&&(C=1e-24,d==2&&p!=fe&&(o=0),y==2&&b!=-fe&&(a=0)));let T=C||x||1e3,N=xt(T),v=Ln(10,nt(N)),Z=T*(C==0?e==0?.1:1:o),H=pe(Xr(e-Z,v/10),24),U=e>=p&&(d==1||d==3&&H<=p||d==2&&H>=p)?p:fe,V=$e(f,H<U&&e>=U?U:wt(U,H)),K=T*(C==0?t==0?.1:1:a),Y=pe(Cl(t+K,v/10),24),P=t<=b&&(y==1||y==3&&Y>=b||y==2&&Y<=b)?b:-fe,J=wt(u,Y>P&&t<=P?P:$e(P,Y));return V==J&&V==0&&(J=100),[V,J]}var Mc=new Intl.NumberFormat(xn?_c.language:\\"en-US\\"),Gi=e=>Mc.format(e),lt=Math,El=lt.PI,Me=lt.abs,nt=lt.floor,Le=lt.round,ht=lt.ceil,wt=lt.min,$e=lt.max,Ln=lt.pow,wr=lt.sign,xt=lt.log10,Yr=lt.log2,Bc=(e,t=1)=>lt.sinh(e)*t,Ei=(e,t=1)=>lt.asinh(e/t),fe=1/0;function Sr(e){return(xt((e^e>>31)-(e>>31))|0)+1}function Li(e,t,l){return wt($e(e,t),l)}function Zr(e){return typeof e==\\"function\\"}function ee(e){return Zr(e)?e:()=>e}var kc=()=>{},qr=e=>e,Jr=(e,t)=>t,xc=e=>null,Er=e=>!0,Hr=(e,t)=>e==t,Dc=/\\\\.\\\\d*?(?=9{6,}|0{6,})/gm,sn=e=>{if(Kr(e)||Vt.has(e))return e;let t=`${e}`,l=t.match(Dc);if(l==null)return e;let n=l[0].length-1;if(t.indexOf(\\"e-\\")!=-1){let[s,o]=t.split(\\"e\\");return+`${sn(s)}e${o}`}return pe(e,n)};function en(e,t){return sn(pe(sn(e/t))*t)}function Cl(e,t){return sn(ht(sn(e/t))*t)}function Xr(e,t){return sn(nt(sn(e/t))*t)}function pe(e,t=0){if(Kr(e))return e;let l=10**t,n=e*l*(1+Number.EPSILON);return Le(n)/l}var Vt=new Map;function Qr(e){return((\\"\\"+e).split(\\".\\")[1]||\\"\\").length}function Kn(e,t,l,n){let s=[],o=n.map(Qr);for(let a=t;a<l;a++){let f=Me(a),u=pe(Ln(e,a),f);for(let p=0;p<n.length;p++){let b=e==10?+`${n[p]}e${a}`:n[p]*u,d=(a>=0?0:f)+(a>=o[p]?0:o[p]),y=e==10?b:pe(b,d);s.push(y),Vt.set(y,d)}}return s}var Qn={},ji=[],Mn=[null,null],Ut=Array.isArray,Kr=Number.isInteger,Rc=e=>e===void 0;function Tr(e){return typeof e==\\"string\\"}function Al(e){let t=!1;if(e!=null){let l=e.constructor;t=l==null||l==Object}return t}function Ic(e){return e!=null&&typeof e==\\"object\\"}var Nc=Object.getPrototypeOf(Uint8Array),eo=\\"__proto__\\";function Bn(e,t=Al){let l;if(Ut(e)){let n=e.find(s=>s!=null);if(Ut(n)||t(n)){l=Array(e.length);for(let s=0;s<e.length;s++)l[s]=Bn(e[s],t)}else l=e.slice()}else if(e instanceof Nc)l=e.slice();else if(t(e)){l={};for(let n in e)n!=eo&&(l[n]=Bn(e[n],t))}else l=e;return l}function Pe(e){let t=arguments;for(let l=1;l<t.length;l++){let n=t[l];for(let s in n)s!=eo&&(Al(e[s])?Pe(e[s],Bn(n[s])):e[s]=Bn(n[s]))}return e}var Oc=0,Fc=1,Gc=2;function jc(e,t,l){for(let n=0,s,o=-1;n<t.length;n++){let a=t[n];if(a>o){for(s=a-1;s>=0&&e[s]==null;)e[s--]=null;for(s=a+1;s<l&&e[s]==null;)e[o=s++]=null}}}function Uc(e,t){if(Wc(e)){let a=e[0].slice();for(let f=1;f<e.length;f++)a.push(...e[f].slice(1));return $c(a[0])||(a=zc(a)),a}let l=new Set;for(let a=0;a<e.length;a++){let u=e[a][0],p=u.length;for(let b=0;b<p;b++)l.add(u[b])}let n=[Array.from(l).sort((a,f)=>a-f)],s=n[0].length,o=new Map;for(let a=0;a<s;a++)o.set(n[0][a],a);for(let a=0;a<e.length;a++){let f=e[a],u=f[0];for(let p=1;p<f.length;p++){let b=f[p],d=Array(s).fill(void 0),y=t?t[a][p]:Fc,C=[];for(let A=0;A<b.length;A++){let x=b[A],G=o.get(u[A]);x===null?y!=Oc&&(d[G]=x,y==Gc&&C.push(G)):d[G]=x}jc(d,C,s),n.push(d)}}return n}var Vc=typeof queueMicrotask>\\"u\\"?e=>Promise.resolve().then(e):queueMicrotask;function zc(e){let t=e[0],l=t.length,n=Array(l);for(let o=0;o<n.length;o++)n[o]=o;n.sort((o,a)=>t[o]-t[a]);let s=[];for(let o=0;o<e.length;o++){let a=e[o],f=Array(l);for(let u=0;u<l;u++)f[u]=a[n[u]];s.push(f)}return s}function Wc(e){let t=e[0][0],l=t.length;for(let n=1;n<e.length;n++){let s=e[n][0];if(s.length!=l)return!1;if(s!=t){for(let o=0;o<l;o++)if(s[o]!=t[o])return!1}}return!0}function $c(e,t=100){let l=e.length;if(l<=1)return!0;let n=0,s=l-1;for(;n<=s&&e[n]==null;)n++;for(;s>=n&&e[s]==null;)s--;if(s<=n)return!0;let o=$e(1,nt((s-n+1)/t));for(let a=e[n],f=n+o;f<=s;f+=o){let u=e[f];if(u!=null){if(u<=a)return!1;a=u}}return!0}var to=[\\"January\\",\\"February\\",\\"March\\",\\"April\\",\\"May\\",\\"June\\",\\"July\\",\\"August\\",\\"September\\",\\"October\\",\\"November\\",\\"December\\"],no=[\\"Sunday\\",\\"Monday\\",\\"Tuesday\\",\\"Wednesday\\",\\"Thursday\\",\\"Friday\\",\\"Saturday\\"];function lo(e){return e.slice(0,3)}var Yc=no.map(lo),Zc=to.map(lo),qc={MMMM:to,MMM:Zc,WWWW:no,WWW:Yc};function Yn(e){return(e<10?\\"0\\":\\"\\")+e}function Jc(e){return(e<10?\\"00\\":e<100?\\"0\\":\\"\\")+e}var Xc={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+\\"\\").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>Yn(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>Yn(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>Yn(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?\\"PM\\":\\"AM\\",aa:e=>e.getHours()>=12?\\"pm\\":\\"am\\",a:e=>e.getHours()>=12?\\"p\\":\\"a\\",mm:e=>Yn(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>Yn(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Jc(e.getMilliseconds())};function Ui(e,t){t=t||qc;let l=[],n=/\\\\{([a-z]+)\\\\}|[^{]+/gi,s;for(;s=n.exec(e);)l.push(s[0][0]==\\"{\\"?Xc[s[1]]:s[0]);return o=>{let a=\\"\\";for(let f=0;f<l.length;f++)a+=typeof l[f]==\\"string\\"?l[f]:l[f](o,t);return a}}var Qc=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Kc(e,t){let l;return t==\\"UTC\\"||t==\\"Etc/UTC\\"?l=new Date(+e+e.getTimezoneOffset()*6e4):t==Qc?l=e:(l=new Date(e.toLocaleString(\\"en-US\\",{timeZone:t})),l.setMilliseconds(e.getMilliseconds())),l}var io=e=>e%1==0,_l=[1,2,2.5,5],eu=Kn(10,-32,0,_l),so=Kn(10,0,32,_l),tu=so.filter(io),tn=eu.concat(so),Vi=`\\n`,ro=\\"{YYYY}\\",_r=Vi+ro,oo=\\"{M}/{D}\\",Jn=Vi+oo,wl=Jn+\\"/{YY}\\",ao=\\"{aa}\\",nu=\\"{h}:{mm}\\",Cn=nu+ao,vr=Vi+Cn,Pr=\\":{ss}\\",ce=null;function co(e){let t=e*1e3,l=t*60,n=l*60,s=n*24,o=s*30,a=s*365,u=(e==1?Kn(10,0,3,_l).filter(io):Kn(10,-3,0,_l)).concat([t,t*5,t*10,t*15,t*30,l,l*5,l*10,l*15,l*30,n,n*2,n*3,n*4,n*6,n*8,n*12,s,s*2,s*3,s*4,s*5,s*6,s*7,s*8,s*9,s*10,s*15,o,o*2,o*3,o*4,o*6,a,a*2,a*5,a*10,a*25,a*50,a*100]),p=[[a,ro,ce,ce,ce,ce,ce,ce,1],[s*28,\\"{MMM}\\",_r,ce,ce,ce,ce,ce,1],[s,oo,_r,ce,ce,ce,ce,ce,1],[n,\\"{h}\\"+ao,wl,ce,Jn,ce,ce,ce,1],[l,Cn,wl,ce,Jn,ce,ce,ce,1],[t,Pr,wl+\\" \\"+Cn,ce,Jn+\\" \\"+Cn,ce,vr,ce,1],[e,Pr+\\".{fff}\\",wl+\\" \\"+Cn,ce,Jn+\\" \\"+Cn,ce,vr,ce,1]];function b(d){return(y,C,A,x,G,j)=>{let T=[],N=G>=a,v=G>=o&&G<a,Z=d(A),H=pe(Z*e,3),U=Hi(Z.getFullYear(),N?0:Z.getMonth(),v||N?1:Z.getDate()),V=pe(U*e,3);if(v||N){let K=v?G/o:0,Y=N?G/a:0,P=H==V?H:pe(Hi(U.getFullYear()+Y,U.getMonth()+K,1)*e,3),J=new Date(Le(P/e)),D=J.getFullYear(),W=J.getMonth();for(let F=0;P<=x;F++){let te=Hi(D+Y*F,W+K*F,1),O=te-d(pe(te*e,3));P=pe((+te+O)*e,3),P<=x&&T.push(P)}}else{let K=G>=s?s:G,Y=nt(A)-nt(H),P=V+Y+Cl(H-V,K);T.push(P);let J=d(P),D=J.getHours()+J.getMinutes()/l+J.getSeconds()/n,W=G/n,F=y.axes[C]._space,te=j/F;for(;P=pe(P+G,e==1?0:3),!(P>x);)if(W>1){let O=nt(pe(D+W,6))%24,le=d(P).getHours()-O;le>1&&(le=-1),P-=le*n,D=(D+W)%24;let ue=T[T.length-1];pe((P-ue)/G,3)*te>=.7&&T.push(P)}else T.push(P)}return T}}return[u,p,b]}var[lu,iu,su]=co(1),[ru,ou,au]=co(.001);Kn(2,-53,53,[1]);function Cr(e,t){return e.map(l=>l.map((n,s)=>s==0||s==8||n==null?n:t(s==1||l[8]==0?n:l[1]+n)))}function Ar(e,t){return(l,n,s,o,a)=>{let f=t.find(A=>a>=A[0])||t[t.length-1],u,p,b,d,y,C;return n.map(A=>{let x=e(A),G=x.getFullYear(),j=x.getMonth(),T=x.getDate(),N=x.getHours(),v=x.getMinutes(),Z=x.getSeconds(),H=G!=u&&f[2]||j!=p&&f[3]||T!=b&&f[4]||N!=d&&f[5]||v!=y&&f[6]||Z!=C&&f[7]||f[1];return u=G,p=j,b=T,d=N,y=v,C=Z,H(x)})}}function cu(e,t){let l=Ui(t);return(n,s,o,a,f)=>s.map(u=>l(e(u)))}function Hi(e,t,l){return new Date(e,t,l)}function Lr(e,t){return t(e)}var uu=\\"{YYYY}-{MM}-{DD} {h}:{mm}{aa}\\";function Mr(e,t){return(l,n,s,o)=>o==null?Ii:t(e(n))}function hu(e,t){let l=e.series[t];return l.width?l.stroke(e,t):l.points.width?l.points.stroke(e,t):null}function fu(e,t){return e.series[t].fill(e,t)}var pu={show:!0,live:!0,isolate:!1,mount:kc,markers:{show:!0,width:2,stroke:hu,fill:fu,dash:\\"solid\\"},idx:null,idxs:null,values:[]};function mu(e,t){let l=e.cursor.points,n=ut(),s=l.size(e,t);ye(n,Zn,s),ye(n,qn,s);let o=s/-2;ye(n,\\"marginLeft\\",o),ye(n,\\"marginTop\\",o);let a=l.width(e,t,s);return a&&ye(n,\\"borderWidth\\",a),n}function du(e,t){let l=e.series[t].points;return l._fill||l._stroke}function gu(e,t){let l=e.series[t].points;return l._stroke||l._fill}function bu(e,t){return e.series[t].points.size}var Ti=[0,0];function yu(e,t,l){return Ti[0]=t,Ti[1]=l,Ti}function Sl(e,t,l,n=!0){return s=>{s.button==0&&(!n||s.target==t)&&l(s)}}function _i(e,t,l,n=!0){return s=>{(!n||s.target==t)&&l(s)}}var wu={show:!0,x:!0,y:!0,lock:!1,move:yu,points:{one:!1,show:mu,size:bu,width:0,stroke:gu,fill:du},bind:{mousedown:Sl,mouseup:Sl,click:Sl,dblclick:Sl,mousemove:_i,mouseleave:_i,mouseenter:_i},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,l,n,s)=>n-s,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},uo={show:!0,stroke:\\"rgba(0,0,0,0.07)\\",width:2},zi=Pe({},uo,{filter:Jr}),ho=Pe({},zi,{size:10}),fo=Pe({},uo,{show:!1}),Wi=\'12px system-ui, -apple-system, \\"Segoe UI\\", Roboto, \\"Helvetica Neue\\", Arial, \\"Noto Sans\\", sans-serif, \\"Apple Color Emoji\\", \\"Segoe UI Emoji\\", \\"Segoe UI Symbol\\", \\"Noto Color Emoji\\"\',po=\\"bold \\"+Wi,mo=1.5,Br={show:!0,scale:\\"x\\",stroke:Ri,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:po,side:2,grid:zi,ticks:ho,border:fo,font:Wi,lineGap:mo,rotate:0},Su=\\"Value\\",Eu=\\"Time\\",kr={show:!0,scale:\\"x\\",auto:!1,sorted:1,min:fe,max:-fe,idxs:[]};function Hu(e,t,l,n,s){return t.map(o=>o==null?\\"\\":Gi(o))}function Tu(e,t,l,n,s,o,a){let f=[],u=Vt.get(s)||0;l=a?l:pe(Cl(l,s),u);for(let p=l;p<=n;p=pe(p+s,u))f.push(Object.is(p,-0)?0:p);return f}function Mi(e,t,l,n,s,o,a){let f=[],u=e.scales[e.axes[t].scale].log,p=u==10?xt:Yr,b=nt(p(l));s=Ln(u,b),u==10&&(s=tn[yt(s,tn)]);let d=l,y=s*u;u==10&&(y=tn[yt(y,tn)]);do f.push(d),d=d+s,u==10&&!Vt.has(d)&&(d=pe(d,Vt.get(s))),d>=y&&(s=d,y=s*u,u==10&&(y=tn[yt(y,tn)]));while(d<=n);return f}function _u(e,t,l,n,s,o,a){let u=e.scales[e.axes[t].scale].asinh,p=n>u?Mi(e,t,$e(u,l),n,s):[u],b=n>=0&&l<=0?[0]:[];return(l<-u?Mi(e,t,$e(u,-n),-l,s):[u]).reverse().map(y=>-y).concat(b,p)}var go=/./,vu=/[12357]/,Pu=/[125]/,xr=/1/,Bi=(e,t,l,n)=>e.map((s,o)=>t==4&&s==0||o%n==0&&l.test(s.toExponential()[s<0?1:0])?s:null);function Cu(e,t,l,n,s){let o=e.axes[l],a=o.scale,f=e.scales[a],u=e.valToPos,p=o._space,b=u(10,a),d=u(9,a)-b>=p?go:u(7,a)-b>=p?vu:u(5,a)-b>=p?Pu:xr;if(d==xr){let y=Me(u(1,a)-b);if(y<p)return Bi(t.slice().reverse(),f.distr,d,ht(p/y)).reverse()}return Bi(t,f.distr,d,1)}function Au(e,t,l,n,s){let o=e.axes[l],a=o.scale,f=o._space,u=e.valToPos,p=Me(u(1,a)-u(2,a));return p<f?Bi(t.slice().reverse(),3,go,ht(f/p)).reverse():t}function Lu(e,t,l,n){return n==null?Ii:t==null?\\"\\":Gi(t)}var Dr={show:!0,scale:\\"y\\",stroke:Ri,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:po,side:3,grid:zi,ticks:ho,border:fo,font:Wi,lineGap:mo,rotate:0};function Mu(e,t){let l=3+(e||1)*2;return pe(l*t,3)}function Bu(e,t){let{scale:l,idxs:n}=e.series[0],s=e._data[0],o=e.valToPos(s[n[0]],l,!0),a=e.valToPos(s[n[1]],l,!0),f=Me(a-o),u=e.series[t],p=f/(u.points.space*oe);return n[1]-n[0]<=p}var Rr={scale:null,auto:!0,sorted:0,min:fe,max:-fe},bo=(e,t,l,n,s)=>s,Ir={show:!0,auto:!0,sorted:0,gaps:bo,alpha:1,facets:[Pe({},Rr,{scale:\\"x\\"}),Pe({},Rr,{scale:\\"y\\"})]},Nr={scale:\\"y\\",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:bo,alpha:1,points:{show:Bu,filter:null},values:null,min:fe,max:-fe,idxs:[],path:null,clip:null};function ku(e,t,l,n,s){return l/10}var yo={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},xu=Pe({},yo,{time:!1,ori:1}),Or={};function wo(e,t){let l=Or[e];return l||(l={key:e,plots:[],sub(n){l.plots.push(n)},unsub(n){l.plots=l.plots.filter(s=>s!=n)},pub(n,s,o,a,f,u,p){for(let b=0;b<l.plots.length;b++)l.plots[b]!=s&&l.plots[b].pub(n,s,o,a,f,u,p)}},e!=null&&(Or[e]=l)),l}var kn=1,ki=2;function rn(e,t,l){let n=e.mode,s=e.series[t],o=n==2?e._data[t]:e._data,a=e.scales,f=e.bbox,u=o[0],p=n==2?o[1]:o[t],b=n==2?a[s.facets[0].scale]:a[e.series[0].scale],d=n==2?a[s.facets[1].scale]:a[s.scale],y=f.left,C=f.top,A=f.width,x=f.height,G=e.valToPosH,j=e.valToPosV;return b.ori==0?l(s,u,p,b,d,G,j,y,C,A,x,Ml,Dn,kl,Eo,To):l(s,u,p,b,d,j,G,C,y,x,A,Bl,Rn,Zi,Ho,_o)}function $i(e,t){let l=0,n=0,s=se(e.bands,ji);for(let o=0;o<s.length;o++){let a=s[o];a.series[0]==t?l=a.dir:a.series[1]==t&&(a.dir==1?n|=1:n|=2)}return[l,n==1?-1:n==2?1:n==3?2:0]}function Du(e,t,l,n,s){let o=e.mode,a=e.series[t],f=o==2?a.facets[1].scale:a.scale,u=e.scales[f];return s==-1?u.min:s==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Dt(e,t,l,n,s,o){return rn(e,t,(a,f,u,p,b,d,y,C,A,x,G)=>{let j=a.pxRound,T=p.dir*(p.ori==0?1:-1),N=p.ori==0?Dn:Rn,v,Z;T==1?(v=l,Z=n):(v=n,Z=l);let H=j(d(f[v],p,x,C)),U=j(y(u[v],b,G,A)),V=j(d(f[Z],p,x,C)),K=j(y(o==1?b.max:b.min,b,G,A)),Y=new Path2D(s);return N(Y,V,K),N(Y,H,K),N(Y,H,U),Y})}function Ll(e,t,l,n,s,o){let a=null;if(e.length>0){a=new Path2D;let f=t==0?kl:Zi,u=l;for(let d=0;d<e.length;d++){let y=e[d];if(y[1]>y[0]){let C=y[0]-u;C>0&&f(a,u,n,C,n+o),u=y[1]}}let p=l+s-u,b=10;p>0&&f(a,u,n-b/2,p,n+o+b)}return a}function Ru(e,t,l){let n=e[e.length-1];n&&n[0]==t?n[1]=l:e.push([t,l])}function Yi(e,t,l,n,s,o,a){let f=[],u=e.length;for(let p=s==1?l:n;p>=l&&p<=n;p+=s)if(t[p]===null){let d=p,y=p;if(s==1)for(;++p<=n&&t[p]===null;)y=p;else for(;--p>=l&&t[p]===null;)y=p;let C=o(e[d]),A=y==d?C:o(e[y]),x=d-s;C=a<=0&&x>=0&&x<u?o(e[x]):C;let j=y+s;A=a>=0&&j>=0&&j<u?o(e[j]):A,A>=C&&f.push([C,A])}return f}function Fr(e){return e==0?qr:e==1?Le:t=>en(t,e)}function So(e){let t=e==0?Ml:Bl,l=e==0?(s,o,a,f,u,p)=>{s.arcTo(o,a,f,u,p)}:(s,o,a,f,u,p)=>{s.arcTo(a,o,u,f,p)},n=e==0?(s,o,a,f,u)=>{s.rect(o,a,f,u)}:(s,o,a,f,u)=>{s.rect(a,o,u,f)};return(s,o,a,f,u,p=0,b=0)=>{p==0&&b==0?n(s,o,a,f,u):(p=wt(p,f/2,u/2),b=wt(b,f/2,u/2),t(s,o+p,a),l(s,o+f,a,o+f,a+u,p),l(s,o+f,a+u,o,a+u,b),l(s,o,a+u,o,a,b),l(s,o,a,o+f,a,p),s.closePath())}}var Ml=(e,t,l)=>{e.moveTo(t,l)},Bl=(e,t,l)=>{e.moveTo(l,t)},Dn=(e,t,l)=>{e.lineTo(t,l)},Rn=(e,t,l)=>{e.lineTo(l,t)},kl=So(0),Zi=So(1),Eo=(e,t,l,n,s,o)=>{e.arc(t,l,n,s,o)},Ho=(e,t,l,n,s,o)=>{e.arc(l,t,n,s,o)},To=(e,t,l,n,s,o,a)=>{e.bezierCurveTo(t,l,n,s,o,a)},_o=(e,t,l,n,s,o,a)=>{e.bezierCurveTo(l,t,s,n,a,o)};function vo(e){return(t,l,n,s,o)=>rn(t,l,(a,f,u,p,b,d,y,C,A,x,G)=>{let{pxRound:j,points:T}=a,N,v;p.ori==0?(N=Ml,v=Eo):(N=Bl,v=Ho);let Z=pe(T.width*oe,3),H=(T.size-T.width)/2*oe,U=pe(H*2,3),V=new Path2D,K=new Path2D,{left:Y,top:P,width:J,height:D}=t.bbox;kl(K,Y-U,P-U,J+U*2,D+U*2);let W=F=>{if(u[F]!=null){let te=j(d(f[F],p,x,C)),O=j(y(u[F],b,G,A));N(V,te+H,O),v(V,te,O,H,0,El*2)}};if(o)o.forEach(W);else for(let F=n;F<=s;F++)W(F);return{stroke:Z>0?V:null,fill:V,clip:K,flags:kn|ki}})}function Po(e){return(t,l,n,s,o,a)=>{n!=s&&(o!=n&&a!=n&&e(t,l,n),o!=s&&a!=s&&e(t,l,s),e(t,l,a))}}var Iu=Po(Dn),Nu=Po(Rn);function Co(e){let t=se(e?.alignGaps,0);return(l,n,s,o)=>rn(l,n,(a,f,u,p,b,d,y,C,A,x,G)=>{[s,o]=vl(u,s,o);let j=a.pxRound,T=D=>j(d(D,p,x,C)),N=D=>j(y(D,b,G,A)),v,Z;p.ori==0?(v=Dn,Z=Iu):(v=Rn,Z=Nu);let H=p.dir*(p.ori==0?1:-1),U={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:kn},V=U.stroke,K=!1;if(o-s>=x*4){let D=R=>l.posToVal(R,p.key,!0),W=null,F=null,te,O,Ye,we=T(f[H==1?s:o]),le=T(f[s]),ue=T(f[o]),X=D(H==1?le+1:ue-1);for(let R=H==1?s:o;R>=s&&R<=o;R+=H){let Ce=f[R],Se=(H==1?Ce<X:Ce>X)?we:T(Ce),ae=u[R];Se==we?ae!=null?(O=ae,W==null?(v(V,Se,N(O)),te=W=F=O):O<W?W=O:O>F&&(F=O)):ae===null&&(K=!0):(W!=null&&Z(V,we,N(W),N(F),N(te),N(O)),ae!=null?(O=ae,v(V,Se,N(O)),W=F=te=O):(W=F=null,ae===null&&(K=!0)),we=Se,X=D(we+H))}W!=null&&W!=F&&Ye!=we&&Z(V,we,N(W),N(F),N(te),N(O))}else for(let D=H==1?s:o;D>=s&&D<=o;D+=H){let W=u[D];W===null?K=!0:W!=null&&v(V,T(f[D]),N(W))}let[P,J]=$i(l,n);if(a.fill!=null||P!=0){let D=U.fill=new Path2D(V),W=a.fillTo(l,n,a.min,a.max,P),F=N(W),te=T(f[s]),O=T(f[o]);H==-1&&([O,te]=[te,O]),v(D,O,F),v(D,te,F)}if(!a.spanGaps){let D=[];K&&D.push(...Yi(f,u,s,o,H,T,t)),U.gaps=D=a.gaps(l,n,s,o,D),U.clip=Ll(D,p.ori,C,A,x,G)}return J!=0&&(U.band=J==2?[Dt(l,n,s,o,V,-1),Dt(l,n,s,o,V,1)]:Dt(l,n,s,o,V,J)),U})}function Ou(e){let t=se(e.align,1),l=se(e.ascDesc,!1),n=se(e.alignGaps,0),s=se(e.extend,!1);return(o,a,f,u)=>rn(o,a,(p,b,d,y,C,A,x,G,j,T,N)=>{[f,u]=vl(d,f,u);let v=p.pxRound,{left:Z,width:H}=o.bbox,U=le=>v(A(le,y,T,G)),V=le=>v(x(le,C,N,j)),K=y.ori==0?Dn:Rn,Y={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:kn},P=Y.stroke,J=y.dir*(y.ori==0?1:-1),D=V(d[J==1?f:u]),W=U(b[J==1?f:u]),F=W,te=W;s&&t==-1&&(te=Z,K(P,te,D)),K(P,W,D);for(let le=J==1?f:u;le>=f&&le<=u;le+=J){let ue=d[le];if(ue==null)continue;let X=U(b[le]),R=V(ue);t==1?K(P,X,D):K(P,F,R),K(P,X,R),D=R,F=X}let O=F;s&&t==1&&(O=Z+H,K(P,O,D));let[Ye,we]=$i(o,a);if(p.fill!=null||Ye!=0){let le=Y.fill=new Path2D(P),ue=p.fillTo(o,a,p.min,p.max,Ye),X=V(ue);K(le,O,X),K(le,te,X)}if(!p.spanGaps){let le=[];le.push(...Yi(b,d,f,u,J,U,n));let ue=p.width*oe/2,X=l||t==1?ue:-ue,R=l||t==-1?-ue:ue;le.forEach(Ce=>{Ce[0]+=X,Ce[1]+=R}),Y.gaps=le=p.gaps(o,a,f,u,le),Y.clip=Ll(le,y.ori,G,j,T,N)}return we!=0&&(Y.band=we==2?[Dt(o,a,f,u,P,-1),Dt(o,a,f,u,P,1)]:Dt(o,a,f,u,P,we)),Y})}function Gr(e,t,l,n,s,o,a=fe){if(e.length>1){let f=null;for(let u=0,p=1/0;u<e.length;u++)if(t[u]!==void 0){if(f!=null){let b=Me(e[u]-e[f]);b<p&&(p=b,a=Me(l(e[u],n,s,o)-l(e[f],n,s,o)))}f=u}}return a}function Fu(e){e=e||Qn;let t=se(e.size,[.6,fe,1]),l=e.align||0,n=e.gap||0,s=e.radius;s=s==null?[0,0]:typeof s==\\"number\\"?[s,0]:s;let o=ee(s),a=1-t[0],f=se(t[1],fe),u=se(t[2],1),p=se(e.disp,Qn),b=se(e.each,C=>{}),{fill:d,stroke:y}=p;return(C,A,x,G)=>rn(C,A,(j,T,N,v,Z,H,U,V,K,Y,P)=>{let J=j.pxRound,D=l,W=n*oe,F=f*oe,te=u*oe,O,Ye;v.ori==0?[O,Ye]=o(C,A):[Ye,O]=o(C,A);let we=v.dir*(v.ori==0?1:-1),le=v.ori==0?kl:Zi,ue=v.ori==0?b:(B,me,Ae,un,$t,Et,Yt)=>{b(B,me,Ae,$t,un,Yt,Et)},X=se(C.bands,ji).find(B=>B.series[0]==A),R=X!=null?X.dir:0,Ce=j.fillTo(C,A,j.min,j.max,R),je=J(U(Ce,Z,P,K)),Se,ae,ft,Je=Y,He=J(j.width*oe),St=!1,Lt=null,it=null,Rt=null,on=null;d!=null&&(He==0||y!=null)&&(St=!0,Lt=d.values(C,A,x,G),it=new Map,new Set(Lt).forEach(B=>{B!=null&&it.set(B,new Path2D)}),He>0&&(Rt=y.values(C,A,x,G),on=new Map,new Set(Rt).forEach(B=>{B!=null&&on.set(B,new Path2D)})));let{x0:an,size:On}=p;if(an!=null&&On!=null){D=1,T=an.values(C,A,x,G),an.unit==2&&(T=T.map(Ae=>C.posToVal(V+Ae*Y,v.key,!0)));let B=On.values(C,A,x,G);On.unit==2?ae=B[0]*Y:ae=H(B[0],v,Y,V)-H(0,v,Y,V),Je=Gr(T,N,H,v,Y,V,Je),ft=Je-ae+W}else Je=Gr(T,N,H,v,Y,V,Je),ft=Je*a+W,ae=Je-ft;ft<1&&(ft=0),He>=ae/2&&(He=0),ft<5&&(J=qr);let tl=ft>0,zt=Je-ft-(tl?He:0);ae=J(Li(zt,te,F)),Se=(D==0?ae/2:D==we?0:ae)-D*we*((D==0?W/2:0)+(tl?He/2:0));let Ue={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},cn=St?null:new Path2D,Mt=null;if(X!=null)Mt=C.data[X.series[1]];else{let{y0:B,y1:me}=p;B!=null&&me!=null&&(N=me.values(C,A,x,G),Mt=B.values(C,A,x,G))}let Wt=O*ae,q=Ye*ae;for(let B=we==1?x:G;B>=x&&B<=G;B+=we){let me=N[B];if(me==null)continue;if(Mt!=null){let Ze=Mt[B]??0;if(me-Ze==0)continue;je=U(Ze,Z,P,K)}let Ae=v.distr!=2||p!=null?T[B]:B,un=H(Ae,v,Y,V),$t=U(se(me,Ce),Z,P,K),Et=J(un-Se),Yt=J($e($t,je)),Xe=J(wt($t,je)),st=Yt-Xe;if(me!=null){let Ze=me<0?q:Wt,pt=me<0?Wt:q;St?(He>0&&Rt[B]!=null&&le(on.get(Rt[B]),Et,Xe+nt(He/2),ae,$e(0,st-He),Ze,pt),Lt[B]!=null&&le(it.get(Lt[B]),Et,Xe+nt(He/2),ae,$e(0,st-He),Ze,pt)):le(cn,Et,Xe+nt(He/2),ae,$e(0,st-He),Ze,pt),ue(C,A,B,Et-He/2,Xe,ae+He,st)}}return He>0?Ue.stroke=St?on:cn:St||(Ue._fill=j.width==0?j._fill:j._stroke??j._fill,Ue.width=0),Ue.fill=St?it:cn,Ue})}function Gu(e,t){let l=se(t?.alignGaps,0);return(n,s,o,a)=>rn(n,s,(f,u,p,b,d,y,C,A,x,G,j)=>{[o,a]=vl(p,o,a);let T=f.pxRound,N=O=>T(y(O,b,G,A)),v=O=>T(C(O,d,j,x)),Z,H,U;b.ori==0?(Z=Ml,U=Dn,H=To):(Z=Bl,U=Rn,H=_o);let V=b.dir*(b.ori==0?1:-1),K=N(u[V==1?o:a]),Y=K,P=[],J=[];for(let O=V==1?o:a;O>=o&&O<=a;O+=V)if(p[O]!=null){let we=u[O],le=N(we);P.push(Y=le),J.push(v(p[O]))}let D={stroke:e(P,J,Z,U,H,T),fill:null,clip:null,band:null,gaps:null,flags:kn},W=D.stroke,[F,te]=$i(n,s);if(f.fill!=null||F!=0){let O=D.fill=new Path2D(W),Ye=f.fillTo(n,s,f.min,f.max,F),we=v(Ye);U(O,Y,we),U(O,K,we)}if(!f.spanGaps){let O=[];O.push(...Yi(u,p,o,a,V,N,l)),D.gaps=O=f.gaps(n,s,o,a,O),D.clip=Ll(O,b.ori,A,x,G,j)}return te!=0&&(D.band=te==2?[Dt(n,s,o,a,W,-1),Dt(n,s,o,a,W,1)]:Dt(n,s,o,a,W,te)),D})}function ju(e){return Gu(Uu,e)}function Uu(e,t,l,n,s,o){let a=e.length;if(a<2)return null;let f=new Path2D;if(l(f,e[0],t[0]),a==2)n(f,e[1],t[1]);else{let u=Array(a),p=Array(a-1),b=Array(a-1),d=Array(a-1);for(let y=0;y<a-1;y++)b[y]=t[y+1]-t[y],d[y]=e[y+1]-e[y],p[y]=b[y]/d[y];u[0]=p[0];for(let y=1;y<a-1;y++)p[y]===0||p[y-1]===0||p[y-1]>0!=p[y]>0?u[y]=0:(u[y]=3*(d[y-1]+d[y])/((2*d[y]+d[y-1])/p[y-1]+(d[y]+2*d[y-1])/p[y]),isFinite(u[y])||(u[y]=0));u[a-1]=p[a-2];for(let y=0;y<a-1;y++)s(f,e[y]+d[y]/3,t[y]+u[y]*d[y]/3,e[y+1]-d[y]/3,t[y+1]-u[y+1]*d[y]/3,e[y+1],t[y+1])}return f}var xi=new Set;function jr(){for(let e of xi)e.syncRect(!0)}xn&&(ln(Hc,An,jr),ln(Tc,An,jr,!0),ln(Hl,An,()=>{Be.pxRatio=oe}));var Vu=Co(),zu=vo();function Ur(e,t,l,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((o,a)=>Di(o,a,t,l))}function Wu(e,t){return e.map((l,n)=>n==0?{}:Pe({},t,l))}function Di(e,t,l,n){return Pe({},t==0?l:n,e)}function Ao(e,t,l){return t==null?Mn:[t,l]}var $u=Ao;function Yu(e,t,l){return t==null?Mn:Tl(t,l,Fi,!0)}function Lo(e,t,l,n){return t==null?Mn:Pl(t,l,e.scales[n].log,!1)}var Zu=Lo;function Mo(e,t,l,n){return t==null?Mn:Oi(t,l,e.scales[n].log,!1)}var qu=Mo;function Ju(e,t,l,n,s){let o=$e(Sr(e),Sr(t)),a=t-e,f=yt(s/n*a,l);do{let u=l[f],p=n*u/a;if(p>=s&&o+(u<5?Vt.get(u):0)<=17)return[u,p]}while(++f<l.length);return[0,0]}function Vr(e){let t,l;return e=e.replace(/(\\\\d+)px/,(n,s)=>(t=Le((l=+s)*oe))+\\"px\\"),[e,t,l]}function Xu(e){e.show&&[e.font,e.labelFont].forEach(t=>{let l=pe(t[2]*oe,1);t[0]=t[0].replace(/[0-9.]+px/,l+\\"px\\"),t[1]=l})}function Be(e,t,l){let n={mode:se(e.mode,1)},s=n.mode;function o(i,r,c,h){let m=r.valToPct(i);return h+c*(r.dir==-1?1-m:m)}function a(i,r,c,h){let m=r.valToPct(i);return h+c*(r.dir==-1?m:1-m)}function f(i,r,c,h){return r.ori==0?o(i,r,c,h):a(i,r,c,h)}n.valToPosH=o,n.valToPosV=a;let u=!1;n.status=0;let p=n.root=ut(ic);if(e.id!=null&&(p.id=e.id),tt(p,e.class),e.title){let i=ut(oc,p);i.textContent=e.title}let b=bt(\\"canvas\\"),d=n.ctx=b.getContext(\\"2d\\"),y=ut(ac,p);ln(\\"click\\",y,i=>{i.target===A&&(de!=En||Ee!=Hn)&&Fe.click(n,i)},!0);let C=n.under=ut(cc,y);y.appendChild(b);let A=n.over=ut(uc,y);e=Bn(e);let x=+se(e.pxAlign,1),G=Fr(x);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(n,e)||e)});let j=e.ms||.001,T=n.series=s==1?Ur(e.series||[],kr,Nr,!1):Wu(e.series||[null],Ir),N=n.axes=Ur(e.axes||[],Br,Dr,!0),v=n.scales={},Z=n.bands=e.bands||[];Z.forEach(i=>{i.fill=ee(i.fill||null),i.dir=se(i.dir,-1)});let H=s==2?T[1].facets[0].scale:T[0].scale,U={axes:na,series:Xo},V=(e.drawOrder||[\\"axes\\",\\"series\\"]).map(i=>U[i]);function K(i){let r=i.distr==3?c=>xt(c>0?c:i.clamp(n,c,i.min,i.max,i.key)):i.distr==4?c=>Ei(c,i.asinh):i.distr==100?c=>i.fwd(c):c=>c;return c=>{let h=r(c),{_min:m,_max:g}=i,w=g-m;return(h-m)/w}}function Y(i){let r=v[i];if(r==null){let c=(e.scales||Qn)[i]||Qn;if(c.from!=null){Y(c.from);let h=Pe({},v[c.from],c,{key:i});h.valToPct=K(h),v[i]=h}else{r=v[i]=Pe({},i==H?yo:xu,c),r.key=i;let h=r.time,m=r.range,g=Ut(m);if((i!=H||s==2&&!h)&&(g&&(m[0]==null||m[1]==null)&&(m={min:m[0]==null?br:{mode:1,hard:m[0],soft:m[0]},max:m[1]==null?br:{mode:1,hard:m[1],soft:m[1]}},g=!1),!g&&Al(m))){let w=m;m=(E,_,L)=>_==null?Mn:Tl(_,L,w)}r.range=ee(m||(h?$u:i==H?r.distr==3?Zu:r.distr==4?qu:Ao:r.distr==3?Lo:r.distr==4?Mo:Yu)),r.auto=ee(g?!1:r.auto),r.clamp=ee(r.clamp||ku),r._min=r._max=null,r.valToPct=K(r)}}}Y(\\"x\\"),Y(\\"y\\"),s==1&&T.forEach(i=>{Y(i.scale)}),N.forEach(i=>{Y(i.scale)});for(let i in e.scales)Y(i);let P=v[H],J=P.distr,D,W;P.ori==0?(tt(p,sc),D=o,W=a):(tt(p,rc),D=a,W=o);let F={};for(let i in v){let r=v[i];(r.min!=null||r.max!=null)&&(F[i]={min:r.min,max:r.max},r.min=r.max=null)}let te=e.tzDate||(i=>new Date(Le(i/j))),O=e.fmtDate||Ui,Ye=j==1?su(te):au(te),we=Ar(te,Cr(j==1?iu:ou,O)),le=Mr(te,Lr(uu,O)),ue=[],X=n.legend=Pe({},pu,e.legend),R=n.cursor=Pe({},wu,{drag:{y:s==2}},e.cursor),Ce=X.show,je=R.show,Se=X.markers;X.idxs=ue,Se.width=ee(Se.width),Se.dash=ee(Se.dash),Se.stroke=ee(Se.stroke),Se.fill=ee(Se.fill);let ae,ft,Je,He=[],St=[],Lt,it=!1,Rt={};if(X.live){let i=T[1]?T[1].values:null;it=i!=null,Lt=it?i(n,1,0):{_:0};for(let r in Lt)Rt[r]=Ii}if(Ce)if(ae=bt(\\"table\\",gc,p),Je=bt(\\"tbody\\",null,ae),X.mount(n,ae),it){ft=bt(\\"thead\\",null,ae,Je);let i=bt(\\"tr\\",null,ft);bt(\\"th\\",null,i);for(var on in Lt)bt(\\"th\\",ir,i).textContent=on}else tt(ae,yc),X.live&&tt(ae,bc);let an={show:!0},On={show:!1};function tl(i,r){if(r==0&&(it||!X.live||s==2))return Mn;let c=[],h=bt(\\"tr\\",wc,Je,Je.childNodes[r]);tt(h,i.class),i.show||tt(h,nn);let m=bt(\\"th\\",null,h);if(Se.show){let E=ut(Sc,m);if(r>0){let _=Se.width(n,r);_&&(E.style.border=_+\\"px \\"+Se.dash(n,r)+\\" \\"+Se.stroke(n,r)),E.style.background=Se.fill(n,r)}}let g=ut(ir,m);i.label instanceof HTMLElement?g.appendChild(i.label):g.textContent=i.label,r>0&&(Se.show||(g.style.color=i.width>0?Se.stroke(n,r):Se.fill(n,r)),Ue(\\"click\\",m,E=>{if(R._lock)return;qt(E);let _=T.indexOf(i);if((E.ctrlKey||E.metaKey)!=X.isolate){let L=T.some((M,k)=>k>0&&k!=_&&M.show);T.forEach((M,k)=>{k>0&&Tt(k,L?k==_?an:On:an,!0,ve.setSeries)})}else Tt(_,{show:!i.show},!0,ve.setSeries)},!1),fn&&Ue(ar,m,E=>{R._lock||(qt(E),Tt(T.indexOf(i),_n,!0,ve.setSeries))},!1));for(var w in Lt){let E=bt(\\"td\\",Ec,h);E.textContent=\\"--\\",c.push(E)}return[h,c]}let zt=new Map;function Ue(i,r,c,h=!0){let m=zt.get(r)||{},g=R.bind[i](n,r,c,h);g&&(ln(i,r,m[i]=g),zt.set(r,m))}function cn(i,r,c){let h=zt.get(r)||{};for(let m in h)(i==null||m==i)&&(Ai(m,r,h[m]),delete h[m]);i==null&&zt.delete(r)}let Mt=0,Wt=0,q=0,B=0,me=0,Ae=0,un=me,$t=Ae,Et=q,Yt=B,Xe=0,st=0,Ze=0,pt=0;n.bbox={};let Rl=!1,nl=!1,hn=!1,Zt=!1,ll=!1,rt=!1;function Il(i,r,c){(c||i!=n.width||r!=n.height)&&Ki(i,r),bn(!1),hn=!0,nl=!0,yn()}function Ki(i,r){n.width=Mt=q=i,n.height=Wt=B=r,me=Ae=0,zo(),Wo();let c=n.bbox;Xe=c.left=en(me*oe,.5),st=c.top=en(Ae*oe,.5),Ze=c.width=en(q*oe,.5),pt=c.height=en(B*oe,.5)}let jo=3;function Uo(){let i=!1,r=0;for(;!i;){r++;let c=ea(r),h=ta(r);i=r==jo||c&&h,i||(Ki(n.width,n.height),nl=!0)}}function Vo({width:i,height:r}){Il(i,r)}n.setSize=Vo;function zo(){let i=!1,r=!1,c=!1,h=!1;N.forEach((m,g)=>{if(m.show&&m._show){let{side:w,_size:E}=m,_=w%2,L=m.label!=null?m.labelSize:0,M=E+L;M>0&&(_?(q-=M,w==3?(me+=M,h=!0):c=!0):(B-=M,w==0?(Ae+=M,i=!0):r=!0))}}),Jt[0]=i,Jt[1]=c,Jt[2]=r,Jt[3]=h,q-=It[1]+It[3],me+=It[3],B-=It[2]+It[0],Ae+=It[0]}function Wo(){let i=me+q,r=Ae+B,c=me,h=Ae;function m(g,w){switch(g){case 1:return i+=w,i-w;case 2:return r+=w,r-w;case 3:return c-=w,c+w;case 0:return h-=w,h+w}}N.forEach((g,w)=>{if(g.show&&g._show){let E=g.side;g._pos=m(E,g._size),g.label!=null&&(g._lpos=m(E,g.labelSize))}})}if(R.dataIdx==null){let i=R.hover,r=i.skip=new Set(i.skip??[]);r.add(void 0);let c=i.prox=ee(i.prox),h=i.bias??=0;R.dataIdx=(m,g,w,E)=>{if(g==0)return w;let _=w,L=c(m,g,w,E)??fe,M=L>=0&&L<fe,k=P.ori==0?q:B,$=R.left,re=t[0],ie=t[g];if(r.has(ie[w])){_=null;let Q=null,z=null,I;if(h==0||h==-1)for(I=w;Q==null&&I-- >0;)r.has(ie[I])||(Q=I);if(h==0||h==1)for(I=w;z==null&&I++<ie.length;)r.has(ie[I])||(z=I);if(Q!=null||z!=null)if(M){let be=Q==null?-1/0:D(re[Q],P,k,0),Te=z==null?1/0:D(re[z],P,k,0),Ne=$-be,he=Te-$;Ne<=he?Ne<=L&&(_=Q):he<=L&&(_=z)}else _=z==null?Q:Q==null?z:w-Q<=z-w?Q:z}else M&&Me($-D(re[w],P,k,0))>L&&(_=null);return _}}let qt=i=>{R.event=i};R.idxs=ue,R._lock=!1;let Ge=R.points;Ge.show=ee(Ge.show),Ge.size=ee(Ge.size),Ge.stroke=ee(Ge.stroke),Ge.width=ee(Ge.width),Ge.fill=ee(Ge.fill);let Ht=n.focus=Pe({},e.focus||{alpha:.3},R.focus),fn=Ht.prox>=0,pn=fn&&Ge.one,ot=[],mn=[],dn=[];function es(i,r){let c=Ge.show(n,r);if(c instanceof HTMLElement)return tt(c,dc),tt(c,i.class),Ct(c,-10,-10,q,B),A.insertBefore(c,ot[r]),c}function ts(i,r){if(s==1||r>0){let c=s==1&&v[i.scale].time,h=i.value;i.value=c?Tr(h)?Mr(te,Lr(h,O)):h||le:h||Lu,i.label=i.label||(c?Eu:Su)}if(pn||r>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Vu||xc,i.fillTo=ee(i.fillTo||Du),i.pxAlign=+se(i.pxAlign,x),i.pxRound=Fr(i.pxAlign),i.stroke=ee(i.stroke||null),i.fill=ee(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let c=Mu($e(1,i.width),1),h=i.points=Pe({},{size:c,width:$e(1,c*.2),stroke:i.stroke,space:c*2,paths:zu,_stroke:null,_fill:null},i.points);h.show=ee(h.show),h.filter=ee(h.filter),h.fill=ee(h.fill),h.stroke=ee(h.stroke),h.paths=ee(h.paths),h.pxAlign=i.pxAlign}if(Ce){let c=tl(i,r);He.splice(r,0,c[0]),St.splice(r,0,c[1]),X.values.push(null)}if(je){ue.splice(r,0,null);let c=null;pn?r==0&&(c=es(i,r)):r>0&&(c=es(i,r)),ot.splice(r,0,c),mn.splice(r,0,0),dn.splice(r,0,0)}Ie(\\"addSeries\\",r)}function $o(i,r){r=r??T.length,i=s==1?Di(i,r,kr,Nr):Di(i,r,{},Ir),T.splice(r,0,i),ts(T[r],r)}n.addSeries=$o;function Yo(i){if(T.splice(i,1),Ce){X.values.splice(i,1),St.splice(i,1);let r=He.splice(i,1)[0];cn(null,r.firstChild),r.remove()}je&&(ue.splice(i,1),ot.splice(i,1)[0].remove(),mn.splice(i,1),dn.splice(i,1)),Ie(\\"delSeries\\",i)}n.delSeries=Yo;let Jt=[!1,!1,!1,!1];function Zo(i,r){if(i._show=i.show,i.show){let c=i.side%2,h=v[i.scale];h==null&&(i.scale=c?T[1].scale:H,h=v[i.scale]);let m=h.time;i.size=ee(i.size),i.space=ee(i.space),i.rotate=ee(i.rotate),Ut(i.incrs)&&i.incrs.forEach(w=>{!Vt.has(w)&&Vt.set(w,Qr(w))}),i.incrs=ee(i.incrs||(h.distr==2?tu:m?j==1?lu:ru:tn)),i.splits=ee(i.splits||(m&&h.distr==1?Ye:h.distr==3?Mi:h.distr==4?_u:Tu)),i.stroke=ee(i.stroke),i.grid.stroke=ee(i.grid.stroke),i.ticks.stroke=ee(i.ticks.stroke),i.border.stroke=ee(i.border.stroke);let g=i.values;i.values=Ut(g)&&!Ut(g[0])?ee(g):m?Ut(g)?Ar(te,Cr(g,O)):Tr(g)?cu(te,g):g||we:g||Hu,i.filter=ee(i.filter||(h.distr>=3&&h.log==10?Cu:h.distr==3&&h.log==2?Au:Jr)),i.font=Vr(i.font),i.labelFont=Vr(i.labelFont),i._size=i.size(n,null,r,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(Jt[r]=!0,i._el=ut(hc,y))}}function Fn(i,r,c,h){let[m,g,w,E]=c,_=r%2,L=0;return _==0&&(E||g)&&(L=r==0&&!m||r==2&&!w?Le(Br.size/3):0),_==1&&(m||w)&&(L=r==1&&!g||r==3&&!E?Le(Dr.size/2):0),L}let ns=n.padding=(e.padding||[Fn,Fn,Fn,Fn]).map(i=>ee(se(i,Fn))),It=n._padding=ns.map((i,r)=>i(n,r,Jt,0)),Oe,ke=null,xe=null,il=s==1?T[0].idxs:null,mt=null,Gn=!1;function ls(i,r){if(t=i??[],n.data=n._data=t,s==2){Oe=0;for(let c=1;c<T.length;c++)Oe+=t[c][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),mt=t[0],Oe=mt.length;let c=t;if(J==2){c=t.slice();let h=c[0]=Array(Oe);for(let m=0;m<Oe;m++)h[m]=m}n._data=t=c}if(bn(!0),Ie(\\"setData\\"),J==2&&(hn=!0),r!==!1){let c=P;c.auto(n,Gn)?Nl():Ot(H,c.min,c.max),Zt=Zt||R.left>=0,rt=!0,yn()}}n.setData=ls;function Nl(){Gn=!0;let i,r;s==1&&(Oe>0?(ke=il[0]=0,xe=il[1]=Oe-1,i=t[0][ke],r=t[0][xe],J==2?(i=ke,r=xe):i==r&&(J==3?[i,r]=Pl(i,i,P.log,!1):J==4?[i,r]=Oi(i,i,P.log,!1):P.time?r=i+Le(86400/j):[i,r]=Tl(i,r,Fi,!0))):(ke=il[0]=i=null,xe=il[1]=r=null)),Ot(H,i,r)}let sl,gn,Ol,Fl,Gl,jl,Ul,Vl,zl,qe;function is(i,r,c,h,m,g){i??=rr,c??=ji,h??=\\"butt\\",m??=rr,g??=\\"round\\",i!=sl&&(d.strokeStyle=sl=i),m!=gn&&(d.fillStyle=gn=m),r!=Ol&&(d.lineWidth=Ol=r),g!=Gl&&(d.lineJoin=Gl=g),h!=jl&&(d.lineCap=jl=h),c!=Fl&&d.setLineDash(Fl=c)}function ss(i,r,c,h){r!=gn&&(d.fillStyle=gn=r),i!=Ul&&(d.font=Ul=i),c!=Vl&&(d.textAlign=Vl=c),h!=zl&&(d.textBaseline=zl=h)}function Wl(i,r,c,h,m=0){if(h.length>0&&i.auto(n,Gn)&&(r==null||r.min==null)){let g=se(ke,0),w=se(xe,h.length-1),E=c.min==null?Cc(h,g,w,m,i.distr==3):[c.min,c.max];i.min=wt(i.min,c.min=E[0]),i.max=$e(i.max,c.max=E[1])}}let rs={min:null,max:null};function qo(){for(let h in v){let m=v[h];F[h]==null&&(m.min==null||F[H]!=null&&m.auto(n,Gn))&&(F[h]=rs)}for(let h in v){let m=v[h];F[h]==null&&m.from!=null&&F[m.from]!=null&&(F[h]=rs)}F[H]!=null&&bn(!0);let i={};for(let h in F){let m=F[h];if(m!=null){let g=i[h]=Bn(v[h],Ic);if(m.min!=null)Pe(g,m);else if(h!=H||s==2)if(Oe==0&&g.from==null){let w=g.range(n,null,null,h);g.min=w[0],g.max=w[1]}else g.min=fe,g.max=-fe}}if(Oe>0){T.forEach((h,m)=>{if(s==1){let g=h.scale,w=F[g];if(w==null)return;let E=i[g];if(m==0){let _=E.range(n,E.min,E.max,g);E.min=_[0],E.max=_[1],ke=yt(E.min,t[0]),xe=yt(E.max,t[0]),xe-ke>1&&(t[0][ke]<E.min&&ke++,t[0][xe]>E.max&&xe--),h.min=mt[ke],h.max=mt[xe]}else h.show&&h.auto&&Wl(E,w,h,t[m],h.sorted);h.idxs[0]=ke,h.idxs[1]=xe}else if(m>0&&h.show&&h.auto){let[g,w]=h.facets,E=g.scale,_=w.scale,[L,M]=t[m],k=i[E],$=i[_];k!=null&&Wl(k,F[E],g,L,g.sorted),$!=null&&Wl($,F[_],w,M,w.sorted),h.min=w.min,h.max=w.max}});for(let h in i){let m=i[h],g=F[h];if(m.from==null&&(g==null||g.min==null)){let w=m.range(n,m.min==fe?null:m.min,m.max==-fe?null:m.max,h);m.min=w[0],m.max=w[1]}}}for(let h in i){let m=i[h];if(m.from!=null){let g=i[m.from];if(g.min==null)m.min=m.max=null;else{let w=m.range(n,g.min,g.max,h);m.min=w[0],m.max=w[1]}}}let r={},c=!1;for(let h in i){let m=i[h],g=v[h];if(g.min!=m.min||g.max!=m.max){g.min=m.min,g.max=m.max;let w=g.distr;g._min=w==3?xt(g.min):w==4?Ei(g.min,g.asinh):w==100?g.fwd(g.min):g.min,g._max=w==3?xt(g.max):w==4?Ei(g.max,g.asinh):w==100?g.fwd(g.max):g.max,r[h]=c=!0}}if(c){T.forEach((h,m)=>{s==2?m>0&&r.y&&(h._paths=null):r[h.scale]&&(h._paths=null)});for(let h in r)hn=!0,Ie(\\"setScale\\",h);je&&R.left>=0&&(Zt=rt=!0)}for(let h in F)F[h]=null}function Jo(i){let r=Li(ke-1,0,Oe-1),c=Li(xe+1,0,Oe-1);for(;i[r]==null&&r>0;)r--;for(;i[c]==null&&c<Oe-1;)c++;return[r,c]}function Xo(){if(Oe>0){let i=T.some(r=>r._focus)&&qe!=Ht.alpha;i&&(d.globalAlpha=qe=Ht.alpha),T.forEach((r,c)=>{if(c>0&&r.show&&(os(c,!1),os(c,!0),r._paths==null)){let h=qe;qe!=r.alpha&&(d.globalAlpha=qe=r.alpha);let m=s==2?[0,t[c][0].length-1]:Jo(t[c]);r._paths=r.paths(n,c,m[0],m[1]),qe!=h&&(d.globalAlpha=qe=h)}}),T.forEach((r,c)=>{if(c>0&&r.show){let h=qe;qe!=r.alpha&&(d.globalAlpha=qe=r.alpha),r._paths!=null&&as(c,!1);{let m=r._paths!=null?r._paths.gaps:null,g=r.points.show(n,c,ke,xe,m),w=r.points.filter(n,c,g,m);(g||w)&&(r.points._paths=r.points.paths(n,c,ke,xe,w),as(c,!0))}qe!=h&&(d.globalAlpha=qe=h),Ie(\\"drawSeries\\",c)}}),i&&(d.globalAlpha=qe=1)}}function os(i,r){let c=r?T[i].points:T[i];c._stroke=c.stroke(n,i),c._fill=c.fill(n,i)}function as(i,r){let c=r?T[i].points:T[i],{stroke:h,fill:m,clip:g,flags:w,_stroke:E=c._stroke,_fill:_=c._fill,_width:L=c.width}=c._paths;L=pe(L*oe,3);let M=null,k=L%2/2;r&&_==null&&(_=L>0?\\"#fff\\":E);let $=c.pxAlign==1&&k>0;if($&&d.translate(k,k),!r){let re=Xe-L/2,ie=st-L/2,Q=Ze+L,z=pt+L;M=new Path2D,M.rect(re,ie,Q,z)}r?$l(E,L,c.dash,c.cap,_,h,m,w,g):Qo(i,E,L,c.dash,c.cap,_,h,m,w,M,g),$&&d.translate(-k,-k)}function Qo(i,r,c,h,m,g,w,E,_,L,M){let k=!1;_!=0&&Z.forEach(($,re)=>{if($.series[0]==i){let ie=T[$.series[1]],Q=t[$.series[1]],z=(ie._paths||Qn).band;Ut(z)&&(z=$.dir==1?z[0]:z[1]);let I,be=null;ie.show&&z&&Lc(Q,ke,xe)?(be=$.fill(n,re)||g,I=ie._paths.clip):z=null,$l(r,c,h,m,be,w,E,_,L,M,I,z),k=!0}}),k||$l(r,c,h,m,g,w,E,_,L,M)}let cs=kn|ki;function $l(i,r,c,h,m,g,w,E,_,L,M,k){is(i,r,c,h,m),(_||L||k)&&(d.save(),_&&d.clip(_),L&&d.clip(L)),k?(E&cs)==cs?(d.clip(k),M&&d.clip(M),ol(m,w),rl(i,g,r)):E&ki?(ol(m,w),d.clip(k),rl(i,g,r)):E&kn&&(d.save(),d.clip(k),M&&d.clip(M),ol(m,w),d.restore(),rl(i,g,r)):(ol(m,w),rl(i,g,r)),(_||L||k)&&d.restore()}function rl(i,r,c){c>0&&(r instanceof Map?r.forEach((h,m)=>{d.strokeStyle=sl=m,d.stroke(h)}):r!=null&&i&&d.stroke(r))}function ol(i,r){r instanceof Map?r.forEach((c,h)=>{d.fillStyle=gn=h,d.fill(c)}):r!=null&&i&&d.fill(r)}function Ko(i,r,c,h){let m=N[i],g;if(h<=0)g=[0,0];else{let w=m._space=m.space(n,i,r,c,h),E=m._incrs=m.incrs(n,i,r,c,h,w);g=Ju(r,c,E,h,w)}return m._found=g}function Yl(i,r,c,h,m,g,w,E,_,L){let M=w%2/2;x==1&&d.translate(M,M),is(E,w,_,L,E),d.beginPath();let k,$,re,ie,Q=m+(h==0||h==3?-g:g);c==0?($=m,ie=Q):(k=m,re=Q);for(let z=0;z<i.length;z++)r[z]!=null&&(c==0?k=re=i[z]:$=ie=i[z],d.moveTo(k,$),d.lineTo(re,ie));d.stroke(),x==1&&d.translate(-M,-M)}function ea(i){let r=!0;return N.forEach((c,h)=>{if(!c.show)return;let m=v[c.scale];if(m.min==null){c._show&&(r=!1,c._show=!1,bn(!1));return}else c._show||(r=!1,c._show=!0,bn(!1));let g=c.side,w=g%2,{min:E,max:_}=m,[L,M]=Ko(h,E,_,w==0?q:B);if(M==0)return;let k=m.distr==2,$=c._splits=c.splits(n,h,E,_,L,M,k),re=m.distr==2?$.map(I=>mt[I]):$,ie=m.distr==2?mt[$[1]]-mt[$[0]]:L,Q=c._values=c.values(n,c.filter(n,re,h,M,ie),h,M,ie);c._rotate=g==2?c.rotate(n,Q,h,M):0;let z=c._size;c._size=ht(c.size(n,Q,h,i)),z!=null&&c._size!=z&&(r=!1)}),r}function ta(i){let r=!0;return ns.forEach((c,h)=>{let m=c(n,h,Jt,i);m!=It[h]&&(r=!1),It[h]=m}),r}function na(){for(let i=0;i<N.length;i++){let r=N[i];if(!r.show||!r._show)continue;let c=r.side,h=c%2,m,g,w=r.stroke(n,i),E=c==0||c==3?-1:1,[_,L]=r._found;if(r.label!=null){let ze=r.labelGap*E,et=Le((r._lpos+ze)*oe);ss(r.labelFont[0],w,\\"center\\",c==2?\\"top\\":sr),d.save(),h==1?(m=g=0,d.translate(et,Le(st+pt/2)),d.rotate((c==3?-El:El)/2)):(m=Le(Xe+Ze/2),g=et);let Kt=Zr(r.label)?r.label(n,i,_,L):r.label;d.fillText(Kt,m,g),d.restore()}if(L==0)continue;let M=v[r.scale],k=h==0?Ze:pt,$=h==0?Xe:st,re=r._splits,ie=M.distr==2?re.map(ze=>mt[ze]):re,Q=M.distr==2?mt[re[1]]-mt[re[0]]:_,z=r.ticks,I=r.border,be=z.show?z.size:0,Te=Le(be*oe),Ne=Le((r.alignTo==2?r._size-be-r.gap:r.gap)*oe),he=r._rotate*-El/180,_e=G(r._pos*oe),Qe=(Te+Ne)*E,Ve=_e+Qe;g=h==0?Ve:0,m=h==1?Ve:0;let at=r.font[0],dt=r.align==1?Pn:r.align==2?yi:he>0?Pn:he<0?yi:h==0?\\"center\\":c==3?yi:Pn,vt=he||h==1?\\"middle\\":c==2?\\"top\\":sr;ss(at,w,dt,vt);let Ke=r.font[1]*r.lineGap,ct=re.map(ze=>G(f(ze,M,k,$))),gt=r._values;for(let ze=0;ze<gt.length;ze++){let et=gt[ze];if(et!=null){h==0?m=ct[ze]:g=ct[ze],et=\\"\\"+et;let Kt=et.indexOf(`\\n`)==-1?[et]:et.split(/\\\\n/gm);for(let We=0;We<Kt.length;We++){let As=Kt[We];he?(d.save(),d.translate(m,g+We*Ke),d.rotate(he),d.fillText(As,0,0),d.restore()):d.fillText(As,m,g+We*Ke)}}}z.show&&Yl(ct,z.filter(n,ie,i,L,Q),h,c,_e,Te,pe(z.width*oe,3),z.stroke(n,i),z.dash,z.cap);let Pt=r.grid;Pt.show&&Yl(ct,Pt.filter(n,ie,i,L,Q),h,h==0?2:1,h==0?st:Xe,h==0?pt:Ze,pe(Pt.width*oe,3),Pt.stroke(n,i),Pt.dash,Pt.cap),I.show&&Yl([_e],[1],h==0?1:0,h==0?1:2,h==1?st:Xe,h==1?pt:Ze,pe(I.width*oe,3),I.stroke(n,i),I.dash,I.cap)}Ie(\\"drawAxes\\")}function bn(i){T.forEach((r,c)=>{c>0&&(r._paths=null,i&&(s==1?(r.min=null,r.max=null):r.facets.forEach(h=>{h.min=null,h.max=null})))})}let al=!1,Zl=!1,jn=[];function la(){Zl=!1;for(let i=0;i<jn.length;i++)Ie(...jn[i]);jn.length=0}function yn(){al||(Vc(us),al=!0)}function ia(i,r=!1){al=!0,Zl=r,i(n),us(),r&&jn.length>0&&queueMicrotask(la)}n.batch=ia;function us(){if(Rl&&(qo(),Rl=!1),hn&&(Uo(),hn=!1),nl){if(ye(C,Pn,me),ye(C,\\"top\\",Ae),ye(C,Zn,q),ye(C,qn,B),ye(A,Pn,me),ye(A,\\"top\\",Ae),ye(A,Zn,q),ye(A,qn,B),ye(y,Zn,Mt),ye(y,qn,Wt),b.width=Le(Mt*oe),b.height=Le(Wt*oe),N.forEach(({_el:i,_show:r,_size:c,_pos:h,side:m})=>{if(i!=null)if(r){let g=m===3||m===0?c:0,w=m%2==1;ye(i,w?\\"left\\":\\"top\\",h-g),ye(i,w?\\"width\\":\\"height\\",c),ye(i,w?\\"top\\":\\"left\\",w?Ae:me),ye(i,w?\\"height\\":\\"width\\",w?B:q),Ci(i,nn)}else tt(i,nn)}),sl=gn=Ol=Gl=jl=Ul=Vl=zl=Fl=null,qe=1,zn(!0),me!=un||Ae!=$t||q!=Et||B!=Yt){bn(!1);let i=q/Et,r=B/Yt;if(je&&!Zt&&R.left>=0){R.left*=i,R.top*=r,wn&&Ct(wn,Le(R.left),0,q,B),Sn&&Ct(Sn,0,Le(R.top),q,B);for(let c=0;c<ot.length;c++){let h=ot[c];h!=null&&(mn[c]*=i,dn[c]*=r,Ct(h,ht(mn[c]),ht(dn[c]),q,B))}}if(ge.show&&!ll&&ge.left>=0&&ge.width>0){ge.left*=i,ge.width*=i,ge.top*=r,ge.height*=r;for(let c in ei)ye(Tn,c,ge[c])}un=me,$t=Ae,Et=q,Yt=B}Ie(\\"setSize\\"),nl=!1}Mt>0&&Wt>0&&(d.clearRect(0,0,b.width,b.height),Ie(\\"drawClear\\"),V.forEach(i=>i()),Ie(\\"draw\\")),ge.show&&ll&&(cl(ge),ll=!1),je&&Zt&&(Qt(null,!0,!1),Zt=!1),X.show&&X.live&&rt&&(Ql(),rt=!1),u||(u=!0,n.status=1,Ie(\\"ready\\")),Gn=!1,al=!1}n.redraw=(i,r)=>{hn=r||!1,i!==!1?Ot(H,P.min,P.max):yn()};function ql(i,r){let c=v[i];if(c.from==null){if(Oe==0){let h=c.range(n,r.min,r.max,i);r.min=h[0],r.max=h[1]}if(r.min>r.max){let h=r.min;r.min=r.max,r.max=h}if(Oe>1&&r.min!=null&&r.max!=null&&r.max-r.min<1e-16)return;i==H&&c.distr==2&&Oe>0&&(r.min=yt(r.min,t[0]),r.max=yt(r.max,t[0]),r.min==r.max&&r.max++),F[i]=r,Rl=!0,yn()}}n.setScale=ql;let Jl,Xl,wn,Sn,hs,fs,En,Hn,ps,ms,de,Ee,Nt=!1,Fe=R.drag,De=Fe.x,Re=Fe.y;je&&(R.x&&(Jl=ut(pc,A)),R.y&&(Xl=ut(mc,A)),P.ori==0?(wn=Jl,Sn=Xl):(wn=Xl,Sn=Jl),de=R.left,Ee=R.top);let ge=n.select=Pe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Tn=ge.show?ut(fc,ge.over?A:C):null;function cl(i,r){if(ge.show){for(let c in i)ge[c]=i[c],c in ei&&ye(Tn,c,i[c]);r!==!1&&Ie(\\"setSelect\\")}}n.setSelect=cl;function sa(i){if(T[i].show)Ce&&Ci(He[i],nn);else if(Ce&&tt(He[i],nn),je){let c=pn?ot[0]:ot[i];c!=null&&Ct(c,-10,-10,q,B)}}function Ot(i,r,c){ql(i,{min:r,max:c})}function Tt(i,r,c,h){r.focus!=null&&ua(i),r.show!=null&&T.forEach((m,g)=>{g>0&&(i==g||i==null)&&(m.show=r.show,sa(g),s==2?(Ot(m.facets[0].scale,null,null),Ot(m.facets[1].scale,null,null)):Ot(m.scale,null,null),yn())}),c!==!1&&Ie(\\"setSeries\\",i,r),h&&Wn(\\"setSeries\\",n,i,r)}n.setSeries=Tt;function ra(i,r){Pe(Z[i],r)}function oa(i,r){i.fill=ee(i.fill||null),i.dir=se(i.dir,-1),r=r??Z.length,Z.splice(r,0,i)}function aa(i){i==null?Z.length=0:Z.splice(i,1)}n.addBand=oa,n.setBand=ra,n.delBand=aa;function ca(i,r){T[i].alpha=r,je&&ot[i]!=null&&(ot[i].style.opacity=r),Ce&&He[i]&&(He[i].style.opacity=r)}let Bt,Ft,Xt,_n={focus:!0};function ua(i){if(i!=Xt){let r=i==null,c=Ht.alpha!=1;T.forEach((h,m)=>{if(s==1||m>0){let g=r||m==0||m==i;h._focus=r?null:g,c&&ca(m,g?1:Ht.alpha)}}),Xt=i,c&&yn()}}Ce&&fn&&Ue(cr,ae,i=>{R._lock||(qt(i),Xt!=null&&Tt(null,_n,!0,ve.setSeries))});function _t(i,r,c){let h=v[r];c&&(i=i/oe-(h.ori==1?Ae:me));let m=q;h.ori==1&&(m=B,i=m-i),h.dir==-1&&(i=m-i);let g=h._min,w=h._max,E=i/m,_=g+(w-g)*E,L=h.distr;return L==3?Ln(10,_):L==4?Bc(_,h.asinh):L==100?h.bwd(_):_}function ha(i,r){let c=_t(i,H,r);return yt(c,t[0],ke,xe)}n.valToIdx=i=>yt(i,t[0]),n.posToIdx=ha,n.posToVal=_t,n.valToPos=(i,r,c)=>v[r].ori==0?o(i,v[r],c?Ze:q,c?Xe:0):a(i,v[r],c?pt:B,c?st:0),n.setCursor=(i,r,c)=>{de=i.left,Ee=i.top,Qt(null,r,c)};function ds(i,r){ye(Tn,Pn,ge.left=i),ye(Tn,Zn,ge.width=r)}function gs(i,r){ye(Tn,\\"top\\",ge.top=i),ye(Tn,qn,ge.height=r)}let Un=P.ori==0?ds:gs,Vn=P.ori==1?ds:gs;function fa(){if(Ce&&X.live)for(let i=s==2?1:0;i<T.length;i++){if(i==0&&it)continue;let r=X.values[i],c=0;for(let h in r)St[i][c++].firstChild.nodeValue=r[h]}}function Ql(i,r){if(i!=null&&(i.idxs?i.idxs.forEach((c,h)=>{ue[h]=c}):Rc(i.idx)||ue.fill(i.idx),X.idx=ue[0]),Ce&&X.live){for(let c=0;c<T.length;c++)(c>0||s==1&&!it)&&pa(c,ue[c]);fa()}rt=!1,r!==!1&&Ie(\\"setLegend\\")}n.setLegend=Ql;function pa(i,r){let c=T[i],h=i==0&&J==2?mt:t[i],m;it?m=c.values(n,i,r)??Rt:(m=c.value(n,r==null?null:h[r],i,r),m=m==null?Rt:{_:m}),X.values[i]=m}function Qt(i,r,c){ps=de,ms=Ee,[de,Ee]=R.move(n,de,Ee),R.left=de,R.top=Ee,je&&(wn&&Ct(wn,Le(de),0,q,B),Sn&&Ct(Sn,0,Le(Ee),q,B));let h,m=ke>xe;Bt=fe,Ft=null;let g=P.ori==0?q:B,w=P.ori==1?q:B;if(de<0||Oe==0||m){h=R.idx=null;for(let E=0;E<T.length;E++){let _=ot[E];_!=null&&Ct(_,-10,-10,q,B)}fn&&Tt(null,_n,!0,i==null&&ve.setSeries),X.live&&(ue.fill(h),rt=!0)}else{let E,_,L;s==1&&(E=P.ori==0?de:Ee,_=_t(E,H),h=R.idx=yt(_,t[0],ke,xe),L=D(t[0][h],P,g,0));let M=-10,k=-10,$=0,re=0,ie=!0,Q=\\"\\",z=\\"\\";for(let I=s==2?1:0;I<T.length;I++){let be=T[I],Te=ue[I],Ne=Te==null?null:s==1?t[I][Te]:t[I][1][Te],he=R.dataIdx(n,I,h,_),_e=he==null?null:s==1?t[I][he]:t[I][1][he];if(rt=rt||_e!=Ne||he!=Te,ue[I]=he,I>0&&be.show){let Qe=he==null?-10:he==h?L:D(s==1?t[0][he]:t[I][0][he],P,g,0),Ve=_e==null?-10:W(_e,s==1?v[be.scale]:v[be.facets[1].scale],w,0);if(fn&&_e!=null){let at=P.ori==1?de:Ee,dt=Me(Ht.dist(n,I,he,Ve,at));if(dt<Bt){let vt=Ht.bias;if(vt!=0){let Ke=_t(at,be.scale),ct=_e>=0?1:-1,gt=Ke>=0?1:-1;gt==ct&&(gt==1?vt==1?_e>=Ke:_e<=Ke:vt==1?_e<=Ke:_e>=Ke)&&(Bt=dt,Ft=I)}else Bt=dt,Ft=I}}if(rt||pn){let at,dt;P.ori==0?(at=Qe,dt=Ve):(at=Ve,dt=Qe);let vt,Ke,ct,gt,Pt,ze,et=!0,Kt=Ge.bbox;if(Kt!=null){et=!1;let We=Kt(n,I);ct=We.left,gt=We.top,vt=We.width,Ke=We.height}else ct=at,gt=dt,vt=Ke=Ge.size(n,I);if(ze=Ge.fill(n,I),Pt=Ge.stroke(n,I),pn)I==Ft&&Bt<=Ht.prox&&(M=ct,k=gt,$=vt,re=Ke,ie=et,Q=ze,z=Pt);else{let We=ot[I];We!=null&&(mn[I]=ct,dn[I]=gt,gr(We,vt,Ke,et),mr(We,ze,Pt),Ct(We,ht(ct),ht(gt),q,B))}}}}if(pn){let I=Ht.prox,be=Xt==null?Bt<=I:Bt>I||Ft!=Xt;if(rt||be){let Te=ot[0];Te!=null&&(mn[0]=M,dn[0]=k,gr(Te,$,re,ie),mr(Te,Q,z),Ct(Te,ht(M),ht(k),q,B))}}}if(ge.show&&Nt)if(i!=null){let[E,_]=ve.scales,[L,M]=ve.match,[k,$]=i.cursor.sync.scales,re=i.cursor.drag;if(De=re._x,Re=re._y,De||Re){let{left:ie,top:Q,width:z,height:I}=i.select,be=i.scales[k].ori,Te=i.posToVal,Ne,he,_e,Qe,Ve,at=E!=null&&L(E,k),dt=_!=null&&M(_,$);at&&De?(be==0?(Ne=ie,he=z):(Ne=Q,he=I),_e=v[E],Qe=D(Te(Ne,k),_e,g,0),Ve=D(Te(Ne+he,k),_e,g,0),Un(wt(Qe,Ve),Me(Ve-Qe))):Un(0,g),dt&&Re?(be==1?(Ne=ie,he=z):(Ne=Q,he=I),_e=v[_],Qe=W(Te(Ne,$),_e,w,0),Ve=W(Te(Ne+he,$),_e,w,0),Vn(wt(Qe,Ve),Me(Ve-Qe))):Vn(0,w)}else ti()}else{let E=Me(ps-hs),_=Me(ms-fs);if(P.ori==1){let $=E;E=_,_=$}De=Fe.x&&E>=Fe.dist,Re=Fe.y&&_>=Fe.dist;let L=Fe.uni;L!=null?De&&Re&&(De=E>=L,Re=_>=L,!De&&!Re&&(_>E?Re=!0:De=!0)):Fe.x&&Fe.y&&(De||Re)&&(De=Re=!0);let M,k;De&&(P.ori==0?(M=En,k=de):(M=Hn,k=Ee),Un(wt(M,k),Me(k-M)),Re||Vn(0,w)),Re&&(P.ori==1?(M=En,k=de):(M=Hn,k=Ee),Vn(wt(M,k),Me(k-M)),De||Un(0,g)),!De&&!Re&&(Un(0,0),Vn(0,0))}if(Fe._x=De,Fe._y=Re,i==null){if(c){if(Cs!=null){let[E,_]=ve.scales;ve.values[0]=E!=null?_t(P.ori==0?de:Ee,E):null,ve.values[1]=_!=null?_t(P.ori==1?de:Ee,_):null}Wn(wi,n,de,Ee,q,B,h)}if(fn){let E=c&&ve.setSeries,_=Ht.prox;Xt==null?Bt<=_&&Tt(Ft,_n,!0,E):Bt>_?Tt(null,_n,!0,E):Ft!=Xt&&Tt(Ft,_n,!0,E)}}rt&&(X.idx=h,Ql()),r!==!1&&Ie(\\"setCursor\\")}let Gt=null;Object.defineProperty(n,\\"rect\\",{get(){return Gt==null&&zn(!1),Gt}});function zn(i=!1){i?Gt=null:(Gt=A.getBoundingClientRect(),Ie(\\"syncRect\\",Gt))}function bs(i,r,c,h,m,g,w){R._lock||Nt&&i!=null&&i.movementX==0&&i.movementY==0||(Kl(i,r,c,h,m,g,w,!1,i!=null),i!=null?Qt(null,!0,!0):Qt(r,!0,!1))}function Kl(i,r,c,h,m,g,w,E,_){if(Gt==null&&zn(!1),qt(i),i!=null)c=i.clientX-Gt.left,h=i.clientY-Gt.top;else{if(c<0||h<0){de=-10,Ee=-10;return}let[L,M]=ve.scales,k=r.cursor.sync,[$,re]=k.values,[ie,Q]=k.scales,[z,I]=ve.match,be=r.axes[0].side%2==1,Te=P.ori==0?q:B,Ne=P.ori==1?q:B,he=be?g:m,_e=be?m:g,Qe=be?h:c,Ve=be?c:h;if(ie!=null?c=z(L,ie)?f($,v[L],Te,0):-10:c=Te*(Qe/he),Q!=null?h=I(M,Q)?f(re,v[M],Ne,0):-10:h=Ne*(Ve/_e),P.ori==1){let at=c;c=h,h=at}}_&&(r==null||r.cursor.event.type==wi)&&((c<=1||c>=q-1)&&(c=en(c,q)),(h<=1||h>=B-1)&&(h=en(h,B))),E?(hs=c,fs=h,[En,Hn]=R.move(n,c,h)):(de=c,Ee=h)}let ei={width:0,height:0,left:0,top:0};function ti(){cl(ei,!1)}let ys,ws,Ss,Es;function Hs(i,r,c,h,m,g,w){Nt=!0,De=Re=Fe._x=Fe._y=!1,Kl(i,r,c,h,m,g,w,!0,!1),i!=null&&(Ue(Si,vi,Ts,!1),Wn(or,n,En,Hn,q,B,null));let{left:E,top:_,width:L,height:M}=ge;ys=E,ws=_,Ss=L,Es=M}function Ts(i,r,c,h,m,g,w){Nt=Fe._x=Fe._y=!1,Kl(i,r,c,h,m,g,w,!1,!0);let{left:E,top:_,width:L,height:M}=ge,k=L>0||M>0,$=ys!=E||ws!=_||Ss!=L||Es!=M;if(k&&$&&cl(ge),Fe.setScale&&k&&$){let re=E,ie=L,Q=_,z=M;if(P.ori==1&&(re=_,ie=M,Q=E,z=L),De&&Ot(H,_t(re,H),_t(re+ie,H)),Re)for(let I in v){let be=v[I];I!=H&&be.from==null&&be.min!=fe&&Ot(I,_t(Q+z,I),_t(Q,I))}ti()}else R.lock&&(R._lock=!R._lock,Qt(r,!0,i!=null));i!=null&&(cn(Si,vi),Wn(Si,n,de,Ee,q,B,null))}function ma(i,r,c,h,m,g,w){if(R._lock)return;qt(i);let E=Nt;if(Nt){let _=!0,L=!0,M=10,k,$;P.ori==0?(k=De,$=Re):(k=Re,$=De),k&&$&&(_=de<=M||de>=q-M,L=Ee<=M||Ee>=B-M),k&&_&&(de=de<En?0:q),$&&L&&(Ee=Ee<Hn?0:B),Qt(null,!0,!0),Nt=!1}de=-10,Ee=-10,ue.fill(null),Qt(null,!0,!0),E&&(Nt=E)}function _s(i,r,c,h,m,g,w){R._lock||(qt(i),Nl(),ti(),i!=null&&Wn(ur,n,de,Ee,q,B,null))}function vs(){N.forEach(Xu),Il(n.width,n.height,!0)}ln(Hl,An,vs);let vn={};vn.mousedown=Hs,vn.mousemove=bs,vn.mouseup=Ts,vn.dblclick=_s,vn.setSeries=(i,r,c,h)=>{let m=ve.match[2];c=m(n,r,c),c!=-1&&Tt(c,h,!0,!1)},je&&(Ue(or,A,Hs),Ue(wi,A,bs),Ue(ar,A,i=>{qt(i),zn(!1)}),Ue(cr,A,ma),Ue(ur,A,_s),xi.add(n),n.syncRect=zn);let ul=n.hooks=e.hooks||{};function Ie(i,r,c){Zl?jn.push([i,r,c]):i in ul&&ul[i].forEach(h=>{h.call(null,n,r,c)})}(e.plugins||[]).forEach(i=>{for(let r in i.hooks)ul[r]=(ul[r]||[]).concat(i.hooks[r])});let Ps=(i,r,c)=>c,ve=Pe({key:null,setSeries:!1,filters:{pub:Er,sub:Er},scales:[H,T[1]?T[1].scale:null],match:[Hr,Hr,Ps],values:[null,null]},R.sync);ve.match.length==2&&ve.match.push(Ps),R.sync=ve;let Cs=ve.key,ni=wo(Cs);function Wn(i,r,c,h,m,g,w){ve.filters.pub(i,r,c,h,m,g,w)&&ni.pub(i,r,c,h,m,g,w)}ni.sub(n);function da(i,r,c,h,m,g,w){ve.filters.sub(i,r,c,h,m,g,w)&&vn[i](null,r,c,h,m,g,w)}n.pub=da;function ga(){ni.unsub(n),xi.delete(n),zt.clear(),Ai(Hl,An,vs),p.remove(),ae?.remove(),Ie(\\"destroy\\")}n.destroy=ga;function li(){Ie(\\"init\\",e,t),ls(t||e.data,!1),F[H]?ql(H,F[H]):Nl(),ll=ge.show&&(ge.width>0||ge.height>0),Zt=rt=!0,Il(e.width,e.height)}return T.forEach(ts),N.forEach(Zo),l?l instanceof HTMLElement?(l.appendChild(p),li()):l(n,li):li(),n}Be.assign=Pe;Be.fmtNum=Gi;Be.rangeNum=Tl;Be.rangeLog=Pl;Be.rangeAsinh=Oi;Be.orient=rn;Be.pxRatio=oe;Be.join=Uc;Be.fmtDate=Ui,Be.tzDate=Kc;Be.sync=wo;{Be.addGap=Ru,Be.clipGaps=Ll;let e=Be.paths={points:vo};e.linear=Co,e.stepped=Ou,e.bars=Fu,e.spline=ju}var Bo=220;function ko(e,t){if(e===void 0)throw new Error(`the bundled uPlot lacks its ${t} paths`);return e}var Qu=ko(Be.paths.bars,\\"bar\\"),xo=ko(Be.paths.stepped,\\"step\\");function qi(e){return S(\\"div\\",{class:\\"chart\\",role:\\"img\\",\\"aria-label\\":e})}function Ku(e){return Math.max(280,Math.min(e.parentElement?.clientWidth??640,760)-8)}function Ji(e,t,l){requestAnimationFrame(()=>{new Be(t(Ku(e)),l,e)})}var Xi=(e,t)=>({width:e,height:t,legend:{show:!1},cursor:{show:!1}}),Do=(e,t,l)=>[0,Math.max(1,l*1.1)],eh=\\"12px system-ui, sans-serif\\",In=e=>({font:eh,stroke:\\"#24292f\\",grid:{stroke:\\"#d0d7de\\",width:1},...e?{values:e}:{}});function Ro(e,t,l){let n=qi(e),s=t.map((o,a)=>a);return Ji(n,o=>({...Xi(o,Bo),scales:{x:{time:!1,range:[-.5,Math.max(t.length-.5,.5)]},y:{range:Do}},axes:[{...In((a,f)=>f.map(u=>t[u]??\\"\\")),splits:()=>s},In()],series:[{},{label:l.label,fill:l.color,stroke:l.color,paths:Qu({size:[.6,80]})}]}),[s,l.values]),n}function xl(e,t,l,n=!1){let s=qi(e);return Ji(s,o=>({...Xi(o,Bo),scales:{x:{time:!0},y:{range:Do}},axes:[In(),In()],series:[{},...l.map(a=>({label:a.label,stroke:a.color,width:2,points:{show:t.length<60},...n?{paths:xo({align:1})}:{}}))]}),[[...t],...l.map(o=>o.values)]),s}function Io(e,t,l,n,s){let o=qi(e);return Ji(o,a=>({...Xi(a,Math.max(120,40*l.length+60)),scales:{x:{time:!0},y:{range:[-.5,l.length-.5]}},axes:[In(),{...In((f,u)=>u.map(p=>l[p]??\\"\\")),splits:()=>l.map((f,u)=>u),size:80}],series:[{},{label:e,stroke:s,width:3,paths:xo({align:1})}]}),[[...t],[...n]]),o}function el(e,t,l){return S(\\"details\\",{class:\\"chart-table\\"},S(\\"summary\\",{},e),S(\\"table\\",{},S(\\"thead\\",{},S(\\"tr\\",{},...t.map(n=>S(\\"th\\",{scope:\\"col\\"},n)))),S(\\"tbody\\",{},...l.map(n=>S(\\"tr\\",{},...n.map(s=>S(\\"td\\",{},String(s))))))))}var At={compliant:\\"#1a7f37\\",nonCompliant:\\"#cf222e\\",urgent:\\"#9a6700\\",release:\\"#0969da\\",failed:\\"#8250df\\"};var No=e=>Date.parse(e)/1e3;function Dl(e,t,...l){return S(\\"section\\",{\\"aria-labelledby\\":`${e}-h`},S(\\"h3\\",{id:`${e}-h`},t),...l)}function th(e,t,l){let n=e.open?e.opened?l(\\"incidentOpen\\",{issue:e.issue,at:jt(e.opened)}):l(\\"incidentOpenUndated\\",{issue:e.issue}):l(\\"incidentClosed\\",{issue:e.issue,opened:e.opened?jt(e.opened):\\"?\\",closed:e.closed?jt(e.closed):\\"?\\"}),s=t.repoUrl?S(\\"a\\",{href:`${t.repoUrl}/issues/${e.issue}`,rel:\\"noreferrer\\"},n):S(\\"span\\",{},n);return S(\\"li\\",{class:e.open?\\"incident open\\":\\"incident\\"},s)}function nh(e,t,l){let n=Dl(\\"timeline\\",l(\\"timelineHeading\\",{days:t.windowDays}));if(e.days.every(a=>a===null))return n.append(S(\\"p\\",{class:\\"missing\\"},l(\\"timelineNone\\",{days:t.windowDays}))),n;let s=Date.parse(`${t.today}T00:00:00Z`)-(e.days.length-1)*864e5,o=S(\\"ol\\",{class:\\"timeline\\"});return e.days.forEach((a,f)=>{let u=new Date(s+f*864e5).toISOString().slice(0,10),p=l(\\"timelineDay\\",{day:u,health:l(a??\\"unknown\\")});o.append(S(\\"li\\",{class:`day h-${a??\\"unknown\\"}`,title:p},S(\\"span\\",{class:\\"sr\\"},p)))}),n.append(o),e.uptime&&(n.append(S(\\"p\\",{class:\\"uptime\\"},l(\\"uptime\\",{percent:e.uptime.percent.toFixed(2),covered:e.uptime.coveredDays}))),e.uptime.roughDays>0&&n.append(S(\\"p\\",{class:\\"note\\"},l(\\"uptimeRough\\",{days:e.uptime.roughDays})))),n}function lh(e,t){let l=Dl(\\"releases\\",t(\\"releasesOverTime\\"));if(e.releases.length===0)return l.append(S(\\"p\\",{class:\\"missing\\"},t(\\"releasesNone\\"))),l;let n=[...new Set(e.releases.map(a=>a.version))].sort((a,f)=>a.localeCompare(f,\\"en\\",{numeric:!0})),s=[...e.releases.map(a=>No(a.at)),Date.now()/1e3],o=[...e.releases.map(a=>n.indexOf(a.version)),n.indexOf(e.releases.at(-1)?.version??\\"\\")];return l.append(Io(t(\\"releaseTimeline\\"),s,n,o,At.release),S(\\"ul\\",{},...e.releases.map(a=>S(\\"li\\",{},t(\\"releaseStep\\",{version:a.version,at:jt(a.at)}))))),l}function ih(e,t){let l=Dl(\\"patches\\",t(\\"patchTrendHeading\\"));if(e.scanned&&l.append(S(\\"p\\",{},t(\\"lastScan\\",{day:e.scanned,stale:String(e.stale===!0)}))),e.patch.length===0)return l.append(S(\\"p\\",{class:\\"missing\\"},t(\\"patchNone\\"))),l;let n=e.patch.map(s=>No(s.at));return l.append(xl(t(\\"patchChart\\"),n,[{label:t(\\"missingPatches\\"),values:e.patch.map(s=>s.missing),color:At.nonCompliant},{label:t(\\"failedPatches\\"),values:e.patch.map(s=>s.failed),color:At.failed},{label:t(\\"urgent\\"),values:e.patch.map(s=>s.outstanding),color:At.urgent}],!0),el(t(\\"asTable\\"),[t(\\"date\\"),t(\\"colPatch\\"),t(\\"missingPatches\\"),t(\\"failedPatches\\"),t(\\"urgent\\")],e.patch.map(s=>[jt(s.at),t(s.compliance),s.missing,s.failed,s.outstanding]))),l}function Oo(e,t,l,n){let s=[[n(\\"colId\\"),e.id],[n(\\"prefecture\\"),l.prefectures[e.pref]??\\"\\"],[n(\\"ring\\"),e.ring],[n(\\"release\\"),`${e.release??n(\\"unknown\\")}${e.want&&e.want!==e.release?` (${n(\\"wants\\",{version:e.want})})`:\\"\\"}${t.releaseSince?` \\\\u2014 ${n(\\"since\\",{at:jt(t.releaseSince)})}`:\\"\\"}`],[n(\\"health\\"),`${n(e.health??\\"unknown\\")}${t.healthSince?` \\\\u2014 ${n(\\"since\\",{at:jt(t.healthSince)})}`:\\"\\"}`],[n(\\"colPatch\\"),n(e.patch??\\"unknown\\")]];return S(\\"article\\",{class:\\"clinic\\",\\"aria-labelledby\\":\\"clinic-h\\"},S(\\"p\\",{},S(\\"a\\",{href:\\"#\\",id:\\"back\\"},n(\\"back\\"))),S(\\"h2\\",{id:\\"clinic-h\\",tabindex:\\"-1\\"},e.name),S(\\"dl\\",{class:\\"facts\\"},...s.flatMap(([o,a])=>[S(\\"dt\\",{},o),S(\\"dd\\",{},a)])),nh(t,l,n),Dl(\\"incidents\\",n(\\"incidentsHeading\\"),t.incidents.length===0?S(\\"p\\",{},n(\\"incidentsNone\\")):S(\\"ul\\",{class:\\"incidents\\"},...t.incidents.map(o=>th(o,l,n)))),lh(t,n),ih(t,n))}var sh={health:\\"partHealth\\",release:\\"partRelease\\",patch:\\"partPatch\\",incidents:\\"partIncidents\\"};function Nn(e,t,l,n=\\"\\"){return S(\\"div\\",{class:`stat ${n}`},S(\\"span\\",{class:\\"stat-label\\"},e),S(\\"span\\",{class:\\"stat-value\\"},t),l?S(\\"span\\",{class:\\"stat-extra\\"},l):null)}var rh=e=>{let[t,l]=e.split(\\"-W\\").map(Number),n=Date.UTC(t??1970,0,4);return(n-(new Date(n).getUTCDay()+6)%7*864e5+((l??1)-1)*7*864e5)/1e3};function Fo(e,t){let l=e.overview,n=u=>u.toLocaleString(e.locale),s=S(\\"section\\",{id:\\"overview\\",\\"aria-labelledby\\":\\"overview-h\\"},S(\\"h2\\",{id:\\"overview-h\\"},t(\\"overview\\")));if(l.missing.length>0){let u=l.missing.map(p=>t(sh[p])).join(t(\\"listSeparator\\"));s.append(S(\\"p\\",{class:\\"missing\\",role:\\"note\\"},t(\\"missing\\",{parts:u})))}s.append(S(\\"div\\",{class:\\"stats\\"},Nn(t(\\"clinicsCount\\"),n(l.clinics)),Nn(t(\\"openIncidents\\"),n(l.openIncidents),t(\\"incidentClinics\\",{count:l.clinicsWithIncidents}))),S(\\"h3\\",{},t(\\"healthHeading\\")),S(\\"div\\",{class:\\"stats\\"},...e.healthClasses.map(u=>Nn(t(u),n(l.health[u]),void 0,`h-${u}`)),Nn(t(\\"unknown\\"),n(l.healthUnknown),void 0,\\"h-unknown\\")));let o=S(\\"div\\",{class:\\"panel\\"},S(\\"h3\\",{},t(\\"releasesHeading\\"))),a=l.releases.map(u=>[u.version,u.clinics]);l.releases.length>0&&o.append(Ro(t(\\"releaseChart\\"),l.releases.map(u=>u.version),{label:t(\\"release\\"),values:l.releases.map(u=>u.clinics),color:At.release})),o.append(el(t(\\"asTable\\"),[t(\\"release\\"),t(\\"clinicsCount\\")],[...a,[t(\\"unknown\\"),l.releaseUnknown]]),S(\\"h3\\",{},t(\\"ringsHeading\\")),S(\\"ul\\",{class:\\"rings\\"},...l.rings.map(u=>S(\\"li\\",{},S(\\"span\\",{},t(\\"ringLine\\",{ring:u.ring,onTarget:u.onTarget,clinics:u.clinics,targets:u.targets.join(\\" / \\")})),S(\\"progress\\",{max:String(u.clinics),value:String(u.onTarget),\\"aria-label\\":u.ring}),u.unknown>0?S(\\"span\\",{class:\\"note\\"},t(\\"ringUnknown\\",{count:u.unknown})):null))));let f=S(\\"div\\",{class:\\"panel\\"},S(\\"h3\\",{},t(\\"patchHeading\\")),S(\\"div\\",{class:\\"stats\\"},...e.complianceStates.map(u=>Nn(t(u),n(l.patch[u]))),Nn(t(\\"unknown\\"),n(l.patchUnknown))),S(\\"h3\\",{},t(\\"trendHeading\\")));if(l.patchTrend.length>0){let u=l.patchTrend.map(p=>rh(p.week));f.append(xl(t(\\"trendChart\\"),u,[{label:t(\\"compliant\\"),values:l.patchTrend.map(p=>p.compliant),color:At.compliant},{label:t(\\"non-compliant\\"),values:l.patchTrend.map(p=>p.nonCompliant),color:At.nonCompliant},{label:t(\\"urgent\\"),values:l.patchTrend.map(p=>p.urgent),color:At.urgent}]),S(\\"p\\",{class:\\"legend\\"},...[[\\"compliant\\",t(\\"compliant\\")],[\\"non-compliant\\",t(\\"non-compliant\\")],[\\"urgent\\",t(\\"urgent\\")]].map(([p,b])=>S(\\"span\\",{class:`key key-${p}`},b??\\"\\"))))}return f.append(el(t(\\"asTable\\"),[t(\\"week\\"),t(\\"compliant\\"),t(\\"non-compliant\\"),t(\\"urgent\\")],l.patchTrend.map(u=>[u.week,u.compliant,u.nonCompliant,u.urgent]))),s.append(S(\\"div\\",{class:\\"panels\\"},o,f)),s}var Qi=new Map;globalThis.orcaFleetClinic=e=>Qi.get(e.n)?.(e);function oh(e){return new Promise((t,l)=>{let n=S(\\"script\\",{src:`data/clinic/${e}.js`});Qi.set(e,s=>{Qi.delete(e),n.remove(),t(s)}),n.addEventListener(\\"error\\",()=>l(new Error(`data/clinic/${e}.js did not load`))),document.head.append(n)})}function ah(e){let t=Js(e.locale),l=gl(\\"fleet\\"),n=gl(\\"clinic\\"),s,o=er(e,t,u=>s?.pickPrefecture(u));s=lr(e,t,o),l.replaceChildren(Fo(e,t),o,s.section);let a=new Map(e.clinics.map(u=>[u.id,u]));async function f(){let u=/^#clinic\\\\/(.+)$/.exec(location.hash);if(u===null){n.hidden=!0,l.hidden=!1;return}let p=decodeURIComponent(u[1]??\\"\\"),b=a.get(p);if(l.hidden=!0,n.hidden=!1,b===void 0){n.replaceChildren(S(\\"p\\",{class:\\"missing\\"},t(\\"notFound\\",{id:p})));return}n.replaceChildren(S(\\"p\\",{},t(\\"loading\\")));try{let d=await oh(b.n);n.replaceChildren(Oo(b,d,e,t)),gl(\\"clinic-h\\").focus()}catch{n.replaceChildren(S(\\"p\\",{class:\\"missing\\"},t(\\"loadFailed\\")))}document.body.dataset.clinic=p}window.addEventListener(\\"hashchange\\",()=>{f()}),f().then(()=>{performance.mark(\\"orca-fleet-ready\\"),document.body.dataset.ready=\\"true\\"})}var Go=globalThis.orcaFleetSite;if(Go===void 0)throw new Error(\\"data/fleet.js did not load before app.js\\");ah(Go);})();\\n","f":"/* The status page\'s one stylesheet (with uPlot\'s own appended by the build). Colours meet WCAG AA on white. */\\n:root {\\n  --fg: #1f2328;\\n  --muted: #59636e;\\n  --line: #d0d7de;\\n  --bg: #ffffff;\\n  --panel: #f6f8fa;\\n  --link: #0550ae;\\n}\\n* {\\n  box-sizing: border-box;\\n}\\nbody {\\n  margin: 0;\\n  font:\\n    15px / 1.5 system-ui,\\n    \\"Hiragino Sans\\",\\n    \\"Noto Sans CJK JP\\",\\n    sans-serif;\\n  color: var(--fg);\\n  background: var(--bg);\\n}\\na {\\n  color: var(--link);\\n}\\nheader,\\nmain {\\n  max-width: 1200px;\\n  margin: 0 auto;\\n  padding: 0 16px;\\n}\\nheader {\\n  padding-top: 16px;\\n  border-bottom: 1px solid var(--line);\\n}\\nh1 {\\n  font-size: 1.5rem;\\n  margin: 0 0 4px;\\n}\\nh2 {\\n  font-size: 1.25rem;\\n  margin: 24px 0 8px;\\n}\\nh3 {\\n  font-size: 1.05rem;\\n  margin: 16px 0 8px;\\n}\\n.skip {\\n  position: absolute;\\n  left: -9999px;\\n}\\n.skip:focus {\\n  left: 16px;\\n  top: 8px;\\n  background: var(--bg);\\n  padding: 4px 8px;\\n}\\n.note,\\n.built {\\n  color: var(--muted);\\n}\\n.missing {\\n  background: #fff8c5;\\n  border: 1px solid #d4a72c;\\n  padding: 8px 12px;\\n  border-radius: 6px;\\n}\\n.stats {\\n  display: flex;\\n  flex-wrap: wrap;\\n  gap: 8px;\\n}\\n.stat {\\n  display: flex;\\n  flex-direction: column;\\n  min-width: 120px;\\n  padding: 8px 12px;\\n  border: 1px solid var(--line);\\n  border-radius: 6px;\\n  background: var(--panel);\\n}\\n.stat-label {\\n  font-size: 0.85rem;\\n}\\n.stat-value {\\n  font-size: 1.4rem;\\n  font-weight: 600;\\n}\\n.stat-extra {\\n  font-size: 0.8rem;\\n}\\n.stat.h-healthy,\\n.stat.h-degraded,\\n.stat.h-restarting,\\n.stat.h-down,\\n.stat.h-unreachable {\\n  color: #fff;\\n  border-color: transparent;\\n}\\n.h-healthy {\\n  background: #1a7f37;\\n  color: #fff;\\n}\\n.h-degraded {\\n  background: #9a6700;\\n  color: #fff;\\n}\\n.h-restarting {\\n  background: #8250df;\\n  color: #fff;\\n}\\n.h-down {\\n  background: #cf222e;\\n  color: #fff;\\n}\\n.h-unreachable {\\n  background: #424a53;\\n  color: #fff;\\n}\\n.h-unknown {\\n  background: #eaeef2;\\n  color: var(--fg);\\n}\\n.panels {\\n  display: grid;\\n  grid-template-columns: repeat(auto-fit, minmax(340px, 1fr));\\n  gap: 16px;\\n}\\n.panel {\\n  border: 1px solid var(--line);\\n  border-radius: 6px;\\n  padding: 0 12px 12px;\\n}\\n.chart {\\n  margin: 8px 0;\\n}\\n.legend {\\n  display: flex;\\n  flex-wrap: wrap;\\n  gap: 12px;\\n  font-size: 0.85rem;\\n}\\n.key {\\n  padding: 0 6px;\\n  border-radius: 4px;\\n}\\n.key-compliant {\\n  border-bottom: 3px solid #1a7f37;\\n}\\n.key-non-compliant {\\n  border-bottom: 3px solid #cf222e;\\n}\\n.key-urgent {\\n  border-bottom: 3px solid #9a6700;\\n}\\n.rings {\\n  list-style: none;\\n  padding: 0;\\n  margin: 0;\\n}\\n.rings li {\\n  display: grid;\\n  grid-template-columns: 1fr 160px;\\n  gap: 4px 8px;\\n  align-items: center;\\n  margin-bottom: 6px;\\n}\\n.rings progress {\\n  width: 160px;\\n}\\n.tiles {\\n  display: grid;\\n  grid-template-columns: repeat(13, minmax(0, 56px));\\n  grid-auto-rows: 48px;\\n  gap: 3px;\\n}\\n.tile {\\n  border: 2px solid transparent;\\n  border-radius: 4px;\\n  font-size: 0.75rem;\\n  line-height: 1.1;\\n  cursor: pointer;\\n  padding: 2px;\\n  display: flex;\\n  flex-direction: column;\\n  align-items: center;\\n  justify-content: center;\\n}\\n.tile[aria-pressed=\\"true\\"] {\\n  border-color: #1f2328;\\n  outline: 3px solid #0969da;\\n  outline-offset: 1px;\\n}\\n.tile:focus-visible {\\n  outline: 3px solid #0969da;\\n}\\n.tile-count {\\n  font-weight: 700;\\n}\\n.filters {\\n  display: flex;\\n  flex-wrap: wrap;\\n  gap: 8px 12px;\\n  align-items: end;\\n  margin-bottom: 8px;\\n}\\n.filters label {\\n  display: flex;\\n  flex-direction: column;\\n  font-size: 0.85rem;\\n}\\n.filters input,\\n.filters select,\\nbutton {\\n  font: inherit;\\n  padding: 4px 8px;\\n}\\n.table-wrap {\\n  overflow-x: auto;\\n}\\ntable {\\n  border-collapse: collapse;\\n  width: 100%;\\n  font-size: 0.9rem;\\n}\\nth,\\ntd {\\n  text-align: left;\\n  padding: 4px 8px;\\n  border-bottom: 1px solid var(--line);\\n  white-space: nowrap;\\n}\\nthead th {\\n  background: var(--panel);\\n}\\ntbody th {\\n  font-weight: normal;\\n}\\n.num {\\n  text-align: right;\\n}\\n.mono {\\n  font-family: ui-monospace, monospace;\\n}\\n.badge {\\n  padding: 1px 6px;\\n  border-radius: 10px;\\n  font-size: 0.8rem;\\n}\\n.pager {\\n  display: flex;\\n  gap: 8px;\\n  margin: 8px 0 24px;\\n}\\n.facts {\\n  display: grid;\\n  grid-template-columns: max-content 1fr;\\n  gap: 4px 16px;\\n}\\n.facts dt {\\n  color: var(--muted);\\n}\\n.facts dd {\\n  margin: 0;\\n}\\n.timeline {\\n  list-style: none;\\n  display: flex;\\n  gap: 1px;\\n  padding: 0;\\n  margin: 8px 0;\\n  height: 32px;\\n}\\n.timeline .day {\\n  flex: 1 1 0;\\n  min-width: 3px;\\n  border-radius: 1px;\\n}\\n.sr {\\n  position: absolute;\\n  width: 1px;\\n  height: 1px;\\n  overflow: hidden;\\n  clip-path: inset(50%);\\n  white-space: nowrap;\\n}\\n.incidents .open {\\n  font-weight: 600;\\n}\\n.chart-table summary {\\n  cursor: pointer;\\n  color: var(--link);\\n}\\n\\n.uplot, .uplot *, .uplot *::before, .uplot *::after {box-sizing: border-box;}.uplot {font-family: system-ui, -apple-system, \\"Segoe UI\\", Roboto, \\"Helvetica Neue\\", Arial, \\"Noto Sans\\", sans-serif, \\"Apple Color Emoji\\", \\"Segoe UI Emoji\\", \\"Segoe UI Symbol\\", \\"Noto Color Emoji\\";line-height: 1.5;width: min-content;}.u-title {text-align: center;font-size: 18px;font-weight: bold;}.u-wrap {position: relative;user-select: none;}.u-over, .u-under {position: absolute;}.u-under {overflow: hidden;}.uplot canvas {display: block;position: relative;width: 100%;height: 100%;}.u-axis {position: absolute;}.u-legend {font-size: 14px;margin: auto;text-align: center;}.u-inline {display: block;}.u-inline * {display: inline-block;}.u-inline tr {margin-right: 16px;}.u-legend th {font-weight: 600;}.u-legend th > * {vertical-align: middle;display: inline-block;}.u-legend .u-marker {width: 1em;height: 1em;margin-right: 4px;background-clip: padding-box !important;}.u-inline.u-live th::after {content: \\":\\";vertical-align: middle;}.u-inline:not(.u-live) .u-value {display: none;}.u-series > * {padding: 4px;}.u-series th {cursor: pointer;}.u-legend .u-off > * {opacity: 0.3;}.u-select {background: rgba(0,0,0,0.07);position: absolute;pointer-events: none;}.u-cursor-x, .u-cursor-y {position: absolute;left: 0;top: 0;pointer-events: none;will-change: transform;}.u-hz .u-cursor-x, .u-vt .u-cursor-y {height: 100%;border-right: 1px dashed #607D8B;}.u-hz .u-cursor-y, .u-vt .u-cursor-x {width: 100%;border-bottom: 1px dashed #607D8B;}.u-cursor-pt {position: absolute;top: 0;left: 0;border-radius: 50%;border: 0 solid;pointer-events: none;will-change: transform;/*this has to be !important since we set inline \\"background\\" shorthand */background-clip: padding-box !important;}.u-axis.u-off, .u-select.u-off, .u-cursor-x.u-off, .u-cursor-y.u-off, .u-cursor-pt.u-off {display: none;}"}');
;// CONCATENATED MODULE: ./actions/lib/flows/status-site/site-files.ts



/**
 * Nothing but this site's own files: no inline script or style (so none needs a hash), no connection, images only
 * from the site or data: URLs (uPlot draws on canvas). A meta tag, since GitHub Pages sets no headers of ours.
 */
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON for a script: `<` escaped too, so no text in the data can end the script or open a comment. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
function indexHtml(data) {
    const t = (key, values) => escapeHtml((0,message/* formatText */.vX)(pageMessages[key], data.locale, values));
    const at = new Date(Date.parse(data.builtAt) + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
    return `<!doctype html>
<html lang="${data.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${t("title")}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="assets/site.css">
<script src="data/fleet.js" defer></script>
<script src="assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#clinics-h">${t("skip")}</a>
<header><h1>${t("title")}</h1><p class="built">${t("builtAt", { at })}</p></header>
<main>
<noscript><p class="missing">${t("noScript")}</p></noscript>
<div id="fleet"><p>${t("loading")}</p></div>
<div id="clinic" hidden></div>
</main>
</body>
</html>
`;
}
/** Every file of the site: the page, its script and style, the fleet's data, and one data file per clinic. */
function siteFiles(data, details) {
    return [
        { path: "index.html", text: indexHtml(data) },
        { path: "assets/app.js", text: page_assets_generated_namespaceObject.h },
        { path: "assets/site.css", text: page_assets_generated_namespaceObject.f },
        { path: "data/fleet.js", text: `globalThis.orcaFleetSite = ${scriptJson(data)};\n` },
        ...details.map((detail) => ({
            path: `data/clinic/${detail.n}.js`,
            text: `globalThis.orcaFleetClinic(${scriptJson(detail)});\n`,
        })),
    ];
}

// EXTERNAL MODULE: ./actions/lib/core/registry/prefectures.ts
var prefectures = __webpack_require__(99898);
;// CONCATENATED MODULE: ./actions/lib/flows/status-site/health-timeline.ts


/** A clinic answering (fully or in part) counts as up; restarting, down and unreachable count as down. */
const upClasses = new Set(["healthy", "degraded"]);
const rank = (c) => records/* healthClasses */.lY.indexOf(c);
const worse = (a, b) => (rank(a) >= rank(b) ? a : b);
const dayMs = 86_400_000;
/** The Asia/Tokyo start of a day, as milliseconds since the epoch. */
function tokyoDayStart(day) {
    return Date.parse(`${day}T00:00:00+09:00`);
}
/** The `count` days that end on `today`, oldest first. */
function windowDays(today, count) {
    const last = Date.parse(`${today}T00:00:00Z`);
    return Array.from({ length: count }, (_, i) => new Date(last - (count - 1 - i) * dayMs).toISOString().slice(0, 10));
}
/** The worst class each day saw: the class held when the day began and every one entered or reported that day. */
function dailyWorst(marks, days) {
    const sorted = [...marks].sort((a, b) => a.at.localeCompare(b.at));
    let next = 0;
    let held;
    const first = days[0];
    if (first !== undefined) {
        const start = tokyoDayStart(first);
        while (next < sorted.length && Date.parse(sorted[next]?.at ?? "") < start)
            held = sorted[next++]?.class;
    }
    return days.map((day) => {
        let worst = held;
        while (next < sorted.length && (0,layout/* tokyoDay */.FU)(new Date(sorted[next]?.at ?? "")) === day) {
            const mark = sorted[next++];
            if (mark === undefined)
                break;
            for (const seen of [mark.class, mark.worst])
                if (seen !== undefined)
                    worst = worst ? worse(worst, seen) : seen;
            held = mark.class;
        }
        return worst ?? null;
    });
}
/**
 * The share of the known time since `from` (up to `until`) in which the clinic was up, from the classes entered.
 * Time before the first record is unknown and left out rather than counted as up. A rolled-up record whose worst
 * class was down while it began and ended up is an outage of unknown length: counted in roughDays, not in time.
 */
function uptime(marks, from, until, days) {
    const sorted = [...marks].sort((a, b) => a.at.localeCompare(b.at));
    let held;
    let since = from;
    let up = 0;
    let known = 0;
    let roughDays = 0;
    const account = (end) => {
        if (held !== undefined && end > since) {
            known += end - since;
            if (upClasses.has(held))
                up += end - since;
        }
    };
    for (const mark of sorted) {
        const at = Date.parse(mark.at);
        if (at > until)
            break;
        if (at >= from) {
            account(at);
            since = at;
            const hidden = mark.worst !== undefined && !upClasses.has(mark.worst) && upClasses.has(mark.class);
            if (mark.rolledUp && hidden)
                roughDays += 1;
        }
        held = mark.class;
    }
    account(until);
    if (known === 0)
        return undefined;
    return {
        percent: Math.round((up / known) * 10_000) / 100,
        coveredDays: days.filter((d) => d !== null).length,
        roughDays,
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/clinic-detail.ts

const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
function healthMarks(events, state) {
    const marks = events.flatMap(({ event, rolledUp }) => event.kind === "health"
        ? [{ at: event.at, class: event.class, ...(event.worst ? { worst: event.worst } : {}), rolledUp }]
        : []);
    // The state's class and since is a record too: it stands when its event has aged out of the kept files.
    const now = state?.health;
    if (now !== undefined && !marks.some((m) => m.at === now.since && m.class === now.class))
        marks.push({ at: now.since, class: now.class, rolledUp: false });
    return marks;
}
function incidentSpans(events, state) {
    const open = new Set(state?.incidents ?? []);
    const spans = new Map();
    for (const { event } of events) {
        if (event.kind !== "incident")
            continue;
        const span = spans.get(event.issue) ?? { issue: event.issue, open: open.has(event.issue) };
        if (event.state === "opened")
            span.opened = event.at;
        else
            span.closed = event.at;
        spans.set(event.issue, span);
    }
    for (const issue of open)
        if (!spans.has(issue))
            spans.set(issue, { issue, open: true });
    return [...spans.values()].sort((a, b) => (b.opened ?? "9").localeCompare(a.opened ?? "9") || b.issue - a.issue);
}
function releaseSteps(events, state) {
    const steps = events
        .flatMap(({ event }) => (event.kind === "release" ? [{ at: event.at, version: event.version }] : []))
        .sort((a, b) => a.at.localeCompare(b.at));
    const now = state?.release;
    if (now !== undefined && steps.at(-1)?.version !== now.version)
        steps.push({ at: now.since, version: now.version });
    return steps.filter((step, i) => i === 0 || steps[i - 1]?.version !== step.version);
}
function patchPoints(events) {
    return events
        .flatMap(({ event }) => (event.kind === "patch" ? [event] : []))
        .sort((a, b) => a.at.localeCompare(b.at))
        .map(({ at, patch }) => ({
        at,
        compliance: patch.compliance,
        missing: sum(patch.missing),
        failed: sum(patch.failed),
        outstanding: patch.outstanding,
    }));
}
/** One clinic's page: its timeline over the window, uptime, incidents, releases and patch trend, from its records. */
function clinicDetail(n, id, events, state, window) {
    const marks = healthMarks(events, state);
    const days = dailyWorst(marks, window.days);
    const first = window.days[0];
    const up = first === undefined ? undefined : uptime(marks, tokyoDayStart(first), window.now.getTime(), days);
    return {
        n,
        id,
        days,
        ...(up === undefined ? {} : { uptime: up }),
        ...(state?.health ? { healthSince: state.health.since } : {}),
        ...(state?.release ? { releaseSince: state.release.since } : {}),
        releases: releaseSteps(events, state),
        incidents: incidentSpans(events, state),
        patch: patchPoints(events),
        ...(state?.patch?.scanned ? { scanned: state.patch.scanned } : {}),
        ...(state?.patch ? { stale: state.patch.stale } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/fleet-overview.ts

const zeros = (keys) => Object.fromEntries(keys.map((k) => [k, 0]));
/** Versions most common first, then by name so that equal counts keep one order. */
function ranked(counts) {
    return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, "en", { numeric: true }));
}
function ringProgress(rows, ringOrder) {
    const byRing = new Map();
    for (const row of rows)
        byRing.set(row.ring, [...(byRing.get(row.ring) ?? []), row]);
    const order = [...ringOrder, ...[...byRing.keys()].filter((r) => !ringOrder.includes(r)).sort()];
    return order.flatMap((ring) => {
        const members = byRing.get(ring) ?? [];
        if (members.length === 0)
            return [];
        const targets = new Map();
        for (const m of members)
            if (m.want !== undefined)
                targets.set(m.want, (targets.get(m.want) ?? 0) + 1);
        return [
            {
                ring,
                clinics: members.length,
                onTarget: members.filter((m) => m.release !== undefined && m.release === m.want).length,
                unknown: members.filter((m) => m.release === undefined).length,
                targets: ranked(targets).map(([version]) => version),
            },
        ];
    });
}
function trendRows(state) {
    return state.patchTrend.map(({ week, summary }) => ({
        week,
        clinics: summary.clinics,
        compliant: summary.compliant,
        nonCompliant: summary.nonCompliant,
        urgent: summary.urgentClinics,
    }));
}
/** The fleet at a glance, counted from the clinics' rows and the history's patch trend. */
function fleetOverview(rows, state, ringOrder) {
    const health = zeros(records/* healthClasses */.lY);
    const patch = zeros(records/* complianceStates */.Ws);
    const releases = new Map();
    let healthUnknown = 0;
    let releaseUnknown = 0;
    let patchUnknown = 0;
    let openIncidents = 0;
    let clinicsWithIncidents = 0;
    for (const row of rows) {
        if (row.health === undefined)
            healthUnknown += 1;
        else
            health[row.health] += 1;
        if (row.patch === undefined)
            patchUnknown += 1;
        else
            patch[row.patch] += 1;
        if (row.release === undefined)
            releaseUnknown += 1;
        else
            releases.set(row.release, (releases.get(row.release) ?? 0) + 1);
        openIncidents += row.incidents;
        if (row.incidents > 0)
            clinicsWithIncidents += 1;
    }
    const clinicStates = Object.values(state.clinics);
    const missing = [];
    if (clinicStates.every((c) => c.health === undefined))
        missing.push("health");
    if (clinicStates.every((c) => c.release === undefined))
        missing.push("release");
    if (clinicStates.every((c) => c.patch === undefined) && state.patchTrend.length === 0)
        missing.push("patch");
    // The sweep records incidents with health: once it has recorded health, no open incident is a true zero.
    if (missing.includes("health") && clinicStates.every((c) => c.incidents === undefined))
        missing.push("incidents");
    return {
        clinics: rows.length,
        health,
        healthUnknown,
        openIncidents,
        clinicsWithIncidents,
        releases: ranked(releases).map(([version, clinics]) => ({ version, clinics })),
        releaseUnknown,
        rings: ringProgress(rows, ringOrder),
        patch,
        patchUnknown,
        patchTrend: trendRows(state),
        missing,
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/prefecture-tiles.ts

/**
 * A tile map of Japan: one square per prefecture, placed roughly where it lies (north-east top right, Okinawa
 * bottom left), so that every prefecture gets the same room however small it is. Keyed by name, checked against
 * the registry's list of 47 by the tests.
 */
const places = {
    北海道: [12, 0],
    青森県: [12, 2],
    秋田県: [11, 3],
    岩手県: [12, 3],
    山形県: [11, 4],
    宮城県: [12, 4],
    石川県: [8, 5],
    富山県: [9, 5],
    新潟県: [10, 5],
    福島県: [11, 5],
    福井県: [7, 6],
    岐阜県: [8, 6],
    長野県: [9, 6],
    群馬県: [10, 6],
    栃木県: [11, 6],
    茨城県: [12, 6],
    島根県: [3, 7],
    鳥取県: [4, 7],
    兵庫県: [5, 7],
    京都府: [6, 7],
    滋賀県: [7, 7],
    愛知県: [8, 7],
    山梨県: [9, 7],
    埼玉県: [10, 7],
    千葉県: [11, 7],
    佐賀県: [0, 8],
    福岡県: [1, 8],
    山口県: [2, 8],
    広島県: [3, 8],
    岡山県: [4, 8],
    大阪府: [5, 8],
    奈良県: [6, 8],
    三重県: [7, 8],
    静岡県: [8, 8],
    神奈川県: [9, 8],
    東京都: [10, 8],
    長崎県: [0, 9],
    熊本県: [1, 9],
    大分県: [2, 9],
    愛媛県: [3, 9],
    香川県: [4, 9],
    和歌山県: [6, 9],
    鹿児島県: [1, 10],
    宮崎県: [2, 10],
    高知県: [3, 10],
    徳島県: [4, 10],
    沖縄県: [0, 11],
};
const prefectureTiles = prefectures/* prefectures */.n.map((name, pref) => {
    const [col, row] = places[name];
    return { pref, col, row };
});

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/site-data.ts
/**
 * The data the status page is drawn from, shared by the builder (Node) and the page (the browser): the fleet at a
 * glance and one row per clinic, in one file loaded with the page; each clinic's detail in its own file, loaded
 * when the clinic is opened. Nothing here is invented: a part the history does not hold is absent, and the page
 * says so. No contact details: the rows are built field by field from the registry, never spread.
 */
const siteDataVersion = 1;

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/site-model.ts








/** The clinics the site lists: every one in the registry that is not retired. */
function directoryOf(clinics) {
    return clinics
        .filter((c) => c.status !== "retired")
        .map((c) => ({ id: c.id, name: c.name, prefecture: c.prefecture, ring: c.orca.ring, version: c.orca.version }))
        .sort((a, b) => a.id.localeCompare(b.id));
}
function eventsByClinic(snapshot) {
    const byClinic = new Map();
    for (const file of snapshot.periods) {
        const rolledUp = file.detail !== "events";
        for (const event of file.events) {
            if (!("clinic" in event))
                continue;
            const list = byClinic.get(event.clinic) ?? [];
            if (list.length === 0)
                byClinic.set(event.clinic, list);
            list.push({ event, rolledUp });
        }
    }
    return byClinic;
}
/** The site's data and every clinic's detail, from the registry's clinics and the history as read. */
function buildSiteModel(directory, snapshot, settings) {
    const today = (0,layout/* tokyoDay */.FU)(settings.now);
    const days = windowDays(today, settings.windowDays);
    const events = eventsByClinic(snapshot);
    const prefIndex = new Map(prefectures/* prefectures */.n.map((name, i) => [name, i]));
    const rows = [];
    const details = [];
    directory.forEach((clinic, n) => {
        const state = snapshot.state.clinics[clinic.id];
        const detail = clinicDetail(n, clinic.id, events.get(clinic.id) ?? [], state, { days, now: settings.now });
        details.push(detail);
        rows.push({
            n,
            id: clinic.id,
            name: clinic.name,
            pref: prefIndex.get(clinic.prefecture) ?? -1, // the registry's schema admits only the 47
            ring: clinic.ring,
            want: clinic.version,
            ...(state?.release ? { release: state.release.version } : {}),
            ...(state?.health ? { health: state.health.class } : {}),
            incidents: state?.incidents?.length ?? 0,
            ...(state?.patch ? { patch: state.patch.compliance } : {}),
            ...(detail.uptime ? { uptime: detail.uptime.percent } : {}),
        });
    });
    const data = {
        version: siteDataVersion,
        locale: settings.locale,
        builtAt: settings.now.toISOString(),
        today,
        windowDays: settings.windowDays,
        ...(settings.repoUrl === undefined ? {} : { repoUrl: settings.repoUrl }),
        prefectures: prefectures/* prefectures */.n,
        healthClasses: records/* healthClasses */.lY,
        complianceStates: records/* complianceStates */.Ws,
        tiles: prefectureTiles,
        overview: fleetOverview(rows, snapshot.state, settings.ringOrder),
        clinics: rows,
    };
    return { data, details };
}

;// CONCATENATED MODULE: ./actions/lib/flows/status-site/build-status-site.ts








/**
 * The status site as one library call: read the registry and the history, build the page's data, write the site's
 * files, and hand back the outputs and a job summary. A registry problem is reported, not fatal: the site shows
 * what is there.
 */
async function buildStatusSite(deps, request) {
    const registry = await (0,load/* loadRegistry */.A)(request.clinics);
    for (const problem of registry.problems)
        deps.log.warning((0,registry_problem/* formatProblem */.V)(problem, registry.locale));
    const snapshot = await deps.readHistory();
    const locale = registry.fleet?.locale ?? i18n_locale/* defaultLocale */.q;
    const { data, details } = buildSiteModel(directoryOf(registry.clinics.map((loaded) => loaded.clinic)), snapshot, {
        now: deps.clock.now(),
        locale,
        windowDays: request.windowDays ?? 90,
        ringOrder: registry.fleet?.rollout.ringOrder ?? schema/* rings */.Qn,
        ...(request.repoUrl === undefined ? {} : { repoUrl: request.repoUrl }),
    });
    const files = siteFiles(data, details);
    for (const file of files)
        await deps.writeFile(file.path, file.text);
    deps.log.info(`wrote ${files.length} files for ${data.clinics.length} clinics`);
    const say = (0,message/* translator */.Nj)(locale);
    const missing = data.overview.missing.join(", ") || "none";
    const summary = say(pageMessages.summary, {
        clinics: data.clinics.length,
        files: snapshot.periods.length + 1,
        missing: data.overview.missing.length === 0 ? say(pageMessages.none) : missing,
    });
    return {
        outputs: { clinics: data.clinics.length, files: files.length, missing },
        summary: `### ${say(pageMessages.title)}\n\n${summary}\n`,
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/status-site/inputs.ts



function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const server = input.env("GITHUB_SERVER_URL", schemas/* url */.OZ5(), "the server's address, such as https://github.com");
    const repository = input.env("GITHUB_REPOSITORY", schemas/* string */.YjP().regex(/^[\w.-]+\/[\w.-]+$/), "owner/name");
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        historyBranch: (0,inputs/* readHistoryBranch */.pT)(input),
        out: input.read("out", schemas/* string */.YjP().min(1), "a folder such as _site"),
        repoUrl: `${server}/${repository}`,
    };
}

;// CONCATENATED MODULE: ./actions/status-site/main.ts










async function run() {
    try {
        const inputs = getInputs();
        const octokit = (0,github_octokit/* createOctokit */.Q)(inputs.token, core);
        const history = { ...github/* context */._.repo, branch: inputs.historyBranch };
        const report = await buildStatusSite({
            readHistory: () => readHistorySnapshot(octokit, history),
            writeFile: async (path, text) => {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(inputs.out, path)), { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(inputs.out, path), text);
            },
            clock: ports/* systemClock */.ml,
            log: core,
        }, { clinics: inputs.clinics, repoUrl: inputs.repoUrl });
        await (0,flow_report/* publishReport */.S3)({ ...report, outputs: { ...report.outputs, out: inputs.out } }, core);
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
