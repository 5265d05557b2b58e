export const id = 380;
export const ids = [380];
export const modules = {

/***/ 74599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defaultLocale)
/* harmony export */ });
/* unused harmony export locales */
const locales = (/* unused pure expression or super */ null && (["ja", "en"]));
/** fleet.yml's default, and every action's until fleet.yml is read. */
const defaultLocale = "ja";


/***/ }),

/***/ 32586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ MessageError),
/* harmony export */   Nj: () => (/* binding */ translator),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Ud: () => (/* binding */ inLocale),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   k7: () => (/* binding */ messageMaker),
/* harmony export */   vX: () => (/* binding */ formatText)
/* harmony export */ });
/* harmony import */ var intl_messageformat__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);

function messageMaker(catalogue) {
    return (key, values) => {
        const text = catalogue[key];
        if (text === undefined)
            throw new Error(`no message "${key}" in the catalogue`);
        return values === undefined ? { key, text } : { key, text, values };
    };
}
const compiled = new Map();
/** Each pattern is parsed once per locale and kept: renderers call this in loops over the fleet. */
function formatter(pattern, locale) {
    const cacheKey = `${locale}\u0000${pattern}`;
    let found = compiled.get(cacheKey);
    if (found === undefined) {
        found = new intl_messageformat__WEBPACK_IMPORTED_MODULE_0__/* .IntlMessageFormat */ .SV(pattern, locale, undefined, { ignoreTag: true });
        compiled.set(cacheKey, found);
    }
    return found;
}
/** Fills one pattern; `quote` applies to string values (text from the world), never to the pattern itself. */
function formatText(text, locale, values = {}, quote = (text) => text) {
    const filled = {};
    for (const [name, value] of Object.entries(values)) {
        filled[name] =
            typeof value === "object" ? render(value, locale, quote) : typeof value === "string" ? quote(value) : value;
    }
    const out = formatter(text[locale], locale).format(filled);
    if (typeof out !== "string")
        throw new Error(`message "${text[locale]}" did not render to text`);
    return out;
}
/** The message's text in the locale; a value that is itself a message renders in the same locale. */
function render(message, locale, quote) {
    return formatText(message.text, locale, message.values, quote);
}
function translator(locale) {
    return (text, values) => formatText(text, locale, values);
}
/**
 * A failure thrown mid-way that the person must act on, still shown in the fleet's locale: the main renders
 * `shown` for setFailed; its plain message (English) is for stack traces and logs of unrelated callers.
 */
class MessageError extends Error {
    shown;
    name = "MessageError";
    constructor(shown) {
        super(render(shown, "en"));
        this.shown = shown;
    }
}
/** An error's text for a person: a MessageError in the locale, any other error as it is. */
function describeError(error, locale) {
    if (error instanceof MessageError)
        return render(error.shown, locale);
    return error instanceof Error ? error.message : String(error);
}
/** Runs work whose MessageErrors a person will read: they leave it as plain errors in the fleet's locale. */
async function inLocale(locale, work) {
    try {
        return await work();
    }
    catch (error) {
        if (error instanceof MessageError)
            throw new Error(render(error.shown, locale), { cause: error });
        throw error;
    }
}


/***/ }),

/***/ 94366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mW: () => (/* binding */ checkClinicContent),
  cp: () => (/* binding */ checkClinicText),
  W$: () => (/* binding */ checkFleetContent),
  kM: () => (/* binding */ checkFleetText),
  E8: () => (/* binding */ fileStem)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/i18n/locale.ts
var locale = __webpack_require__(74599);
// EXTERNAL MODULE: ./actions/lib/core/registry/file-text.ts
var file_text = __webpack_require__(48308);
// EXTERNAL MODULE: ./actions/lib/core/registry/institution-code.ts
var institution_code = __webpack_require__(1096);
// EXTERNAL MODULE: ./actions/lib/core/registry/messages.ts
var messages = __webpack_require__(78024);
// EXTERNAL MODULE: ./actions/lib/core/registry/reporter.ts
var registry_reporter = __webpack_require__(31541);
;// CONCATENATED MODULE: ./actions/lib/core/registry/issues.ts



/** The params that the schema's refinements attach to their issues: a rule and the values its message names. */
const ruleParams = schemas/* object */.Ikc({ rule: schemas/* string */.YjP() }).catchall(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* array */.YOg(schemas/* string */.YjP())]));
function isRuleName(rule) {
    return rule in messages/* ruleMessages */.D2;
}
function typeName(input) {
    if (input === null)
        return "null";
    if (Array.isArray(input))
        return "array";
    return typeof input;
}
/** Reports zod's issues as problems: each at its field, with what a valid value looks like. */
function reportIssues(issues, reporter, hints) {
    for (const issue of issues) {
        const path = issue.path;
        if (issue.code !== "unrecognized_keys" && issue.code !== "custom" && issue.input === undefined) {
            reporter.add(path, "schema.missing", {}, "key");
            continue;
        }
        switch (issue.code) {
            case "unrecognized_keys": {
                const known = (0,registry_reporter/* knownFields */.pA)(hints, path);
                for (const key of issue.keys)
                    reporter.add([...path, key], "schema.unknownKey", { key, known }, "key");
                break;
            }
            case "invalid_type":
                if (typeof issue.input === "number" && issue.expected === "string") {
                    // YAML 1.2 reads an unquoted 0110112489 as the number 110112489: say to quote it.
                    reporter.add(path, path.join(".") === "medicalInstitutionCode" ? "schema.codeNumber" : "schema.number", 
                    // Only a code written with a leading 0 loses it; saying so of 1318814790 would mislead.
                    { leadingZero: /^[+-]?0\d/.test(reporter.textOf(path) ?? "") ? "yes" : "no" });
                }
                else {
                    const got = messages/* typeNames */.DK[typeName(issue.input)];
                    reporter.add(path, "schema.type", { got: got ? { key: "type", text: got } : typeName(issue.input) });
                }
                break;
            case "custom": {
                const params = ruleParams.safeParse(issue.params);
                if (params.success && isRuleName(params.data.rule))
                    reporter.add(path, params.data.rule, params.data);
                else
                    reporter.add(path, "schema.value");
                break;
            }
            default:
                reporter.add(path, "schema.value");
        }
    }
}

// EXTERNAL MODULE: ./actions/lib/core/registry/schema.ts
var schema = __webpack_require__(93819);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/lib/core/registry/yaml-source.ts

/** Bounds alias expansion ("billion laughs"); a registry file needs no more than a few aliases. */
const maxAliasCount = 10;
/** The source of a file that was refused before parsing: every problem is about the whole file. */
const unreadSource = {
    value: undefined,
    faults: [],
    locate: () => ({ line: 1, column: 1 }),
    textOf: () => undefined,
};
function readYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        version: "1.2",
        schema: "core",
        merge: false,
        // Only the core schema's tags; !!binary, !!set, !!timestamp and the like are faults, not values.
        resolveKnownTags: false,
        // yaml's own check compares each key with every earlier one (quadratic); duplicateKeys() below is linear.
        uniqueKeys: false,
        strict: true,
        prettyErrors: false,
        lineCounter,
    });
    const positionAt = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const doc = docs[0];
    const root = doc?.contents;
    const walk = (path) => {
        const steps = [{ node: root }];
        for (const segment of path) {
            const current = steps[steps.length - 1]?.node;
            if ((0,dist/* isMap */.jh)(current)) {
                const pair = entryOf(current, String(segment));
                if (!pair)
                    break;
                steps.push({ node: pair.value, keyNode: pair.key });
            }
            else if ((0,dist/* isSeq */.oP)(current) && typeof segment === "number" && segment < current.items.length) {
                steps.push({ node: current.items[segment] });
            }
            else {
                break;
            }
        }
        return steps;
    };
    const locate = (path, part = "value") => {
        const steps = walk(path);
        const found = steps.length === path.length + 1;
        for (let i = steps.length - 1; i >= 0; i--) {
            const step = steps[i];
            const offset = (found && part === "key" && i === steps.length - 1 ? startOf(step?.keyNode) : undefined) ??
                startOf(step?.node) ??
                startOf(step?.keyNode);
            if (offset !== undefined)
                return positionAt(offset);
        }
        return { line: 1, column: 1 };
    };
    const textOf = (path) => {
        const steps = walk(path);
        const node = steps.length === path.length + 1 ? steps[steps.length - 1]?.node : undefined;
        if (!(0,dist/* isScalar */.jn)(node) || !node.range)
            return undefined;
        return text.slice(node.range[0], node.range[1]);
    };
    const source = { value: undefined, faults: [], locate, textOf };
    const fail = (fault, offset, path = pathAt(root, offset)) => source.faults.push({ fault, path, position: positionAt(offset) });
    if (!doc || root === null || root === undefined) {
        fail({ rule: "yaml.empty" }, 0, []);
        return source;
    }
    for (const extra of docs.slice(1))
        fail({ rule: "yaml.multipleDocuments" }, extra.range[0], []);
    for (const problem of [...doc.errors, ...doc.warnings]) {
        const [start, end] = problem.pos;
        if (problem.code === "TAG_RESOLVE_FAILED")
            fail({ rule: "yaml.tag", tag: text.slice(start, end) }, start);
        else
            fail({ rule: "yaml.syntax", detail: firstLine(problem.message) }, start);
    }
    for (const { key, path, offset } of duplicateKeys(root))
        fail({ rule: "yaml.duplicateKey", key }, offset, path);
    // Duplicate keys still leave a readable document: go on, so that the file's other problems show in the same run.
    if (source.faults.some((f) => f.fault.rule !== "yaml.duplicateKey"))
        return source;
    if (!(0,dist/* isMap */.jh)(root)) {
        fail({ rule: "yaml.notMapping" }, startOf(root) ?? 0, []);
        return source;
    }
    try {
        source.value = doc.toJS({ maxAliasCount });
    }
    catch (error) {
        if (!(error instanceof ReferenceError))
            throw error;
        fail({ rule: "yaml.aliases", max: maxAliasCount }, startOf(root) ?? 0, []);
    }
    return source;
}
function keyName(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
/** Each mapping's entries by key, built on first use: a lookup must not scan the mapping (the last entry wins, as
 * in the value read). */
const entryIndexes = new WeakMap();
function entryOf(map, name) {
    let index = entryIndexes.get(map);
    if (index === undefined) {
        index = new Map();
        for (const pair of map.items)
            index.set(keyName(pair.key), pair);
        entryIndexes.set(map, index);
    }
    return index.get(name);
}
/** Every key written a second time in the same mapping, with the path to it and where it starts; one pass. */
function duplicateKeys(root) {
    const found = [];
    // A stack, not recursion: a deeply nested file must not overflow the call stack.
    const pending = [{ node: root, path: [] }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        const { node, path } = next;
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = keyName(pair.key);
                if ((0,dist/* isScalar */.jn)(pair.key) && seen.has(key))
                    found.push({ key, path: [...path, key], offset: startOf(pair.key) ?? 0 });
                seen.add(key);
                pending.push({ node: pair.value, path: [...path, key] });
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const [index, item] of node.items.entries())
                pending.push({ node: item, path: [...path, index] });
        }
    }
    return found;
}
function startOf(node) {
    return (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
}
/** Where each item of a collection starts (its key's start for an entry), kept for the binary search of pathAt. */
const itemStarts = new WeakMap();
function startsOf(items, collection) {
    let starts = itemStarts.get(collection);
    if (starts === undefined) {
        let previous = -1;
        starts = items.map((item) => {
            const start = (0,dist/* isPair */.tO)(item) ? (startOf(item.key) ?? startOf(item.value)) : startOf(item);
            previous = start ?? previous;
            return previous;
        });
        itemStarts.set(collection, starts);
    }
    return starts;
}
/** The last index whose start is at or before the offset: entries do not overlap, so only it can hold the offset. */
function lastStartingBy(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if ((starts[middle] ?? Number.POSITIVE_INFINITY) <= offset) {
            found = middle;
            low = middle + 1;
        }
        else {
            high = middle - 1;
        }
    }
    return found;
}
/** The field path of the innermost entry at an offset; an entry spans its key, any tag, and its value. Each level
 * is a binary search, so locating every fault of a long file stays near linear. */
