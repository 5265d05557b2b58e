export const id = 961;
export const ids = [961];
export const modules = {

/***/ 19961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  certificateDefaults: () => (/* binding */ certificateDefaults),
  certsCommand: () => (/* binding */ certsCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/secure-parameters.ts
var secure_parameters = __webpack_require__(73225);
// EXTERNAL MODULE: ./actions/lib/core/ca-parameter.ts
var ca_parameter = __webpack_require__(64404);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./actions/lib/flows/certificates/issue.ts
var issue = __webpack_require__(42450);
;// CONCATENATED MODULE: ./actions/lib/flows/certificates/ca-files.ts



/** The operator's CA folder: the certificate, and the key that never leaves this machine. */
const caFiles = { cert: "ca.crt", key: "ca.key" };
/**
 * Writes a new CA into the folder; refuses to replace one already there, since every clinic's certificates hang
 * on it. The key is readable by its owner alone.
 */
async function writeCaFiles(dir, pair) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o700 });
    try {
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, caFiles.key), pair.keyPem, { flag: "wx", mode: 0o600 });
    }
    catch (error) {
        if (error instanceof Error && "code" in error && error.code === "EEXIST") {
            throw new issue/* CaFileError */.ZF(`${(0,external_node_path_.join)(dir, caFiles.key)} exists: a CA is already there; choose another --out`);
        }
        throw error;
    }
    await (0,promises_.chmod)((0,external_node_path_.join)(dir, caFiles.key), 0o600);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, caFiles.cert), pair.certPem, { flag: "wx" });
}
async function readCaFiles(dir) {
    const read = (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name), "utf8").catch(() => {
        throw new issue/* CaFileError */.ZF(`${(0,external_node_path_.join)(dir, name)} cannot be read; pass the folder orca-fleet certs issue-ca wrote`);
    });
    const [certPem, keyPem] = await Promise.all([read(caFiles.cert), read(caFiles.key)]);
    return { ...(await (0,issue/* loadCa */.D$)(certPem, keyPem)), certPem };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/ca-parameters.ts


/**
 * The fleet's CA in its protected parameters (core/ca-parameter.ts), the alternative to the operator's folder:
 * written once (an existing CA is never replaced, as in a folder) and read back to sign. The key's value is never
 * printed; the parameters are encrypted with the CA's own KMS key (the SecureParameters' key id).
 */
