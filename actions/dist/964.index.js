export const id = 964;
export const ids = [964];
export const modules = {

/***/ 37678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nX: () => (/* binding */ createBranches),
/* harmony export */   re: () => (/* binding */ treeEntries)
/* harmony export */ });
/* unused harmony exports ensureBranch, readFile, commitChanges */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22889);


const fileContent = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz("file"), sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), content: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
/** Creates `branch` from the head of `base` unless it exists (then no further call); returns whether it was created. */
async function ensureBranch(octokit, repo, branch, base) {
    const existing = await (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .C)(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` }));
    if (existing !== undefined)
        return false;
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${base}` });
    try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: data.object.sha });
    }
    catch (error) {
        // 422: "Reference already exists", made by a run that raced this one; the branch is there, as wanted.
        if ((0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) === 422)
            return false;
        throw error;
    }
    return true;
}
/** A file's text and blob sha at a ref, or undefined when it does not exist there. */
async function readFile(octokit, repo, ref, path) {
    const response = await (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .unlessNotFound */ .C)(() => octokit.rest.repos.getContent({ ...repo, path, ref }));
    if (response === undefined)
        return undefined;
    const file = fileContent.parse(response.data);
    return { text: Buffer.from(file.content, "base64").toString("utf8"), sha: file.sha };
}
/**
 * Commits the changes on `branch` as one commit through the git data API (tree, commit, fast-forward of the ref);
 * a concurrent push makes the ref update fail with 422 rather than be overwritten.
 */
async function commitChanges(octokit, repo, branch, changes, message) {
    const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.object.sha });
    const { data: tree } = await octokit.rest.git.createTree({
        ...repo,
        base_tree: parent.tree.sha,
        tree: treeEntries(changes),
    });
    const { data: commit } = await octokit.rest.git.createCommit({
        ...repo,
        message,
        tree: tree.sha,
        parents: [ref.object.sha],
    });
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha: commit.sha });
    return commit.sha;
}
function createBranches(octokit, repo) {
    return {
        ensure: (branch, base) => ensureBranch(octokit, repo, branch, base),
        readFile: (ref, path) => readFile(octokit, repo, ref, path),
        commit: (branch, changes, message) => commitChanges(octokit, repo, branch, changes, message),
    };
}
/** The git data API's tree entries for file changes: new content, or a null sha that removes the path. */
function treeEntries(changes) {
    return changes.map((change) => change.text === null
        ? { path: change.path, mode: "100644", type: "blob", sha: null }
        : { path: change.path, mode: "100644", type: "blob", content: change.text });
}


/***/ }),

/***/ 43964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ readHistoryState),
  A: () => (/* binding */ updateHistory)
});

// EXTERNAL MODULE: ./actions/lib/core/history/files.ts
var files = __webpack_require__(12240);
// EXTERNAL MODULE: ./actions/lib/core/history/layout.ts
var layout = __webpack_require__(71697);
// EXTERNAL MODULE: ./actions/lib/core/history/records.ts
var records = __webpack_require__(88897);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./actions/lib/core/history/diff.ts

/**
 * The events that take the fleet from `before` to `after`, stamped `at`: one per clinic and part that changed, one
 * per new or changed trend point. Equal states give no event, which is how a run that changed nothing commits
 * nothing.
 */
