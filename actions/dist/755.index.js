export const id = 755;
export const ids = [755];
export const modules = {

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