async function writeCaParameters(parameters, pair) {
    const found = await parameters.read([ca_parameter/* caParameter */.y.privateKey, ca_parameter/* caParameter */.y.certificate]);
    if (found.size > 0)
        throw new issue/* CaFileError */.ZF(`${ca_parameter/* caParameter */.y.path}/ already holds a CA; every clinic's certificates hang on it`);
    await parameters.write(ca_parameter/* caParameter */.y.privateKey, pair.keyPem, "orca-fleet: the fleet CA's private key");
    await parameters.write(ca_parameter/* caParameter */.y.certificate, pair.certPem, "orca-fleet: the fleet CA's certificate");
}
async function readCaParameters(parameters) {
    const found = await parameters.read([ca_parameter/* caParameter */.y.privateKey, ca_parameter/* caParameter */.y.certificate]);
    const keyPem = found.get(ca_parameter/* caParameter */.y.privateKey);
    const certPem = found.get(ca_parameter/* caParameter */.y.certificate);
    if (keyPem === undefined || certPem === undefined)
        throw new issue/* CaFileError */.ZF(`${ca_parameter/* caParameter */.y.path}/ holds no CA; make one with orca-fleet certs issue-ca --to-parameter`);
    return { ...(await (0,issue/* loadCa */.D$)(certPem, keyPem)), certPem };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/messages.ts
/** Every fixed text `orca-fleet certs` shows, in each locale; `{name}` is a value filled in when shown. */
const certificateMessages = {
    issue: { en: "{clinic} {kind}: issue ({reason})", ja: "{clinic} {kind}: 発行（{reason}）" },
    rotate: {
        en: "{clinic} {kind}: rotate ({reason}, valid until {notAfter})",
        ja: "{clinic} {kind}: 更新（{reason}、有効期限 {notAfter}）",
    },
    caPublish: {
        en: "fleet CA certificate {name}: publish ({state})",
        ja: "フリートの CA 証明書 {name}: 登録（{state}）",
    },
    summary: {
        en: "{actions} certificate(s) to issue or rotate, {kept} valid beyond the {days}-day threshold.",
        ja: "発行・更新する証明書 {actions} 件、{days} 日以上有効な証明書 {kept} 件。",
    },
    applied: {
        en: "Written to Parameter Store as SecureString.",
        ja: "Parameter Store に SecureString として書き込みました。",
    },
    dryRun: { en: "Dry run: nothing was written.", ja: "ドライラン: 何も書き込んでいません。" },
    needCa: {
        en: "Certificates need issuing, which takes the fleet's CA: pass --ca DIR (the folder `orca-fleet certs issue-ca` wrote).",
        ja: "証明書の発行にはフリートの CA が必要です: --ca DIR（`orca-fleet certs issue-ca` の出力先）を指定してください。",
    },
    caInParameters: {
        en: "The fleet's CA is in Parameter Store under {path}/ (private-key and certificate, SecureString); nothing secret was printed. `orca-fleet certs sync --ca-parameter`, as the operator role, issues the clinics' certificates.",
        ja: "フリートの CA を Parameter Store の {path}/ に保存しました（private-key と certificate、SecureString）。秘密は表示していません。運用者ロールで `orca-fleet certs sync --ca-parameter` を実行すると各医療機関の証明書を発行します。",
    },
    caWritten: {
        en: "The fleet's CA is in {dir} (ca.crt, and ca.key readable by you alone). Keep ca.key off shared disks; `orca-fleet certs sync --ca {dir}` publishes ca.crt and issues the clinics' certificates.",
        ja: "フリートの CA を {dir} に作成しました（ca.crt と、本人だけが読める ca.key）。ca.key は共有ディスクに置かないでください。`orca-fleet certs sync --ca {dir}` で ca.crt を登録し、各医療機関の証明書を発行します。",
    },
    missing: { en: "missing", ja: "なし" },
    unreadable: { en: "not a certificate", ja: "証明書として読めない" },
    expired: { en: "expired", ja: "期限切れ" },
    expiring: { en: "expiring", ja: "期限間近" },
    wrongName: { en: "wrong name", ja: "名前が違う" },
    otherCa: { en: "issued by another CA", ja: "別の CA が発行" },
    keyMismatch: { en: "key does not match", ja: "鍵が一致しない" },
    different: { en: "another CA's", ja: "別の CA" },
    server: { en: "server certificate", ja: "サーバー証明書" },
    client: { en: "client certificate", ja: "クライアント証明書" },
};

// EXTERNAL MODULE: ./actions/lib/flows/certificates/parameter-names.ts
var parameter_names = __webpack_require__(4043);
;// CONCATENATED MODULE: ./actions/lib/flows/certificates/render.ts



/** One line per certificate to issue or rotate, then the CA's line when it needs publishing; never a key. */
function renderReview(review, secretsPrefix, locale) {
    const lines = [];
    if (review.caParameter === "missing" || review.caParameter === "different") {
        const state = certificateMessages[review.caParameter][locale];
        lines.push((0,message/* formatText */.vX)(certificateMessages.caPublish, locale, { name: (0,parameter_names/* caCertName */._S)(secretsPrefix), state }));
    }
    for (const action of review.plan.actions)
        lines.push(renderAction(action, locale));
    return lines;
}
function renderAction(action, locale) {
    const values = { clinic: action.clinicId, kind: certificateMessages[action.kind][locale], reason: certificateMessages[action.reason][locale] };
    return action.action === "issue"
        ? (0,message/* formatText */.vX)(certificateMessages.issue, locale, values)
        : (0,message/* formatText */.vX)(certificateMessages.rotate, locale, { ...values, notAfter: action.notAfter.toISOString().slice(0, 10) });
}
/** The machine-readable review: the same facts, dates as ISO strings. */
function reviewJson(review) {
    return {
        caParameter: review.caParameter ?? null,
        actions: review.plan.actions.map((a) => ({
            clinicId: a.clinicId,
            kind: a.kind,
            action: a.action,
            reason: a.reason,
            ...(a.action === "rotate" ? { notAfter: a.notAfter.toISOString() } : {}),
        })),
        kept: review.plan.kept.map((k) => ({ clinicId: k.clinicId, kind: k.kind, notAfter: k.notAfter.toISOString() })),
    };
}

// EXTERNAL MODULE: ./actions/lib/flows/certificates/sync.ts + 2 modules
var sync = __webpack_require__(42532);
// EXTERNAL MODULE: ./actions/cli/fleet-registry.ts
var fleet_registry = __webpack_require__(55735);
// EXTERNAL MODULE: ./actions/cli/io.ts
var cli_io = __webpack_require__(78823);
// EXTERNAL MODULE: ./actions/cli/output-format.ts
var output_format = __webpack_require__(50004);
;// CONCATENATED MODULE: ./actions/cli/certs.ts















const fromEnvironment = (region) => new dist_cjs/* SSMClient */.jBj((0,clients/* awsClientConfig */.r)({ region }));
/** Defaults: a clinic certificate lasts a year and is rotated a month before it ends; the CA lasts ten years. */
const certificateDefaults = { validityDays: 365, renewBeforeDays: 30, caDays: 3650 };
function days(value, option, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^[1-9][0-9]{0,4}$/.test(value))
        throw new cli_io/* UsageError */.eb(`${option} must be a whole number of days, not "${value}"`);
    return Number(value);
}
function certsCommand(connect = fromEnvironment, now = () => new Date()) {
    return {
        help: `Usage: orca-fleet certs (issue-ca (--out DIR | --to-parameter) | sync [--ca DIR | --ca-parameter] [--dry-run]) [options]

issue-ca  Makes the fleet's CA (ECDSA P-256) in DIR: ca.crt, and ca.key readable by you alone. The key never
          leaves that folder; keep it off shared disks. An existing CA in DIR is never replaced.
sync      For every active clinic, issues what is missing and rotates what expires within --renew-before days,
          is not for the clinic's name, was issued by another CA or lost its key: the server certificate
          (CN and SAN <clinic id>.<dns.domain>, ORCA's SERVER_CRT/SERVER_PEM) and the healthcheck's client
          certificate, as SecureString parameters under <secrets.parameterPrefix>/<clinic id>/tls/, and the CA
          certificate as <secrets.parameterPrefix>/tls/ca.crt. Keys are never printed.

  --out DIR             issue-ca: the folder to create the CA in
  --to-parameter        issue-ca: keep the CA in Parameter Store instead, as SecureStrings under ${ca_parameter/* caParameter */.y.path}/
                        encrypted with --ca-key-id (the stack's CaKeyArn: only its operator role may use it)
  --ca-parameter        sync: sign with the CA kept in ${ca_parameter/* caParameter */.y.path}/ (run as the operator role)
  --ca-key-id KEY       the CA's KMS key for --to-parameter (the stack's CaKeyArn)
  --name NAME           issue-ca: the CA's common name (default: orca-fleet CA <dns.domain>)
  --ca DIR              sync: the CA folder; without it sync can only report
  --dry-run             sync: report what would be issued or rotated, write nothing
  --key-id KEY          sync: the KMS key for the parameters (the stack's SecretsKeyArn output)
  --renew-before DAYS   sync: rotate when fewer days are left (default ${certificateDefaults.renewBeforeDays})
  --days DAYS           validity of what is issued (default ${certificateDefaults.validityDays}; issue-ca ${certificateDefaults.caDays})
  --clinics DIR         the registry folder (default clinics)
  --format text|json    text for people (default), json for machines
  -h, --help            show this help

Exit codes: 0 done or nothing to do, 1 work left undone (sync without --ca) or AWS failed, 2 usage error.`,
        async run(args, io) {
            const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, strict: true });
            const outputFormat = (0,output_format/* outputFormatOf */.Oz)(values.format);
            const [sub, ...rest] = positionals;
            if (rest.length > 0 || (sub !== "issue-ca" && sub !== "sync")) {
                throw new cli_io/* UsageError */.eb(`expected "certs issue-ca" or "certs sync", got "certs ${positionals.join(" ")}"`);
            }
            const registry = await (0,fleet_registry/* loadUsableRegistry */._)(values.clinics).catch((error) => {
                throw new cli_io/* UsageError */.eb(error.message);
            });
            const run = { values, registry, outputFormat, io, connect, now };
            try {
                return await (sub === "issue-ca" ? issueCaInFolder(run) : certs_sync(run));
            }
            catch (error) {
                // A CA folder that cannot be used is the operator's to fix, not a bug: say which file and why.
                if (!(error instanceof issue/* CaFileError */.ZF))
                    throw error;
                io.err(`orca-fleet certs: ${error.message}`);
                return cli_io/* exitCodes */.hS.problems;
            }
        },
    };
}
const options = {
    out: { type: "string" },
    "to-parameter": { type: "boolean", default: false },
    "ca-parameter": { type: "boolean", default: false },
    "ca-key-id": { type: "string" },
    name: { type: "string" },
    ca: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "key-id": { type: "string" },
    "renew-before": { type: "string" },
    days: { type: "string" },
    clinics: { type: "string", default: "clinics" },
    format: { type: "string" },
};
async function issueCaInFolder({ values, registry, outputFormat, io, now, connect }) {
    const toParameter = values["to-parameter"];
    if ((values.out === undefined) === !toParameter)
        throw new cli_io/* UsageError */.eb("issue-ca needs --out DIR (a folder for ca.crt and ca.key) or --to-parameter, one of them");
    const caDays = days(values.days, "--days", certificateDefaults.caDays);
    const name = values.name ?? `orca-fleet CA ${registry.fleet.dns.domain}`;
    const pair = await (0,issue/* issueCa */.YH)(name, (0,issue/* validityFrom */.DM)(now(), caDays));
    if (values.out === undefined) {
        const ssm = connect(registry.fleet.region);
        try {
            await writeCaParameters((0,secure_parameters/* createSecureParameters */.s)(ssm, values["ca-key-id"]), pair);
        }
        finally {
            ssm.destroy();
        }
        if (outputFormat === "json")
            io.out(JSON.stringify({ ca: { parameters: ca_parameter/* caParameter */.y.path } }));
        else
            io.out((0,message/* formatText */.vX)(certificateMessages.caInParameters, registry.locale, { path: ca_parameter/* caParameter */.y.path }));
        return cli_io/* exitCodes */.hS.ok;
    }
    await writeCaFiles(values.out, pair);
    if (outputFormat === "json")
        io.out(JSON.stringify({ ca: { dir: values.out, cert: "ca.crt", key: "ca.key" } }));
    else
        io.out((0,message/* formatText */.vX)(certificateMessages.caWritten, registry.locale, { dir: values.out }));
    return cli_io/* exitCodes */.hS.ok;
}
async function certs_sync({ values, registry, outputFormat, io, connect, now }) {
    const { fleet, locale } = registry;
    const settings = {
        domain: fleet.dns.domain,
        secretsPrefix: fleet.secrets.parameterPrefix,
        renewBeforeDays: days(values["renew-before"], "--renew-before", certificateDefaults.renewBeforeDays),
        validityDays: days(values.days, "--days", certificateDefaults.validityDays),
    };
    if (settings.validityDays <= settings.renewBeforeDays) {
        throw new cli_io/* UsageError */.eb("--days must be more than --renew-before, or every certificate would be due at once");
    }
    const dryRun = values["dry-run"];
    if (values.ca !== undefined && values["ca-parameter"])
        throw new cli_io/* UsageError */.eb("give --ca DIR or --ca-parameter, not both");
    const ssm = connect(fleet.region);
    try {
        const ca = values["ca-parameter"]
            ? await readCaParameters((0,secure_parameters/* createSecureParameters */.s)(ssm))
            : values.ca === undefined
                ? undefined
                : await readCaFiles(values.ca);
        const parameters = (0,secure_parameters/* createSecureParameters */.s)(ssm, values["key-id"]);
        const review = await (0,sync/* reviewCertificates */.zf)(parameters, settings, (0,fleet_registry/* activeClinicIds */.f)(registry), now(), ca);
        const work = (0,sync/* reviewNeedsWork */.hR)(review);
        const apply = work && !dryRun && ca !== undefined;
        if (apply)
            await (0,sync/* applyReview */.rK)(parameters, settings, review, ca, now());
        const refused = work && !dryRun && ca === undefined;
        if (outputFormat === "json") {
            io.out(JSON.stringify({ ...reviewJson(review), applied: apply, dryRun }, null, 2));
        }
        else {
            for (const line of renderReview(review, settings.secretsPrefix, locale))
                io.out(line);
            const counts = { actions: review.plan.actions.length, kept: review.plan.kept.length };
            io.out((0,message/* formatText */.vX)(certificateMessages.summary, locale, { ...counts, days: settings.renewBeforeDays }));
            if (apply)
                io.out(certificateMessages.applied[locale]);
            else if (dryRun && work)
                io.out(certificateMessages.dryRun[locale]);
        }
        if (refused)
            io.err(certificateMessages.needCa[locale]);
        return refused ? cli_io/* exitCodes */.hS.problems : cli_io/* exitCodes */.hS.ok;
    }
    finally {
        ssm.destroy();
    }
}