function pathAt(root, offset) {
    const path = [];
    const within = (start, end) => {
        const from = startOf(start);
        const to = (0,dist/* isNode */.Ll)(end) ? end.range?.[2] : (0,dist/* isNode */.Ll)(start) ? start.range?.[2] : undefined;
        return from !== undefined && to !== undefined && from <= offset && offset < to;
    };
    let current = root;
    for (;;) {
        if ((0,dist/* isMap */.jh)(current)) {
            const pair = current.items[lastStartingBy(startsOf(current.items, current), offset)];
            if (!pair || !within(pair.key, pair.value))
                return path;
            path.push(keyName(pair.key));
            current = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(current)) {
            const index = lastStartingBy(startsOf(current.items, current), offset);
            const item = current.items[index];
            if (!within(item, item))
                return path;
            path.push(index);
            current = item;
        }
        else {
            return path;
        }
    }
}
function firstLine(message) {
    return message.split("\n", 1)[0] ?? message;
}

;// CONCATENATED MODULE: ./actions/lib/core/registry/check-file.ts










/**
 * The checks of one file on its own: strict YAML, the schema, and for a clinic the rules between its own fields
 * and its file name. Rules across files (fleet.yml, uniqueness) are in cross-file.ts.
 */
/** The fields that cross-file rules need, each kept only when it is valid on its own, so that a file with an
 * unrelated mistake still takes part in those rules and every problem shows in one run. */
const clinicKeysSchema = schemas/* object */.Ikc({
    id: schema/* clinicSchema */.Eo.shape.id.optional().catch(undefined),
    medicalInstitutionCode: schema/* clinicSchema */.Eo.shape.medicalInstitutionCode.optional().catch(undefined),
    prefecture: schema/* clinicSchema */.Eo.shape.prefecture.optional().catch(undefined),
    instance: schemas/* object */.Ikc({ type: schemas/* string */.YjP().optional().catch(undefined), subnet: schemas/* string */.YjP().optional().catch(undefined) })
        .optional()
        .catch(undefined),
    orca: schemas/* object */.Ikc({ ring: schema/* clinicSchema */.Eo.shape.orca.shape.ring.optional().catch(undefined) })
        .optional()
        .catch(undefined),
    maintenanceWindow: schema/* clinicSchema */.Eo.shape.maintenanceWindow.optional().catch(undefined),
})
    .catch({});
function checkClinicText(text, file) {
    return checkClinicContent((0,file_text/* boundedText */.LD)(text, file_text/* maxClinicBytes */.mE), file);
}
/** A clinic file as read by readBoundedText: a refused file is one problem, and is not parsed. */
function checkClinicContent(content, file) {
    const { reporter, read } = checkYaml(content, file, schema/* clinicSchema */.Eo, messages/* clinicHints */.Lv);
    if (read === undefined)
        return { file, keys: {}, reporter };
    const { value, parsed } = read;
    // A valid clinic already is its keys; only an invalid one needs the lenient second pass.
    const keys = parsed.success ? parsed.data : clinicKeysSchema.parse(value);
    const stem = fileStem(file);
    if (keys.id !== undefined && keys.id !== stem) {
        reporter.add(["id"], "registry.idMismatch", { stem, expectedFile: `${keys.id}.yml` });
    }
    const codePrefecture = keys.medicalInstitutionCode && (0,institution_code/* prefectureOfCode */.k8)(keys.medicalInstitutionCode);
    if (codePrefecture && keys.prefecture && codePrefecture !== keys.prefecture) {
        reporter.add(["medicalInstitutionCode"], "code.prefectureMismatch", {
            codePrefecture,
            prefecture: keys.prefecture,
        });
    }
    return parsed.success ? { file, clinic: parsed.data, keys, reporter } : { file, keys, reporter };
}
const fleetLocaleSchema = schemas/* object */.Ikc({ locale: schema/* fleetSchema */.sL.shape.locale.catch("ja") }).catch({ locale: "ja" });
function checkFleetText(text, file) {
    return checkFleetContent((0,file_text/* boundedText */.LD)(text, file_text/* maxFleetBytes */.UM), file);
}
function checkFleetContent(content, file) {
    const { reporter, read } = checkYaml(content, file, schema/* fleetSchema */.sL, messages/* fleetHints */.ro);
    if (read === undefined)
        return { locale: locale/* defaultLocale */.q, reporter };
    const { value, parsed } = read;
    if (parsed.success)
        return { fleet: parsed.data, locale: parsed.data.locale, reporter };
    // Messages about fleet.yml itself are in the locale it asks for, when that much of it can be read.
    return { locale: fleetLocaleSchema.parse(value).locale, reporter };
}
/**
 * The steps every registry file takes: strict YAML, then the schema, each fault and issue reported with the file's
 * hints. A refused file (too large, not text) is that one problem and is not read.
 */
function checkYaml(content, file, schema, hints) {
    if ("refused" in content) {
        const reporter = (0,registry_reporter/* createReporter */.A5)(file, unreadSource, hints);
        reporter.add([], content.refused.rule, content.refused);
        return { reporter };
    }
    const source = readYaml(content.text);
    const reporter = (0,registry_reporter/* createReporter */.A5)(file, source, hints);
    for (const { fault, path, position } of source.faults)
        reporter.add(path, fault.rule, fault, position);
    const parsed = schema.safeParse(source.value, { reportInput: true });
    if (source.value !== undefined && !parsed.success)
        reportIssues(parsed.error.issues, reporter, hints);
    return { reporter, read: { value: source.value, parsed } };
}
/** The file's name without its folder and extension, which a clinic's id must equal. */
function fileStem(file) {
    return (0,external_node_path_.basename)(file).replace(/\.ya?ml$/, "");
}


/***/ }),

/***/ 32729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ checkUnique),
/* harmony export */   kI: () => (/* binding */ createUniqueIndex),
/* harmony export */   yB: () => (/* binding */ checkAgainstFleet)
/* harmony export */ });
/* harmony import */ var _maintenance_window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51266);

/** Rules between a clinic file and the rest of the registry: fleet.yml, and the other clinics. */
function checkAgainstFleet({ keys, reporter }, fleet) {
    const subnet = keys.instance?.subnet;
    if (subnet !== undefined && !Object.hasOwn(fleet.subnets, subnet)) {
        reporter.add(["instance", "subnet"], "registry.unknownSubnet", { known: Object.keys(fleet.subnets) });
    }
    const type = keys.instance?.type;
    if (type !== undefined && !fleet.instanceTypes.includes(type)) {
        reporter.add(["instance", "type"], "registry.unknownType", { known: fleet.instanceTypes });
    }
    const ring = keys.orca?.ring;
    if (ring !== undefined && !fleet.rollout.ringOrder.includes(ring)) {
        reporter.add(["orca", "ring"], "registry.ringNotInOrder", { known: fleet.rollout.ringOrder });
    }
    const window = keys.maintenanceWindow === undefined ? undefined : (0,_maintenance_window_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMaintenanceWindow */ .bO)(keys.maintenanceWindow);
    if (window?.ok && (0,_maintenance_window_js__WEBPACK_IMPORTED_MODULE_0__/* .windowMinutes */ .Sr)(window.window) < fleet.rollout.updateMinutes) {
        reporter.add(["maintenanceWindow"], "registry.windowTooShort", {
            minutes: (0,_maintenance_window_js__WEBPACK_IMPORTED_MODULE_0__/* .windowMinutes */ .Sr)(window.window),
            updateMinutes: fleet.rollout.updateMinutes,
        });
    }
}
function createUniqueIndex() {
    return { ids: new Map(), codes: new Map() };
}
/** Reports an id or code that an earlier file already uses, then records this file's. */
function checkUnique({ file, keys, reporter }, index) {
    if (keys.id !== undefined) {
        const other = index.ids.get(keys.id);
        if (other !== undefined && other !== file)
            reporter.add(["id"], "registry.duplicateId", { other });
        else
            index.ids.set(keys.id, file);
    }
    const code = keys.medicalInstitutionCode;
    if (code !== undefined) {
        const other = index.codes.get(code);
        if (other !== undefined && other !== file)
            reporter.add(["medicalInstitutionCode"], "registry.duplicateCode", { other });
        else
            index.codes.set(code, file);
    }
}


