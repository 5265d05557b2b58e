export const id = 899;
export const ids = [899];
export const modules = {

/***/ 78208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bp: () => (/* binding */ createInstanceTagging)
/* harmony export */ });
/* unused harmony exports resourcesPerCreateTags, tagGroups */
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35193);

/** CreateTags takes one tag set for at most 1,000 resources a call. */
const resourcesPerCreateTags = 1000;
/** The calls a tagging takes: instances grouped by identical tag set, each group cut into calls of 1,000. */
function tagGroups(writes) {
    const groups = new Map();
    for (const { instanceId, tags } of writes) {
        const sorted = Object.fromEntries(Object.entries(tags).sort(([a], [b]) => a.localeCompare(b)));
        const key = JSON.stringify(sorted);
        const group = groups.get(key) ?? { tags: sorted, ids: [] };
        group.ids.push(instanceId);
        groups.set(key, group);
    }
    return [...groups.values()].flatMap(({ tags, ids }) => {
        const calls = [];
        for (let start = 0; start < ids.length; start += resourcesPerCreateTags)
            calls.push({ tags, ids: ids.slice(start, start + resourcesPerCreateTags) });
        return calls;
    });
}
function createInstanceTagging(ec2) {
    return {
        async tag(writes) {
            const calls = tagGroups(writes);
            for (const { tags, ids } of calls) {
                await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__/* .CreateTagsCommand */ .RmG({
                    Resources: ids,
                    Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
                }));
            }
            return calls.length;
        },
    };
}


/***/ }),

/***/ 7640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ wellAfterUpdate),
/* harmony export */   J_: () => (/* binding */ probeReason),
/* harmony export */   m0: () => (/* binding */ orcaServes)
/* harmony export */ });
/**
 * Healthcheck statuses where ORCA serves its users: healthy, and healthy with masters behind. ORCA answered
 * Api_Result 0000 with its database structure current; a master update is the clinic's own operation in ORCA's
 * screens, which neither a program update nor a first boot does (the liveness sweep reports it).
 */
const serving = new Set(["healthy", "masters-behind"]);
/** Whether the healthcheck's line says ORCA serves: what provisioning calls ready. */
function orcaServes(outcome) {
    const { result } = outcome;
    return result.ok && result.result.document === "orca-healthcheck" && serving.has(result.result.status);
}
/**
 * Whether an end-of-bake probe found the clinic well after its update: its healthcheck succeeded or says ORCA serves.
 * Counting masters behind would spend the error budget, and halt the rollout, on every clinic whose monthly master
 * update is still pending.
 */
function wellAfterUpdate(outcome) {
    return outcome.end === "success" || orcaServes(outcome);
}
/**
 * Why an end-of-bake probe found a clinic unhealthy, from its healthcheck result line: the probe's status and what
 * ORCA answered (Api_Result and its message, or the HTTP status); SSM's own words when no line came back.
 */
function probeReason(outcome) {
    const { result } = outcome;
    if (!result.ok)
        return `${outcome.statusDetails}: ${result.error}`;
    const r = result.result;
    if (r.document === "orca-update")
        return r.reason ?? r.status;
    const answer = r.apiResult !== null
        ? `Api_Result ${r.apiResult}${r.apiResultMessage === null ? "" : ` ${r.apiResultMessage}`}`
        : r.httpStatus !== null
            ? `HTTP ${r.httpStatus}`
            : undefined;
    return answer === undefined ? r.status : `${r.status} (${answer})`;
}


/***/ }),

/***/ 42528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ae: () => (/* binding */ createPullRequests)
/* harmony export */ });
/* unused harmony exports findOpenPull, listOpenPullsWithPrefix, changedPaths, upsertPull */
/* harmony import */ var _core_render_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3589);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22889);


/** The open pull request from `branch` of this repository (not a fork), if any. */
async function findOpenPull(octokit, repo, branch) {
    const { data } = await octokit.rest.pulls.list({
        ...repo,
        state: "open",
        head: `${repo.owner}:${branch}`,
        per_page: 10,
    });
    const pull = data.find((p) => p.head.ref === branch);
    return pull === undefined ? undefined : view(pull);
}
/** Every open pull request whose branch starts with `prefix`, in one paginated listing. */
async function listOpenPullsWithPrefix(octokit, repo, prefix) {
    const pulls = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: "open", per_page: 100 });
    const fullName = `${repo.owner}/${repo.repo}`;
    return pulls.filter((p) => p.head.ref.startsWith(prefix) && p.head.repo?.full_name === fullName).map(view);
}
/** The paths a pull request adds or changes (removed files are left out). */
async function changedPaths(octokit, repo, pullNumber) {
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pullNumber,
        per_page: 100,
    });
    return files.filter((f) => f.status !== "removed").map((f) => f.filename);
}
/** Opens the pull request, or brings an open one's title and body up to date; identical ones are left alone. */
async function upsertPull(octokit, repo, existing, wanted) {
    (0,_core_render_body_js__WEBPACK_IMPORTED_MODULE_0__/* .assertBodyFits */ .$_)(wanted.body, "pull request");
    if (existing === undefined) {
        try {
            const { data } = await octokit.rest.pulls.create({ ...repo, ...wanted });
            return { pull: view(data), outcome: "created" };
        }
        catch (error) {
            // 422: a pull request from this branch exists already (opened by a raced run): update that one instead.
            const raced = (0,_status_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error) === 422 ? await findOpenPull(octokit, repo, wanted.head) : undefined;
            if (raced === undefined)
                throw error;
            return upsertPull(octokit, repo, raced, wanted);
        }
    }
    if (existing.title === wanted.title && existing.body === wanted.body)
        return { pull: existing, outcome: "unchanged" };
    const { data } = await octokit.rest.pulls.update({
        ...repo,
        pull_number: existing.number,
        title: wanted.title,
        body: wanted.body,
    });
    return { pull: view(data), outcome: "updated" };
}
function view(p) {
    return {
        number: p.number,
        url: p.html_url,
        title: p.title,
        body: p.body ?? "",
        headRef: p.head.ref,
        headSha: p.head.sha,
    };
}
function createPullRequests(octokit, repo) {
    const merged = (p) => ({
        number: p.number,
        body: p.body ?? "",
        headRef: p.head.ref,
        ...(p.merge_commit_sha === null ? {} : { mergeCommitSha: p.merge_commit_sha }),
    });
    return {
        findOpen: (branch) => findOpenPull(octokit, repo, branch),
        listOpenWithPrefix: (prefix) => listOpenPullsWithPrefix(octokit, repo, prefix),
        changedPaths: (pullNumber) => changedPaths(octokit, repo, pullNumber),
        upsert: (existing, wanted) => upsertPull(octokit, repo, existing, wanted),
        async associatedWithCommit(sha) {
            try {
                const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha });
                return data.map(merged);
            }
            catch (error) {
                // A commit GitHub cannot (yet) place answers 404 or 422: no association, as an empty list would say.
                const status = (0,_status_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .n)(error);
                if (status === 404 || status === 422)
                    return [];
                throw error;
            }
        },
        async get(pullNumber) {
            const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pullNumber });
            return merged(data);
        },
    };
}