/***/ }),

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

/***/ 73225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createSecureParameters)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34736);

/** GetParameters takes at most 10 names a call. */
const namesPerCall = 10;
function createSecureParameters(ssm, keyId) {
    return {
        async read(names) {
            const found = new Map();
            const unique = [...new Set(names)];
            for (let i = 0; i < unique.length; i += namesPerCall) {
                const answer = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetParametersCommand */ .AFe({ Names: unique.slice(i, i + namesPerCall), WithDecryption: true }));
                for (const p of answer.Parameters ?? []) {
                    if (p.Name !== undefined && p.Value !== undefined)
                        found.set(p.Name, p.Value);
                }
            }
            return found;
        },
        async write(name, value, description) {
            await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .PutParameterCommand */ .ihh({
                Name: name,
                Value: value,
                Type: "SecureString",
                Overwrite: true,
                Description: description,
                ...(keyId === undefined ? {} : { KeyId: keyId }),
            }));
        },
    };
}


/***/ }),

/***/ 64404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ caParameter)
/* harmony export */ });
/**
 * Where the fleet's CA can live instead of the operator's folder: two SecureString parameters under a path of its
 * own, encrypted with a KMS key whose key policy lets only the operator role use it (infra/ca-key.ts). No workflow
 * or instance policy reaches this path (test/unit/iam/ca-key.test.ts).
 */