/***/ }),

/***/ 48308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   LD: () => (/* binding */ boundedText),
/* harmony export */   UM: () => (/* binding */ maxFleetBytes),
/* harmony export */   mE: () => (/* binding */ maxClinicBytes)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The bounds a registry file must keep before it is parsed: a size (so that a pasted log or a generated file cannot
 * make validation slow or run out of memory) and text (so that a binary file's bytes are never echoed back).
 */
/** A clinic file is about 1 KiB of fields; 64 KiB leaves room for comments and is still parsed in milliseconds. */
const maxClinicBytes = 64 * 1024;
/** fleet.yml lists subnets, security groups and freeze ranges but no clinics: 256 KiB is far beyond any fleet. */
const maxFleetBytes = 256 * 1024;
/** Text already in memory (an intake request's YAML): refused when over the bound or when it holds a NUL. */
function boundedText(text, max) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > max)
        return { refused: { rule: "file.tooLarge", bytes, max } };
    if (text.includes("\u0000"))
        return { refused: { rule: "file.notText" } };
    return { text };
}
const utf8 = new TextDecoder("utf-8", { fatal: true });
/** A file's text, its size checked before a byte is read and its bytes checked to be UTF-8 without NUL. */
async function readBoundedText(path, max) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, "r");
    try {
        const { size } = await handle.stat();
        if (size > max)
            return { refused: { rule: "file.tooLarge", bytes: size, max } };
        const bytes = await handle.readFile();
        let text;
        try {
            text = utf8.decode(bytes);
        }
        catch {
            return { refused: { rule: "file.notText" } };
        }
        return boundedText(text, max);
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 1096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ checkInstitutionCode),
/* harmony export */   k8: () => (/* binding */ prefectureOfCode)
/* harmony export */ });
/* unused harmony exports medicalScoreTable, luhnDigit, expectedCheckDigit */
/* harmony import */ var _prefectures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99898);

/**
 * The 医療機関コード: 都道府県 (2) + 点数表 (1) + 郡市区 (2) + 医療機関番号 (4) + 検証番号 (1).
 *
 * The 検証番号 follows MHLW 「保険者番号、被保険者証等の記号及び番号並びに医療機関コード及び薬局コード設定要領」
 * 別添２ 第４: weights 2, 1, 2, 1, … from the rightmost digit, a two-digit product counts as the sum of its digits,
 * and the check digit is 10 minus the last digit of the total (0 when that is 0), i.e. the Luhn digit. It runs over
 * the first nine digits, except in 埼玉県, 千葉県, 東京都 and 神奈川県 (11-14), whose legacy numbering runs it over the
 * six digits of 郡市区 + 医療機関番号 only; every current code there follows that rule.
 * Ranges inside 郡市区 and 医療機関番号 are not checked: real codes break them.
 */
/** ORCA is 医科 software: 点数表 1. (3 歯科, 4 調剤, 6 訪問看護 are other systems.) */
const medicalScoreTable = "1";
const sixDigitRulePrefectures = new Set(["11", "12", "13", "14"]);
/** The Luhn check digit of a string of digits. */
function luhnDigit(digits) {
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
        const product = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
        sum += product > 9 ? product - 9 : product;
    }
    return (10 - (sum % 10)) % 10;
}
/** The check digit a code's first nine digits call for, by the rule of its prefecture. */
function expectedCheckDigit(firstNine) {
    const digits = sixDigitRulePrefectures.has(firstNine.slice(0, 2)) ? firstNine.slice(3, 9) : firstNine;
    return String(luhnDigit(digits));
}
/** What is wrong with a ten-digit code, most basic first; empty when it is a valid 医科 code. */
function checkInstitutionCode(code) {
    if (!/^\d{10}$/.test(code))
        throw new RangeError("checkInstitutionCode takes ten digits");
    const faults = [];
    const prefecture = code.slice(0, 2);
    if (!(0,_prefectures_js__WEBPACK_IMPORTED_MODULE_0__/* .prefectureByCode */ .uX)(prefecture))
        faults.push({ rule: "code.prefecture", prefecture });
    const scoreTable = code.slice(2, 3);
    if (scoreTable !== medicalScoreTable)
        faults.push({ rule: "code.scoreTable", scoreTable });
    const expected = expectedCheckDigit(code.slice(0, 9));
    const actual = code.slice(9);
    if (expected !== actual)
        faults.push({ rule: "code.checkDigit", expected, actual });
    return faults;
}
/** The prefecture a code belongs to, when its first two digits name one. */
function prefectureOfCode(code) {
    return (0,_prefectures_js__WEBPACK_IMPORTED_MODULE_0__/* .prefectureByCode */ .uX)(code.slice(0, 2));
}


/***/ }),

/***/ 47380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ loadRegistry),
/* harmony export */   M: () => (/* binding */ fleetFileName)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _i18n_locale_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74599);
/* harmony import */ var _check_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94366);
/* harmony import */ var _cross_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32729);
/* harmony import */ var _file_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48308);
/* harmony import */ var _problem_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29969);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31541);








const fleetFileName = "fleet.yml";
/**
 * Reads and validates a registry folder: fleet.yml and one <id>.yml per clinic. Reports every problem of every
 * file in one pass instead of stopping at the first. Only the folder's own entries are read: no name from inside a
 * file is ever used as a path.
 */
async function loadRegistry(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        return {
            clinics: [],
            problems: [wholeFileProblem(dir, "(directory)", "registry.noDirectory")],
            locale: _i18n_locale_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultLocale */ .q,
        };
    }
    const names = entries
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort();
    // A link could lead outside the repository: it is reported, never followed.
    const links = entries
        .filter((entry) => entry.isSymbolicLink() && /\.ya?ml$/.test(entry.name))
        .map((entry) => entry.name);
    const problems = [];
    let fleetCheck;
    if (names.includes(fleetFileName)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, fleetFileName);
        fleetCheck = (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFleetContent */ .W$)(await (0,_file_text_js__WEBPACK_IMPORTED_MODULE_4__/* .readBoundedText */ .Ht)(file, _file_text_js__WEBPACK_IMPORTED_MODULE_4__/* .maxFleetBytes */ .UM), file);
        problems.push(...fleetCheck.reporter.problems);
    }
    const locale = fleetCheck?.locale ?? _i18n_locale_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultLocale */ .q;
    if (!fleetCheck)
        problems.push(wholeFileProblem((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, fleetFileName), "(file)", "registry.noFleet"));
    const fleet = fleetCheck?.fleet;
    for (const name of links)
        problems.push(wholeFileProblem((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), "(file)", "registry.link"));
    for (const name of names.filter((n) => n.endsWith(".yaml"))) {
        problems.push(wholeFileProblem((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), "(file)", "registry.extension", {
            expectedFile: `${(0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .fileStem */ .E8)(name)}.yml`,
        }));
    }
    const files = names.filter((n) => n.endsWith(".yml") && n !== fleetFileName).map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n));
    const reads = await Promise.all(files.map(async (file) => ({ file, content: await (0,_file_text_js__WEBPACK_IMPORTED_MODULE_4__/* .readBoundedText */ .Ht)(file, _file_text_js__WEBPACK_IMPORTED_MODULE_4__/* .maxClinicBytes */ .mE) })));
    const index = (0,_cross_file_js__WEBPACK_IMPORTED_MODULE_3__/* .createUniqueIndex */ .kI)();
    const clinics = [];
    for (const { file, content } of reads) {
        const checked = (0,_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkClinicContent */ .mW)(content, file);
        if (fleet)
            (0,_cross_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAgainstFleet */ .yB)(checked, fleet);
        (0,_cross_file_js__WEBPACK_IMPORTED_MODULE_3__/* .checkUnique */ .Mb)(checked, index);
        problems.push(...checked.reporter.problems);
        if (checked.clinic)
            clinics.push({ file, clinic: checked.clinic });
    }
    problems.sort(_problem_js__WEBPACK_IMPORTED_MODULE_5__/* .compareProblems */ .i);
    return fleet ? { fleet, clinics, problems, locale } : { clinics, problems, locale };
}
/** A problem about a file or folder as a whole, which has no position inside it. */
function wholeFileProblem(file, field, rule, values = {}) {
    return { file, field, message: (0,_reporter_js__WEBPACK_IMPORTED_MODULE_6__/* .ruleMessage */ .CJ)(rule, values) };
}


/***/ }),

/***/ 51266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sr: () => (/* binding */ windowMinutes),
/* harmony export */   bO: () => (/* binding */ parseMaintenanceWindow),
/* harmony export */   o5: () => (/* binding */ windowShapePattern)
/* harmony export */ });
/* unused harmony exports dayNames, isWithinWindow */
/**
 * Maintenance windows in Asia/Tokyo: days, then a time range that may cross midnight.
 * `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` (starts Monday to Friday at 22:00, ends the next morning),
 * `daily 22:00-06:00`, `Sat,Sun 01:00-05:00`. A window belongs to the day it starts on.
 */
const dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const shape = /^(\S+) (\d{2}:\d{2})-(\d{2}:\d{2})$/;
/** A pattern of the window's shape for editors (the JSON Schema); parseMaintenanceWindow has the last word. */
const windowShapePattern = "^(daily|(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(-(Sun|Mon|Tue|Wed|Thu|Fri|Sat))?(,(Sun|Mon|Tue|Wed|Thu|Fri|Sat)(-(Sun|Mon|Tue|Wed|Thu|Fri|Sat))?)*) ([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$";
function parseMaintenanceWindow(text) {
    const match = shape.exec(text);
    if (!match)
        return { ok: false, faults: [{ rule: "window.format" }] };
    const [, dayText = "", startText = "", endText = ""] = match;
    const faults = [];
    const days = parseDays(dayText, faults);
    const start = parseTime(startText, faults);
    const end = parseTime(endText, faults);
    if (start !== undefined && start === end)
        faults.push({ rule: "window.empty" });
    if (faults.length > 0 || start === undefined || end === undefined)
        return { ok: false, faults };
    return { ok: true, window: { days, start, end } };
}
function parseDays(text, faults) {
    if (text === "daily")
        return [0, 1, 2, 3, 4, 5, 6];
    const days = new Set();
    for (const item of text.split(",")) {
        const [from = "", to, ...rest] = item.split("-");
        const first = dayIndex(from);
        const last = to === undefined ? first : dayIndex(to);
        if (first === undefined || last === undefined || rest.length > 0) {
            faults.push({ rule: "window.day", day: item });
            continue;
        }
        // A range may wrap past Saturday: Fri-Mon is Fri, Sat, Sun, Mon.
        for (let d = first;; d = (d + 1) % 7) {
            days.add(d);
            if (d === last)
                break;
        }
    }
    return [...days].sort((a, b) => a - b);
}
const dayIndexByName = new Map(dayNames.map((name, index) => [name, index]));
function dayIndex(name) {
    return dayIndexByName.get(name);
}
function parseTime(text, faults) {
    const hours = Number(text.slice(0, 2));
    const minutes = Number(text.slice(3, 5));
    if (hours > 23 || minutes > 59) {
        faults.push({ rule: "window.time", time: text });
        return undefined;
    }
    return hours * 60 + minutes;
}
/** How long one occurrence of the window lasts, in minutes. */
function windowMinutes(window) {
    return window.end > window.start ? window.end - window.start : window.end + 24 * 60 - window.start;
}
const tokyoOffsetMinutes = (/* unused pure expression or super */ null && (9 * 60)); // Japan has no daylight saving time.
/** Whether an instant falls inside the window. */
function isWithinWindow(window, instant) {
    const tokyo = new Date(instant.getTime() + tokyoOffsetMinutes * 60_000);
    const day = tokyo.getUTCDay();
    const minute = tokyo.getUTCHours() * 60 + tokyo.getUTCMinutes();
    const startsOn = (d) => window.days.includes(d);
    if (window.start < window.end)
        return startsOn(day) && minute >= window.start && minute < window.end;
    return (startsOn(day) && minute >= window.start) || (startsOn((day + 6) % 7) && minute < window.end);
}


/***/ }),

/***/ 78024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ ruleMessages),
/* harmony export */   DK: () => (/* binding */ typeNames),
/* harmony export */   Lv: () => (/* binding */ clinicHints),
/* harmony export */   ro: () => (/* binding */ fleetHints),
/* harmony export */   xL: () => (/* binding */ refusalMessages)
/* harmony export */ });
/**
 * Every registry message in English and Japanese. A problem is shown as `<file>:<line>:<column> <field>: <message>`;
 * each message is a whole sentence (it names the field when it is about it: `{field}`), true for the value it is
 * about, and ends with what a valid value looks like.
 */