/***/ }),

/***/ 15211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ sealReviewedPlan),
/* harmony export */   Pw: () => (/* binding */ openReviewedPlan),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* unused harmony export reviewedPlanMaxChars */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


/**
 * What people reviewed on a pull request, carried to the apply on merge: a flow's plan comment ends with a hidden
 * block holding the state it planned from (compressed JSON) and its SHA-256, so apply can compare what it is about
 * to do with what was reviewed and refuse a stale plan. The comment is found by marker AND the bot's login, so only
 * the bot (or a repository admin editing its comment) can change the block; the digest catches edits and truncation.
 */
const blockPattern = /<!-- orca-fleet:reviewed-plan kind=([a-z-]+) sha256=([0-9a-f]{64}) payload=([A-Za-z0-9+/=]*) -->/g;
/** Base64 of the compressed state stays under this, so the block never pushes a comment past GitHub's limit. */
const reviewedPlanMaxChars = 24_000;
/** The hidden block for a plan comment; refused (not cut) when the state would not fit. */
function sealReviewedPlan(kind, state) {
    const json = JSON.stringify(state);
    const payload = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.deflateRawSync)(Buffer.from(json, "utf8")).toString("base64");
    if (payload.length > reviewedPlanMaxChars)
        return { ok: false, chars: payload.length };
    return {
        ok: true,
        block: `<!-- orca-fleet:reviewed-plan kind=${kind} sha256=${sha256(json)} payload=${payload} -->`,
    };
}
/** Reads the last block of this kind from a comment body and checks its digest and shape. */
function openReviewedPlan(kind, body, schema) {
    const match = [...body.matchAll(blockPattern)].filter((m) => m[1] === kind).at(-1);
    if (match === undefined)
        return { found: false };
    let json;
    try {
        json = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(Buffer.from(match[3] ?? "", "base64")).toString("utf8");
    }
    catch {
        return { found: true, ok: false, reason: "unreadable" };
    }
    if (sha256(json) !== match[2])
        return { found: true, ok: false, reason: "tampered" };
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        return { found: true, ok: false, reason: "unreadable" };
    }
    const parsed = schema.safeParse(value);
    return parsed.success
        ? { found: true, ok: true, state: parsed.data }
        : { found: true, ok: false, reason: "unreadable" };
}
/** A stable digest of any JSON-able value (keys sorted), for states that are compared rather than listed. */
function digestOf(value) {
    return sha256(JSON.stringify(sortKeys(value)));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, sortKeys(v)]));
    }
    return value;
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text, "utf8").digest("hex");
}


/***/ }),

/***/ 94040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ requestIssueNumber),
/* harmony export */   SF: () => (/* binding */ namedPullRequest),
/* harmony export */   g_: () => (/* binding */ findMergedPullRequest)
/* harmony export */ });
/**
 * The pull request whose merge made the pushed commit. GitHub's commit-to-pull-request index can lag right after a
 * merge, so when it names none, the pushed commit's message is read (`Merge pull request #N …`, or a squash title
 * ending in `(#N)`) and the pull request it names counts only if GitHub says its merge commit is this one.
 */
async function findMergedPullRequest(pulls, sha, headCommitMessage) {
    const associated = await pulls.associatedWithCommit(sha);
    const merged = associated.find((pr) => pr.mergeCommitSha === sha);
    if (merged !== undefined)
        return { number: merged.number, body: merged.body, headRef: merged.headRef };
    const named = namedPullRequest(headCommitMessage ?? "");
    if (named === undefined)
        return undefined;
    const pull = await pulls.get(named);
    if (pull.mergeCommitSha !== sha)
        return undefined;
    return { number: pull.number, body: pull.body, headRef: pull.headRef };
}
/** The pull request a merge or squash commit's first line names. */
function namedPullRequest(message) {
    const title = message.split("\n", 1)[0] ?? "";
    const match = /^Merge pull request #(\d+) /.exec(title) ?? /\(#(\d+)\)$/.exec(title);
    return match?.[1] === undefined ? undefined : Number(match[1]);
}
/**
 * The clinic-request issue a pull request answers: its body's `Closes #N` (any of GitHub's closing keywords),
 * else the intake's branch name clinic-request/<N>.
 */
function requestIssueNumber(pr) {
    const closing = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s+#(\d+)\b/i.exec(pr.body);
    if (closing?.[1] !== undefined)
        return Number(closing[1]);
    const branch = /^clinic-request\/(\d+)$/.exec(pr.headRef);
    return branch?.[1] === undefined ? undefined : Number(branch[1]);
}


/***/ }),

/***/ 33899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/instance-tagging.ts
var instance_tagging = __webpack_require__(78208);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ssm-commands.ts + 4 modules
var ssm_commands = __webpack_require__(18466);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/commit-history.ts