function eventsBetween(before, after, at) {
    const events = [];
    const ids = new Set([...Object.keys(before.clinics), ...Object.keys(after.clinics)]);
    for (const clinic of [...ids].sort()) {
        const was = before.clinics[clinic];
        const now = after.clinics[clinic];
        if (now === undefined) {
            events.push({ kind: "clinic-removed", at, clinic });
            continue;
        }
        events.push(...clinicEvents(clinic, was ?? {}, now, at));
    }
    const previous = new Map(before.patchTrend.map((point) => [point.week, point.summary]));
    for (const point of after.patchTrend) {
        if (!(0,external_node_util_.isDeepStrictEqual)(previous.get(point.week), point.summary))
            events.push({ kind: "patch-fleet", at, summary: point.summary });
    }
    return events;
}
function clinicEvents(clinic, was, now, at) {
    const events = [];
    if (now.health !== undefined && now.health.class !== was.health?.class)
        events.push({ kind: "health", at, clinic, class: now.health.class });
    if (now.release !== undefined && now.release.version !== was.release?.version)
        events.push({ kind: "release", at, clinic, version: now.release.version });
    if (now.patch !== undefined && !(0,external_node_util_.isDeepStrictEqual)(now.patch, was.patch))
        events.push({ kind: "patch", at, clinic, patch: patchEventOf(now.patch) });
    const open = new Set(was.incidents ?? []);
    const stillOpen = new Set(now.incidents ?? []);
    for (const issue of stillOpen)
        if (!open.has(issue))
            events.push({ kind: "incident", at, clinic, issue, state: "opened" });
    for (const issue of open)
        if (!stillOpen.has(issue))
            events.push({ kind: "incident", at, clinic, issue, state: "closed" });
    return events;
}
/** An event carries the count of outstanding patches, not their list: the list lives in the state alone. */
function patchEventOf(patch) {
    const { outstanding, ...rest } = patch;
    return { ...rest, outstanding: Object.keys(outstanding).length };
}

;// CONCATENATED MODULE: ./actions/lib/core/history/rollup.ts


/**
 * Which period files move to a coarser level on `today`: events older than `eventDays` become a day file, days (or
 * events) older than `dayDays` join their ISO week's file, and weeks older than `weekWeeks` go. Pure, from the
 * branch's file list alone, so that a run reads only the files it folds.
 */
function planRollup(paths, today, retention) {
    const groups = new Map();
    const expired = [];
    const existing = new Set(paths);
    for (const path of paths) {
        const parsed = (0,layout/* parsePeriodPath */.Ms)(path);
        if (parsed === undefined)
            continue;
        if (parsed.detail === "week") {
            if ((0,layout/* daysBetween */.YM)((0,layout/* mondayOfWeek */.oJ)(parsed.period), today) > retention.weekWeeks * 7)
                expired.push(path);
            continue;
        }
        const age = (0,layout/* daysBetween */.YM)(parsed.period, today);
        const level = age > retention.dayDays ? "week" : age > retention.eventDays ? "day" : "events";
        if (level === parsed.detail)
            continue;
        const period = level === "week" ? (0,layout/* isoWeekOfDay */.V1)(parsed.period) : parsed.period;
        const target = (0,layout/* periodPath */.f_)(level, period);
        const group = groups.get(target) ?? {
            target: { detail: level, period, path: target },
            sources: existing.has(target) ? [target] : [],
        };
        group.sources.push(path);
        groups.set(target, group);
    }
    return { groups: [...groups.values()], expired };
}
/** The key under which events fold: the last one per clinic and kind survives (incidents: per issue and state). */
function foldKey(event) {
    switch (event.kind) {
        case "incident":
            return `incident:${event.clinic}:${event.issue}:${event.state}`;
        case "patch-fleet":
            return "patch-fleet";
        default:
            return `${event.kind}:${event.clinic}`;
    }
}
const worse = (a, b) => records/* healthClasses */.lY.indexOf(a) >= records/* healthClasses */.lY.indexOf(b) ? a : b;
/** Folds events into one period file at the target's detail, in time order; nothing is invented or lost in count. */
function foldEvents(detail, period, events) {
    const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
    const folded = new Map();
    for (const event of ordered) {
        const key = foldKey(event);
        const earlier = folded.get(key);
        if (earlier === undefined) {
            folded.set(key, event);
            continue;
        }
        const count = (earlier.folded ?? 1) + (event.folded ?? 1);
        if (event.kind === "health" && earlier.kind === "health") {
            const worst = worse(earlier.worst ?? earlier.class, event.worst ?? event.class);
            folded.set(key, { ...event, folded: count, worst });
        }
        else {
            folded.set(key, { ...event, folded: count });
        }
    }
    const kept = [...folded.values()].sort((a, b) => a.at.localeCompare(b.at) || foldKey(a).localeCompare(foldKey(b)));
    return { version: records/* historyVersion */.$1, period, detail, events: kept };
}

;// CONCATENATED MODULE: ./actions/lib/core/history/write-plan.ts





/**
 * The write a change calls for against the branch as read, or undefined when the change leaves the state as it
 * was: no event, no commit, and no rollup either (rolling up rides along with a write that happens anyway).
 */