const caParameter = {
    path: "/orca-fleet/ca",
    privateKey: "/orca-fleet/ca/private-key",
    certificate: "/orca-fleet/ca/certificate",
    keyAlias: "alias/orca-fleet/ca",
    operatorRole: "orca-fleet-operator",
};


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

/***/ 42450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ loadCa),
/* harmony export */   DM: () => (/* binding */ validityFrom),
/* harmony export */   SE: () => (/* binding */ issueLeaf),
/* harmony export */   YH: () => (/* binding */ issueCa),
/* harmony export */   ZF: () => (/* binding */ CaFileError)
/* harmony export */ });
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80477);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(reflect_metadata__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8927);
// @peculiar/x509 resolves its ASN.1 parsers through tsyringe, which needs the Reflect metadata API loaded first.



// Node's own Web Crypto: no key material passes through anything but node:crypto.
_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .cryptoProvider */ .Ve.set(node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto);
/** ECDSA P-256 with SHA-256: accepted by OpenSSL (ORCA's glserver), short keys, fast to issue for a whole fleet. */
const keyAlgorithm = { name: "ECDSA", namedCurve: "P-256" };
const signingAlgorithm = { name: "ECDSA", hash: "SHA-256" };
/** Valid from a little before now (clocks differ) for the given number of days. */
function validityFrom(now, days) {
    const notBefore = new Date(now.getTime() - 5 * 60_000);
    return { notBefore, notAfter: new Date(now.getTime() + days * 86_400_000) };
}
/** A positive serial of 16 random bytes, as RFC 5280 asks (unique per CA, at most 20 octets). */
function serialNumber() {
    const bytes = node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.getRandomValues(new Uint8Array(16));
    bytes[0] = (bytes[0] ?? 0) & 0x7f;
    return Buffer.from(bytes).toString("hex");
}
async function newKeys() {
    return (await node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.subtle.generateKey(keyAlgorithm, true, ["sign", "verify"]));
}
async function privateKeyPem(key) {
    return _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .PemConverter */ .v6.encode(await node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}
/** Escapes a value for an X.500 name string (RFC 4514), so a name cannot add attributes. */
function commonName(value) {
    return `CN=${value.replace(/([,+"\\<>;=])/g, "\\$1")}`;
}
/** The fleet's CA: self-signed, a CA for leaves only (path length 0), signing certificates and CRLs only. */
async function issueCa(name, validity) {
    const keys = await newKeys();
    const cert = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509CertificateGenerator */ .Jy.createSelfSigned({
        serialNumber: serialNumber(),
        name: commonName(name),
        ...validity,
        signingAlgorithm,
        keys,
        extensions: [
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA(true, 0, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyCertSign | _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.cRLSign, true),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectKeyIdentifierExtension */ .QE.create(keys.publicKey),
        ],
    });
    return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}
class CaFileError extends Error {
    name = "CaFileError";
}
/** Reads the CA's PEM pair; says which part is wrong, never what the key holds. */
async function loadCa(certPem, keyPem) {
    let cert;
    try {
        cert = new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509Certificate */ .yI(certPem);
    }
    catch {
        throw new CaFileError("ca.crt is not a PEM certificate");
    }
    const basic = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA);
    if (!basic?.ca)
        throw new CaFileError("ca.crt is not a CA certificate (basicConstraints CA:TRUE is missing)");
    let key;
    try {
        const [der] = _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .PemConverter */ .v6.decode(keyPem);
        if (der === undefined)
            throw new Error("no PEM block");
        key = await node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.subtle.importKey("pkcs8", der, keyAlgorithm, false, ["sign"]);
    }
    catch {
        throw new CaFileError("ca.key is not a PKCS#8 PEM ECDSA P-256 private key");
    }
    if (!(await keyMatches(cert, key)))
        throw new CaFileError("ca.key is not the key of ca.crt");
    return { cert, key };
}
/** Signs a probe with the key and verifies it with the certificate's public key. */
async function keyMatches(cert, key) {
    const probe = new TextEncoder().encode("orca-fleet ca key check");
    const signature = await node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.subtle.sign(signingAlgorithm, key, probe);
    const publicKey = await cert.publicKey.export(keyAlgorithm, ["verify"], node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto);
    return node_crypto__WEBPACK_IMPORTED_MODULE_1__.webcrypto.subtle.verify(signingAlgorithm, publicKey, signature, probe);
}
/**
 * A clinic's leaf: the server certificate (serverAuth, CN and SAN the clinic's DNS name, which ORCA's SERVER_CRT
 * needs) or the client certificate the healthcheck presents (clientAuth); the subject is the CN and the SAN.
 */
