export const id = 376;
export const ids = [376];
export const modules = {

/***/ 51376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/parameter-store.ts

/** GetParameterHistory answers at most 50 versions a page. */
const historyPageSize = 50;
/** Every version of the golden-AMI parameter, oldest first; empty before the first bake. */
async function readHistory(ssm, name) {
    const history = [];
    try {
        for await (const page of (0,dist_cjs/* paginateGetParameterHistory */.b7d)({ client: ssm, pageSize: historyPageSize }, { Name: name, WithDecryption: false })) {
            for (const entry of page.Parameters ?? []) {
                if (entry.Version === undefined)
                    continue;
                history.push({ version: entry.Version, value: entry.Value ?? "", labels: entry.Labels ?? [] });
            }
        }
    }
    catch (error) {
        if (error instanceof dist_cjs/* ParameterNotFound */.TU5)
            return [];
        throw error;
    }
    return history.sort((a, b) => a.version - b.version);
}
function createParameterStore(ssm) {
    return {
        history: (name) => readHistory(ssm, name),
        async unlabel(name, entries) {
            for (const entry of entries) {
                await ssm.send(new dist_cjs/* UnlabelParameterVersionCommand */.eP$({ Name: name, ParameterVersion: entry.version, Labels: entry.labels }));
            }
        },
        async putAmi(name, amiId, description) {
            const answer = await ssm.send(new dist_cjs/* PutParameterCommand */.ihh({
                Name: name,
                Value: amiId,
                Type: "String",
                DataType: "aws:ec2:image",
                Overwrite: true,
                Description: description,
            }));
            if (answer.Version === undefined)
                throw new Error(`PutParameter on ${name} answered without a version`);
            return answer.Version;
        },
        async label(name, version, labels) {
            const answer = await ssm.send(new dist_cjs/* LabelParameterVersionCommand */.Xjy({ Name: name, ParameterVersion: version, Labels: labels }));
            return answer.InvalidLabels ?? [];
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./actions/lib/adapters/process/command-runner.ts

/** The runner on @actions/exec: the command is found on PATH, its output reaches the log only as we print it. */
const execRunner = (command, args, options) => (0,exec/* exec */.m)(command, [...args], {
    cwd: options.cwd,
    ignoreReturnCode: true,
    silent: true,
    listeners: { stdline: options.onLine, errline: options.onErrorLine },
});

// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/i18n/locale.ts
var locale = __webpack_require__(74599);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/flows/bake-ami/ami-id.ts
var ami_id = __webpack_require__(29299);
;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/messages.ts

/** Every fixed text bake-ami shows (summaries, refusals, log lines), in each locale; {name} marks a value. */
const amiMessages = {
    bakedTitle: { en: "Golden AMI baked", ja: "ゴールデン AMI を作成しました" },
    notRecordedTitle: { en: "Golden AMI not recorded", ja: "ゴールデン AMI は記録されていません" },
    keptImage: {
        en: "{parameter} is unchanged: provisioning keeps launching from the image it had.",
        ja: "{parameter} は変更していません。プロビジョニングはこれまでのイメージから起動し続けます。",
    },
    colThisBake: { en: "This bake", ja: "今回のベイク" },
    rowAmi: { en: "AMI", ja: "AMI" },
    rowParameter: { en: "Parameter", ja: "パラメータ" },
    rowLabels: { en: "Labels", ja: "ラベル" },
    rowSourceCommit: { en: "Source commit", ja: "ソースコミット" },
    rowBefore: { en: "Before", ja: "以前" },
    parameterVersion: { en: "{parameter} version {version}", ja: "{parameter} バージョン {version}" },
    noEarlierVersion: { en: "no earlier version", ja: "以前のバージョンはありません" },
    rollBackWith: {
        en: "version {version} ({value}); roll back with `rollback-to: {version}`",
        ja: "バージョン {version}（{value}）。`rollback-to: {version}` で戻せます",
    },
    pruned: {
        en: "The history holds {size} of AWS's {max} versions. So that the next bakes can still write, build labels were taken off versions that are neither current nor among the newest builds:",
        ja: "履歴は AWS の上限 {max} バージョンのうち {size} を使っています。次のベイクも書き込めるよう、現行でも最新のビルドでもないバージョンからビルドラベルを外しました:",
    },
    colVersion: { en: "Version", ja: "バージョン" },
    colLabelsTakenOff: { en: "Labels taken off", ja: "外したラベル" },
    rollbackRefusedTitle: { en: "Rollback refused", ja: "ロールバックを中止しました" },
    unchanged: { en: "{parameter} is unchanged.", ja: "{parameter} は変更していません。" },
    movedTitle: { en: "{label} moved to version {version}", ja: "{label} をバージョン {version} に移しました" },
    alreadyTitle: { en: "{label} already on version {version}", ja: "{label} はすでにバージョン {version} にあります" },
    rollbackState: {
        en: "{parameter}: {value}, before: {from}. Running instances keep their image.",
        ja: "{parameter}: {value}（以前: {from}）。稼働中のインスタンスのイメージは変わりません。",
    },
    fromNone: { en: "no version", ja: "なし" },
    fromVersion: { en: "version {version} ({value})", ja: "バージョン {version}（{value}）" },
    nobodyWaiting: {
        en: "No clinic is waiting for an instance: the next one to be added launches from it.",
        ja: "インスタンスを待っているクリニックはありません。次に追加されるクリニックがこのイメージから起動します。",
    },
    launchingNext: {
        en: "These clinics have no instance yet and would launch on it next:",
        ja: "次のクリニックはまだインスタンスがなく、次にこのイメージから起動します:",
    },
    colClinic: { en: "Clinic", ja: "クリニック" },
    rollbackLog: {
        en: "{label} → version {version} ({value}); clinics that would launch on it next: {clinics}",
        ja: "{label} → バージョン {version}（{value}）。次にこのイメージから起動するクリニック: {clinics}",
    },
    none: { en: "none", ja: "なし" },
    packerInitFailed: {
        en: "packer init failed (exit code {exitCode}); see its output above",
        ja: "packer init が失敗しました（終了コード {exitCode}）。上の出力を確認してください",
    },
    buildFailed: {
        en: "packer build failed (exit code {exitCode})",
        ja: "packer build が失敗しました（終了コード {exitCode}）",
    },
    buildFailedWith: {
        en: "packer build failed (exit code {exitCode}): {errors}",
        ja: "packer build が失敗しました（終了コード {exitCode}）: {errors}",
    },
    sourceStream: { en: "the build's artifact lines", ja: "ビルドの artifact 行" },
    sourceManifest: { en: "the manifest's last run", ja: "マニフェストの最後の実行" },
    otherRegion: {
        en: "{source}: {amis}, but the fleet's region is {region}",
        ja: "{source}: {amis}。フリートのリージョンは {region} です",
    },
    noArtifact: { en: "{source}: no artifact", ja: "{source}: artifact がありません" },
    manyAmis: {
        en: "{source}: {count} AMIs ({ids}), not one",
        ja: "{source}: AMI が1つではなく {count} 個あります（{ids}）",
    },
    notAmiId: {
        en: '{source}: "{value}" is not an AMI id (ami- and 8 to 17 hex digits)',
        ja: "{source}: 「{value}」は AMI ID ではありません（ami- と 8〜17 桁の16進数）",
    },
    noManifest: {
        en: "packer wrote no manifest (packer-manifest.json)",
        ja: "packer がマニフェスト（packer-manifest.json）を書きませんでした",
    },
    manifestNotJson: { en: "the manifest is not JSON: {detail}", ja: "マニフェストが JSON ではありません: {detail}" },
    manifestShape: {
        en: "the manifest has an unexpected shape: {detail}",
        ja: "マニフェストの形式が想定と異なります: {detail}",
    },
    amiMismatch: {
        en: "the artifact lines name {stream} but the manifest names {manifest}",
        ja: "artifact 行は {stream}、マニフェストは {manifest} を示しており、一致しません",
    },
    parameterUnchanged: { en: "{reason}; {parameter} is unchanged", ja: "{reason}。{parameter} は変更していません" },
    historyBlocked: {
        en: "version {version}, the oldest of {count}, is labelled {labels}, so AWS cannot drop it to make room; move them to a newer version (bake-ami's rollback-to input moves {currentLabel}) and bake again",
        ja: "最も古いバージョン {version}（全 {count} 件）にラベル {labels} が付いているため、AWS はこれを削除して空きを作れません。ラベルを新しいバージョンに移して（{currentLabel} は bake-ami の rollback-to 入力で移せます）、もう一度ベイクしてください",
    },
    imageNotRecorded: {
        en: "{reason}; the new image {amiId} is not recorded",
        ja: "{reason}。新しいイメージ {amiId} は記録していません",
    },
    noSuchVersion: {
        en: 'no version of the parameter is "{selector}"; give a version number or a label',
        ja: "パラメータに「{selector}」というバージョンはありません。バージョン番号かラベルを指定してください",
    },
    noSuchVersionExamples: {
        en: 'no version of the parameter is "{selector}"; give a version number or a label, e.g. one of: {examples}',
        ja: "パラメータに「{selector}」というバージョンはありません。バージョン番号かラベルを指定してください（例: {examples}）",
    },
    labelsRefused: {
        en: 'Parameter Store refused to put {labels} on {parameter} version {version}: labels use letters, digits, ".", "_" and "-", and may not start with a digit, "aws" or "ssm"',
        ja: "Parameter Store が {parameter} バージョン {version} のラベル {labels} を受け付けませんでした。ラベルに使えるのは英数字と「.」「_」「-」で、数字・「aws」・「ssm」で始めることはできません",
    },
};
/** A bake-ami message as data (`note("noArtifact", { source })`), rendered in the fleet's locale where it is shown. */
const note = (0,message/* messageMaker */.k7)(amiMessages);

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/artifact.ts



const manifestSchema = schemas/* object */.Ikc({
    builds: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP(), artifact_id: schemas/* string */.YjP(), packer_run_uuid: schemas/* string */.YjP() })),
    last_run_uuid: schemas/* string */.YjP(),
});
/** The AMI ids in an amazon-ebs artifact id (`ap-northeast-1:ami-…`, comma-separated per region), by region. */
function amiIdsIn(artifactId) {
    return artifactId.split(",").map((entry) => {
        const at = entry.lastIndexOf(":");
        return { region: entry.slice(0, at), amiId: entry.slice(at + 1) };
    });
}
function distinctAmis(artifactIds, region, source) {
    const entries = artifactIds.flatMap(amiIdsIn);
    const elsewhere = entries.filter((entry) => entry.region !== region);
    if (elsewhere.length > 0) {
        const amis = [...new Set(elsewhere.map((entry) => `${entry.amiId} (${entry.region || "-"})`))].join(", ");
        return { ok: false, reason: note("otherRegion", { source, amis, region }) };
    }
    const ids = [...new Set(entries.map((entry) => entry.amiId))];
    if (ids.length === 0)
        return { ok: false, reason: note("noArtifact", { source }) };
    if (ids.length > 1)
        return { ok: false, reason: note("manyAmis", { source, count: ids.length, ids: ids.join(", ") }) };
    const [amiId] = ids;
    if (amiId === undefined || !ami_id/* amiIdPattern */.H.test(amiId)) {
        return { ok: false, reason: note("notAmiId", { source, value: amiId ?? "" }) };
    }
    return { ok: true, amiId };
}
/**
 * The one AMI of a successful build: the stream's artifact lines and the manifest's last run must each name
 * exactly one AMI in the fleet's region, and the same one. Anything else is a reason to leave the parameter alone.
 */
function amiFromBuild(input) {
    const { exitCode, result, manifestText, region } = input;
    if (exitCode !== 0 || result.errors.length > 0) {
        const errors = result.errors.map((error) => `${error.target}: ${error.message}`).join("; ");
        return {
            ok: false,
            reason: errors ? note("buildFailedWith", { exitCode, errors }) : note("buildFailed", { exitCode }),
        };
    }
    // The manifest post-processor hands the builder's artifact on, so the stream lists the same AMI twice.
    const fromStream = distinctAmis(result.artifacts.flatMap((artifact) => (artifact.id === undefined ? [] : [artifact.id])), region, note("sourceStream"));
    if (!fromStream.ok)
        return fromStream;
    if (manifestText === undefined)
        return { ok: false, reason: note("noManifest") };
    let manifestJson;
    try {
        manifestJson = JSON.parse(manifestText);
    }
    catch (error) {
        return {
            ok: false,
            reason: note("manifestNotJson", { detail: error instanceof Error ? error.message : String(error) }),
        };
    }
    const manifest = manifestSchema.safeParse(manifestJson);
    if (!manifest.success)
        return { ok: false, reason: note("manifestShape", { detail: manifest.error.message }) };
    // The manifest post-processor appends to an existing file: only this run's builds count.
    const thisRun = manifest.data.builds.filter((build) => build.packer_run_uuid === manifest.data.last_run_uuid);
    const fromManifest = distinctAmis(thisRun.map((build) => build.artifact_id), region, note("sourceManifest"));
    if (!fromManifest.ok)
        return fromManifest;
    if (fromManifest.amiId !== fromStream.amiId) {
        return { ok: false, reason: note("amiMismatch", { stream: fromStream.amiId, manifest: fromManifest.amiId }) };
    }
    return fromStream;
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/build-result.ts
/** Folds the stream's artifact and error lines into a result; other lines carry progress only. */
function collectBuild(lines) {
    const artifacts = new Map();
    const errors = [];
    for (const line of lines) {
        if (line.type === "error")
            errors.push({ target: line.target, message: line.data.join(",") });
        if (line.type !== "artifact")
            continue;
        const [index, key, value] = line.data;
        if (index === undefined || !/^\d+$/.test(index) || value === undefined)
            continue;
        const mapKey = `${line.target}\u0000${index}`;
        const artifact = artifacts.get(mapKey) ?? { target: line.target, index: Number(index) };
        if (key === "builder-id")
            artifact.builderId = value;
        if (key === "id")
            artifact.id = value;
        artifacts.set(mapKey, artifact);
    }
    return { artifacts: [...artifacts.values()], errors };
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/history.ts
const buildLabelPrefix = "build-";
/**
 * The label of one bake: the workflow run and its attempt, so a re-run gets its own label. Parameter Store labels
 * may not start with a digit, hence the prefix.
 */
function buildLabel(runId, runAttempt) {
    return `${buildLabelPrefix}${runId}-${runAttempt}`;
}
function isBuildLabel(label) {
    return label.startsWith(buildLabelPrefix);
}
/** The version that carries the label, if any (a label sits on one version at a time). */
function versionWithLabel(history, label) {
    return history.find((entry) => entry.labels.includes(label));
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/label-plan.ts

/** AWS keeps 100 versions of a parameter; PutParameter fails when the oldest, about to go, has a label. */
const maxParameterVersions = 100;
const defaultPrunePolicy = { keepBuilds: 5, headroom: 10 };
/**
 * Which build labels to take off so the parameter's history stays writable. Only versions that AWS will drop
 * within the next `headroom` bakes are considered, and of them only those that are neither current nor among the
 * newest `keepBuilds` builds. Labels other than build labels are never taken off; if one sits on the version the
 * next write drops, the plan says the write is blocked. Pure.
 */
function planPruning(history, policy) {
    const sorted = [...history].sort((a, b) => a.version - b.version);
    const builds = sorted.filter((entry) => entry.labels.some(isBuildLabel));
    const protectedVersions = new Set([
        ...sorted.filter((entry) => entry.labels.includes(policy.currentLabel)).map((entry) => entry.version),
        ...builds.slice(Math.max(0, builds.length - policy.keepBuilds)).map((entry) => entry.version),
    ]);
    const atRisk = sorted.slice(0, Math.max(0, sorted.length + policy.headroom - maxParameterVersions));
    const unlabel = atRisk
        .filter((entry) => !protectedVersions.has(entry.version))
        .map((entry) => ({ version: entry.version, labels: entry.labels.filter(isBuildLabel) }))
        .filter((entry) => entry.labels.length > 0);
    const plan = { unlabel, protectedVersions: [...protectedVersions].sort((a, b) => a - b) };
    const oldest = sorted[0];
    if (oldest !== undefined && sorted.length >= maxParameterVersions) {
        const taken = new Set(unlabel.find((entry) => entry.version === oldest.version)?.labels ?? []);
        const left = oldest.labels.filter((label) => !taken.has(label));
        if (left.length > 0) {
            plan.blocked = { version: oldest.version, historySize: sorted.length, labels: left };
        }
    }
    return plan;
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/machine-readable.ts
/** Undoes Packer's escapes in one field. */
function unescapeField(field) {
    return field.replaceAll("%!(PACKER_COMMA)", ",").replaceAll("\\r", "\r").replaceAll("\\n", "\n");
}
/** One line of the stream, or undefined when it is not in the machine-readable form (e.g. a plugin's stray print). */
function parseMachineLine(line) {
    const [timestamp, target, type, ...data] = line.replace(/\r?\n?$/, "").split(",");
    if (timestamp === undefined || !/^\d+$/.test(timestamp) || target === undefined || !type)
        return undefined;
    return { timestamp: Number(timestamp), target, type, data: data.map(unescapeField) };
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/move-labels.ts


/** Puts the labels on the version; labels Parameter Store refuses stop the flow with a message saying which. */
async function moveLabels(parameters, parameter, version, labels) {
    const refused = await parameters.label(parameter, version, labels);
    if (refused.length > 0) {
        throw new message/* MessageError */.M(note("labelsRefused", { labels: refused.join(", "), parameter, version }));
    }
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/progress.ts
/**
 * Turns a stream line into log output: each `==> target: step` starts a group that holds the step's messages;
 * a build's `error` line becomes an error annotation. Artifact and count lines are summarised elsewhere.
 */
function progressOf(line, raw) {
    if (line === undefined)
        return raw.trim() === "" ? [] : [{ kind: "line", text: raw }];
    if (line.type === "error")
        return [{ kind: "error", text: `${line.target}: ${line.data.join(",")}` }];
    if (line.type !== "ui")
        return [];
    const [, ...parts] = line.data;
    const text = parts.join(",").replace(/^\n+/, "").trimEnd();
    if (text === "")
        return [];
    const step = /^==> (.*)$/s.exec(text);
    return step?.[1] === undefined ? [{ kind: "line", text }] : [{ kind: "step", title: step[1] }];
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/bake.ts









/** Writes the stream to the log as it comes: a group per Packer step, errors as annotations. */
function progressPrinter(log) {
    let open = false;
    const close = () => {
        if (open)
            log.endGroup();
        open = false;
    };
    return {
        onLine(raw) {
            const line = parseMachineLine(raw);
            for (const event of progressOf(line, raw)) {
                if (event.kind === "step") {
                    close();
                    log.startGroup(event.title);
                    open = true;
                }
                else if (event.kind === "error") {
                    log.error(event.text);
                }
                else {
                    log.info(event.text);
                }
            }
            return line;
        },
        close,
    };
}
async function readIfPresent(path) {
    try {
        return await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error instanceof Error && "code" in error && error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
function blockedNote(blocked, currentLabel) {
    return note("historyBlocked", {
        version: blocked.version,
        count: blocked.historySize,
        labels: blocked.labels.join(", "),
        currentLabel,
    });
}
/** Plans label pruning on the parameter's current history; a blocked plan refuses before anything is written. */
async function pruningFor(deps, request) {
    const history = await deps.parameters.history(request.parameter);
    const plan = planPruning(history, {
        ...defaultPrunePolicy,
        currentLabel: request.currentLabel,
        keepBuilds: request.keepBuilds,
    });
    return { history, plan };
}
/**
 * Builds the golden AMI and records it: packer init and build, the AMI id checked from the stream and the
 * manifest, old build labels taken off when the history nears its limit, then a new parameter version labelled
 * with this build and `current`. Anything wrong before the write leaves the parameter as it was.
 */
async function bake(deps, request) {
    const { log } = deps;
    // Refuse before a 20-minute build when its result could not be written.
    const before = await pruningFor(deps, request);
    if (before.plan.blocked) {
        return { status: "refused", reason: blockedNote(before.plan.blocked, request.currentLabel) };
    }
    const passthrough = {
        cwd: request.templateDir,
        onLine: (line) => log.info(line),
        onErrorLine: (line) => log.info(line),
    };
    log.startGroup("packer init");
    const initCode = await deps.runPacker("packer", ["init", "."], passthrough).finally(() => log.endGroup());
    if (initCode !== 0)
        return { status: "refused", reason: note("packerInitFailed", { exitCode: initCode }) };
    const printer = progressPrinter(log);
    const lines = [];
    const args = [
        "build",
        "-machine-readable",
        "-var",
        `region=${request.region}`,
        "-var",
        `source_commit=${request.sourceCommit}`,
        "-var",
        `manifest_path=${request.manifestPath}`,
        ".",
    ];
    const exitCode = await deps
        .runPacker("packer", args, {
        cwd: request.templateDir,
        onLine: (raw) => {
            const line = printer.onLine(raw);
            if (line !== undefined)
                lines.push(line);
        },
        onErrorLine: (line) => log.info(line),
    })
        .finally(() => printer.close());
    const ami = amiFromBuild({
        exitCode,
        result: collectBuild(lines),
        manifestText: await readIfPresent(request.manifestPath),
        region: request.region,
    });
    if (!ami.ok) {
        return {
            status: "refused",
            reason: note("parameterUnchanged", { reason: ami.reason, parameter: request.parameter }),
        };
    }
    // Plan again: the history may have moved during the build.
    const { history, plan } = await pruningFor(deps, request);
    if (plan.blocked) {
        const reason = blockedNote(plan.blocked, request.currentLabel);
        return { status: "refused", reason: note("imageNotRecorded", { reason, amiId: ami.amiId }) };
    }
    await deps.parameters.unlabel(request.parameter, plan.unlabel);
    const version = await deps.parameters.putAmi(request.parameter, ami.amiId, `golden AMI from ${request.sourceCommit} (${request.buildLabel})`);
    const labels = [request.buildLabel, request.currentLabel];
    await moveLabels(deps.parameters, request.parameter, version, labels);
    const previous = versionWithLabel(history, request.currentLabel);
    return {
        status: "baked",
        amiId: ami.amiId,
        version,
        labels,
        ...(previous === undefined ? {} : { previous }),
        pruned: plan.unlabel,
        historySize: Math.min(history.length + 1, maxParameterVersions),
    };
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/plan.ts
var provision_plan = __webpack_require__(61589);
;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/rollback.ts





/** The version a `rollback-to` value names: a version number, or a label such as build-1234-1. Pure. */
function resolveRollbackTarget(history, selector, currentLabel) {
    const target = /^\d+$/.test(selector)
        ? history.find((entry) => entry.version === Number(selector))
        : versionWithLabel(history, selector);
    if (target === undefined) {
        const labelled = history
            .filter((entry) => entry.labels.length > 0)
            .slice(-10)
            .map((entry) => `${entry.version} (${entry.labels.join(", ")})`);
        return {
            ok: false,
            reason: labelled.length > 0
                ? note("noSuchVersionExamples", { selector, examples: labelled.join("; ") })
                : note("noSuchVersion", { selector }),
        };
    }
    const current = versionWithLabel(history, currentLabel);
    return { ok: true, target, ...(current === undefined ? {} : { current }) };
}
/**
 * Moves `current` to an earlier (or any existing) version instead of building, after showing which clinics
 * would launch on it next. Running instances keep their image; only launches to come are affected.
 */
async function rollback(deps, request) {
    const resolved = resolveRollbackTarget(await deps.parameters.history(request.parameter), request.selector, request.currentLabel);
    if (!resolved.ok)
        return { status: "refused", reason: resolved.reason };
    const { target, current } = resolved;
    const plan = (0,provision_plan/* planProvision */.f)({ clinics: request.clinics, instances: await deps.ec2.inventory(), clock: deps.clock });
    const launchingNext = plan.create.map((entry) => entry.clinic.id);
    const clinics = launchingNext.length > 0 ? launchingNext.join(", ") : note("none");
    deps.log.info((0,message/* render */.XX)(note("rollbackLog", { label: request.currentLabel, version: target.version, value: target.value, clinics }), deps.locale));
    const from = current === undefined ? {} : { from: current };
    if (current?.version === target.version)
        return { status: "unchanged", target, launchingNext, ...from };
    await moveLabels(deps.parameters, request.parameter, target.version, [request.currentLabel]);
    return { status: "moved", target, launchingNext, ...from };
}

// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/summary.ts




const code = (text) => `\`${text.replaceAll("`", "")}\``;
function sayer(locale) {
    return (key, values) => (0,message/* render */.XX)(note(key, values), locale);
}
/** A refused bake or rollback: the title, why (text from Packer and AWS echoed inert), and what stayed as it was. */
function refusal(locale, title, reason, kept, parameter) {
    const t = sayer(locale);
    return [`## ${t(title)}`, "", (0,message/* render */.XX)(reason, locale, markdown/* inert */.tJ), "", t(kept, { parameter: code(parameter) })].join("\n");
}
/** The job summary of a bake, in the fleet's locale: what was recorded where, what was pruned, or why nothing was. */
function renderBakeSummary(outcome, context, locale) {
    if (outcome.status === "refused")
        return refusal(locale, "notRecordedTitle", outcome.reason, "keptImage", context.parameter);
    const t = sayer(locale);
    const rows = [
        [t("rowAmi"), code(outcome.amiId)],
        [t("rowParameter"), t("parameterVersion", { parameter: code(context.parameter), version: outcome.version })],
        [t("rowLabels"), outcome.labels.map(code).join(", ")],
        [t("rowSourceCommit"), code(context.sourceCommit)],
        [
            t("rowBefore"),
            outcome.previous === undefined
                ? t("noEarlierVersion")
                : t("rollBackWith", { version: outcome.previous.version, value: code(outcome.previous.value) }),
        ],
    ];
    const pruned = outcome.pruned.length === 0
        ? []
        : [
            "",
            t("pruned", { size: outcome.historySize, max: maxParameterVersions }),
            "",
            (0,markdown/* table */.tp)([t("colVersion"), t("colLabelsTakenOff")], outcome.pruned.map((entry) => [String(entry.version), entry.labels.map(code).join(", ")])),
        ];
    return [`## ${t("bakedTitle")}`, "", (0,markdown/* table */.tp)(["", t("colThisBake")], rows), ...pruned].join("\n");
}
/** The job summary of a rollback, in the fleet's locale: where `current` went and who launches on it next. */
function renderRollbackSummary(outcome, context, locale) {
    if (outcome.status === "refused")
        return refusal(locale, "rollbackRefusedTitle", outcome.reason, "unchanged", context.parameter);
    const t = sayer(locale);
    const title = t(outcome.status === "moved" ? "movedTitle" : "alreadyTitle", {
        label: code(context.label),
        version: outcome.target.version,
    });
    const from = outcome.from === undefined
        ? t("fromNone")
        : t("fromVersion", { version: outcome.from.version, value: code(outcome.from.value) });
    const next = outcome.launchingNext.length === 0
        ? t("nobodyWaiting")
        : `${t("launchingNext")}\n\n${(0,markdown/* table */.tp)([t("colClinic")], outcome.launchingNext.map((id) => [code(id)]))}`;
    return [
        `## ${title}`,
        "",
        t("rollbackState", { parameter: code(context.parameter), value: code(outcome.target.value), from }),
        "",
        next,
    ].join("\n");
}

;// CONCATENATED MODULE: ./actions/lib/flows/bake-ami/golden-ami.ts







/** The bake-ami action's build: a new golden AMI recorded as the parameter's `current`, or why it is not. */
async function bakeGoldenAmi(deps, settings) {
    const { fleet } = await (0,usable_fleet/* readFleetRegistry */.y4)(settings.clinics, deps.log, false);
    const { parameter, label } = fleet.ami;
    const outcome = await (0,message/* inLocale */.Ud)(fleet.locale, () => bake({ parameters: deps.aws(fleet.region).parameters, runPacker: deps.runPacker, log: deps.log }, {
        templateDir: settings.templateDir,
        region: fleet.region,
        parameter,
        currentLabel: label,
        buildLabel: buildLabel(settings.runId, settings.runAttempt),
        keepBuilds: settings.keepBuilds,
        sourceCommit: settings.sourceCommit,
        manifestPath: (0,external_node_path_.join)(settings.workDir, "packer-manifest.json"),
    }));
    const summary = renderBakeSummary(outcome, { parameter, sourceCommit: settings.sourceCommit }, fleet.locale);
    if (outcome.status === "refused")
        return { outputs: {}, summary, failure: (0,message/* render */.XX)(outcome.reason, fleet.locale) };
    return { outputs: { "ami-id": outcome.amiId, "parameter-version": outcome.version }, summary };
}
/** The bake-ami action's rollback: `current` moved to an earlier version, after saying who launches on it next. */
async function rollbackGoldenAmi(deps, settings) {
    const { fleet, clinics } = await (0,usable_fleet/* readFleetRegistry */.y4)(settings.clinics, deps.log, false);
    const { parameter, label } = fleet.ami;
    const aws = deps.aws(fleet.region);
    const outcome = await (0,message/* inLocale */.Ud)(fleet.locale, () => rollback({ parameters: aws.parameters, ec2: aws.ec2, log: deps.log, clock: deps.clock, locale: fleet.locale }, { parameter, currentLabel: label, selector: settings.selector, clinics }));
    const summary = renderRollbackSummary(outcome, { parameter, label }, fleet.locale);
    if (outcome.status === "refused")
        return { outputs: {}, summary, failure: (0,message/* render */.XX)(outcome.reason, fleet.locale) };
    return { outputs: { "ami-id": outcome.target.value, "parameter-version": outcome.target.version }, summary };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/bake-ami/inputs.ts



function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const rollbackTo = input.read("rollback-to", (0,inputs/* optional */.lq)(schemas/* string */.YjP().regex(/^(?:\d+|[A-Za-z][A-Za-z0-9._-]{0,99})$/)), "empty, a version number, or a label (letters, digits, '.', '_', '-', starting with a letter)");
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        template: input.read("template", schemas/* string */.YjP().min(1), "the Packer template folder, e.g. packer"),
        ...(rollbackTo === undefined ? {} : { rollbackTo }),
        keepBuilds: input.read("keep-builds", coerce/* number */.ai().int().min(1).max(50), "a whole number from 1 to 50"),
        sourceCommit: (0,inputs/* readSourceCommit */.dk)(input),
        runId: input.env("GITHUB_RUN_ID", schemas/* string */.YjP().regex(/^\d+$/), "the run's number"),
        runAttempt: input.env("GITHUB_RUN_ATTEMPT", schemas/* string */.YjP().regex(/^\d+$/), "the attempt's number"),
    };
}

;// CONCATENATED MODULE: ./actions/bake-ami/main.ts














async function run() {
    try {
        const inputs = getInputs();
        const deps = {
            aws: (region) => {
                const { ec2, ssm } = (0,clients/* createAwsClients */.G)({ region });
                return { ec2: (0,ec2_inventory/* createEc2Fleet */.nA)(ec2), parameters: createParameterStore(ssm) };
            },
            log: core,
            clock: ports/* systemClock */.ml,
            runPacker: execRunner,
        };
        const report = inputs.rollbackTo === undefined
            ? await bakeGoldenAmi(deps, {
                ...inputs,
                templateDir: (0,external_node_path_.resolve)(inputs.template),
                workDir: await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), "bake-ami-")),
            })
            : await rollbackGoldenAmi(deps, { clinics: inputs.clinics, selector: inputs.rollbackTo });
        await (0,flow_report/* publishReport */.S3)(report, core);
    }
    catch (error) {
        core.setFailed((0,message/* describeError */.Uc)(error, locale/* defaultLocale */.q));
    }
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

/***/ 29299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ amiIdPattern)
/* harmony export */ });
/** An AMI id as EC2 writes it: `ami-` and 8 (older) or 17 hex digits. */
const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;


/***/ }),

/***/ 61589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ planProvision)
/* harmony export */ });
/** Compares the desired state (clinic files) with the actual state (tagged instances). Pure. */
function planProvision(input) {
    const byClinic = new Map();
    for (const instance of input.instances) {
        const list = byClinic.get(instance.clinicId) ?? [];
        list.push(instance);
        byClinic.set(instance.clinicId, list);
    }
    const plan = {
        plannedAt: input.clock.now().toISOString(),
        create: [],
        suspended: [],
        retired: [],
        orphans: [],
        present: [],
    };
    const known = new Set();
    for (const loaded of [...input.clinics].sort((a, b) => a.clinic.id.localeCompare(b.clinic.id))) {
        // A second file with the same id is the registry's problem to report; the first one counts here.
        if (known.has(loaded.clinic.id))
            continue;
        known.add(loaded.clinic.id);
        const instances = byClinic.get(loaded.clinic.id) ?? [];
        const planned = { ...loaded, instances };
        switch (loaded.clinic.status) {
            case "active":
                if (instances.length === 0)
                    plan.create.push(loaded);
                else
                    plan.present.push(planned);
                break;
            case "suspended":
                plan.suspended.push(planned);
                break;
            case "retired":
                if (instances.length > 0)
                    plan.retired.push(planned);
                break;
        }
    }
    plan.orphans = input.instances
        .filter((instance) => !known.has(instance.clinicId))
        .sort((a, b) => a.instanceId.localeCompare(b.instanceId));
    return plan;
}


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


/***/ })

};
