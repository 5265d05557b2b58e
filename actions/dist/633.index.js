export const id = 633;
export const ids = [633];
export const modules = {

/***/ 85633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateCommand: () => (/* binding */ validateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57264);
/* harmony import */ var _lib_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32586);
/* harmony import */ var _lib_core_registry_annotate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(588);
/* harmony import */ var _lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47380);
/* harmony import */ var _lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(29969);
/* harmony import */ var _lib_flows_validate_messages_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55047);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78823);









const formats = ["text", "json"];
const validateCommand = {
    help: `Usage: orca-fleet validate [DIR] [--format text|json]

Checks fleet.yml and every <id>.yml in DIR (default: clinics): YAML, the schema, institution codes,
maintenance windows, file name = id, unique ids and codes, subnets and instance types known to fleet.yml.
Reports every problem as FILE:LINE:COLUMN FIELD: MESSAGE, in the fleet's locale; inside GitHub Actions
(GITHUB_ACTIONS=true) also as ::error annotations on the files, with text output.

Options:
  --format text|json  text for people (default), json for machines
  -h, --help          show this help

Exit codes: 0 valid, 1 problems found, 2 usage error.`,
    async run(args, io) {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { format: { type: "string", default: "text" }, help: { type: "boolean", short: "h" } },
            allowPositionals: true,
            strict: true,
        });
        const outputFormat = formats.find((f) => f === values.format);
        if (!outputFormat)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`--format must be text or json, not "${values.format}"`);
        if (positionals.length > 1)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`expected one DIR, got ${positionals.length}`);
        const dir = positionals[0] ?? "clinics";
        if (!(await isDirectory(dir)))
            throw new _io_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`${dir} is not a directory; pass the folder that holds fleet.yml`);
        const result = await (0,_lib_core_registry_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegistry */ .A)(dir);
        print(result, outputFormat, io);
        return result.problems.length > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.problems : _io_js__WEBPACK_IMPORTED_MODULE_8__/* .exitCodes */ .hS.ok;
    },
};
async function isDirectory(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
function print(result, outputFormat, io) {
    const { clinics, problems } = result;
    if (outputFormat === "json") {
        // Machines get each message rendered in the fleet's locale, and the rule it breaks to match on.
        const rendered = problems.map((p) => ({ ...p, rule: p.message.key, message: (0,_lib_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_3__/* .render */ .XX)(p.message, result.locale) }));
        io.out(JSON.stringify({ valid: problems.length === 0, clinics: clinics.length, problems: rendered }, null, 2));
        return;
    }
    const { locale } = result;
    for (const problem of problems)
        io.out((0,_lib_core_registry_problem_js__WEBPACK_IMPORTED_MODULE_6__/* .formatProblem */ .V)(problem, locale));
    if (io.actions)
        (0,_lib_core_registry_annotate_js__WEBPACK_IMPORTED_MODULE_4__/* .annotateProblems */ .$)(problems, io.actions.workspace, _actions_core__WEBPACK_IMPORTED_MODULE_2__, locale);
    const summary = problems.length === 0 ? _lib_flows_validate_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .cliSummary */ .D.valid : _lib_flows_validate_messages_js__WEBPACK_IMPORTED_MODULE_7__/* .cliSummary */ .D.invalid;
    const files = new Set(problems.map((p) => p.file)).size;
    (problems.length === 0 ? io.out : io.err)((0,_lib_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_3__/* .formatText */ .vX)(summary, locale, { clinics: clinics.length, problems: problems.length, files }));
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


/***/ })

};