async function issueLeaf(ca, kind, subject, validity) {
    const keys = await newKeys();
    const usage = kind === "server" ? _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsage */ .CD.serverAuth : _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsage */ .CD.clientAuth;
    const cert = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: serialNumber(),
        subject: commonName(subject),
        issuer: ca.cert.subject,
        ...validity,
        signingAlgorithm,
        publicKey: keys.publicKey,
        signingKey: ca.key,
        extensions: [
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA(false, undefined, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.digitalSignature, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsageExtension */ .j6([usage], false),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectAlternativeNameExtension */ .Wx([{ type: "dns", value: subject }], false),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectKeyIdentifierExtension */ .QE.create(keys.publicKey),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .AuthorityKeyIdentifierExtension */ .Z$.create(ca.cert),
        ],
    });
    return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vr: () => (/* binding */ clinicDnsName),
/* harmony export */   _S: () => (/* binding */ caCertName),
/* harmony export */   cL: () => (/* binding */ clinicCertificateNames)
/* harmony export */ });
/* unused harmony export apiOperatorNames */
function caCertName(prefix) {
    return `${prefix}/tls/ca.crt`;
}
function clinicCertificateNames(prefix, clinicId) {
    const folder = `${prefix}/${clinicId}/tls`;
    return {
        // ORCA's SERVER_CRT and SERVER_PEM (DOMAIN.md): the server's certificate and its private key.
        serverCert: `${folder}/server.crt`,
        serverKey: `${folder}/server.pem`,
        // The healthcheck's probe presents this one to ORCA's client verification.
        clientCert: `${folder}/client.crt`,
        clientKey: `${folder}/client.pem`,
    };
}
/**
 * The ORCA API operator the healthcheck signs in as (HTTP Basic): its login and password, which the clinic's server
 * writes into a root-only netrc at boot (cloud-init/scripts/probe-credentials.sh). Set by a person with
 * `aws ssm put-parameter --type SecureString`; the toolkit never prints them.
 */
