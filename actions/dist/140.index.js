export const id = 140;
export const ids = [140];
export const modules = {

/***/ 18466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mE: () => (/* binding */ createSsmCommands)
});

// UNUSED EXPORTS: SendOutcomeUnknown, defaultBackoff, idsPerSend

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./actions/lib/core/instance-id.ts

/** An EC2 instance id (or a hybrid managed node's mi- id), as SSM reports it. */
const instanceIdSchema = schemas/* string */.YjP()
    .regex(/^(i|mi)-[0-9a-f]{8,17}$/, "an EC2 instance id like i-0123456789abcdef0");

;// CONCATENATED MODULE: ./actions/lib/core/update-result.ts


/**
 * The orca-update document's result line (contract v2): how one server's update ended, what it backed up, how long
 * each step took and which masters are still behind. result-line.ts puts it beside the v1 lines in one union.
 */
/** How an update ended. Only the first two leave nothing for a person to do. */
const updateStatuses = [
    // The target release runs and its database structure is current (Local = New).
    "updated",
    // The server was already at the target with a current database structure: nothing was touched.
    "already-current",
    // Another orca-update holds the server's lock (SSM delivered the command twice): nothing was touched.
    "busy",
    // A check before any change failed (disk, services, release not offered, API down): nothing was touched.
    "preflight-failed",
    // A step after the backup failed; the previous release and the backed-up data run again.
    "rolled-back",
    // The roll-back itself failed: the server needs a person now.
    "rollback-failed",
];
const updateStatusSchema = schemas/* enum */.k5n(updateStatuses);
/** The document's steps, in order; durations and the step reached use these names. */
const updateSteps = ["lock", "preflight", "backup", "update", "postcheck", "rollback"];
const updateStepSchema = schemas/* enum */.k5n(updateSteps);
function updateSucceeded(status) {
    return status === "updated" || status === "already-current";
}
const release = schemas/* string */.YjP().regex(/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/, "a release number like 5.2.1");
const updateBackupSchema = schemas/* strictObject */.rej({
    /** The S3 object key under the clinic's prefix (the bucket is the document's parameter). */
    key: schemas/* string */.YjP().min(1).max(1024),
    bytes: schemas/* int */.Whr().positive(),
    sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, "a SHA-256 as 64 lowercase hex digits"),
});
const updateResultSchema = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(2),
    document: schemas/* literal */.euz("orca-update"),
    instanceId: instanceIdSchema,
    ok: schemas/* boolean */.zMY(),
    status: updateStatusSchema,
    target: release,
    /** The release ORCA answered before anything changed; null when its API did not answer. */
    releaseBefore: release.nullable(),
    /** The release ORCA answered at the end; null when its API did not answer. */
    releaseAfter: release.nullable(),
    /** The step the run ended in: the failing one for preflight-failed, rolled-back and rollback-failed. */
    step: updateStepSchema,
    /** Why the run did not update, in one line; null for updated and already-current. */
    reason: schemas/* string */.YjP().min(1).max(300).nullable(),
    /** Why the roll-back failed; set only for rollback-failed. */
    rollbackReason: schemas/* string */.YjP().min(1).max(300).nullable(),
    /** The step an interrupted earlier run had reached, when this run resumed or rolled back from its marker. */
    resumedFrom: updateStepSchema.nullable(),
    /** The backup this run made (or the interrupted run it resumed made); null before the backup step. */
    backup: updateBackupSchema.nullable(),
    /** The database that failed the update, kept under this name after a roll-back (never dropped). */
    failedDatabase: schemas/* string */.YjP()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, "a PostgreSQL database name")
        .nullable(),
    /** Wall time of each step that ran, in milliseconds. */
    durationsMs: schemas/* partialRecord */.jgl(updateStepSchema, schemas/* int */.Whr().nonnegative()),
    /** Masters whose Local and New versions differ after the run (ORCA's master update is not automated). */
    mastersBehind: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(60)).max(60),
    /** The whole log on the server; SSM keeps only the first 2,500 characters of the output. */
    log: schemas/* string */.YjP().regex(/^\/[A-Za-z0-9._/-]+$/, "an absolute path"),
    /** When the run ended, UTC. */
    at: iso/* datetime */.w$(),
})
    .refine((r) => (r.reason === null) === updateSucceeded(r.status), {
    message: "reason must be set exactly when the status is not updated or already-current",
    path: ["reason"],
})
    .refine((r) => (r.rollbackReason !== null) === (r.status === "rollback-failed"), {
    message: "rollbackReason must be set exactly when the status is rollback-failed",
    path: ["rollbackReason"],
})
    .refine((r) => r.status !== "updated" || r.releaseAfter === r.target, {
    message: "an updated server runs the target release",
    path: ["releaseAfter"],
});