/** A branch's history back from a commit along first parents (the merges on main), at most `limit` commits. */
async function firstParentCommits(octokit, repo, sha, limit) {
    const commits = [];
    let next = sha;
    while (next !== undefined && commits.length < limit) {
        let answer;
        try {
            answer = await octokit.rest.git.getCommit({ ...repo, commit_sha: next });
        }
        catch (error) {
            // A commit the repository does not hold (a shallow or rewritten history) ends the walk: no older merge is known.
            if ((0,github_status/* httpStatus */.n)(error) === 404 || (0,github_status/* httpStatus */.n)(error) === 422)
                break;
            throw error;
        }
        commits.push({ sha: answer.data.sha, message: answer.data.message });
        next = answer.data.parents[0]?.sha;
    }
    return commits;
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/adapters/github/pull-request.ts
var pull_request = __webpack_require__(42528);
// EXTERNAL MODULE: ./actions/lib/adapters/github/sticky-comment.ts
var sticky_comment = __webpack_require__(62820);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/holidays.ts
var holidays = __webpack_require__(9605);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/probe-reason.ts
var probe_reason = __webpack_require__(7640);
// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
// EXTERNAL MODULE: ./actions/lib/core/registry/rollout-policy.ts
var rollout_policy = __webpack_require__(61378);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/identity.ts
const prefix = "orca-fleet rollout";
const pattern = /^orca-fleet rollout (\d+\.\d+\.\d+(?:-\d+)?) ([a-z]+) w(\d+)$/;
function updateIdentity(id) {
    return `${prefix} ${id.target} ${id.ring} w${id.wave}`;
}
/** The identity a Comment holds, or undefined for another flow's (or a person's) command. */
function parseUpdateIdentity(comment, rings) {
    const match = pattern.exec(comment);
    const ring = rings.find((r) => r === match?.[2]);
    if (match?.[1] === undefined || match[3] === undefined || ring === undefined)
        return undefined;
    return { target: match[1], ring, wave: Number(match[3]) };
}
/** The probe of a ring's updated clinics after its bake: one per ring and bake end, found again by a re-run. */
function probeIdentity(ring, bakeUntil) {
    return `${prefix} probe ${ring} after ${bakeUntil}`;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/outcome.ts
const errorLines = 3;
/** EC2 tag values hold 256 characters. */
const tagValueChars = 256;
/**
 * Reads an invocation through the result-line contract. A command SSM cancelled (MaxErrors passed) never ran on the
 * instance: undefined, so the clinic stays to do. Anything else that did not update is a failure the budget counts.
 */
function updateEnding(o) {
    if (o.end === "cancelled")
        return undefined;
    const line = o.result.ok && o.result.result.document === "orca-update" ? o.result.result : undefined;
    if (line !== undefined) {
        if (line.ok)
            return { outcome: "updated", step: line.step, error: "" };
        const outcome = line.status === "rolled-back" ? "rolled-back" : line.status === "rollback-failed" ? "rollback-failed" : "failed";
        const error = [line.reason, line.rollbackReason].filter((r) => r !== null).join("\n");
        return { outcome, step: line.step, error };
    }
    const lines = o.output.split("\n").filter((l) => l.trim().length > 0);
    const error = [o.result.ok ? "" : o.result.error, ...lines.slice(0, errorLines)].filter((l) => l !== "").join("\n");
    return { outcome: "failed", step: o.statusDetails || o.end, error };
}
/** The error tag's value: step and first line, cut to what a tag holds. */
function errorTagValue(ending) {
    const first = ending.error.split("\n", 1)[0] ?? "";
    return `${ending.step}: ${first}`.slice(0, tagValueChars);
}
/** The step and error back from the tag. */
function readErrorTag(value) {
    if (value === undefined)
        return undefined;
    const at = value.indexOf(": ");
    return at < 0 ? { step: value, error: "" } : { step: value.slice(0, at), error: value.slice(at + 2) };
}

// EXTERNAL MODULE: ./actions/lib/flows/rollout/plan.ts + 4 modules
var rollout_plan = __webpack_require__(37958);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/records.ts
var records = __webpack_require__(88664);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/version.ts
var version = __webpack_require__(38266);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/state.ts




/**
 * The updates in flight, from the rollout's own commands (found by the identity in their Comment) and the
 * instances' records: an instance a command covered counts as in flight until a record of that target, from that
 * wave or a later one, is on it. So a run killed after SendCommand, or after its answer was lost, is waited on
 * by the next run instead of being sent again.
 */
function inFlightUpdates(commands, instances, rings) {
    const byId = new Map(instances.map((i) => [i.instanceId, i]));
    const found = new Map();
    for (const command of commands) {
        const identity = parseUpdateIdentity(command.comment, rings);
        if (identity === undefined)
            continue;
        for (const instanceId of command.instanceIds) {
            const instance = byId.get(instanceId);
            if (instance === undefined)
                continue;
            const read = (0,records/* readRolloutRecord */.lV)(instance.tags);
            const recorded = read.kind === "record" &&
                (0,version/* compareReleases */.c)(read.record.target, identity.target) === 0 &&
                read.record.wave >= identity.wave;
            const seen = found.get(instance.clinicId);
            if (recorded || (seen !== undefined && seen.wave >= identity.wave))
                continue;
            found.set(instance.clinicId, { clinicId: instance.clinicId, target: identity.target, wave: identity.wave });
        }
    }
    return [...found.values()].sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
}
/** The latest time a maintainer's resume acknowledged failures through, as recorded on the failed instances. */
function acknowledgedThrough(instances) {
    let latest;
    for (const instance of instances) {
        const value = instance.tags[instance_tags/* tagKeys */.b.rolloutAcknowledged];
        if (value !== undefined && !Number.isNaN(Date.parse(value)) && (latest === undefined || value > latest)) {
            latest = value;
        }
    }
    return latest;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/apply.ts








/** SSM keeps a command's history 30 days: the rollout's earlier commands are looked up that far back. */
const historyMs = 30 * 24 * 3_600_000;
/** A bug must not spin a runner for its whole budget: a run takes at most this many steps. */
const maxSteps = 10_000;
/**
 * Applies the rollout: re-plans from the fleet's recorded state after every step, waits on what earlier runs sent
 * (found by identity), probes baked rings, then sends the next wave, until the rollout is done, halted, or has to
 * wait for a window, a bake or the next run. Every decision is derived from tags and SSM's own records, so a run
 * killed at any call is continued by the next one without sending anything twice.
 */
async function applyRollout(deps, input) {
    const since = new Date(deps.clock.now().getTime() - historyMs);
    const probes = [];
    let sentThisRun = 0;
    let acknowledgeDone = input.resume === undefined;
    // SSM's records of the update commands: listed once per run (what earlier runs sent), then kept current with what
    // this run sends and sees while waiting, instead of listing 30 days of commands again at every step. One rollout
    // runs at a time (the workflow's concurrency group), so no other sender adds to them meanwhile.
    let known;
    const remember = (seen) => {
        const ids = new Set(seen.map((c) => c.commandId));
        known = [...(known ?? []).filter((c) => !ids.has(c.commandId)), ...seen];
    };
    const replan = async () => {
        const instances = await deps.fleet.inventory();
        known ??= await deps.commands.list("orca-update", since);
        const commands = known;
        if (!acknowledgeDone) {
            await acknowledgeFailures(deps, instances);
            acknowledgeDone = true;
            return replan();
        }
        const through = acknowledgedThrough(instances);
        const plan = (0,rollout_plan/* planRollout */.n)({
            clinics: input.clinics,
            instances,
            policy: input.policy,
            clock: deps.clock,
            holidays: deps.holidays,
            probes,
            inFlight: inFlightUpdates(commands, instances, input.policy.ringOrder),
            ...(through === undefined
                ? {}
                : { resume: { acknowledgedThrough: through, retryFailed: input.resume?.retryFailed === true } }),
        });
        return { plan, instances, inFlight: inFlightUpdates(commands, instances, input.policy.ringOrder), commands };
    };
    for (let step = 0; step < maxSteps; step++) {
        const view = await replan();
        const { plan, inFlight, instances, commands } = view;
        await input.onProgress?.({ plan, instances });
        if (plan.halt !== undefined)
            return { status: "halted", plan, instances, sentThisRun };
        const past = deps.clock.now().getTime() >= input.deadline.getTime();
        // What earlier runs sent comes first: wait on it and record it, sending nothing.
        const running = plan.rings.flatMap((r) => r.inProgress.map((ref) => ({ ring: r.ring, ref })));
        if (running.length > 0) {
            if (past)
                return { status: "waiting", plan, instances, sentThisRun };
            const waves = new Map();
            for (const { ring, ref } of running) {
                const wave = inFlight.find((f) => f.clinicId === ref.clinicId)?.wave ?? 0;
                const key = `${ring} ${wave} ${ref.to}`;
                const group = waves.get(key) ?? { ring, wave, target: ref.to, refs: [] };
                group.refs.push(ref);
                waves.set(key, group);
            }
            let finished = true;
            for (const group of waves.values()) {
                const run = await sendAndRecord(deps, input, group, group.refs.length, commands);
                remember(run.commands);
                finished = run.finished && finished;
            }
            if (!finished)
                return { status: "waiting", ...(await finalPlan(replan)), sentThisRun };
            continue;
        }
        const unprobed = plan.rings.find((r) => r.state === "awaiting-probe" && r.bakeUntil !== undefined);
        if (unprobed?.bakeUntil !== undefined && !past) {
            const fresh = await probeRing(deps, input, unprobed.ring, unprobed.bakeUntil, unprobed.current);
            if (fresh.length === 0)
                return { status: "waiting", plan, instances, sentThisRun };
            probes.push(...fresh);
            continue;
        }
        const next = plan.rings.find((r) => r.now !== undefined);
        if (next?.now !== undefined && !past) {
            const byTarget = new Map();
            for (const ref of next.now.clinics)
                byTarget.set(ref.to, [...(byTarget.get(ref.to) ?? []), ref]);
            let finished = true;
            for (const [target, refs] of byTarget) {
                const run = await sendAndRecord(deps, input, { ring: next.ring, wave: next.now.wave, target, refs }, next.now.size, commands);
                remember(run.commands);
                sentThisRun += run.sent;
                finished = run.finished && finished;
            }
            if (!finished)
                return { status: "waiting", ...(await finalPlan(replan)), sentThisRun };
            continue;
        }
        // Nothing to send now: a bake that ends within the job's time is waited out; anything else is for a later run.
        const bake = bakeToWaitFor(plan.rings, deps.clock.now().getTime(), input.deadline.getTime());
        if (bake !== undefined) {
            await deps.sleep(bake);
            continue;
        }
        return { status: endStatus(plan), plan, instances, sentThisRun };
    }
    throw new Error(`the rollout took more than ${maxSteps} steps in one run; this is a bug, nothing more was sent`);
}
/** The state after a run stopped waiting: shown as it is, for the comment and the outputs. */
async function finalPlan(replan) {
    const { plan, instances } = await replan();
    return { plan, instances };
}
function endStatus(plan) {
    if (plan.status === "halted")
        return "halted";
    if (plan.status === "done" || plan.status === "nothing-to-do")
        return plan.status;
    return "waiting";
}
/** The time until the first ring's bake ends, when it ends before the deadline and nothing else can move. */
function bakeToWaitFor(rings, now, deadline) {
    const baking = rings.find((r) => r.state === "baking" && r.bakeUntil !== undefined);
    const until = baking?.bakeUntil === undefined ? undefined : Date.parse(baking.bakeUntil);
    return until !== undefined && until < deadline ? Math.max(0, until - now) : undefined;
}
/**
 * Sends one wave's update to the clinics no earlier run sent it to (the runner looks the identity up in the known
 * commands first), waits on ListCommands until the job's deadline, and records each finished instance's outcome in
 * tags (the tagging groups them into one CreateTags call per distinct tag set).
 */
async function sendAndRecord(deps, input, wave, size, known) {
    const identity = updateIdentity({ target: wave.target, ring: wave.ring, wave: wave.wave });
    const budget = (0,rollout_policy/* errorBudgetOf */.zf)(input.policy.errorBudget, size);
    deps.log.info(`${identity}: ${wave.refs.length} clinics, at most ${size} at once, ${budget} errors allowed`);
    const run = await deps.commands.run({
        document: "orca-update",
        instanceIds: wave.refs.map((r) => r.instanceId),
        identity,
        since: new Date(deps.clock.now().getTime() - historyMs),
        // One parameter set per SendCommand (50 instances): the prefix names the wave. The bucket is versioned (Object
        // Lock), so two clinics' dumps in the same second under one key are two versions, each with its own sha256.
        parameters: {
            targetRelease: [wave.target],
            backupBucket: [input.backupBucket],
            backupPrefix: [`rollout/${wave.target}/${wave.ring}-w${wave.wave}`],
        },
        maxConcurrency: String(Math.max(1, size)),
        maxErrors: String(budget),
        timeoutSeconds: input.policy.updateMinutes * 60,
    }, { deadline: input.deadline, known });
    const at = deps.clock.now().toISOString();
    await deps.tagging.tag(run.outcomes.flatMap((o) => {
        const ending = updateEnding(o);
        return ending === undefined ? [] : [{ instanceId: o.instanceId, tags: recordTags(wave, ending, at) }];
    }));
    return { finished: run.unfinished.length === 0, sent: run.sent.length, commands: run.commands };
}
function recordTags(wave, ending, at) {
    const record = (0,records/* rolloutRecordTags */.Ys)({ target: wave.target, outcome: ending.outcome, wave: wave.wave, at });
    if (ending.outcome === "updated")
        return { ...record, [instance_tags/* tagKeys */.b.orcaVersion]: wave.target };
    return { ...record, [instance_tags/* tagKeys */.b.rolloutError]: errorTagValue(ending) };
}
/** Probes a baked ring's clinics with orca-healthcheck (once per bake end: a re-run finds the same probe). */
async function probeRing(deps, input, ring, bakeUntil, clinics) {
    if (clinics.length === 0)
        return [];
    const byInstance = new Map(clinics.map((c) => [c.instanceId, c.clinicId]));
    const run = await deps.commands.run({
        document: "orca-healthcheck",
        instanceIds: clinics.map((c) => c.instanceId),
        identity: probeIdentity(ring, bakeUntil),
        since: new Date(bakeUntil),
        maxErrors: "100%",
    }, { deadline: input.deadline });
    if (run.unfinished.length > 0)
        return [];
    const at = deps.clock.now().toISOString();
    return run.outcomes.flatMap((o) => {
        const clinicId = byInstance.get(o.instanceId);
        if (clinicId === undefined)
            return [];
        return (0,probe_reason/* wellAfterUpdate */.G_)(o)
            ? [{ clinicId, healthy: true, at }]
            : [{ clinicId, healthy: false, reason: (0,probe_reason/* probeReason */.J_)(o), at }];
    });
}
/** A resume acknowledges every failure recorded so far, on the failed instances themselves, so it outlives the run. */
async function acknowledgeFailures(deps, instances) {
    const failed = instances.filter((i) => {
        const read = (0,records/* readRolloutRecord */.lV)(i.tags);
        return read.kind === "record" && read.record.outcome !== "updated";
    });
    if (failed.length === 0)
        return;
    const through = deps.clock.now().toISOString();
    await deps.tagging.tag(failed.map((i) => ({ instanceId: i.instanceId, tags: { [instance_tags/* tagKeys */.b.rolloutAcknowledged]: through } })));
}

// EXTERNAL MODULE: ./actions/lib/flows/rollout/apply-messages.ts
var apply_messages = __webpack_require__(50907);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/clinic-results.ts


function clinicResults(plan, instances) {
    const tags = new Map(instances.map((i) => [i.instanceId, i.tags]));
    const results = [];
    for (const r of plan.rings) {
        const base = (c) => ({
            clinicId: c.clinicId,
            ring: r.ring,
            instanceId: c.instanceId,
            from: c.from,
            to: c.to,
        });
        for (const c of r.current)
            results.push({ ...base(c), state: "current" });
        for (const c of [...(r.now?.clinics ?? []), ...r.inProgress])
            results.push({ ...base(c), state: "updating" });
        for (const c of r.waiting) {
            results.push({ ...base(c), state: "waiting", reason: c.reason, earliestStart: c.earliestStart });
        }
        for (const c of r.failed) {
            const error = readErrorTag(tags.get(c.instanceId)?.[instance_tags/* tagKeys */.b.rolloutError]) ??
                (c.probeReason === undefined ? undefined : { error: c.probeReason });
            results.push({
                ...base(c),
                state: "failed",
                failure: c.failure,
                wave: c.wave,
                ...(error === undefined ? {} : error),
                rolledBack: c.failure === "rolled-back" || c.failure === "failed",
                acknowledged: c.acknowledged,
            });
        }
    }
    for (const c of plan.refused)
        results.push({ clinicId: c.clinicId, from: c.from, to: c.to, state: "refused", reason: c.reason });
    for (const e of plan.excluded)
        results.push({ clinicId: e.clinicId, state: "excluded", reason: e.reason });
    return results.sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
}
function countsOf(results) {
    const count = (states) => results.filter((r) => states.includes(r.state)).length;
    return { updated: count(["current"]), failed: count(["failed"]), remaining: count(["updating", "waiting"]) };
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/input-checks.ts

/** orca-update's targetRelease (ssm-documents/orca-update.yml): what the document can install. */
const documentRelease = /^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}$/;
const windowReasons = new Set(["outside-window", "window-ends", "frozen"]);
/**
 * What the registry's schema lets through but a rollout cannot act on: a release the document refuses, a ring the
 * policy does not order, a window that never opens outside the freezes. Each problem names the file; any one of them
 * refuses the whole apply before anything is sent.
 */
function rolloutInputProblems(clinics, policy, plan, say) {
    const problems = [];
    const pending = new Set(plan.rings.flatMap((r) => [...r.waiting, ...(r.now?.clinics ?? []), ...r.inProgress].map((c) => c.clinicId)));
    for (const { file, clinic } of clinics) {
        if (clinic.status !== "active")
            continue;
        if (!policy.ringOrder.includes(clinic.orca.ring)) {
            problems.push(say(apply_messages/* applyMessages */.N.ringNotInOrder, { file, ring: clinic.orca.ring, order: policy.ringOrder.join(", ") }));
        }
        else if (pending.has(clinic.id) && !documentRelease.test(clinic.orca.version)) {
            problems.push(say(apply_messages/* applyMessages */.N.badRelease, { file, version: clinic.orca.version }));
        }
    }
    for (const ring of plan.rings) {
        for (const w of ring.waiting) {
            if (windowReasons.has(w.reason) && w.earliestStart === null) {
                problems.push(say(apply_messages/* applyMessages */.N.windowNeverOpens, { file: w.file, window: w.maintenanceWindow }));
            }
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/live-comment.ts

/** At most one edit per this interval, whatever the fleet's size: GitHub calls follow time, not clinics. */
const editIntervalMs = 15_000;
/**
 * The apply's live comment: edited as waves finish, at most every editIntervalMs, never twice with the same body.
 * A failed edit does not stop the rollout: it is reported to `failed`, and the next edit carries the state, unless
 * the failure was final, after which nothing more is sent to GitHub for this comment.
 */
function createLiveComment(write, clock, failed) {
    let written;
    let pending;
    let lastAt = Number.NEGATIVE_INFINITY;
    let stopped = false;
    const writeNow = async (body) => {
        lastAt = clock.now().getTime();
        try {
            await write(body);
            written = body;
            pending = undefined;
        }
        catch (error) {
            pending = body;
            const status = (0,github_status/* httpStatus */.n)(error);
            // A 429 still standing after the client's wait is a limit that lifts later, not a refusal.
            stopped = status !== undefined && status >= 400 && status < 500 && status !== 429;
            failed({
                ...(status === undefined ? {} : { status }),
                message: error instanceof Error ? error.message : String(error),
                final: stopped,
            });
        }
    };
    return {
        async show(body) {
            if (body === written)
                return;
            pending = body;
            if (!stopped && clock.now().getTime() - lastAt >= editIntervalMs)
                await writeNow(body);
        },
        async flush() {
            if (!stopped && pending !== undefined && pending !== written)
                await writeNow(pending);
        },
        current: () => pending === undefined || pending === written,
    };
}

// EXTERNAL MODULE: ./actions/lib/flows/rollout/render.ts
var render = __webpack_require__(59320);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/reviewed-plan.ts
var reviewed_plan = __webpack_require__(15211);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/reviewed-targets.ts


/**
 * What a person reviews on the pull request: the release each clinic the rollout would update is taken to. The plan
 * comment carries it (or, for a fleet too large to list, only its digest); apply on that merge compares.
 */
const reviewedKind = "rollout";
const reviewedSchema = schemas/* strictObject */.rej({
    digest: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    count: schemas/* int */.Whr().nonnegative(),
    targets: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
});
/** Clinic id → target release of every clinic the plan would still update (now, waiting, in flight). */
function targetsOf(plan) {
    const entries = plan.rings.flatMap((r) => [...(r.now?.clinics ?? []), ...r.waiting, ...r.inProgress].map((c) => [c.clinicId, c.to]));
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The hidden block for the plan comment: the targets when they fit, their digest always. */
function sealTargets(plan) {
    const targets = targetsOf(plan);
    const base = { digest: (0,reviewed_plan/* digestOf */.ol)(targets), count: Object.keys(targets).length };
    const full = (0,reviewed_plan/* sealReviewedPlan */.On)(reviewedKind, { ...base, targets });
    if (full.ok)
        return full.block;
    const small = (0,reviewed_plan/* sealReviewedPlan */.On)(reviewedKind, base);
    if (!small.ok)
        throw new Error("a digest always fits the reviewed-plan block");
    return small.block;
}
/** Compares what apply would update with what the comment's block says was reviewed. */
function checkReviewed(plan, commentBody) {
    const opened = commentBody === undefined ? { found: false } : (0,reviewed_plan/* openReviewedPlan */.Pw)(reviewedKind, commentBody, reviewedSchema);
    if (!opened.found || !opened.ok)
        return { kind: "absent" };
    const now = targetsOf(plan);
    if ((0,reviewed_plan/* digestOf */.ol)(now) === opened.state.digest)
        return { kind: "match" };
    const reviewed = opened.state.targets;
    if (reviewed === undefined)
        return { kind: "differs", count: Object.keys(now).length, detail: "digest" };
    const ids = new Set([...Object.keys(now), ...Object.keys(reviewed)]);
    const diff = [...ids].filter((id) => now[id] !== reviewed[id]).sort();
    const detail = diff
        .slice(0, 10)
        .map((id) => `${id}: ${reviewed[id] ?? "-"} → ${now[id] ?? "-"}`)
        .join(", ");
    return { kind: "differs", count: diff.length, detail: diff.length > 10 ? `${detail}, …` : detail };
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/plan-comment.ts




/** GitHub refuses comment bodies over 65,536 characters; the marker line and a margin come off. */
const commentLimit = 65_000;
const rowsPerRing = 60;
/**
 * The plan comment on a pull request: per ring its clinics (folded, at most rowsPerRing shown), waves, earliest
 * windows and freezes, then the hidden reviewed-targets block apply compares with. Should the rows still not fit,
 * only the ring lines remain: the body is under the limit by construction.
 */
function renderPlanComment(plan, locale) {
    const block = sealTargets(plan);
    const full = `${(0,render/* renderRolloutPlan */.b)(plan, locale, { maxRowsPerRing: rowsPerRing })}\n\n${block}`;
    if (full.length <= commentLimit)
        return full;
    const say = (0,message/* translator */.Nj)(locale);
    const short = (0,render/* renderRolloutPlan */.b)(plan, locale, { maxRowsPerRing: 0 });
    return `${short}\n\n${say(apply_messages/* applyMessages */.N.summaryOnly)}\n\n${block}`;
}

// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
// EXTERNAL MODULE: ./actions/lib/flows/rollout/messages.ts
var messages = __webpack_require__(5792);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/progress-render.ts






/** Failures listed in the comment; the rest are counted and left to the JSON artifact. */
const maxFailureRows = 30;
const errorChars = 160;
/**
 * The live comment (and job summary) of an apply: status, HALTED and how to resume, a line per ring and wave,
 * counts, the failures table and the next windows. Its size is bounded by construction: a fixed number of lines per
 * ring and wave, at most maxFailureRows failures with their errors cut, whatever the fleet's size.
 */
function renderProgress(plan, results, status, locale) {
    const say = (0,message/* translator */.Nj)(locale);
    const lines = [
        `### ${say(apply_messages/* applyMessages */.N.title, { status: say(apply_messages/* applyStatusWords */.s[status]), at: (0,render/* tokyoTime */.K)(plan.plannedAt) })}`,
        "",
    ];
    const halt = plan.halt;
    if (halt !== undefined) {
        lines.push(halt.reason === "rollback-failed"
            ? say(apply_messages/* applyMessages */.N.haltRollbackFailed, { clinics: halt.clinics.join(", ") })
            : say(apply_messages/* applyMessages */.N.haltBudget, {
                ring: halt.ring,
                wave: halt.wave + 1,
                failures: halt.failures,
                budget: halt.budget,
            }), "");
    }
    lines.push(say(apply_messages/* applyMessages */.N.counts, { ...countsOf(results) }), "");
    for (const ring of plan.rings) {
        const mine = results.filter((r) => r.ring === ring.ring);
        const { updated, failed, remaining } = countsOf(mine);
        lines.push(`- ${say(apply_messages/* applyMessages */.N.ringProgress, { ring: ring.ring, state: say(messages/* stateWords */.Xu[ring.state]), updated, failed, remaining })}`);
        for (const w of ring.waves) {
            lines.push(`  - ${say(apply_messages/* applyMessages */.N.waveProgress, { wave: w.wave + 1, clinics: w.clinics.length, failures: w.failures, budget: w.budget })}`);
        }
        const next = ring.waiting
            .map((w) => w.earliestStart)
            .filter((s) => s !== null)
            .sort()[0];
        if (next !== undefined)
            lines.push(`  - ${say(apply_messages/* applyMessages */.N.nextWindow, { at: (0,render/* tokyoTime */.K)(next) })}`);
    }
    const failures = results.filter((r) => r.state === "failed");
    if (failures.length > 0) {
        const rows = failures
            .slice(0, maxFailureRows)
            .map((f) => [
            f.clinicId,
            (0,markdown/* inert */.tJ)(f.step ?? (f.failure === undefined ? "-" : say(messages/* failureWords */.AC[f.failure]))),
            (0,markdown/* inert */.tJ)((f.error ?? "").slice(0, errorChars)),
            f.rolledBack === true
                ? say(apply_messages/* applyMessages */.N.yes)
                : f.failure === "rollback-failed"
                    ? say(apply_messages/* applyMessages */.N.no)
                    : say(apply_messages/* applyMessages */.N.notApplicable),
        ]);
        lines.push("", `#### ${say(apply_messages/* applyMessages */.N.failuresHead)}`, "", (0,markdown/* table */.tp)([apply_messages/* applyMessages */.N.headClinic, apply_messages/* applyMessages */.N.headStep, apply_messages/* applyMessages */.N.headError, apply_messages/* applyMessages */.N.headRolledBack].map((h) => say(h)), rows));
        if (failures.length > maxFailureRows)
            lines.push("", say(apply_messages/* applyMessages */.N.more, { count: failures.length - maxFailureRows }));
    }
    return lines.join("\n");
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/merged-pull-request.ts
var merged_pull_request = __webpack_require__(94040);
;// CONCATENATED MODULE: ./actions/lib/flows/rollout/source-pull-request.ts

/** How far back scheduled and manual runs look for the merge that changed the versions. */
const historyDepth = 30;
/**
 * The pull request that changed the versions being rolled out, where the live comment goes. On the merge's push it
 * is that merge's pull request; on a scheduled or manual run, the latest merge on the branch whose pull request
 * changed the file of a clinic still being updated (found from the desired state's history, not a run's memory).
 */
async function sourcePullRequest(github, event, files) {
    if (event.isPush)
        return (await (0,merged_pull_request/* findMergedPullRequest */.g_)(github.pulls, event.sha, event.headCommitMessage))?.number;
    if (files.size === 0)
        return undefined;
    for (const commit of await github.firstParentCommits(event.sha, historyDepth)) {
        const named = (0,merged_pull_request/* namedPullRequest */.SF)(commit.message);
        if (named === undefined)
            continue;
        const paths = await github.pulls.changedPaths(named);
        if (paths.some((p) => files.has(p)))
            return named;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/lib/flows/rollout/rollout-flow.ts














/** The plan comment's key and the live comment's: one sticky comment each per pull request. */
const planKey = "rollout-plan";
const progressKey = "rollout-progress";
/**
 * The rollout action's flow. plan: the plan as it stands, on the pull request's sticky comment with the reviewed
 * targets sealed in it. apply: refuses bad input and (on the merge) a plan that differs from the reviewed one, then
 * applies wave by wave with a live comment on the pull request that changed the versions, and reports every clinic.
 */
async function rollout(deps, settings, event) {
    const { fleet, clinics } = await (0,usable_fleet/* readFleetRegistry */.y4)(settings.clinics, deps.log, true);
    const say = (0,message/* translator */.Nj)(fleet.locale);
    const aws = deps.aws(settings.region ?? fleet.region);
    const instances = await (0,ports/* inGroup */.HB)(deps.log, "Read the instances", () => aws.fleet.inventory());
    const through = acknowledgedThrough(instances);
    const plan = (0,rollout_plan/* planRollout */.n)({
        clinics,
        instances,
        policy: fleet.rollout,
        clock: deps.clock,
        holidays: deps.holidays,
        ...(through === undefined ? {} : { resume: { acknowledgedThrough: through, retryFailed: false } }),
    });
    const problems = rolloutInputProblems(clinics, fleet.rollout, plan, say);
    const report = (status, view, summary, failure) => finish(deps, settings, status, view, summary, failure);
    if (problems.length > 0) {
        const failure = say(apply_messages/* applyMessages */.N.refusedInput, { problems: problems.map((p) => `- ${p}`).join("\n") });
        return { outputs: { status: "refused", updated: 0, failed: 0, remaining: 0 }, summary: failure, failure };
    }
    if (settings.mode === "plan") {
        const body = renderPlanComment(plan, fleet.locale);
        if (event.pullRequest !== undefined)
            await deps.github.upsertComment(event.pullRequest, planKey, body);
        else
            deps.log.info(say(apply_messages/* applyMessages */.N.noPullRequest));
        return report(planStatus(plan), { plan, instances }, body);
    }
    const files = new Set(plan.rings.flatMap((r) => [...r.waiting, ...(r.now?.clinics ?? []), ...r.inProgress].map((c) => c.file)));
    const isPush = event.name === "push";
    const source = await sourcePullRequest(deps.github, {
        sha: event.sha,
        isPush,
        ...(event.headCommitMessage === undefined ? {} : { headCommitMessage: event.headCommitMessage }),
    }, files);
    // Only the merge's own run applies what was reviewed; scheduled and manual runs apply the desired state as it is.
    if (isPush && source !== undefined && Object.keys(targetsOf(plan)).length > 0) {
        const check = checkReviewed(plan, await deps.github.findComment(source, planKey));
        if (check.kind !== "match") {
            const failure = check.kind === "absent"
                ? say(apply_messages/* applyMessages */.N.noReview, { pull: source })
                : say(apply_messages/* applyMessages */.N.staleReview, { pull: source, count: check.count, detail: check.detail });
            return { outputs: { status: "refused", updated: 0, failed: 0, remaining: 0 }, summary: failure, failure };
        }
    }
    // The status GitHub gave the last failed write, for the summary when the comment ends behind.
    let lastFailure;
    const live = createLiveComment(async (body) => {
        if (source !== undefined)
            await deps.github.upsertComment(source, progressKey, body);
    }, deps.clock, (failure) => {
        lastFailure = failure;
        const words = {
            pull: source ?? 0,
            status: String(failure.status ?? "-"),
            message: failure.message,
        };
        deps.log.warning(say(failure.final ? apply_messages/* applyMessages */.N.commentRefused : apply_messages/* applyMessages */.N.commentNotUpdated, words));
    });
    const render = (view, status) => renderProgress(view.plan, clinicResults(view.plan, view.instances), status, fleet.locale);
    const started = deps.clock.now().getTime();
    const result = await applyRollout({
        fleet: aws.fleet,
        tagging: aws.tagging,
        commands: aws.commands,
        clock: deps.clock,
        sleep: deps.sleep,
        log: deps.log,
        holidays: deps.holidays,
    }, {
        clinics,
        policy: fleet.rollout,
        backupBucket: fleet.backup.bucket,
        deadline: new Date(started + settings.timeBudgetMinutes * 60_000),
        ...(settings.resume ? { resume: { retryFailed: settings.retryFailed } } : {}),
        onProgress: (view) => live.show(render(view, view.plan.halt !== undefined ? "halted" : "updating")),
    });
    const body = render(result, result.status);
    await live.show(body);
    await live.flush();
    // The comment is where people look: when it ends behind, the summary (shown on the run) says so.
    const summary = live.current() || lastFailure === undefined
        ? body
        : `${body}\n\n${say(apply_messages/* applyMessages */.N.commentStale, { pull: source ?? 0, status: String(lastFailure.status ?? "-") })}`;
    // A failed roll-back leaves a server that needs a person now: the step fails so the run is red, not just the comment.
    const halt = result.plan.halt;
    const failure = halt?.reason === "rollback-failed"
        ? say(apply_messages/* applyMessages */.N.haltRollbackFailed, { clinics: halt.clinics.join(", ") })
        : undefined;
    return report(result.status, result, summary, failure);
}
function planStatus(plan) {
    if (plan.status === "halted" || plan.status === "done" || plan.status === "nothing-to-do")
        return plan.status;
    return "waiting";
}
async function finish(deps, settings, status, view, summary, failure) {
    const results = clinicResults(view.plan, view.instances);
    await deps.writeFile(settings.resultsFile, `${JSON.stringify({ status, plannedAt: view.plan.plannedAt, clinics: results }, null, 2)}\n`);
    const counts = countsOf(results);
    return {
        outputs: { status, ...counts, "results-file": settings.resultsFile },
        summary,
        ...(failure === undefined ? {} : { failure }),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/rollout/inputs.ts



const flag = schemas/* enum */.k5n(["true", "false"]).transform((v) => v === "true");
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const region = (0,inputs/* readRegion */.XP)(input);
    return {
        mode: input.read("mode", schemas/* enum */.k5n(["plan", "apply"]), "plan or apply"),
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        botLogin: (0,inputs/* readBotLogin */.je)(input),
        ...(region === undefined ? {} : { region }),
        resume: input.read("resume", flag, "true or false"),
        retryFailed: input.read("retry-failed", flag, "true or false"),
        timeBudgetMinutes: input.read("time-budget-minutes", coerce/* number */.ai().int().min(1).max(340), "whole minutes from 1 to 340"),
        resultsFile: input.read("results-file", schemas/* string */.YjP().min(1), "a file path such as rollout-results.json"),
    };
}

;// CONCATENATED MODULE: ./actions/rollout/main.ts
















async function run() {
    try {
        const inputs = getInputs();
        const octokit = (0,github_octokit/* createOctokit */.Q)(inputs.token, core);
        const repo = github/* context */._.repo;
        const target = (issueNumber, key) => ({ ...repo, issueNumber, key });
        const deps = {
            aws: (region) => {
                const { ec2, ssm } = (0,clients/* createAwsClients */.G)({ region });
                const commands = (0,ssm_commands/* createSsmCommands */.mE)({ ssm, clock: ports/* systemClock */.ml, sleep: ports/* realSleep */.uk });
                return { fleet: (0,ec2_inventory/* createEc2Fleet */.nA)(ec2), tagging: (0,instance_tagging/* createInstanceTagging */.bp)(ec2), commands };
            },
            github: {
                pulls: (0,pull_request/* createPullRequests */.ae)(octokit, repo),
                firstParentCommits: (sha, limit) => firstParentCommits(octokit, repo, sha, limit),
                findComment: async (n, key) => (await (0,sticky_comment/* findStickyComment */.oC)(octokit, target(n, key), inputs.botLogin))?.body,
                upsertComment: async (n, key, body) => {
                    await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, target(n, key), body, inputs.botLogin);
                },
            },
            log: core,
            clock: ports/* systemClock */.ml,
            sleep: ports/* realSleep */.uk,
            holidays: (0,holidays/* japaneseHolidays */.L)(),
            writeFile: (path, text) => (0,promises_.writeFile)(path, text),
        };
        const { eventName, sha, payload } = github/* context */._;
        const event = {
            name: eventName,
            sha,
            ...(payload.pull_request?.number === undefined ? {} : { pullRequest: payload.pull_request.number }),
            ...(typeof payload.head_commit?.message === "string" ? { headCommitMessage: payload.head_commit.message } : {}),
        };
        await (0,flow_report/* publishReport */.S3)(await rollout(deps, inputs, event), core);
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

/***/ })

};