const ruleMessages = {
    "yaml.syntax": {
        en: "is not valid YAML: {detail}. Write one `key: value` per line.",
        ja: "YAML として読めません: {detail}。`key: value` の形で1行に1項目ずつ書いてください。",
    },
    "yaml.duplicateKey": {
        en: "{key} is written twice in the same mapping; keep one of them.",
        ja: "{key} が同じ階層に2回書かれています。どちらか一方だけにしてください。",
    },
    "yaml.tag": {
        en: 'the tag {tag} is not allowed; write the plain value, e.g. version: "5.2.0".',
        ja: 'タグ {tag} は使えません。タグを付けずに値だけを書いてください(例: version: "5.2.0")。',
    },
    "yaml.aliases": {
        en: "aliases expand more than {max} times; write the values out.",
        ja: "エイリアスの展開が {max} 回を超えています。値をそのまま書いてください。",
    },
    "yaml.multipleDocuments": {
        en: 'a file holds one document; remove this "---" and what follows it.',
        ja: "1つのファイルに書けるドキュメントは1つです。この「---」以降を削除してください。",
    },
    "yaml.notMapping": {
        en: "the file must be a mapping of fields, one `key: value` per line, e.g. `id: shinjuku-naika`.",
        ja: "ファイルは `key: value` の形の項目の集まりでなければなりません(例: `id: shinjuku-naika`)。",
    },
    "yaml.empty": {
        en: "the file is empty; write its fields, one `key: value` per line, e.g. `id: shinjuku-naika`.",
        ja: "ファイルが空です。`key: value` の形で項目を書いてください(例: `id: shinjuku-naika`)。",
    },
    "schema.missing": {
        en: "{field} is missing; expected {hint}.",
        ja: "{field} がありません。期待する値: {hint}",
    },
    "schema.codeNumber": {
        en: '{field} is written without quotes, so YAML reads {raw} as a number{leadingZero, select, yes { and drops its leading 0} other {}}; quote it: "{raw}".',
        ja: '{field} が引用符なしで書かれているため、YAML は {raw} を数値として読みます{leadingZero, select, yes {(先頭の 0 が失われます)} other {}}。引用符で囲んでください: "{raw}"',
    },
    "schema.number": {
        en: '{field} is written without quotes, so YAML reads {raw} as a number; quote it: "{raw}". Expected {hint}.',
        ja: '{field} が引用符なしで書かれているため、YAML は {raw} を数値として読みます。引用符で囲んでください: "{raw}"。期待する値: {hint}',
    },
    "schema.type": {
        en: "{field} is {got}; expected {hint}.",
        ja: "{field} が{got}になっています。期待する値: {hint}",
    },
    "schema.value": {
        en: "{value} is not valid; expected {hint}.",
        ja: "{value} は正しくありません。期待する値: {hint}",
    },
    "schema.unknownKey": {
        en: "{key} is not a field here; the fields here are {known}.",
        ja: "{key} という項目はありません。使える項目: {known}",
    },
    "code.prefecture": {
        en: "{value} starts with {prefecture}, which is no prefecture; the first two digits are the prefecture's JIS code, 01-47 (e.g. 13 for 東京都).",
        ja: "{value} の先頭 {prefecture} は都道府県番号ではありません。先頭2桁は都道府県の JIS コード 01〜47 です(例: 東京都は 13)。",
    },
    "code.scoreTable": {
        en: 'the third digit of {value} (点数表) is {scoreTable}; ORCA serves 医科 clinics, whose codes have 1 there, e.g. "1318814790".',
        ja: '{value} の3桁目(点数表)が {scoreTable} です。ORCA は医科向けのため 1 でなければなりません(例: "1318814790")。',
    },
    "code.checkDigit": {
        en: "The check digit of {value} (its last digit) does not match its first nine digits, which give {expected}, not {actual}; a digit is likely mistyped, so copy the whole code again from the clinic's 保険医療機関指定通知書.",
        ja: "{value} の検証番号(末尾の1桁)が前の9桁と合いません(前の9桁からは {actual} ではなく {expected} になります)。どこかの桁の写し間違いと考えられるため、保険医療機関指定通知書からコード全体を写し直してください。",
    },
    "code.prefectureMismatch": {
        en: "{value} is a code of {codePrefecture} (its first two digits), but prefecture is {prefecture}; make them agree.",
        ja: "{value} は先頭2桁から {codePrefecture} のコードですが、prefecture は {prefecture} です。どちらかを直してください。",
    },
    "window.format": {
        en: '{value} is not a maintenance window; expected days and a time range in Asia/Tokyo, e.g. "Sun 01:00-05:00", "Mon-Fri 22:00-06:00" or "daily 22:00-06:00".',
        ja: '{value} はメンテナンス時間帯の形ではありません。曜日と時刻の範囲(日本時間)を書いてください(例: "Sun 01:00-05:00"、"Mon-Fri 22:00-06:00"、"daily 22:00-06:00")。',
    },
    "window.day": {
        en: "{day} in {value} is not a day; use Sun, Mon, Tue, Wed, Thu, Fri or Sat, a range such as Mon-Fri, a list such as Sat,Sun, or daily.",
        ja: "{value} の {day} は曜日ではありません。Sun, Mon, Tue, Wed, Thu, Fri, Sat、Mon-Fri のような範囲、Sat,Sun のような列挙、または daily を使ってください。",
    },
    "window.time": {
        en: '{time} in {value} is not a time of day; use HH:MM from 00:00 to 23:59, e.g. "Sun 01:00-05:00".',
        ja: '{value} の {time} は時刻ではありません。00:00〜23:59 の HH:MM で書いてください(例: "Sun 01:00-05:00")。',
    },
    "window.empty": {
        en: "{value} starts and ends at the same time; give a range such as 22:00-06:00 (it may cross midnight).",
        ja: "{value} は開始と終了が同じ時刻です。22:00-06:00 のような範囲を書いてください(日付をまたいでも構いません)。",
    },
    "fleet.securityGroup": {
        en: "{value} is not a name in securityGroups; use one of: {known}.",
        ja: "{value} は securityGroups にありません。次のいずれかを使ってください: {known}",
    },
    "rollout.ringTwice": {
        en: "{value} is already earlier in ringOrder; name each ring once, e.g. [canary, early, general].",
        ja: "{value} は ringOrder にすでにあります。各リングは1回だけ書いてください(例: [canary, early, general])。",
    },
    "rollout.budgetAboveWave": {
        en: '{value} is more failures than wave {wave} holds ({size} clinics), so that wave could never halt the rollout; use at most {size}, or a percentage such as "10%".',
        ja: '{value} は第{wave}ウェーブの医療機関数({size})を超えるため、そのウェーブではロールアウトが止まりません。{size} 以下か、"10%" のような割合にしてください。',
    },
    "freeze.date": {
        en: '{value} is not a day; write MM-DD for every year (e.g. "12-29") or YYYY-MM-DD for one date (e.g. "2027-05-01").',
        ja: '{value} は日付ではありません。毎年なら MM-DD(例: "12-29")、1回限りなら YYYY-MM-DD(例: "2027-05-01")で書いてください。',
    },
    "freeze.daysOrder": {
        en: "the range ends on day {to}, before it starts on day {from}; write from ≤ to, e.g. from: 1, to: 10 (the receipt days).",
        ja: "範囲が {from} 日に始まり、それより前の {to} 日に終わっています。from ≤ to にしてください(例: from: 1, to: 10 はレセプト期間)。",
    },
    "freeze.rangeForm": {
        en: '{value} and from ({from}) are written differently; write both as MM-DD (every year, e.g. from: "12-29", to: "01-03") or both as YYYY-MM-DD.',
        ja: '{value} と from({from})の書き方が違います。両方を MM-DD(毎年。例: from: "12-29", to: "01-03")か、両方を YYYY-MM-DD にしてください。',
    },
    "freeze.rangeOrder": {
        en: '{value} is before from ({from}); a one-off range ends on or after its first day, e.g. from: "2027-05-01", to: "2027-05-05".',
        ja: '{value} は from({from})より前です。1回限りの範囲は開始日以降に終わります(例: from: "2027-05-01", to: "2027-05-05")。',
    },
    "registry.ringNotInOrder": {
        en: "{value} is not in fleet.yml's rollout.ringOrder ({known}), so this clinic would never be updated; use one of those rings or add it to ringOrder.",
        ja: "{value} は fleet.yml の rollout.ringOrder({known})にないため、この医療機関は更新されません。そのいずれかにするか、ringOrder に加えてください。",
    },
    "registry.windowTooShort": {
        en: '{value} lasts {minutes} minutes, shorter than fleet.yml\'s rollout.updateMinutes ({updateMinutes}), so an update never fits in it; give a window of at least {updateMinutes} minutes, e.g. "Sun 01:00-05:00".',
        ja: '{value} は {minutes} 分しかなく、fleet.yml の rollout.updateMinutes({updateMinutes} 分)より短いため、更新が収まりません。{updateMinutes} 分以上の時間帯にしてください(例: "Sun 01:00-05:00")。',
    },
    "registry.idMismatch": {
        en: "{value} differs from the file name; a clinic's id is its file name, so set id: {stem} or rename the file to {expectedFile}.",
        ja: "{value} がファイル名と違います。id はファイル名と同じにします。id: {stem} とするか、ファイル名を {expectedFile} にしてください。",
    },
    "registry.extension": {
        en: "registry files end in .yml; rename this file to {expectedFile}.",
        ja: "レジストリのファイルは .yml で終わります。ファイル名を {expectedFile} にしてください。",
    },
    "registry.link": {
        en: "This file is a symbolic link, which the registry does not follow; replace it with the file itself.",
        ja: "このファイルはシンボリックリンクです。レジストリはリンクをたどりません。ファイルそのものに置き換えてください。",
    },
    "registry.duplicateId": {
        en: "{value} is already the id of {other}; each clinic has its own id.",
        ja: "{value} は {other} の id として使われています。id は医療機関ごとに別にしてください。",
    },
    "registry.duplicateCode": {
        en: "{value} is already the code of {other}; each clinic has its own 医療機関コード.",
        ja: "{value} は {other} の医療機関コードとして使われています。医療機関コードは医療機関ごとに異なります。",
    },
    "registry.unknownSubnet": {
        en: "{value} is not a subnet in fleet.yml; use one of: {known}.",
        ja: "{value} は fleet.yml の subnets にありません。次のいずれかを使ってください: {known}",
    },
    "registry.unknownType": {
        en: "{value} is not an instance type allowed in fleet.yml; use one of: {known}.",
        ja: "{value} は fleet.yml の instanceTypes にありません。次のいずれかを使ってください: {known}",
    },
    "registry.noFleet": {
        en: "fleet.yml is missing; it holds the fleet's region, subnets and instance types (see docs/registry.md).",
        ja: "fleet.yml がありません。リージョン、サブネット、インスタンスタイプなどフリート全体の設定を書きます(docs/registry.md を参照)。",
    },
    "registry.noDirectory": {
        en: "This is not a readable directory; pass the folder that holds fleet.yml and the clinic files, e.g. clinics/.",
        ja: "読み取れるディレクトリではありません。fleet.yml と各医療機関のファイルがあるフォルダを指定してください(例: clinics/)。",
    },
    "registry.moreProblems": {
        en: "This file has {total, number} problems; only the first {shown, number} are listed. Fix them and validate again to see the rest.",
        ja: "このファイルには {total, number} 件の問題があります。最初の {shown, number} 件だけを示しています。直してから再度検証すると残りが表示されます。",
    },
    "file.tooLarge": {
        en: "This file is {bytes, number} bytes, more than the {max, number} bytes it may hold, so it was not read; keep only the registry's fields in it.",
        ja: "このファイルは {bytes, number} バイトあり、上限の {max, number} バイトを超えるため読み込みませんでした。レジストリの項目だけを書いてください。",
    },
    "file.notText": {
        en: "This file is not a text file (it holds a NUL byte or is not valid UTF-8), so it was not read; save it as UTF-8 text.",
        ja: "このファイルはテキストファイルではない(NUL バイトを含むか UTF-8 として読めない)ため、読み込みませんでした。UTF-8 のテキストとして保存してください。",
    },
};
/** Names of value types as a person reads them, for "is {got}". */
const typeNames = {
    string: { en: "text", ja: "文字列" },
    number: { en: "a number", ja: "数値" },
    boolean: { en: "true or false", ja: "真偽値" },
    null: { en: "empty", ja: "空" },
    array: { en: "a list", ja: "リスト" },
    object: { en: "a mapping", ja: "マッピング" },
};
const mapping = (fields, example) => ({
    en: `a mapping with ${fields.length > 1 ? `${fields.slice(0, -1).join(", ")} and ${fields.at(-1)}` : fields.join("")}, e.g. ${example}`,
    ja: `${fields.join("、")} を持つマッピング(例: ${example})`,
});
/** What a valid value of each field looks like. `*` stands for a list index or a logical name. */
const clinicHints = {
    "": mapping([
        "id",
        "name",
        "medicalInstitutionCode",
        "prefecture",
        "status",
        "orca",
        "instance",
        "maintenanceWindow",
        "contact",
    ], "clinics/shinjuku-naika.yml"),
    id: {
        en: 'a lowercase slug of 3-40 letters, digits and hyphens that equals the file name and is not a device name such as con or nul, e.g. "shinjuku-naika" in clinics/shinjuku-naika.yml',
        ja: "英小文字・数字・ハイフンの3〜40文字でファイル名と同じもの。con や nul などのデバイス名は使えません(例: clinics/shinjuku-naika.yml なら shinjuku-naika)",
    },
    name: {
        en: "the clinic's name, 1-100 characters, e.g. 新宿内科クリニック",
        ja: "医療機関名、1〜100文字(例: 新宿内科クリニック)",
    },
    medicalInstitutionCode: {
        en: 'the 10-digit 医療機関コード in quotes, e.g. "1318814790"',
        ja: '10桁の医療機関コードを引用符で囲んだもの(例: "1318814790")',
    },
    prefecture: {
        en: "the prefecture's name in Japanese, e.g. 東京都, 大阪府 or 北海道",
        ja: "都道府県名(例: 東京都、大阪府、北海道)",
    },
    status: { en: "one of active, suspended, retired", ja: "active、suspended、retired のいずれか" },
    orca: mapping(["version", "ring"], 'version: "5.2.0", ring: general'),
    "orca.version": {
        en: 'an ORCA version in quotes, e.g. "5.2.0"',
        ja: 'ORCA のバージョンを引用符で囲んだもの(例: "5.2.0")',
    },
    "orca.ring": { en: "one of canary, early, general", ja: "canary、early、general のいずれか" },
    instance: mapping(["type", "subnet"], "type: t3.medium, subnet: private-a"),
    "instance.type": {
        en: "an instance type listed in fleet.yml's instanceTypes, e.g. t3.medium",
        ja: "fleet.yml の instanceTypes にあるインスタンスタイプ(例: t3.medium)",
    },
    "instance.subnet": {
        en: "a subnet's logical name from fleet.yml's subnets, e.g. private-a",
        ja: "fleet.yml の subnets にあるサブネットの論理名(例: private-a)",
    },
    maintenanceWindow: {
        en: 'days and a time range in Asia/Tokyo, e.g. "Sun 01:00-05:00", "Mon-Fri 22:00-06:00" or "daily 22:00-06:00"',
        ja: '曜日と時刻の範囲(日本時間)(例: "Sun 01:00-05:00"、"Mon-Fri 22:00-06:00"、"daily 22:00-06:00")',
    },
    contact: mapping(["name", "email"], "name: 佐藤 美咲, email: it@clinic.example.jp"),
    "contact.name": { en: "a person's name, e.g. 佐藤 美咲", ja: "担当者名(例: 佐藤 美咲)" },
    "contact.email": {
        en: "an email address, e.g. it@clinic.example.jp",
        ja: "メールアドレス(例: it@clinic.example.jp)",
    },
    launchGeneration: {
        en: "a whole number from 1 to 999, bumped by one after the clinic's instance was terminated by hand (leave it out for 1)",
        ja: "1 から 999 の整数。クリニックのインスタンスを手動で終了した後に 1 つ上げます(省略時は 1)",
    },
};
const fleetHints = {
    "": mapping([
        "region",
        "locale",
        "ami",
        "instanceProfile",
        "instanceTypes",
        "securityGroups",
        "subnets",
        "dns",
        "backup",
        "secrets",
        "rollout",
        "liveness",
        "provision",
    ], "clinics/fleet.yml"),
    region: {
        en: "ap-northeast-1 (Tokyo) or ap-northeast-3 (Osaka): medical data stays in Japan",
        ja: "ap-northeast-1(東京)または ap-northeast-3(大阪)。医療情報は国内に置きます",
    },
    locale: { en: "ja or en", ja: "ja または en" },
    ami: mapping(["parameter", "label"], "parameter: /orca-fleet/golden-ami, label: current"),
    "ami.parameter": {
        en: "an SSM parameter name starting with /, e.g. /orca-fleet/golden-ami",
        ja: "/ で始まる SSM パラメータ名(例: /orca-fleet/golden-ami)",
    },
    "ami.label": { en: "a parameter label, e.g. current", ja: "パラメータのラベル(例: current)" },
    instanceProfile: {
        en: "the prefix of the clinics' IAM instance profiles (each clinic launches with <prefix>-<clinic id>), a name and not an ARN, e.g. orca-fleet-instance",
        ja: "クリニックごとの IAM インスタンスプロファイル名の接頭辞(各クリニックは <接頭辞>-<クリニック ID> で起動します。ARN ではなく名前)(例: orca-fleet-instance)",
    },
    instanceTypes: {
        en: "a list of EC2 instance types, e.g. [t3.medium, t3.large]",
        ja: "EC2 インスタンスタイプのリスト(例: [t3.medium, t3.large])",
    },
    "instanceTypes.*": { en: "an EC2 instance type, e.g. t3.medium", ja: "EC2 インスタンスタイプ(例: t3.medium)" },
    securityGroups: {
        en: "a mapping of logical names to security group ids, e.g. orca-api: sg-0a3f5c9e1b7d24680",
        ja: "論理名からセキュリティグループ ID へのマッピング(例: orca-api: sg-0a3f5c9e1b7d24680)",
    },
    "securityGroups.*": {
        en: "a security group id, e.g. sg-0a3f5c9e1b7d24680",
        ja: "セキュリティグループ ID(例: sg-0a3f5c9e1b7d24680)",
    },
    subnets: {
        en: "a mapping of logical names to subnets, e.g. private-a: '{ id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api] }'",
        ja: "論理名からサブネットへのマッピング(例: private-a: '{ id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api] }')",
    },
    "subnets.*": mapping(["id", "securityGroups"], "id: subnet-0b1c2d3e4f5a69788, securityGroups: [orca-api]"),
    "subnets.*.id": {
        en: "a subnet id, e.g. subnet-0b1c2d3e4f5a69788",
        ja: "サブネット ID(例: subnet-0b1c2d3e4f5a69788)",
    },
    "subnets.*.securityGroups": {
        en: "a list of logical names from securityGroups, e.g. [orca-api]",
        ja: "securityGroups にある論理名のリスト(例: [orca-api])",
    },
    "subnets.*.securityGroups.*": {
        en: "a logical name from securityGroups, e.g. orca-api",
        ja: "securityGroups にある論理名(例: orca-api)",
    },
    dns: mapping(["zoneId", "domain"], "zoneId: Z04417562QX8HN3KVTB1E, domain: orca.fleet.internal"),
    "dns.zoneId": {
        en: "a Route 53 hosted zone id, e.g. Z04417562QX8HN3KVTB1E",
        ja: "Route 53 ホストゾーン ID(例: Z04417562QX8HN3KVTB1E)",
    },
    "dns.domain": { en: "a domain name, e.g. orca.fleet.internal", ja: "ドメイン名(例: orca.fleet.internal)" },
    backup: mapping(["bucket", "retentionDays"], "bucket: orca-fleet-backups, retentionDays: 35"),
    "backup.bucket": { en: "an S3 bucket name, e.g. orca-fleet-backups", ja: "S3 バケット名(例: orca-fleet-backups)" },
    "backup.retentionDays": { en: "a whole number of days above 0, e.g. 35", ja: "1以上の日数(例: 35)" },
    secrets: mapping(["parameterPrefix"], "parameterPrefix: /orca-fleet/secrets"),
    "secrets.parameterPrefix": {
        en: "an SSM parameter path starting with /, e.g. /orca-fleet/secrets",
        ja: "/ で始まる SSM パラメータのパス(例: /orca-fleet/secrets)",
    },
    rollout: mapping(["ringOrder", "waveSizes", "errorBudget", "bakeMinutes", "updateMinutes", "freeze"], "ringOrder: [canary, early, general]"),
    "rollout.ringOrder": {
        en: "a list of rings, each once, e.g. [canary, early, general]",
        ja: "リングのリスト。各リングは1回だけ(例: [canary, early, general])",
    },
    "rollout.ringOrder.*": { en: "one of canary, early, general", ja: "canary、early、general のいずれか" },
    "rollout.waveSizes": {
        en: 'a list of wave sizes, each a count above 0 or a percentage of the ring in quotes, e.g. [1, 5, "20%"]',
        ja: 'ウェーブの大きさのリスト。1以上の件数か、引用符で囲んだリング内の割合(例: [1, 5, "20%"])',
    },
    "rollout.waveSizes.*": {
        en: 'a count above 0, e.g. 5, or a percentage from "1%" to "100%"',
        ja: '1以上の件数(例: 5)か、"1%"〜"100%" の割合',
    },
    "rollout.errorBudget": {
        en: 'failures a wave may have before the rollout halts: a count of 0 or more, e.g. 1, or a percentage of the wave, e.g. "10%"',
        ja: 'ロールアウトを止めるまでに1ウェーブで許す失敗数。0以上の件数(例: 1)か、ウェーブ内の割合(例: "10%")',
    },
    "rollout.bakeMinutes": {
        en: "minutes a ring runs updated before the next ring starts, 0 or more, e.g. 60",
        ja: "次のリングを始めるまでに更新済みのリングを様子見する分数。0以上(例: 60)",
    },
    "rollout.updateMinutes": {
        en: "minutes an update may take, 1-1440; it starts only when that much of the window is left, e.g. 60",
        ja: "更新にかかる最大の分数(1〜1440)。時間帯の残りがこれ以上あるときだけ始めます(例: 60)",
    },
    "rollout.freeze": mapping(["daysOfMonth", "holidays", "ranges"], "holidays: freeze, ranges: []"),
    "rollout.freeze.daysOfMonth": {
        en: "false, or the days of every month with no update, e.g. from: 1 and to: 10 (the receipt days, the default)",
        ja: "false か、毎月更新しない日の範囲(例: from: 1 と to: 10。レセプト期間で既定値)",
    },
    "rollout.freeze.daysOfMonth.from": { en: "a day of the month, 1-31, e.g. 1", ja: "日(1〜31)(例: 1)" },
    "rollout.freeze.daysOfMonth.to": { en: "a day of the month, 1-31, e.g. 10", ja: "日(1〜31)(例: 10)" },
    "rollout.freeze.holidays": {
        en: "freeze (no update on Japan's public holidays, the default) or allow",
        ja: "freeze(祝日は更新しない。既定値)または allow",
    },
    "rollout.freeze.ranges": {
        en: 'a list of named date ranges with no update, each with name, from and to, e.g. name: 年末年始, from: "12-29", to: "01-03"',
        ja: '更新しない日付範囲に名前を付けたリスト。各範囲に name、from、to(例: name: 年末年始, from: "12-29", to: "01-03")',
    },
    "rollout.freeze.ranges.*": mapping(["name", "from", "to"], 'name: 年末年始, from: "12-29", to: "01-03"'),
    "rollout.freeze.ranges.*.name": {
        en: "a name of 1-40 characters, e.g. 年末年始",
        ja: "1〜40文字の名前(例: 年末年始)",
    },
    "rollout.freeze.ranges.*.from": {
        en: 'MM-DD for every year, e.g. "12-29", or YYYY-MM-DD for one date',
        ja: '毎年なら MM-DD(例: "12-29")、1回限りなら YYYY-MM-DD',
    },
    "rollout.freeze.ranges.*.to": {
        en: 'MM-DD for every year, e.g. "01-03", or YYYY-MM-DD for one date, written like from',
        ja: 'from と同じ書き方で、毎年なら MM-DD(例: "01-03")、1回限りなら YYYY-MM-DD',
    },
    provision: mapping(["firstBootMinutes"], "firstBootMinutes: 20"),
    "provision.firstBootMinutes": {
        en: "minutes above 0, at most 120, that a new server's first boot may take until ORCA answers (default 20)",
        ja: "新しいサーバーの初回起動から ORCA が応答するまでに許す分数(0 より大きく 120 以下、既定 20)",
    },
    liveness: mapping([
        "failuresBeforeRestart",
        "restartsBeforeIncident",
        "timeoutSeconds",
        "slowMs",
        "certificateWarningDays",
        "diskLowPercent",
        "successesBeforeClose",
        "flapping",
        "restartsPerHour",
        "correlated",
    ], "failuresBeforeRestart: 3, restartsBeforeIncident: 2, timeoutSeconds: 10"),
    "liveness.failuresBeforeRestart": { en: "a whole number above 0, e.g. 3", ja: "1以上の整数(例: 3)" },
    "liveness.restartsBeforeIncident": { en: "a whole number above 0, e.g. 2", ja: "1以上の整数(例: 2)" },
    "liveness.timeoutSeconds": { en: "a whole number of seconds above 0, e.g. 10", ja: "1以上の秒数(例: 10)" },
    "liveness.slowMs": {
        en: "milliseconds, 1-600000, above which an answer is slow (default 3000)",
        ja: "これを超える応答を遅いとみなすミリ秒(1〜600000、既定 3000)",
    },
    "liveness.certificateWarningDays": {
        en: "days before the TLS certificate expires to warn, 1-365 (default 21)",
        ja: "TLS 証明書の期限切れを警告する残り日数(1〜365、既定 21)",
    },
    "liveness.diskLowPercent": {
        en: "free space on the data volume below this percentage is low, 1-99 (default 10)",
        ja: "データボリュームの空きがこの割合を下回ると不足とみなす(1〜99、既定 10)",
    },
    "liveness.successesBeforeClose": {
        en: "healthy sweeps in a row before an incident closes, 1-100 (default 2)",
        ja: "インシデントを閉じるまでに連続して正常だった巡回の回数(1〜100、既定 2)",
    },
    "liveness.flapping": mapping(["failures", "sweeps"], "failures: 3, sweeps: 6"),
    "liveness.flapping.failures": {
        en: "failing sweeps among the last `sweeps` that make a clinic flap, 2-20, at most sweeps (default 3)",
        ja: "直近 sweeps 回のうち不安定とみなす失敗回数(2〜20、sweeps 以下、既定 3)",
    },
    "liveness.flapping.sweeps": {
        en: "the sweeps looked back on, 3-20 (default 6)",
        ja: "振り返る巡回の回数(3〜20、既定 6)",
    },
    "liveness.restartsPerHour": {
        en: "restarts of one clinic in any hour, 1-10 (default 2)",
        ja: "1医療機関を1時間に再起動してよい回数(1〜10、既定 2)",
    },
    "liveness.correlated": mapping(["fleetPercent", "groupPercent", "minClinics"], "fleetPercent: 20, groupPercent: 50, minClinics: 3"),
    "liveness.correlated.fleetPercent": {
        en: "percentage of the fleet failing in one sweep that is one common failure, 1-100 (default 20)",
        ja: "1回の巡回で共通の障害とみなすフリート全体の失敗割合(1〜100、既定 20)",
    },
    "liveness.correlated.groupPercent": {
        en: "percentage of one subnet, availability zone, AMI or ORCA release failing together, 1-100 (default 50)",
        ja: "1つのサブネット、AZ、AMI、ORCA リリース内で同時に失敗する割合(1〜100、既定 50)",
    },
    "liveness.correlated.minClinics": {
        en: "failing clinics needed before a share counts, 2-1000 (default 3)",
        ja: "割合を数え始める失敗医療機関の最小数(2〜1000、既定 3)",
    },
};
/** Why a flow that acts on the fleet refuses to read it: the problems follow, one a line. */
const refusalMessages = {
    hasProblems: {
        en: "The registry has {count, plural, one {# problem} other {# problems}}; nothing is planned until {count, plural, one {it is} other {they are}} fixed (orca-fleet validate {dir}):",
        ja: "台帳に {count} 件の問題があります。直すまで何も計画しません（orca-fleet validate {dir}）:",
    },
    fleetMissing: {
        en: "{dir}/fleet.yml is missing or invalid: nothing can be done without it (orca-fleet validate {dir}).",
        ja: "{dir}/fleet.yml がないか、正しくありません。これがないと何もできません（orca-fleet validate {dir}）。",
    },
};