function planWrite(current, paths, change, at, retention) {
    const next = change(current);
    const events = eventsBetween(current, next, at.toISOString());
    if (events.length === 0)
        return undefined;
    const day = (0,layout/* tokyoDay */.FU)(at);
    return { next, events, day, rollup: planRollup(paths, day, retention) };
}
/** The files of the commit: the state, today's events appended, each rollup target folded, its sources removed. */
function writeChanges(planned, today, sourcesOf) {
    const todayFile = {
        version: records/* historyVersion */.$1,
        period: planned.day,
        detail: "events",
        events: [...(today?.events ?? []), ...planned.events],
    };
    const changes = [
        { path: layout/* statePath */.BQ, text: (0,files/* stateText */.r9)(planned.next) },
        { path: (0,layout/* periodPath */.f_)("events", planned.day), text: (0,files/* periodText */.JX)(todayFile) },
    ];
    for (const group of planned.rollup.groups) {
        const events = sourcesOf(group).flatMap((file) => file.events);
        const folded = foldEvents(group.target.detail, group.target.period, events);
        changes.push({ path: group.target.path, text: (0,files/* periodText */.JX)(folded) });
        for (const source of group.sources)
            if (source !== group.target.path)
                changes.push({ path: source, text: null });
    }
    for (const path of planned.rollup.expired)
        changes.push({ path, text: null });
    return changes;
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/branch-file.ts
var branch_file = __webpack_require__(37678);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/history-branch.ts






const readme = [
    "# The fleet's history",
    "",
    "Written by orca-fleet's actions, one commit per run that changed something; see docs/status.md on the default",
    "branch. state.json is the fleet now; events/, days/ and weeks/ are what changed, at decreasing detail.",
    "",
].join("\n");
/**
 * Applies `change` to the fleet's state on the history branch as one commit, appending the events it implies and
 * rolling older files up. When the branch moved under it (another run wrote first), the ref update is refused as
 * not a fast forward (422) and the whole read-change-write starts again from the new head: never a force push.
 */
async function updateHistory(octokit, target, change, message, deps) {
    const maxAttempts = deps.maxAttempts ?? 6;
    const retention = deps.retention ?? layout/* defaultRetention */.SG;
    for (let attempt = 1;; attempt += 1) {
        const head = await readHead(octokit, target);
        const state = head === undefined ? records/* emptyFleetState */.j_ : await readState(octokit, target, head);
        const planned = planWrite(state, [...(head?.files.keys() ?? [])], change, deps.clock.now(), retention);
        if (planned === undefined)
            return { outcome: "unchanged", state, events: 0, attempts: attempt };
        const sources = new Map();
        const toRead = [(0,layout/* periodPath */.f_)("events", planned.day), ...planned.rollup.groups.flatMap((g) => g.sources)];
        for (const path of toRead) {
            const sha = head?.files.get(path);
            if (sha !== undefined)
                sources.set(path, (0,files/* parsePeriod */.DB)(await readBlob(octokit, target, sha), path));
        }
        const changes = writeChanges(planned, sources.get((0,layout/* periodPath */.f_)("events", planned.day)), (group) => group.sources.flatMap((path) => sources.get(path) ?? []));
        const commit = await tryCommit(octokit, target, head, changes, message);
        if (commit !== undefined)
            return { outcome: "committed", state: planned.next, events: planned.events.length, commit, attempts: attempt };
        if (attempt >= maxAttempts)
            throw new Error(`the history branch ${target.branch} moved under each of ${maxAttempts} attempts to write; run again later`);
        // Jittered, growing waits, so that two writers that collided do not collide again in step.
        await deps.sleep(Math.round((200 + Math.random() * 300) * attempt));
    }
}
/** Reads the state alone, as the status site and reports do; an absent branch is an empty history. */
async function readHistoryState(octokit, target) {
    const head = await readHead(octokit, target);
    return head === undefined ? records/* emptyFleetState */.j_ : readState(octokit, target, head);
}
async function readHead(octokit, target) {
    const repo = { owner: target.owner, repo: target.repo };
    const ref = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.git.getRef({ ...repo, ref: `heads/${target.branch}` }));
    if (ref === undefined)
        return undefined;
    const commit = ref.data.object.sha;
    const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commit });
    const { data: tree } = await octokit.rest.git.getTree({ ...repo, tree_sha: parent.tree.sha, recursive: "true" });
    // The branch holds a few hundred files at most (its retention bounds it), far below a truncated listing.
    if (tree.truncated)
        throw new Error(`the history branch ${target.branch} lists too many files to read`);
    const files = new Map();
    for (const entry of tree.tree)
        if (entry.type === "blob" && entry.path !== undefined && entry.sha !== undefined)
            files.set(entry.path, entry.sha);
    return { commit, tree: parent.tree.sha, files };
}
async function readState(octokit, target, head) {
    const sha = head.files.get(layout/* statePath */.BQ);
    return sha === undefined ? records/* emptyFleetState */.j_ : (0,files/* parseState */.Bu)(await readBlob(octokit, target, sha), layout/* statePath */.BQ);
}
/** Blobs rather than the contents API: the state of a large fleet passes the contents API's 1 MB. */
async function readBlob(octokit, target, sha) {
    const { data } = await octokit.rest.git.getBlob({ owner: target.owner, repo: target.repo, file_sha: sha });
    return Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8").toString("utf8");
}
/** The commit's sha, or undefined when another run moved (or created) the branch first. */
async function tryCommit(octokit, target, head, changes, message) {
    const repo = { owner: target.owner, repo: target.repo };
    const entries = [
        ...(head === undefined ? [{ path: "README.md", text: readme }] : []),
        ...changes.filter((c) => c.text !== null || head?.files.has(c.path) === true),
    ];
    const { data: tree } = await octokit.rest.git.createTree({
        ...repo,
        ...(head === undefined ? {} : { base_tree: head.tree }),
        tree: (0,branch_file/* treeEntries */.re)(entries),
    });
    const { data: commit } = await octokit.rest.git.createCommit({
        ...repo,
        message,
        tree: tree.sha,
        parents: head === undefined ? [] : [head.commit],
    });
    try {
        if (head === undefined)
            await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${target.branch}`, sha: commit.sha });
        else
            await octokit.rest.git.updateRef({ ...repo, ref: `heads/${target.branch}`, sha: commit.sha, force: false });
    }
    catch (error) {
        // 422: "Update is not a fast forward", or "Reference already exists" for a branch another run just created.
        if ((0,github_status/* httpStatus */.n)(error) === 422)
            return undefined;
        throw error;
    }
    return commit.sha;
}


/***/ }),

/***/ 12240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ parseState),
/* harmony export */   DB: () => (/* binding */ parsePeriod),
/* harmony export */   JX: () => (/* binding */ periodText),
/* harmony export */   r9: () => (/* binding */ stateText)
/* harmony export */ });
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88897);

/**
 * The history's files as text: JSON with one clinic or one event a line, so that a commit's diff shows what
 * changed line by line and a person can read the branch on GitHub. Parsing goes through the schema: a file that
 * does not match is an error that names the file, never silently replaced.
 */
function stateText(state) {
    const clinics = Object.keys(state.clinics)
        .sort()
        .map((id) => `${JSON.stringify(id)}:${JSON.stringify(state.clinics[id])}`);
    const trend = state.patchTrend.map((point) => JSON.stringify(point));
    return [
        `{"version":${state.version},`,
        `"patchTrend":[${trend.length === 0 ? "" : `\n${trend.join(",\n")}\n`}],`,
        `"clinics":{${clinics.length === 0 ? "" : `\n${clinics.join(",\n")}\n`}}}`,
        "",
    ].join("\n");
}
function periodText(file) {
    const events = file.events.map((event) => JSON.stringify(event));
    return [
        `{"version":${file.version},"period":${JSON.stringify(file.period)},"detail":${JSON.stringify(file.detail)},`,
        `"events":[${events.length === 0 ? "" : `\n${events.join(",\n")}\n`}]}`,
        "",
    ].join("\n");
}
function parseJson(text, path) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`history file ${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
}
function parseState(text, path) {
    const parsed = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetStateSchema */ .LI.safeParse(parseJson(text, path));
    if (!parsed.success)
        throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
    return parsed.data;
}
function parsePeriod(text, path) {
    const parsed = _records_js__WEBPACK_IMPORTED_MODULE_0__/* .periodFileSchema */ ["do"].safeParse(parseJson(text, path));
    if (!parsed.success)
        throw new Error(`history file ${path} does not match the schema: ${parsed.error.message}`);
    return parsed.data;
}


/***/ }),

