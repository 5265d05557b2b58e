export const id = 366;
export const ids = [366];
export const modules = {

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

/***/ 588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ annotateProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _i18n_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32586);


/**
 * One `::error file=…,line=…,col=…::` workflow command per problem, so that GitHub shows it on the pull request's
 * diff. Files are named relative to the workspace (the repository root), as GitHub matches them.
 */
function annotateProblems(problems, workspace, log, locale) {
    for (const problem of problems) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(problem.file));
        log.error(`${problem.field}: ${(0,_i18n_message_js__WEBPACK_IMPORTED_MODULE_1__/* .render */ .XX)(problem.message, locale)}`, {
            title: problem.field,
            file: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file) || file.startsWith("..") ? problem.file : file,
            ...(problem.line === undefined ? {} : { startLine: problem.line }),
            ...(problem.column === undefined ? {} : { startColumn: problem.column }),
        });
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


/***/ }),

/***/ 55047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ summaryMessages),
/* harmony export */   D: () => (/* binding */ cliSummary)
/* harmony export */ });
const checked = {
    en: "{clinics, plural, one {# clinic} other {# clinics}} checked: no problems.",
    ja: "{clinics} 件の医療機関を確認しました。問題はありません。",
};
/** The validate action's job summary. */
const summaryMessages = {
    heading: { en: "Clinic registry", ja: "医療機関レジストリ" },
    valid: checked,
    invalid: {
        en: "{problems, plural, one {Found # problem. Fix it in the file below.} other {Found # problems. Fix them in the files below.}}",
        ja: "{problems} 件の問題があります。下のファイルを直してください。",
    },
    where: { en: "Where", ja: "場所" },
    field: { en: "Field", ja: "項目" },
    problem: { en: "Problem", ja: "問題" },
    failed: {
        en: "Found {problems, plural, one {# problem} other {# problems}} in {dir}; each is annotated on its file and listed in the job summary.",
        ja: "{dir} に {problems} 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。",
    },
};
/** The last line of `orca-fleet validate`. */
const cliSummary = {
    valid: checked,
    invalid: {
        en: "Found {problems, plural, one {# problem} other {# problems}} in {files, plural, one {# file} other {# files}}.",
        ja: "{files} ファイルに {problems} 件の問題があります。",
    },
};


/***/ }),

/***/ 78366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/registry/annotate.ts
var annotate = __webpack_require__(588);
// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/flows/validate/messages.ts
var messages = __webpack_require__(55047);
// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
;// CONCATENATED MODULE: ./actions/lib/flows/validate/summary.ts




/** The job summary's markdown: a count, then one row per problem. */
function renderSummary(clinics, problems, locale) {
    const t = (0,message/* translator */.Nj)(locale);
    const heading = `## ${t(messages/* summaryMessages */.B.heading)}`;
    const values = { clinics, problems: problems.length };
    if (problems.length === 0)
        return `${heading}\n\n${t(messages/* summaryMessages */.B.valid, values)}\n`;
    const rows = problems.map((p) => [
        (0,body/* codeCell */.MZ)([p.file, p.line, p.column].filter((part) => part !== undefined).join(":")),
        (0,markdown/* inert */.tJ)(p.field),
        (0,markdown/* inert */.tJ)((0,message/* render */.XX)(p.message, locale)),
    ]);
    const headers = [t(messages/* summaryMessages */.B.where), t(messages/* summaryMessages */.B.field), t(messages/* summaryMessages */.B.problem)];
    return `${heading}\n\n${t(messages/* summaryMessages */.B.invalid, values)}\n\n${(0,markdown/* table */.tp)(headers, rows)}\n`;
}

;// CONCATENATED MODULE: ./actions/lib/flows/validate/check-registry.ts






/**
 * The validate action's flow: every problem of the registry as an annotation on its file, line and column, a job
 * summary, and a failure when there is any problem.
 */
async function checkRegistry(log, settings) {
    const result = await (0,ports/* inGroup */.HB)(log, "Validate the registry", () => (0,load/* loadRegistry */.A)(settings.clinics));
    const { locale } = result;
    (0,annotate/* annotateProblems */.$)(result.problems, settings.workspace, log, locale);
    const problems = result.problems.length;
    return {
        outputs: { clinics: result.clinics.length, problems },
        summary: renderSummary(result.clinics.length, result.problems, locale),
        ...(problems === 0
            ? {}
            : { failure: (0,message/* translator */.Nj)(locale)(messages/* summaryMessages */.B.failed, { problems, dir: settings.clinics }) }),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/validate/inputs.ts




/** Inside the checkout, so that annotations can name files on the pull request's diff. */
const insideRepository = schemas/* string */.YjP()
    .refine((path) => path !== "" && !(0,external_node_path_.isAbsolute)(path) && !(0,external_node_path_.normalize)(path).startsWith(".."));
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input, {
            schema: insideRepository,
            expected: "a folder inside the repository, relative to its root, e.g. clinics",
        }),
        workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    };
}

;// CONCATENATED MODULE: ./actions/validate/main.ts




async function run() {
    try {
        await (0,flow_report/* publishReport */.S3)(await checkRegistry(core, getInputs()), core);
    }
    catch (error) {
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