/***/ }),

/***/ 99898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ prefectures),
/* harmony export */   uX: () => (/* binding */ prefectureByCode)
/* harmony export */ });
/* unused harmony export prefectureCode */
/**
 * The 47 prefectures by JIS X 0401 code, the same numbers that open a 医療機関コード. Index + 1 is the code.
 */
const prefectures = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];
/** The prefecture of a two-digit JIS code ("01".."47"), or undefined for any other text. */
function prefectureByCode(code) {
    if (!/^\d{2}$/.test(code))
        return undefined;
    return prefectures[Number(code) - 1];
}
/** The two-digit JIS code of a prefecture's name. */
function prefectureCode(name) {
    return String(prefectures.indexOf(name) + 1).padStart(2, "0");
}


/***/ }),

/***/ 29969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem),
/* harmony export */   i: () => (/* binding */ compareProblems)
/* harmony export */ });
/* harmony import */ var _i18n_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32586);

/** `clinics/x.yml:12:5 medicalInstitutionCode: ...`, the form compilers and editors link. */
function formatProblem(problem, locale) {
    const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
    return `${where} ${problem.field}: ${(0,_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__/* .render */ .XX)(problem.message, locale)}`;
}
/** By file, then line, then column: the order a person fixes them in. */
function compareProblems(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 31541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ createReporter),
/* harmony export */   CJ: () => (/* binding */ ruleMessage),
/* harmony export */   pA: () => (/* binding */ knownFields)
/* harmony export */ });
/* unused harmony exports maxProblemsPerFile, fieldName, hintFor */
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78024);