function apiOperatorNames(prefix, clinicId) {
    const folder = `${prefix}/${clinicId}/api-operator`;
    return { login: `${folder}/login`, password: `${folder}/password` };
}
/** The name ORCA answers to, and that its server certificate's CN and SAN carry. */
function clinicDnsName(clinicId, domain) {
    return `${clinicId}.${domain}`;
}


/***/ }),

/***/ 42532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rK: () => (/* binding */ applyReview),
  zf: () => (/* binding */ reviewCertificates),
  hR: () => (/* binding */ reviewNeedsWork)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/lib/flows/certificates/parameter-names.ts
var parameter_names = __webpack_require__(4043);
;// CONCATENATED MODULE: ./actions/lib/flows/certificates/inspect.ts


/** Reads one stored certificate into what the planner needs; the key is only compared, never kept or shown. */
function observeCertificate(pem, keyPem, expectedName, ca) {
    if (pem === undefined)
        return { state: "missing" };
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        return { state: "unreadable" };
    }
    return {
        state: "present",
        notAfter: new Date(cert.validTo),
        matchesName: cert.checkHost(expectedName, { subject: "never" }) === expectedName,
        issuedByCa: ca === undefined ? undefined : cert.checkIssued(ca) && cert.verify(ca.publicKey),
        keyMatches: keyPem !== undefined && keyIsCertificates(cert, keyPem),
    };
}
function keyIsCertificates(cert, keyPem) {
    try {
        const fromKey = (0,external_node_crypto_.createPublicKey)((0,external_node_crypto_.createPrivateKey)(keyPem)).export({ type: "spki", format: "der" });
        return fromKey.equals(cert.publicKey.export({ type: "spki", format: "der" }));
    }
    catch {
        return false;
    }
}
/** The names a clinic's certificates carry: the server's DNS name, and the healthcheck probe's name below it. */
function expectedNames(clinicId, domain) {
    const dnsName = (0,parameter_names/* clinicDnsName */.Vr)(clinicId, domain);
    return { server: dnsName, client: `healthcheck.${dnsName}` };
}
function observeClinic(clinicId, domain, names, stored, ca) {
    const expected = expectedNames(clinicId, domain);
    return {
        clinicId,
        server: observeCertificate(stored.get(names.serverCert), stored.get(names.serverKey), expected.server, ca),
        client: observeCertificate(stored.get(names.clientCert), stored.get(names.clientKey), expected.client, ca),
    };
}

