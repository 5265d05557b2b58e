export const id = 365;
export const ids = [365];
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

/***/ 62820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ carriesMarker),
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _core_render_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3589);
/* harmony import */ var _core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10528);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22889);



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
            const status = (0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .n)(error);
            if (attempt >= createAttempts || (status !== undefined && status < 500))
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