/** A file with more problems lists only this many, then how many more: a generated file with 200,000 unknown keys
 * must neither flood the log nor cost a lookup per key. */
const maxProblemsPerFile = 50;
/** A rule's message with the values it names; rendered in a locale only where it is shown. */
function ruleMessage(rule, values = {}) {
    return { key: rule, text: _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleMessages */ .D2[rule], values };
}
function createReporter(file, source, hints) {
    const kept = [];
    let total = 0;
    return {
        file,
        get problems() {
            if (total === kept.length)
                return [...kept];
            const more = ruleMessage("registry.moreProblems", { total, shown: kept.length });
            return [...kept, { file, field: fieldName([]), message: more }];
        },
        textOf: (path) => source.textOf(path),
        add(path, rule, values = {}, where = "value") {
            total++;
            // Past the bound a problem is only counted: no lookup, no rendering.
            if (kept.length >= maxProblemsPerFile)
                return;
            const raw = source.textOf(path);
            const hint = hintFor(hints, path);
            const filled = {
                field: fieldName(path),
                value: raw === undefined ? "" : shown(raw),
                raw: raw ?? "",
                hint: hint ? { key: "hint", text: hint } : "",
            };
            for (const [key, value] of Object.entries(values)) {
                filled[key] = isList(value) ? value.join(", ") : value;
            }
            const { line, column } = typeof where === "string" ? source.locate(path, where) : where;
            kept.push({
                file,
                line,
                column,
                field: fieldName(path),
                message: ruleMessage(rule, filled),
            });
        },
    };
}
function isList(value) {
    return Array.isArray(value);
}
function fieldName(path) {
    return path.length === 0 ? "(file)" : path.map(String).join(".");
}
/** Hint keys use `*` for list indexes and for the logical names under securityGroups and subnets. */
function hintKeys(path) {
    const generic = path.map((segment) => (typeof segment === "number" ? "*" : String(segment)));
    const named = generic.map((segment, index) => (index === 1 ? "*" : segment));
    return [generic.join("."), named.join(".")];
}
function hintFor(hints, path) {
    for (const key of hintKeys(path)) {
        const hint = hints[key];
        if (hint)
            return hint;
    }
    return undefined;
}
/** The names of the fields a mapping may hold, from the hints of its children. */
function knownFields(hints, parent) {
    const fields = new Set();
    for (const prefix of hintKeys(parent)) {
        for (const key of Object.keys(hints)) {
            const rest = prefix === "" ? key : key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : undefined;
            if (rest && !rest.includes(".") && rest !== "*")
                fields.add(rest);
        }
    }
    return [...fields];
}
const maxShown = 60;
/** A value as written, on one line, quoted unless the file quoted it. */
function shown(raw) {
    const line = raw.replace(/\s*\n\s*/g, " ");
    const short = line.length > maxShown ? `${line.slice(0, maxShown - 1)}…` : line;
    return /^["']/.test(short) ? short : `"${short}"`;
}


/***/ }),

/***/ 61378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ waveSizeOf),
/* harmony export */   Lc: () => (/* binding */ budgetSharePattern),
/* harmony export */   Xm: () => (/* binding */ parseFreezeDate),
/* harmony export */   mx: () => (/* binding */ sharePattern),
/* harmony export */   zf: () => (/* binding */ errorBudgetOf)
/* harmony export */ });
/**
 * The parts of fleet.yml's rollout policy that a zod pattern cannot say alone: shares written as counts or
 * percentages, and freeze ranges written as yearly (`12-29`) or one-off (`2027-05-01`) dates. The schema checks
 * them with these functions; the rollout planner reads them with the same ones, so the two cannot disagree.
 */
const sharePattern = /^(100|[1-9][0-9]?)%$/;
const budgetSharePattern = /^(100|[1-9]?[0-9])%$/;
/** A wave's size among `total` clinics: a count as written, a percentage rounded up and never below one. */
function waveSizeOf(share, total) {
    if (typeof share === "number")
        return share;
    return Math.max(1, Math.ceil((percentOf(share) * total) / 100));
}
/** Failures a wave of `waveSize` may have without halting: a count as written, a percentage rounded down. */
function errorBudgetOf(share, waveSize) {
    if (typeof share === "number")
        return share;
    return Math.floor((percentOf(share) * waveSize) / 100);
}
function percentOf(share) {
    return Number(share.slice(0, -1));
}
const yearly = /^(\d{2})-(\d{2})$/;
const once = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Reads `MM-DD` or `YYYY-MM-DD`; undefined when the text is neither or names no real day (02-30). */
function parseFreezeDate(text) {
    const y = yearly.exec(text);
    if (y) {
        const month = Number(y[1]);
        const day = Number(y[2]);
        // 2024 is a leap year: 02-29 is a day that exists in some years.
        return isRealDate(2024, month, day) ? { kind: "yearly", month, day } : undefined;
    }
    const o = once.exec(text);
    if (o && isRealDate(Number(o[1]), Number(o[2]), Number(o[3])))
        return { kind: "once", date: text };
    return undefined;
}
function isRealDate(year, month, day) {
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}


/***/ }),

/***/ 93819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ regions),
/* harmony export */   Eo: () => (/* binding */ clinicSchema),
/* harmony export */   OX: () => (/* binding */ clinicIdPattern),
/* harmony export */   Qn: () => (/* binding */ rings),
/* harmony export */   n: () => (/* reexport safe */ _prefectures_js__WEBPACK_IMPORTED_MODULE_2__.n),
/* harmony export */   sL: () => (/* binding */ fleetSchema)
/* harmony export */ });
/* unused harmony exports statuses, rolloutSchema, livenessSchema, provisionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _institution_code_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);
/* harmony import */ var _maintenance_window_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51266);
/* harmony import */ var _prefectures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99898);
/* harmony import */ var _rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61378);





/**
 * The one schema of the fleet's desired state. Field names here are the contract that every flow reads;
 * refinements (check digits, windows, cross-file rules) live beside it in this folder.
 */
const regions = ["ap-northeast-1", "ap-northeast-3"];
const rings = ["canary", "early", "general"];
const statuses = ["active", "suspended", "retired"];