// EXTERNAL MODULE: ./actions/lib/flows/certificates/issue.ts
var issue = __webpack_require__(42450);
;// CONCATENATED MODULE: ./actions/lib/flows/certificates/plan.ts
const dayMs = 86_400_000;
/**
 * Which certificates to issue or rotate. Pure: the same observations and clock give the same plan, and a plan
 * applied and observed again is empty (every new certificate is valid for longer than the threshold).
 */
function planCertificates(input) {
    if (!Number.isFinite(input.renewBeforeDays) || input.renewBeforeDays < 0) {
        throw new RangeError(`renewBeforeDays must be a number of days, 0 or more, not ${input.renewBeforeDays}`);
    }
    const actions = [];
    const kept = [];
    const renewAt = input.now.getTime() + input.renewBeforeDays * dayMs;
    for (const clinic of input.clinics) {
        for (const kind of ["server", "client"]) {
            const observed = clinic[kind];
            const { clinicId } = clinic;
            if (observed.state !== "present") {
                actions.push({ clinicId, kind, action: "issue", reason: observed.state });
                continue;
            }
            const { notAfter } = observed;
            const reason = notAfter.getTime() <= input.now.getTime()
                ? "expired"
                : notAfter.getTime() <= renewAt
                    ? "expiring"
                    : !observed.matchesName
                        ? "wrongName"
                        : observed.issuedByCa === false
                            ? "otherCa"
                            : !observed.keyMatches
                                ? "keyMismatch"
                                : undefined;
            if (reason === undefined)
                kept.push({ clinicId, kind, notAfter });
            else
                actions.push({ clinicId, kind, action: "rotate", reason, notAfter });
        }
    }
    return { actions, kept };
}

