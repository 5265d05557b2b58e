export const id = 882;
export const ids = [882];
export const modules = {

/***/ 78823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wr: () => (/* binding */ processIo),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   hS: () => (/* binding */ exitCodes)
/* harmony export */ });
function processIo(env = process.env) {
    return {
        out: (text) => process.stdout.write(`${text}\n`),
        err: (text) => process.stderr.write(`${text}\n`),
        actions: env.GITHUB_ACTIONS === "true" ? { workspace: env.GITHUB_WORKSPACE ?? process.cwd() } : undefined,
    };
}
/** Exit codes: 0 all good, 1 the command found problems, 2 the command line was wrong. */
const exitCodes = { ok: 0, problems: 1, usage: 2 };
/** A command line the CLI cannot act on; reported with the command's usage and exit code 2. */
class UsageError extends Error {
    name = "UsageError";
}


/***/ }),

/***/ 92882:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli),
  commandNames: () => (/* binding */ commandNames)
});

// EXTERNAL MODULE: ./actions/cli/io.ts
var cli_io = __webpack_require__(78823);
// EXTERNAL MODULE: ./actions/cli/output-format.ts
var output_format = __webpack_require__(50004);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./actions/cli/version.ts

/** The toolkit's version, from package.json, so `orca-fleet --version` cannot disagree with the release. */
const toolkitVersion = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./actions/cli/main.ts



/**
 * The operator CLI's commands; a new one is one more entry. Each command's code is imported only when it runs, as
 * actions/index.ts does for the actions, so ncc splits it into its own chunks: `validate` never compiles the AWS
 * SDK that doctor needs (bench/action-load.ts measures it).
 */
const commands = [
    {
        name: "validate",
        summary: "check fleet.yml and every clinic file in a registry folder",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(119), __webpack_require__.e(264), __webpack_require__.e(380), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 85633))).validateCommand,
    },
    {
        name: "plan",
        summary: "show what provisioning and the rollout would do now, as the pull request shows it (read-only)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(96), __webpack_require__.e(858), __webpack_require__.e(380), __webpack_require__.e(229), __webpack_require__.e(291), __webpack_require__.e(755)]).then(__webpack_require__.bind(__webpack_require__, 65068))).planCommand,
    },
    {
        name: "setup",
        summary: "fill fleet.yml's ids from the fleet's AWS stack (infra/)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(96), __webpack_require__.e(805), __webpack_require__.e(380), __webpack_require__.e(47)]).then(__webpack_require__.bind(__webpack_require__, 83047))).setupCommand(),
    },
    {
        name: "certs",
        summary: "issue the fleet's CA, and issue or rotate each clinic's TLS certificates in Parameter Store",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(96), __webpack_require__.e(631), __webpack_require__.e(380), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 19961))).certsCommand(),
    },
    {
        name: "doctor",
        summary: "check a deployment end to end (AWS and GitHub) and print the fix for each miss",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(119), __webpack_require__.e(96), __webpack_require__.e(293), __webpack_require__.e(631), __webpack_require__.e(805), __webpack_require__.e(380), __webpack_require__.e(961), __webpack_require__.e(712)]).then(__webpack_require__.bind(__webpack_require__, 86712))).doctorCommand(),
    },
    {
        name: "status",
        summary: "show each clinic's instance, state, release, last health and incidents (read-only)",
        load: async () => (await Promise.all(/* import() */[__webpack_require__.e(775), __webpack_require__.e(119), __webpack_require__.e(96), __webpack_require__.e(293), __webpack_require__.e(858), __webpack_require__.e(380), __webpack_require__.e(229), __webpack_require__.e(291), __webpack_require__.e(964), __webpack_require__.e(647)]).then(__webpack_require__.bind(__webpack_require__, 29647))).statusCommand(),
    },
];
/** The names `orca-fleet --help` lists, for bench/action-load.ts. */
const commandNames = commands.map((c) => c.name);
function overview() {
    const width = Math.max(...commands.map((c) => c.name.length));
    return `Usage: orca-fleet <command> [options]

Runs the fleet's checks from a clone, with the same code as the GitHub Actions.

Options:
  --version  print the toolkit's version

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`orca-fleet <command> --help\` for a command's options.`;
}
/** The `orca-fleet` command line: returns the exit code (0 ok, 1 problems found, 2 usage error). */
async function cli(argv, io = (0,cli_io/* processIo */.Wr)()) {
    const [name, ...args] = argv;
    const outputFormat = (0,output_format/* requestedFormat */.U5)(argv);
    if (name === "--version" || name === "-V") {
        io.out(outputFormat === "json" ? JSON.stringify({ version: toolkitVersion }) : `orca-fleet ${toolkitVersion}`);
        return cli_io/* exitCodes */.hS.ok;
    }
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
        (name === undefined ? io.err : io.out)(overview());
        return name === undefined ? cli_io/* exitCodes */.hS.usage : cli_io/* exitCodes */.hS.ok;
    }
    const entry = commands.find((c) => c.name === name);
    if (!entry) {
        return usageError(io, outputFormat, `unknown command "${name}"`, undefined, `\n\n${overview()}`);
    }
    // Every command's --help is answered here, once, before its own options are parsed.
    const helpAt = args.indexOf("--");
    const asked = (helpAt < 0 ? args : args.slice(0, helpAt)).some((a) => a === "--help" || a === "-h");
    const command = await entry.load();
    if (asked) {
        io.out(command.help);
        return cli_io/* exitCodes */.hS.ok;
    }
    try {
        return await command.run(args, io);
    }
    catch (error) {
        if (!(error instanceof cli_io/* UsageError */.eb) && !isParseArgsError(error))
            throw error;
        const usage = command.help.split("\n", 1)[0] ?? "";
        return usageError(io, outputFormat, error.message, entry.name, `\n${usage}\nRun \`orca-fleet ${entry.name} --help\` for more.`);
    }
}
/** A usage error on stderr: one JSON object when the command line asked for JSON, the message and usage otherwise. */
function usageError(io, outputFormat, message, command, hint) {
    if (outputFormat === "json") {
        io.err(JSON.stringify({ error: "usage", ...(command === undefined ? {} : { command }), message }));
    }
    else {
        io.err(`orca-fleet${command === undefined ? "" : ` ${command}`}: ${message}${hint}`);
    }
    return cli_io/* exitCodes */.hS.usage;
}
/** node:util parseArgs reports unknown options and missing values with these codes. */
function isParseArgsError(error) {
    return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS_");
}


/***/ }),

/***/ 50004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oz: () => (/* binding */ outputFormatOf),
/* harmony export */   U5: () => (/* binding */ requestedFormat)
/* harmony export */ });
/* unused harmony export outputFormats */
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78823);

const outputFormats = ["text", "json"];
/** `--format text|json`, checked: a usage error names the two values. */
function outputFormatOf(value) {
    const found = outputFormats.find((f) => f === (value ?? "text"));
    if (found === undefined)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--format must be text or json, not "${value}"`);
    return found;
}
/**
 * The format asked for anywhere on a command line, read before the command parses it, so that even a usage error
 * comes back as JSON to a machine that asked for JSON.
 */
function requestedFormat(argv) {
    for (const [i, arg] of argv.entries()) {
        const value = arg === "--format" ? argv[i + 1] : arg.startsWith("--format=") ? arg.slice(9) : undefined;
        if (value === "json")
            return "json";
    }
    return "text";
}


/***/ })

};