// A clinic's id names its file, so it may not be a device name that Windows refuses as a file name (con.yml).
const clinicIdPattern = /^(?!(?:con|prn|aux|nul|com\d|lpt\d)$)[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/;
/** A yearly (`12-29`) or one-off (`2027-05-01`) day; both ends of a range are written the same way. */
const freezeDateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
    .superRefine((text, ctx) => {
    if ((0,_rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFreezeDate */ .Xm)(text) === undefined)
        ctx.addIssue({ code: "custom", input: text, params: { rule: "freeze.date" } });
})
    .meta({ pattern: "^(\\d{4}-)?\\d{2}-\\d{2}$" });
const freezeSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    /** The receipt days (レセプト): clinics check and submit claims from the 1st to the 10th. `false` turns it off. */
    daysOfMonth: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(false), zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ from: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(31), to: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(31) })])
        .default({ from: 1, to: 10 }),
    /** Japan's public holidays: `freeze` keeps updates off them, `allow` treats them as any other day. */
    holidays: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["freeze", "allow"]).default("freeze"),
    /** Named date ranges, e.g. 年末年始 from 12-29 to 01-03 (a yearly range may cross the new year). */
    ranges: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(40), from: freezeDateSchema, to: freezeDateSchema }))
        .default([]),
})
    .superRefine((freeze, ctx) => {
    if (freeze.daysOfMonth !== false && freeze.daysOfMonth.from > freeze.daysOfMonth.to) {
        ctx.addIssue({
            code: "custom",
            input: freeze.daysOfMonth,
            path: ["daysOfMonth", "to"],
            params: { rule: "freeze.daysOrder", from: freeze.daysOfMonth.from, to: freeze.daysOfMonth.to },
        });
    }
    freeze.ranges.forEach((range, index) => {
        const from = (0,_rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFreezeDate */ .Xm)(range.from);
        const to = (0,_rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFreezeDate */ .Xm)(range.to);
        if (from === undefined || to === undefined)
            return; // each end has reported itself
        if (from.kind !== to.kind) {
            ctx.addIssue({
                code: "custom",
                input: range.to,
                path: ["ranges", index, "to"],
                params: { rule: "freeze.rangeForm", from: range.from },
            });
        }
        else if (from.kind === "once" && to.kind === "once" && to.date < from.date) {
            ctx.addIssue({
                code: "custom",
                input: range.to,
                path: ["ranges", index, "to"],
                params: { rule: "freeze.rangeOrder", from: range.from },
            });
        }
    });
});
/** A count of clinics, or a percentage of a ring's clinics in quotes ("20%"). */
const waveShareSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().positive(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .sharePattern */ .mx)]);
/** A count of failures, or a percentage of the wave in quotes ("10%"); 0 halts at the first failure. */
const budgetShareSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_rollout_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetSharePattern */ .Lc)]);
const rolloutSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    ringOrder: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(rings)).min(1),
    /** One size per wave within a ring; the last one repeats until the ring is done. */
    waveSizes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(waveShareSchema).min(1),
    errorBudget: budgetShareSchema,
    bakeMinutes: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    /** How long an update may take: it starts only when this much of the clinic's window is left. */
    updateMinutes: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr()
        .min(1)
        .max(24 * 60)
        .default(60),
    freeze: freezeSchema.default({ daysOfMonth: { from: 1, to: 10 }, holidays: "freeze", ranges: [] }),
})
    .superRefine((rollout, ctx) => {
    const seen = new Set();
    rollout.ringOrder.forEach((ring, index) => {
        if (seen.has(ring)) {
            ctx.addIssue({
                code: "custom",
                input: ring,
                path: ["ringOrder", index],
                params: { rule: "rollout.ringTwice" },
            });
        }
        seen.add(ring);
    });
    // A budget above a wave's size can never be passed in that wave, so that wave could never halt the rollout.
    const budget = rollout.errorBudget;
    const counted = rollout.waveSizes.flatMap((size, index) => (typeof size === "number" ? [{ size, index }] : []));
    const smallest = counted.reduce((min, wave) => (min === undefined || wave.size < min.size ? wave : min), undefined);
    if (typeof budget === "number" && smallest !== undefined && budget > smallest.size) {
        ctx.addIssue({
            code: "custom",
            input: budget,
            path: ["errorBudget"],
            params: { rule: "rollout.budgetAboveWave", wave: smallest.index + 1, size: smallest.size },
        });
    }
});
/** A share of clinics in percent, 1-100. */
const percentSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(100);
/**
 * How the liveness sweep judges, heals and reports. Thresholds damp alarms the way Gatus does (failures before
 * acting, successes before calling it recovered); the defaults are what a fleet.yml without them gets.
 */
const livenessSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    /** Failing sweeps in a row before orca-restart is tried. */
    failuresBeforeRestart: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    /** Restarts that did not heal before an incident issue opens. */
    restartsBeforeIncident: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    /** The probe's own timeout for ORCA's API. */
    timeoutSeconds: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
    /** An answer slower than this is `slow` (reported, never restarted). */
    slowMs: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(600_000).default(3_000),
    /** A TLS certificate with fewer days left than this is `cert-expiring`. */
    certificateWarningDays: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(365).default(21),
    /** Free space on the data volume below this percentage is `disk-low`. */
    diskLowPercent: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(99).default(10),
    /** Healthy sweeps in a row before an incident is called recovered and closed. */
    successesBeforeClose: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(100).default(2),
    /** A clinic with `failures` failing sweeps among its last `sweeps` flaps: one incident stays open while it does. */
    flapping: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ failures: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(2).max(20), sweeps: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(3).max(20) })
        .refine((f) => f.failures <= f.sweeps, { message: "flapping.failures must not exceed flapping.sweeps" })
        .default({ failures: 3, sweeps: 6 }),
    /** Restarts of one clinic in any hour, whatever else asks for more. */
    restartsPerHour: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(10).default(2),
    /**
     * Many clinics failing in one sweep for one reason: a share of the fleet, or of one subnet, availability zone,
     * AMI or ORCA release, counted only from `minClinics` failing clinics up.
     */
    correlated: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ fleetPercent: percentSchema, groupPercent: percentSchema, minClinics: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(2).max(1000) })
        .default({ fleetPercent: 20, groupPercent: 50, minClinics: 3 }),
});
/** How provisioning judges a new clinic's server. */
const provisionSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    /**
     * How long a new server's first boot may take, from the apply's launch until ORCA answers its healthcheck: apply
     * re-probes with backoff until then, and reports a clinic whose ORCA is not serving by then as not ready.
     */
    firstBootMinutes: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().max(120).default(20),
});
const fleetSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    region: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(regions),
    locale: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(["ja", "en"]).default("ja"),
    ami: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        /** SSM parameter (DataType aws:ec2:image) that holds the golden AMI id. */
        parameter: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\/[A-Za-z0-9_.\-/]+$/),
        /** The label that provisioning launches from. */
        label: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().default("current"),
    }),
    /**
     * The prefix of the clinics' instance profiles: each clinic launches with `<prefix>-<clinic id>`, its own role.
     * A name, not an ARN: one shared profile (as this key once meant) would give every clinic every clinic's access.
     */
    instanceProfile: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[A-Za-z0-9+=,.@_-]{1,80}$/),
    instanceTypes: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/)).min(1),
    securityGroups: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^sg-[0-9a-f]{8,17}$/)),
    subnets: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^subnet-[0-9a-f]{8,17}$/),
        /** Logical names from securityGroups. */
        securityGroups: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()).min(1),
    })),
    dns: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ zoneId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), domain: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1) }),
    backup: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ bucket: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(3), retentionDays: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive().default(35) }),
    secrets: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ parameterPrefix: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\/[A-Za-z0-9_.\-/]+$/) }),
    rollout: rolloutSchema,
    liveness: livenessSchema,
    provision: provisionSchema.default({ firstBootMinutes: 20 }),
})
    .strict()
    .superRefine((fleet, ctx) => {
    for (const [subnet, { securityGroups }] of Object.entries(fleet.subnets)) {
        securityGroups.forEach((group, index) => {
            if (!(group in fleet.securityGroups)) {
                ctx.addIssue({
                    code: "custom",
                    input: group,
                    path: ["subnets", subnet, "securityGroups", index],
                    params: { rule: "fleet.securityGroup", known: Object.keys(fleet.securityGroups) },
                });
            }
        });
    }
});
const clinicSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(clinicIdPattern),
    name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).max(100),
    /** 10 digits, always quoted in YAML. */
    medicalInstitutionCode: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .regex(/^\d{10}$/)
        .superRefine((code, ctx) => {
        if (!/^\d{10}$/.test(code))
            return; // the pattern above has reported it
        for (const fault of (0,_institution_code_js__WEBPACK_IMPORTED_MODULE_0__/* .checkInstitutionCode */ .MK)(code))
            ctx.addIssue({ code: "custom", input: code, params: fault });
    }),
    /** Japanese prefecture name, e.g. 東京都. */
    prefecture: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_prefectures_js__WEBPACK_IMPORTED_MODULE_2__/* .prefectures */ .n),
    status: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(statuses),
    orca: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d+\.\d+\.\d+(?:-\d+)?$/),
        ring: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(rings),
    }),
    instance: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        type: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        /** A logical subnet name from fleet.yml. */
        subnet: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    }),
    /** Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00`, `daily 22:00-06:00`. */
    maintenanceWindow: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .superRefine((text, ctx) => {
        const parsed = (0,_maintenance_window_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMaintenanceWindow */ .bO)(text);
        if (!parsed.ok)
            for (const fault of parsed.faults)
                ctx.addIssue({ code: "custom", input: text, params: fault });
    })
        .meta({ pattern: _maintenance_window_js__WEBPACK_IMPORTED_MODULE_1__/* .windowShapePattern */ .o5 }),
    contact: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1), email: zod__WEBPACK_IMPORTED_MODULE_3__/* .email */ .Rpp() }),
    /**
     * Bumped by a person after terminating the clinic's instance by hand, so provisioning launches a new one: EC2
     * remembers a launch's ClientToken, and the token carries this generation (absent or 1: the original token).
     */
    launchGeneration: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(999).optional(),
})
    .strict();


/***/ })

};