;// CONCATENATED MODULE: ./actions/lib/core/result-line.ts



/**
 * The result-line contract: the last line that every toolkit SSM document prints on stdout, a marker followed by
 * one JSON object. Actions read it from command output; the local cloud's simulated agents print it; the documents'
 * own tests check the real scripts against it. Bump `v` (and keep parsing the old one) when a field changes meaning.
 */
const resultMarker = "ORCA_FLEET_RESULT";
/**
 * v1: orca-healthcheck and orca-restart (their lines still say v1 and are still read). v2: adds orca-update, and
 * orca-healthcheck's v2 line with what the liveness sweep must know (services, masters, certificate, disk). A reader
 * of v2 reads both.
 */
const contractVersion = 2;
/** How one liveness probe of ORCA's systeminfv2 API ended. Only `healthy` is good. */
const probeStatuses = [
    "healthy",
    // Api_Result other than 0000 and not a clock problem (e.g. 0003 database management info unreadable, 0089).
    "api-error",
    // Api_Result 0005 (request ahead of the server clock) or 0006 (30 minutes or more apart).
    "clock-skew",
    // Api_Result 0000, but Database_Information Local and New versions differ: an update did not finish.
    "schema-mismatch",
    // Api_Result 0000 and the schema agrees, but masters' Local and New versions differ: their master update has not
    // been run (an operation of ORCA's own screens; reported, never "healed"). Only in v2 healthcheck lines.
    "masters-behind",
    // An HTTP answer other than 200.
    "http-error",
    // No HTTP answer: connection refused or closed, TLS failure.
    "unreachable",
    // No answer within the probe's timeout.
    "timeout",
    // HTTP 200 without a readable Api_Result.
    "bad-answer",
];
const probeStatusSchema = schemas/* enum */.k5n(probeStatuses);
const instanceId = instanceIdSchema;
/** What one systeminfv2 probe saw; `null` where the answer did not carry the field. */
const probeFields = {
    status: probeStatusSchema,
    httpStatus: schemas/* int */.Whr().min(100).max(599).nullable(),
    apiResult: schemas/* string */.YjP()
        .regex(/^[0-9]{2,4}$/, "ORCA's Api_Result: 2-4 digits")
        .nullable(),
    apiResultMessage: schemas/* string */.YjP().max(500).nullable(),
    /** Jma_Receipt_Version as ORCA prints it, e.g. "050200-1". */
    jmaReceiptVersion: schemas/* string */.YjP().max(40).nullable(),
    /** The same as a release number, e.g. "5.2.0". */
    version: schemas/* string */.YjP()
        .regex(/^[0-9]+\.[0-9]+\.[0-9]+$/, "a release number like 5.2.0")
        .nullable(),
    databaseLocalVersion: schemas/* string */.YjP().max(40).nullable(),
    databaseNewVersion: schemas/* string */.YjP().max(40).nullable(),
    /** Wall time of the probe's HTTP request. */
    elapsedMs: schemas/* int */.Whr().nonnegative(),
    /** When the probe ran, UTC. */
    at: iso/* datetime */.w$(),
};
const healthcheckResultSchema = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(1),
    document: schemas/* literal */.euz("orca-healthcheck"),
    instanceId,
    ok: schemas/* boolean */.zMY(),
    ...probeFields,
});
/** v2 of orca-healthcheck: the probe plus what the instance itself says. `null` where it could not be read. */
const healthcheckResultV2Schema = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(2),
    document: schemas/* literal */.euz("orca-healthcheck"),
    instanceId,
    ok: schemas/* boolean */.zMY(),
    ...probeFields,
    /** `systemctl is-active` of jma-receipt-weborca and of postgresql. */
    services: schemas/* strictObject */.rej({ orca: schemas/* boolean */.zMY(), postgresql: schemas/* boolean */.zMY() }),
    /** The server's clock as systeminfv2 answered it (Japan time, as ORCA prints it). */
    serverTime: schemas/* string */.YjP().max(40).nullable(),
    /** Masters whose Local_Version differs from New_Version: the count, and at most 40 names. */
    masters: schemas/* strictObject */.rej({
        behind: schemas/* int */.Whr().nonnegative(),
        names: schemas/* array */.YOg(schemas/* string */.YjP().max(60)).max(40),
        /** Master_Update_Information's Last_Update_Date, YYYY-MM-DD. */
        lastUpdateDate: iso/* date */.p6().nullable(),
    })
        .nullable(),
    /** Whole days until the API's TLS server certificate expires (negative once expired). */
    certificateDaysLeft: schemas/* int */.Whr().nullable(),
    /** Free space on the data volume (PostgreSQL's data directory). */
    disk: schemas/* strictObject */.rej({ freeMb: schemas/* int */.Whr().nonnegative(), freePercent: schemas/* number */.aig().min(0).max(100) }).nullable(),
});
const restartResultSchema = schemas/* strictObject */.rej({
    v: schemas/* literal */.euz(1),
    document: schemas/* literal */.euz("orca-restart"),
    instanceId,
    ok: schemas/* boolean */.zMY(),
    /** Exit status of `systemctl restart jma-receipt-weborca`. */
    restartExitCode: schemas/* int */.Whr().min(0).max(255),
    /** Probes made after the restart until one was healthy or the wait ran out. */
    attempts: schemas/* int */.Whr().min(1),
    ...probeFields,
});
const resultLineSchema = schemas/* discriminatedUnion */.gMt("document", [
    schemas/* discriminatedUnion */.gMt("v", [healthcheckResultSchema, healthcheckResultV2Schema]),
    restartResultSchema,
    updateResultSchema,
])
    .refine((r) => r.ok === resultIsOk(r), {
    message: "ok must be true exactly when the probe is healthy (for a restart, systemctl succeeded; for an update, the status is updated or already-current)",
    path: ["ok"],
});
function resultIsOk(r) {
    if (r.document === "orca-update")
        return updateSucceeded(r.status);
    return r.status === "healthy" && (r.document !== "orca-restart" || r.restartExitCode === 0);
}
function formatResultLine(result) {
    return `${resultMarker} ${JSON.stringify(resultLineSchema.parse(result))}`;
}
/**
 * Finds the last result line in a document's output and validates it. Output may be cut (ListCommandInvocations
 * keeps 2,500 characters), so the caller should prefer GetCommandInvocation's fuller stdout.
 */