/***/ 71697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ statePath),
/* harmony export */   FU: () => (/* binding */ tokyoDay),
/* harmony export */   Ms: () => (/* binding */ parsePeriodPath),
/* harmony export */   Pt: () => (/* binding */ tokyoWeek),
/* harmony export */   SG: () => (/* binding */ defaultRetention),
/* harmony export */   V1: () => (/* binding */ isoWeekOfDay),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   f_: () => (/* binding */ periodPath),
/* harmony export */   oJ: () => (/* binding */ mondayOfWeek)
/* harmony export */ });
/**
 * Where the history's files sit on its branch, and the calendar they follow. Days and weeks are Asia/Tokyo's (UTC+9
 * all year): the fleet, its team and its maintenance windows live there.
 */
const statePath = "state.json";
const folders = { events: "events", day: "days", week: "weeks" };
function periodPath(detail, period) {
    return `${folders[detail]}/${period}.json`;
}
/** The detail and period a path on the branch holds, or undefined for any other file. */
function parsePeriodPath(path) {
    const match = /^(events|days|weeks)\/(\d{4}-(?:\d{2}-\d{2}|W\d{2}))\.json$/.exec(path);
    if (match === null)
        return undefined;
    const detail = match[1] === "events" ? "events" : match[1] === "days" ? "day" : "week";
    const period = match[2] ?? "";
    const isWeek = period.includes("W");
    return isWeek === (detail === "week") ? { detail, period } : undefined;
}
const tokyoOffsetMs = 9 * 3_600_000;
const dayMs = 86_400_000;
/** The Asia/Tokyo calendar day of an instant, YYYY-MM-DD. */
function tokyoDay(at) {
    return new Date(at.getTime() + tokyoOffsetMs).toISOString().slice(0, 10);
}
/** The ISO 8601 week (Monday first) of a YYYY-MM-DD day, as YYYY-Www. */
function isoWeekOfDay(dayText) {
    const date = new Date(`${dayText}T00:00:00Z`);
    const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
    // The week belongs to the year of its Thursday.
    const thursday = new Date(date.getTime() + (3 - weekday) * dayMs);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * dayMs)) + 1;
    return `${year}-W${String(week).padStart(2, "0")}`;
}
function tokyoWeek(at) {
    return isoWeekOfDay(tokyoDay(at));
}
/** Whole days from day `a` to day `b` (both YYYY-MM-DD); negative when `b` is earlier. */
function daysBetween(a, b) {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
}
/** The Monday (YYYY-MM-DD) that starts an ISO week. */
function mondayOfWeek(week) {
    const match = /^(\d{4})-W(\d{2})$/.exec(week);
    if (match === null)
        throw new Error(`"${week}" is not an ISO week (YYYY-Www)`);
    const year = Number(match[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
    const monday = jan4 - jan4Weekday * dayMs + (Number(match[2]) - 1) * 7 * dayMs;
    return new Date(monday).toISOString().slice(0, 10);
}
const defaultRetention = { eventDays: 14, dayDays: 90, weekWeeks: 156 };


/***/ }),