;// CONCATENATED MODULE: ./actions/lib/flows/certificates/sync.ts





/**
 * Reads what Parameter Store holds for the fleet's CA and each active clinic, and plans. The CA that leaves are
 * checked against is the operator's when given (so a new CA rotates every leaf), the stored one otherwise.
 */
async function reviewCertificates(parameters, settings, clinicIds, now, ca) {
    const caName = (0,parameter_names/* caCertName */._S)(settings.secretsPrefix);
    const perClinic = clinicIds.map((id) => [id, (0,parameter_names/* clinicCertificateNames */.cL)(settings.secretsPrefix, id)]);
    const stored = await parameters.read([caName, ...perClinic.flatMap(([, names]) => Object.values(names))]);
    const storedCaPem = stored.get(caName);
    const storedCa = storedCaPem === undefined ? undefined : parseCertificate(storedCaPem);
    const localCa = ca === undefined ? undefined : new external_node_crypto_.X509Certificate(ca.certPem);
    const checkWith = localCa ?? storedCa;
    const caParameter = storedCaPem === undefined
        ? "missing"
        : localCa === undefined
            ? undefined
            : storedCa?.fingerprint256 === localCa.fingerprint256
                ? "same"
                : "different";
    const clinics = perClinic.map(([id, names]) => observeClinic(id, settings.domain, names, stored, checkWith));
    return {
        plan: planCertificates({ clinics, now, renewBeforeDays: settings.renewBeforeDays }),
        caParameter,
    };
}
function parseCertificate(pem) {
    try {
        return new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        return undefined;
    }
}
function reviewNeedsWork(review) {
    return review.plan.actions.length > 0 || (review.caParameter !== undefined && review.caParameter !== "same");
}
/**
 * Applies a review: the CA's certificate first (servers trust what they fetch at boot), then each leaf, its key
 * before its certificate. A run stopped between the two leaves a key that does not match, which the next review
 * sees and rotates: re-running finishes the job.
 */
async function applyReview(parameters, settings, review, ca, now) {
    if (review.caParameter !== "same") {
        await parameters.write((0,parameter_names/* caCertName */._S)(settings.secretsPrefix), ca.certPem, "orca-fleet: the fleet's CA certificate");
    }
    const validity = (0,issue/* validityFrom */.DM)(now, settings.validityDays);
    for (const action of review.plan.actions) {
        const names = (0,parameter_names/* clinicCertificateNames */.cL)(settings.secretsPrefix, action.clinicId);
        const subject = expectedNames(action.clinicId, settings.domain)[action.kind];
        const pair = await (0,issue/* issueLeaf */.SE)(ca, action.kind, subject, validity);
        const [keyName, certName] = action.kind === "server" ? [names.serverKey, names.serverCert] : [names.clientKey, names.clientCert];
        await parameters.write(keyName, pair.keyPem, `orca-fleet: ${action.clinicId}'s ${action.kind} key`);
        await parameters.write(certName, pair.certPem, `orca-fleet: ${action.clinicId}'s ${action.kind} certificate`);
    }
}


/***/ })

};