function parseResultLine(stdout) {
    const line = stdout
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l.startsWith(`${resultMarker} `))
        .at(-1);
    if (line === undefined)
        return { ok: false, error: `no ${resultMarker} line in the output` };
    let json;
    try {
        json = JSON.parse(line.slice(resultMarker.length + 1));
    }
    catch {
        return { ok: false, error: `the ${resultMarker} line is not JSON` };
    }
    const parsed = resultLineSchema.safeParse(json);
    if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ");
        return { ok: false, error: `the ${resultMarker} line breaks contract v${claimedVersion(json)}: ${issues}` };
    }
    return { ok: true, result: parsed.data };
}
/** The contract version a line says it follows, to name in an error; the newest when it says none we know. */
function claimedVersion(json) {
    if (typeof json === "object" && json !== null && "v" in json && (json.v === 1 || json.v === 2))
        return json.v;
    return contractVersion;
}
/** ORCA prints its release as "050200-1" (two digits each for major, minor, patch, then a build); "5.2.0" here. */
function releaseOfJmaReceiptVersion(jmaReceiptVersion) {
    const m = /^([0-9]{2})([0-9]{2})([0-9]{2})/.exec(jmaReceiptVersion);
    if (!m)
        return null;
    return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ssm-invocation-outcome.ts

/**
 * How one instance's run of a command ended, told apart the way SSM's statuses allow: a script that failed is not an
 * agent that never got the command, and neither is a run that was cancelled because the command stopped sending.
 */
const invocationEnds = (/* unused pure expression or super */ null && ([
    "success",
    /** The script ran and exited non-zero (or a plugin failed). */
    "failed",
    /** The script ran past its timeoutSeconds. */
    "execution-timed-out",
    /** No agent to deliver to (terminated, never registered). Does not count toward MaxErrors. */
    "undeliverable",
    /** The agent did not pick the command up in time; it may still have run (SSM cannot tell). */
    "delivery-timed-out",
    /** Cancelled, or never sent because the command passed MaxErrors (Terminated). */
    "cancelled",
]));
/** Reads SSM's Status and StatusDetails of a finished invocation. */
function invocationEnd(status, details) {
    switch (status) {
        case "Success":
            return "success";
        case "Cancelled":
        case "Cancelling":
        case "Terminated":
            return "cancelled";
        case "TimedOut":
            return details === "DeliveryTimedOut" || details === "Delivery Timed Out"
                ? "delivery-timed-out"
                : "execution-timed-out";
        default:
            if (details === "Undeliverable")
                return "undeliverable";
            if (details === "Terminated")
                return "cancelled";
            return "failed";
    }
}
/** Invocation statuses after which nothing changes any more. */
const finishedStatuses = new Set([
    "Success",
    "Failed",
    "TimedOut",
    "Cancelled",
    "Terminated",
    "Undeliverable",
    "InvalidPlatform",
    "AccessDenied",
]);
function isFinishedInvocation(status) {
    return status !== undefined && finishedStatuses.has(status);
}
/** Command statuses after which no invocation of it changes any more. */
function isFinishedCommand(status) {
    return status === "Success" || status === "Failed" || status === "TimedOut" || status === "Cancelled";
}
/** The result line of an output, or why there is none; a run that never started has no output to look in. */
function resultOf(end, output) {
    if (output.length === 0 && end !== "success" && end !== "failed") {
        return { ok: false, error: `no output: the command did not run (${end})` };
    }
    return parseResultLine(output);
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ssm-commands.ts


/** SendCommand takes at most 50 instance ids; ListCommands and ListCommandInvocations pages hold at most 50. */
const idsPerSend = 50;
const pageSize = 50;
const maxCommentLength = 100;
const instanceIdPattern = /^(i|mi)-[0-9a-f]{8,17}$/;
/**
 * GetCommandInvocation and ListCommandInvocations can miss an invocation just made (eventual consistency): this many
 * tries, waiting longer each time (the backoff's growth), before taking "not there" as the answer.
 */
const visibilityTries = 6;
/** A SendCommand whose answer was lost is looked up by identity, then sent again, at most this many times. */
const sendTries = 3;
/**
 * SendCommand's answer never came (a 5xx or a broken connection): SSM may or may not have sent the command. The SDK
 * would retry it blindly and could run the document twice, so this error is one the SDK does not retry; the runner
 * looks the command up by its identity first and sends again only when SSM has no such command.
 */
class SendOutcomeUnknown extends Error {
    name = "SendOutcomeUnknown";
}
/** Inside the SDK's retry loop: a lost answer to SendCommand becomes SendOutcomeUnknown; throttling stays retryable. */
const noBlindResend = (next) => {
    return async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            const status = statusOf(error);
            // A 4xx (throttling included) means SSM refused the call: nothing was sent, so the SDK may retry or fail it.
            if (status !== undefined && status < 500)
                throw error;
            const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
            throw new SendOutcomeUnknown(`SendCommand answered no result (${detail}); it may have been sent`);
        }
    };
};
function statusOf(error) {
    if (typeof error !== "object" || error === null || !("$metadata" in error))
        return undefined;
    const metadata = error.$metadata;
    if (typeof metadata !== "object" || metadata === null || !("httpStatusCode" in metadata))
        return undefined;
    return typeof metadata.httpStatusCode === "number" ? metadata.httpStatusCode : undefined;
}
/** The production wait between ListCommands polls: 2 s, growing by half up to 30 s. */
const defaultBackoff = { firstMs: 2_000, maxMs: 30_000, factor: 1.5 };
function createSsmCommands(deps) {
    const backoff = deps.backoff ?? defaultBackoff;
    const visibilityDelay = (attempt) => Math.min(backoff.maxMs, backoff.firstMs * backoff.factor ** attempt);
    async function listSince(document, since) {
        const commands = [];
        const pages = (0,dist_cjs/* paginateListCommands */.sgX)({ client: deps.ssm, pageSize }, {
            Filters: [
                { key: "DocumentName", value: document },
                { key: "InvokedAfter", value: since.toISOString() },
            ],
        });
        for await (const page of pages)
            commands.push(...(page.Commands ?? []));
        return commands;
    }
    async function find(identity, document, since) {
        checkIdentity(identity);
        return (await listSince(document, since)).filter((c) => c.Comment === identity).map(foundCommand);
    }
    /** Sends once; a lost answer is looked up by identity (a command holding these ids) before any new send. */
    async function send(request, instanceIds) {
        for (let attempt = 1;; attempt++) {
            try {
                return await sendOnce(request, instanceIds);
            }
            catch (error) {
                if (!(error instanceof SendOutcomeUnknown) || attempt >= sendTries)
                    throw error;
                const found = (await find(request.identity, request.document, request.since)).find((c) => instanceIds.every((id) => c.instanceIds.includes(id)));
                if (found !== undefined)
                    return sentOf(found);
                await deps.sleep(backoff.firstMs);
            }
        }
    }
    async function sendOnce(request, instanceIds) {
        const command = new dist_cjs/* SendCommandCommand */.VWR({
            DocumentName: request.document,
            ...(request.documentVersion === undefined ? {} : { DocumentVersion: request.documentVersion }),
            InstanceIds: [...instanceIds],
            ...(request.parameters === undefined
                ? {}
                : { Parameters: Object.fromEntries(Object.entries(request.parameters).map(([k, v]) => [k, [...v]])) }),
            Comment: request.identity,
            ...(request.maxConcurrency === undefined ? {} : { MaxConcurrency: request.maxConcurrency }),
            ...(request.maxErrors === undefined ? {} : { MaxErrors: request.maxErrors }),
            ...(request.timeoutSeconds === undefined ? {} : { TimeoutSeconds: request.timeoutSeconds }),
        });
        command.middlewareStack.addRelativeTo(noBlindResend, {
            name: "orcaFleetNoBlindResend",
            relation: "after",
            toMiddleware: "retryMiddleware",
        });
        const answer = await deps.ssm.send(command);
        const id = answer.Command?.CommandId;
        if (id === undefined)
            throw new Error(`SendCommand of ${request.document} answered no CommandId`);
        return { commandId: id, requestedAt: answer.Command?.RequestedDateTime ?? deps.clock.now(), instanceIds };
    }
    /**
     * Polls ListCommands (counts, not invocations) until every command finished or the deadline passed. Each poll lists
     * only from the oldest command waited on, so a long history of earlier commands costs no extra pages. Answers the
     * finished commands and the last state seen of each.
     */
    async function waitFor(request, waited, deadline) {
        const finished = new Map();
        const seen = new Map();
        const commandIds = waited.map((c) => c.commandId);
        const oldest = Math.min(...waited.map((c) => c.requestedAt.getTime()));
        // A second's margin: SSM's InvokedAfter and the request time are both to the second at best.
        const from = new Date(Math.max(request.since.getTime(), oldest - 1_000));
        let delay = backoff.firstMs;
        for (;;) {
            try {
                for (const c of await listSince(request.document, from)) {
                    if (c.CommandId === undefined || !commandIds.includes(c.CommandId))
                        continue;
                    seen.set(c.CommandId, c);
                    if (isFinishedCommand(c.Status))
                        finished.set(c.CommandId, c);
                }
            }
            catch (error) {
                // A throttled poll is only a poll missed: the next one, later, reads the same counts.
                if (!isThrottling(error))
                    throw error;
            }
            if (finished.size === commandIds.length)
                return { finished, seen };
            if (deadline !== undefined && deps.clock.now().getTime() + delay > deadline.getTime())
                return { finished, seen };
            await deps.sleep(delay);
            delay = Math.min(backoff.maxMs, delay * backoff.factor);
        }
    }
    async function invocationsOf(command) {
        const commandId = command.CommandId ?? "";
        const expected = command.TargetCount ?? 0;
        let rows = [];
        // A finished command can still list fewer invocations than its targets for a moment; look again, briefly.
        for (let attempt = 0; attempt < visibilityTries; attempt++) {
            rows = [];
            let token;
            do {
                const page = await deps.ssm.send(new dist_cjs/* ListCommandInvocationsCommand */.mdT({
                    CommandId: commandId,
                    Details: true,
                    MaxResults: pageSize,
                    NextToken: token,
                }));
                rows.push(...(page.CommandInvocations ?? []));
                token = page.NextToken;
            } while (token !== undefined && token !== "");
            if (rows.length >= expected)
                break;
            await deps.sleep(visibilityDelay(attempt));
        }
        return rows;
    }
    /** GetCommandInvocation's fuller output of a failed run (24,000 characters), for the plugins that failed. */
    async function fullerOutput(row) {
        const failedPlugins = (row.CommandPlugins ?? []).filter((p) => p.Status !== "Success" && p.Name !== undefined);
        const texts = [];
        for (const plugin of failedPlugins) {
            for (let attempt = 0;; attempt++) {
                try {
                    const answer = await deps.ssm.send(new dist_cjs/* GetCommandInvocationCommand */.ryN({
                        CommandId: row.CommandId,
                        InstanceId: row.InstanceId,
                        ...((row.CommandPlugins ?? []).length > 1 ? { PluginName: plugin.Name } : {}),
                    }));
                    const err = answer.StandardErrorContent ?? "";
                    texts.push(`${answer.StandardOutputContent ?? ""}${err.length > 0 ? `\n${err}` : ""}`);
                    break;
                }
                catch (error) {
                    // Right after sending, an invocation may not be visible yet: that is "not yet", not "never".
                    if (!isNamed(error, "InvocationDoesNotExist") || attempt + 1 >= visibilityTries) {
                        if (isNamed(error, "InvocationDoesNotExist"))
                            return undefined;
                        throw error;
                    }
                    await deps.sleep(visibilityDelay(attempt));
                }
            }
        }
        return texts.length > 0 ? texts.join("\n") : undefined;
    }
    async function outcomeOf(row) {
        const end = invocationEnd(row.Status, row.StatusDetails);
        const listed = (row.CommandPlugins ?? []).map((p) => p.Output ?? "").join("\n");
        const fuller = end === "failed" || end === "execution-timed-out" ? await fullerOutput(row) : undefined;
        const output = fuller ?? listed;
        const codes = (row.CommandPlugins ?? []).map((p) => p.ResponseCode).filter((c) => c !== undefined && c >= 0);
        return {
            instanceId: row.InstanceId ?? "",
            commandId: row.CommandId ?? "",
            end,
            statusDetails: row.StatusDetails ?? row.Status ?? "",
            responseCode: codes.at(-1) ?? null,
            output,
            fullOutput: fuller !== undefined,
            result: resultOf(end, output),
        };
    }
    return {
        find,
        list: async (document, since) => (await listSince(document, since)).map(foundCommand),
        async run(request, options = {}) {
            checkIdentity(request.identity);
            const wanted = checkInstanceIds(request.instanceIds);
            const wantedSet = new Set(wanted);
            const earlier = options.known === undefined
                ? await find(request.identity, request.document, request.since)
                : options.known.filter((c) => c.comment === request.identity &&
                    c.document === request.document &&
                    Date.parse(c.requestedAt) >= request.since.getTime());
            const covered = new Set(earlier.flatMap((c) => c.instanceIds));
            const toSend = wanted.filter((id) => !covered.has(id));
            const sentNow = [];
            for (let start = 0; start < toSend.length; start += idsPerSend) {
                sentNow.push(await send(request, toSend.slice(start, start + idsPerSend)));
            }
            const resumedNow = earlier.filter((c) => c.instanceIds.some((id) => wantedSet.has(id))).map(sentOf);
            const waited = [...resumedNow, ...sentNow];
            const commandIds = waited.map((c) => c.commandId);
            const sent = sentNow.map((c) => c.commandId);
            const resumed = resumedNow.map((c) => c.commandId);
            const { finished, seen } = commandIds.length === 0
                ? { finished: new Map(), seen: new Map() }
                : await waitFor(request, waited, options.deadline);
            // Newest command first, so that if two ever covered one instance, its latest run is the one reported.
            const byInstance = new Map();
            const done = [...finished.values()].sort((a, b) => time(b.RequestedDateTime) - time(a.RequestedDateTime));
            for (const command of done) {
                for (const row of await invocationsOf(command)) {
                    const id = row.InstanceId;
                    if (id === undefined || !wantedSet.has(id) || byInstance.has(id))
                        continue;
                    byInstance.set(id, await outcomeOf(row));
                }
            }
            // Past the deadline, the commands still running may have finished on some instances: keep those outcomes.
            for (const commandId of commandIds.filter((id) => !finished.has(id))) {
                for (const row of await invocationsOf({ CommandId: commandId, TargetCount: 0 })) {
                    const id = row.InstanceId;
                    if (id === undefined || !wantedSet.has(id) || byInstance.has(id) || !isFinishedInvocation(row.Status))
                        continue;
                    byInstance.set(id, await outcomeOf(row));
                }
            }
            const outcomes = wanted.flatMap((id) => byInstance.get(id) ?? []);
            const unfinished = wanted.filter((id) => !byInstance.has(id));
            const commands = waited.map((c) => {
                const last = seen.get(c.commandId);
                return last === undefined ? asSent(request, c) : foundCommand(last);
            });
            return { sent, resumed, outcomes, unfinished, commands };
        },
    };
}
function foundCommand(c) {
    return {
        commandId: c.CommandId ?? "",
        document: c.DocumentName ?? "",
        comment: c.Comment ?? "",
        instanceIds: c.InstanceIds ?? [],
        status: c.Status ?? "",
        requestedAt: c.RequestedDateTime?.toISOString() ?? "",
        targetCount: c.TargetCount ?? 0,
        completedCount: c.CompletedCount ?? 0,
        errorCount: c.ErrorCount ?? 0,
        deliveryTimedOutCount: c.DeliveryTimedOutCount ?? 0,
    };
}
function sentOf(c) {
    return { commandId: c.commandId, requestedAt: new Date(c.requestedAt), instanceIds: c.instanceIds };
}
/** A command as it was sent, before any poll saw it: pending on every instance. */
function asSent(request, c) {
    return {
        commandId: c.commandId,
        document: request.document,
        comment: request.identity,
        instanceIds: [...c.instanceIds],
        status: "Pending",
        requestedAt: c.requestedAt.toISOString(),
        targetCount: c.instanceIds.length,
        completedCount: 0,
        errorCount: 0,
        deliveryTimedOutCount: 0,
    };
}
/** The identity is how a re-run finds what was sent: it must survive SendCommand's Comment as written. */
function checkIdentity(identity) {
    if (identity.length === 0 || identity.length > maxCommentLength || /[\r\n]/.test(identity)) {
        throw new Error(`identity must be 1-${maxCommentLength} characters on one line (it is SendCommand's Comment), e.g. "orca-fleet rollout 5.2.1 early w1"; got ${identity.length} characters`);
    }
}
function checkInstanceIds(ids) {
    const bad = ids.filter((id) => !instanceIdPattern.test(id));
    if (bad.length > 0) {
        throw new Error(`instanceIds must be EC2 instance ids like i-0123456789abcdef0; not ${bad.slice(0, 3).join(", ")}`);
    }
    return [...new Set(ids)];
}
function time(date) {
    return date?.getTime() ?? 0;
}
function isNamed(error, name) {
    return error instanceof Error && error.name === name;
}
function isThrottling(error) {
    return isNamed(error, "ThrottlingException");
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


/***/ })

};