/***/ 88897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ historyVersion),
/* harmony export */   LI: () => (/* binding */ fleetStateSchema),
/* harmony export */   Ws: () => (/* binding */ complianceStates),
/* harmony export */   "do": () => (/* binding */ periodFileSchema),
/* harmony export */   j_: () => (/* binding */ emptyFleetState),
/* harmony export */   lY: () => (/* binding */ healthClasses)
/* harmony export */ });
/* unused harmony exports outstandingPatchSchema, bySeveritySchema, clinicPatchSchema, clinicStateSchema, fleetPatchSummarySchema, trendPointSchema, historyEventSchema, periodDetails */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);

/**
 * The fleet's history: the one schema that the patch report, the liveness sweep, the rollout and the status site
 * share. Two kinds of file live on the history branch: the fleet's current state (one file, what each clinic is
 * now) and dated period files of events (what changed, and when). Writers change the state; the events are derived
 * from what changed, so a run that changed nothing writes nothing.
 */
const historyVersion = 1;
/** A calendar day in Asia/Tokyo, YYYY-MM-DD. */
const day = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}$/);
/** An instant, ISO 8601 in UTC. */
const instant = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$();
const count = zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative();
/** The liveness sweep's classes, worst last: a rolled-up period keeps the worst one seen. */
const healthClasses = ["healthy", "degraded", "restarting", "down", "unreachable"];
/** One patch that keeps a clinic behind, with the day it was first seen outstanding (for its age). */
const outstandingPatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ severity: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), since: day });
const complianceStates = ["compliant", "non-compliant", "never-scanned", "no-instance"];
/** Patch counts keyed by severity as Patch Manager names it (Critical, Important, ...; "" when it names none). */
const bySeveritySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), count);
/** A clinic's patch compliance as the last report found it. */
const clinicPatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    compliance: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(complianceStates),
    /** The last scan is older than the report's limit. */
    stale: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** The day of the last scan or install operation. */
    scanned: day.optional(),
    missing: bySeveritySchema,
    failed: bySeveritySchema,
    pendingReboot: count,
    rejected: count,
    /** Critical and important patches missing or failed, by patch id (KB id or package). */
    outstanding: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), outstandingPatchSchema),
});
/** What one clinic is now. Each writer owns its part and leaves the others as it found them. */
const clinicStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    health: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ class: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses), since: instant }).optional(),
    release: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), since: instant }).optional(),
    patch: clinicPatchSchema.optional(),
    /** Open incident issues by number. */
    incidents: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive()).optional(),
    /**
     * Where the desired release (clinics/), the instance's tag and what ORCA answers disagree, as the liveness sweep
     * last saw it; absent when they agree. Reported, never fixed by the sweep.
     */
    drift: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        desired: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        tagged: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        running: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        structureBehind: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        mastersBehind: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
    })
        .optional(),
});
/** The fleet's patch counts from one report: a point of the weekly trend. */
const fleetPatchSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    clinics: count,
    compliant: count,
    nonCompliant: count,
    neverScanned: count,
    noInstance: count,
    staleScans: count,
    missing: bySeveritySchema,
    failed: bySeveritySchema,
    pendingRebootClinics: count,
    /** Clinics with a critical or important patch missing or failed. */
    urgentClinics: count,
    criticalClinics: count,
    /** The day the oldest critical or important patch still outstanding was first seen (a day, not an age, so that
     * an unchanged fleet gives an unchanged summary). */
    oldestUrgentSince: day.optional(),
});
/** The patch trend keeps one point per ISO week (the last report of that week). */
const trendPointSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    week: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d{4}-W\d{2}$/),
    summary: fleetPatchSummarySchema,
});
const fleetStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(historyVersion),
    clinics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), clinicStateSchema),
    patchTrend: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(trendPointSchema),
});
const emptyFleetState = { version: historyVersion, clinics: {}, patchTrend: [] };
/**
 * What changed, when. `folded` counts the events a rolled-up one stands for (1 when absent); a rolled-up health
 * event also keeps the worst class of its period.
 */
const eventBase = { at: instant, folded: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive().optional() };
const historyEventSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt("kind", [
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("health"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        class: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses),
        worst: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(healthClasses).optional(),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("release"), ...eventBase, clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("incident"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        issue: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().positive(),
        state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(["opened", "closed"]),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("patch"),
        ...eventBase,
        clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        patch: clinicPatchSchema.omit({ outstanding: true }).extend({ outstanding: count }),
    }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("patch-fleet"), ...eventBase, summary: fleetPatchSummarySchema }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz("clinic-removed"), ...eventBase, clinic: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
]);
/** How much detail a period file keeps: every event, the last per clinic and kind per day, or per ISO week. */
const periodDetails = ["events", "day", "week"];
const periodFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(historyVersion),
    /** A day (YYYY-MM-DD) for events and day files, an ISO week (YYYY-Www) for week files. */
    period: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    detail: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(periodDetails),
    events: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(historyEventSchema),
});


/***/ })

};
