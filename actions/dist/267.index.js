export const id = 267;
export const ids = [267];
export const modules = {

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

/***/ 78611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ createSsmAgents)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34736);

/** DescribeInstanceInformation's InstanceIds filter takes at most 50 ids, and pages hold at most 50. */
const idsPerInformation = 50;
function createSsmAgents(ssm) {
    return {
        async pingStatuses(instanceIds) {
            const statuses = new Map();
            for (let start = 0; start < instanceIds.length; start += idsPerInformation) {
                const batch = instanceIds.slice(start, start + idsPerInformation);
                const pages = (0,_aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .paginateDescribeInstanceInformation */ .KKC)({ client: ssm, pageSize: idsPerInformation }, { Filters: [{ Key: "InstanceIds", Values: batch }] });
                for await (const page of pages) {
                    for (const info of page.InstanceInformationList ?? []) {
                        if (info.InstanceId !== undefined && info.PingStatus !== undefined)
                            statuses.set(info.InstanceId, info.PingStatus);
                    }
                }
            }
            return statuses;
        },
    };
}


/***/ }),

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

/***/ 38788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ createGitHub)
});

// EXTERNAL MODULE: ./actions/lib/adapters/github/branch-file.ts
var branch_file = __webpack_require__(37678);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var render_body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/adapters/github/labels.ts
var labels = __webpack_require__(37700);
// EXTERNAL MODULE: ./actions/lib/adapters/github/sticky-comment.ts
var sticky_comment = __webpack_require__(62820);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/issues.ts




const issueView = schemas/* object */.Ikc({
    state: schemas/* string */.YjP(),
    body: schemas/* string */.YjP().nullable().optional(),
    author_association: schemas/* string */.YjP(),
    user: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable(),
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({ name: schemas/* string */.YjP().optional() })])),
});
function createIssues(octokit, repo) {
    return {
        async get(issueNumber) {
            const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issueNumber });
            const issue = issueView.parse(data);
            return {
                state: issue.state,
                body: issue.body ?? "",
                authorLogin: issue.user?.login ?? "",
                authorAssociation: issue.author_association,
                labels: issue.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
            };
        },
        async upsertSticky(issueNumber, key, body, author) {
            const { url, outcome } = await (0,sticky_comment/* upsertStickyComment */.qD)(octokit, { ...repo, issueNumber, key }, body, author);
            return { url, outcome };
        },
        async findSticky(issueNumber, key, author) {
            const found = await (0,sticky_comment/* findStickyComment */.oC)(octokit, { ...repo, issueNumber, key }, author);
            return found === undefined ? undefined : { id: found.id, body: found.body, url: found.html_url };
        },
        async comment(issueNumber, body) {
            (0,render_body/* assertBodyFits */.$_)(body, "comment");
            await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
        },
        relabel: (issueNumber, changes) => (0,labels/* applyLabelChanges */.C)(octokit, repo, issueNumber, changes),
        async close(issueNumber) {
            await octokit.rest.issues.update({
                ...repo,
                issue_number: issueNumber,
                state: "closed",
                state_reason: "completed",
            });
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/pull-request.ts
var pull_request = __webpack_require__(42528);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/github.ts



function createGitHub(octokit, repo) {
    return {
        repo,
        issues: createIssues(octokit, repo),
        branches: (0,branch_file/* createBranches */.nX)(octokit, repo),
        pulls: (0,pull_request/* createPullRequests */.ae)(octokit, repo),
        teams: octokit,
    };
}


/***/ }),

/***/ 37700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ applyLabelChanges),
/* harmony export */   O: () => (/* binding */ labelChanges)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22889);

/** The smallest change that leaves `wanted` on the issue and none of `unwanted`. */
function labelChanges(current, wanted, unwanted) {
    return {
        add: wanted.filter((l) => !current.includes(l)),
        remove: unwanted.filter((l) => current.includes(l)),
    };
}
/** Applies the changes; a label already gone (404) is what removal wanted. */
async function applyLabelChanges(octokit, repo, issueNumber, changes) {
    if (changes.add.length > 0)
        await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: changes.add });
    for (const name of changes.remove) {
        try {
            await octokit.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
        }
        catch (error) {
            if ((0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error) !== 404)
                throw error;
        }
    }
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

/***/ 12610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ mapBounded)
/* harmony export */ });
/**
 * Runs `work` on every item with at most `limit` in flight, keeping the order of results. One item's rejection
 * is the caller's to catch inside `work`; here it stops nothing else.
 */
async function mapBounded(items, limit, work) {
    const results = new Array(items.length);
    // One iterator shared by every worker: each item is taken exactly once.
    const queue = items.entries();
    const worker = async () => {
        for (const [index, item] of queue)
            results[index] = await work(item, index);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
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

/***/ 29299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ amiIdPattern)
/* harmony export */ });
/** An AMI id as EC2 writes it: `ami-` and 8 (older) or 17 hex digits. */
const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;


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

/***/ 63007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/clients.ts
var clients = __webpack_require__(21981);
// EXTERNAL MODULE: ./actions/lib/adapters/github/github.ts + 1 modules
var github_github = __webpack_require__(38788);
// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ec2-inventory.ts
var ec2_inventory = __webpack_require__(4086);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/client-token.ts
/** EC2 accepts ClientTokens of at most 64 ASCII characters. */
const maxClientTokenLength = 64;
/**
 * The RunInstances ClientToken for a clinic. It depends on the clinic's identity and launch generation alone, never
 * on the request: a retried or re-run launch then returns the instance that the first one made, and a changed
 * request for the same clinic fails with IdempotentParameterMismatch instead of quietly making a second instance.
 * Generation 1 is the token every instance launched before generations existed carries, so none is re-created; a
 * person bumps the generation after terminating the clinic's instance by hand, and the next apply launches anew.
 */
function clientToken(clinic) {
    const generation = clinic.launchGeneration ?? 1;
    const token = generation === 1 ? `orca-fleet-${clinic.id}` : `orca-fleet-${clinic.id}-g${generation}`;
    // Clinic ids are at most 40 lowercase ASCII characters and generations 3 digits, so this holds for every valid clinic.
    if (token.length > maxClientTokenLength || !/^[\x21-\x7e]+$/.test(token)) {
        throw new Error(`clinic id "${clinic.id}" cannot make a ClientToken of at most 64 ASCII characters`);
    }
    return token;
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/launch-request.ts



/** Ubuntu's images boot from this device; the mapping makes its volume encrypted gp3. */
const rootDevice = "/dev/sda1";
/** Room for ORCA, PostgreSQL 14 and local dump generations before they go to the backup bucket. */
const rootVolumeGiB = 50;
/** A clinic whose instance settings name something fleet.yml does not define. */
class LaunchSettingsError extends Error {
    name = "LaunchSettingsError";
}
/** The tags on the instance and on its volumes: how every flow finds and describes a clinic's server. */
function instanceTags(clinic, amiId) {
    return [
        { Key: instance_tags/* tagKeys */.b.clinic, Value: clinic.id },
        { Key: instance_tags/* tagKeys */.b.name, Value: `orca-${clinic.id}` },
        { Key: instance_tags/* tagKeys */.b.orcaVersion, Value: clinic.orca.version },
        { Key: instance_tags/* tagKeys */.b.ami, Value: amiId },
        { Key: instance_tags/* tagKeys */.b.managedBy, Value: instance_tags/* managedByValue */.s },
    ];
}
/**
 * The clinic's instance profile: fleet.yml's `instanceProfile` is the prefix the stack names each clinic's profile
 * with (its InstanceProfilePrefix output, which `orca-fleet setup fleet` writes there), followed by the clinic's id.
 */
function clinicInstanceProfile(clinic, fleet) {
    return `${fleet.instanceProfile}-${clinic.id}`;
}
/** The subnet id and security group ids for a clinic, from fleet.yml's logical names. */
function resolveNetwork(clinic, fleet) {
    const subnet = fleet.subnets[clinic.instance.subnet];
    if (subnet === undefined) {
        throw new LaunchSettingsError(`instance.subnet "${clinic.instance.subnet}" is not in fleet.yml subnets (known: ${Object.keys(fleet.subnets).join(", ")})`);
    }
    const securityGroupIds = subnet.securityGroups.map((logical) => {
        const id = fleet.securityGroups[logical];
        if (id === undefined) {
            throw new LaunchSettingsError(`subnet "${clinic.instance.subnet}" names security group "${logical}", which fleet.yml securityGroups lacks`);
        }
        return id;
    });
    return { subnetId: subnet.id, securityGroupIds };
}
/**
 * The one RunInstances request for a clinic. Every setting the guidelines require is fixed here: no public
 * address, IMDSv2 only, encrypted volumes, termination and stop protection, and a shutdown from inside the
 * instance that stops rather than terminates.
 */
function launchRequest(input) {
    const { clinic, fleet, amiId } = input;
    const { subnetId, securityGroupIds } = resolveNetwork(clinic, fleet);
    const tags = instanceTags(clinic, amiId);
    const instanceType = clinic.instance.type;
    if (!isInstanceType(instanceType)) {
        throw new LaunchSettingsError(`instance.type "${instanceType}" is not an EC2 instance type`);
    }
    return {
        ImageId: amiId,
        InstanceType: instanceType,
        MinCount: 1,
        MaxCount: 1,
        ClientToken: clientToken(clinic),
        // The clinic's own profile (infra makes one per clinic file), so its server reaches only its own secrets,
        // record and backups.
        IamInstanceProfile: { Name: clinicInstanceProfile(clinic, fleet) },
        NetworkInterfaces: [
            {
                DeviceIndex: 0,
                SubnetId: subnetId,
                Groups: securityGroupIds,
                AssociatePublicIpAddress: false,
                DeleteOnTermination: true,
            },
        ],
        MetadataOptions: {
            HttpTokens: "required",
            HttpEndpoint: "enabled",
            // One hop: only the instance itself, not a container on it, reaches the metadata service.
            HttpPutResponseHopLimit: 1,
        },
        BlockDeviceMappings: [
            {
                DeviceName: rootDevice,
                // The volume outlives an accidental termination: a clinic's data is never deleted by the toolkit.
                Ebs: { VolumeType: "gp3", VolumeSize: rootVolumeGiB, Encrypted: true, DeleteOnTermination: false },
            },
        ],
        DisableApiTermination: true,
        DisableApiStop: true,
        InstanceInitiatedShutdownBehavior: "stop",
        TagSpecifications: [
            { ResourceType: "instance", Tags: tags },
            { ResourceType: "volume", Tags: tags },
        ],
        UserData: Buffer.from(input.userData, "utf8").toString("base64"),
    };
}
const knownInstanceTypes = new Set(Object.values(dist_cjs/* _InstanceType */.j$P));
function isInstanceType(value) {
    return knownInstanceTypes.has(value);
}
/**
 * The reviewed request plus the run that launches it, on the instance. Not part of what the review sealed (the run
 * is not known before the merge); EC2 compares it with the token's first request, so of two applies at once the
 * second is answered IdempotentParameterMismatch instead of silently sharing the first one's launch.
 */
function withLaunchedBy(request, runId) {
    const tag = { Key: instance_tags/* tagKeys */.b.launchedBy, Value: runId };
    return {
        ...request,
        TagSpecifications: (request.TagSpecifications ?? []).map((spec) => spec.ResourceType === "instance" ? { ...spec, Tags: [...(spec.Tags ?? []), tag] } : spec),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/flows/bake-ami/ami-id.ts
var ami_id = __webpack_require__(29299);
;// CONCATENATED MODULE: ./actions/lib/core/cloud-init/assets.generated.json
const assets_generated_namespaceObject = /*#__PURE__*/JSON.parse('{"template":"# The per-clinic user-data. actions/lib/core/cloud-init/render.ts fills in the hostname and writes the clinic\'s settings\\n# to /etc/orca-fleet/clinic.env; \\"@file:<path>\\" contents come from this folder. No secret belongs here: anyone who\\n# may describe the instance can read its user-data, so the scripts fetch secrets with the instance role at boot.\\ntimezone: Asia/Tokyo\\npreserve_hostname: false\\nmanage_etc_hosts: true\\nwrite_files:\\n  - path: /usr/local/sbin/orca-fleet-register-dns\\n    permissions: \\"0755\\"\\n    content: \\"@file:scripts/register-dns.sh\\"\\n  - path: /usr/local/sbin/orca-fleet-fetch-secrets\\n    permissions: \\"0700\\"\\n    content: \\"@file:scripts/fetch-secrets.sh\\"\\n  - path: /usr/local/sbin/orca-fleet-setup-orca\\n    permissions: \\"0700\\"\\n    content: \\"@file:scripts/setup-orca.sh\\"\\n  - path: /usr/local/sbin/orca-fleet-backup\\n    permissions: \\"0700\\"\\n    content: \\"@file:scripts/backup.sh\\"\\n  - path: /etc/systemd/system/orca-fleet-dns.service\\n    permissions: \\"0644\\"\\n    content: \\"@file:systemd/orca-fleet-dns.service\\"\\n  - path: /etc/systemd/system/orca-fleet-backup.service\\n    permissions: \\"0644\\"\\n    content: \\"@file:systemd/orca-fleet-backup.service\\"\\n  - path: /etc/systemd/system/orca-fleet-backup.timer\\n    permissions: \\"0644\\"\\n    content: \\"@file:systemd/orca-fleet-backup.timer\\"\\n  # The healthcheck\'s credentials: where they go (read by the SSM documents too), the script that writes them, and\\n  # its unit and daily timer, so a rotation by `orca-fleet certs sync` arrives without a person.\\n  - path: /etc/orca-fleet/probe-credentials.env\\n    permissions: \\"0644\\"\\n    content: \\"@file:probe-credentials.env\\"\\n  - path: /usr/local/sbin/orca-fleet-probe-credentials\\n    permissions: \\"0700\\"\\n    content: \\"@file:scripts/probe-credentials.sh\\"\\n  - path: /etc/systemd/system/orca-fleet-probe-credentials.service\\n    permissions: \\"0644\\"\\n    content: \\"@file:systemd/orca-fleet-probe-credentials.service\\"\\n  - path: /etc/systemd/system/orca-fleet-probe-credentials.timer\\n    permissions: \\"0644\\"\\n    content: \\"@file:systemd/orca-fleet-probe-credentials.timer\\"\\nruncmd:\\n  # The SSM agent (a snap in Canonical\'s images) registers with the instance role; the fleet reaches clinics only so.\\n  - [systemctl, enable, --now, snap.amazon-ssm-agent.amazon-ssm-agent.service]\\n  - [systemctl, daemon-reload]\\n  - [systemctl, enable, --now, orca-fleet-dns.service]\\n  # Runs once per instance, as all of runcmd does; when it fails, a person re-runs it (it is safe to repeat, see the\\n  # script\'s head) and the healthcheck then tells whether ORCA answers.\\n  - [/usr/local/sbin/orca-fleet-setup-orca]\\n  - [systemctl, enable, --now, orca-fleet-backup.timer]\\n  # The healthcheck\'s credentials now (systemctl waits for the oneshot), then daily.\\n  - [systemctl, start, orca-fleet-probe-credentials.service]\\n  - [systemctl, enable, --now, orca-fleet-probe-credentials.timer]\\n","files":{"probe-credentials.env":"# Where the healthcheck\'s credentials live on a clinic server, said once. cloud-init installs this file as\\n# /etc/orca-fleet/probe-credentials.env for orca-fleet-probe-credentials (cloud-init/scripts/probe-credentials.sh),\\n# which writes the files; the SSM documents take their tlsDir and netrcFile defaults and the file names from it\\n# (ssm-documents/src/documents.ts). Plain KEY=value lines: sourced by bash, read by the generator.\\nPROBE_TLS_DIR=/etc/orca-fleet/tls\\nPROBE_CLIENT_CERT=client.crt\\nPROBE_CLIENT_KEY=client.key\\nPROBE_CA_CERT=ca.crt\\nPROBE_SERVER_NAME=server-name\\nPROBE_NETRC=/etc/orca-fleet/orca-api.netrc\\n","scripts/backup.sh":"#!/usr/bin/env bash\\n# Dumps ORCA\'s database in custom format (ORCA\'s recommendation, restored with pg_restore) and stores it in the\\n# fleet\'s Object Lock bucket under a new key with a COMPLIANCE retention, so no generation can be overwritten.\\nset -euo pipefail\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/clinic.env\\n\\nstamp=$(date -u +%Y%m%dT%H%M%SZ)\\nuntil=$(date -u -d \\"+${BACKUP_RETENTION_DAYS} days\\" +%Y-%m-%dT%H:%M:%SZ)\\ndump=$(mktemp /var/tmp/orca-XXXXXX.dump)\\ntrap \'rm -f \\"${dump}\\"\' EXIT\\n\\nrunuser -u orca -- pg_dump -Fc -d orca >\\"${dump}\\"\\npg_restore --list \\"${dump}\\" >/dev/null # a dump that cannot be listed is not a backup\\naws s3api put-object --region \\"${AWS_REGION}\\" --bucket \\"${BACKUP_BUCKET}\\" \\\\\\n  --key \\"${CLINIC_ID}/orca-${stamp}.dump\\" --body \\"${dump}\\" \\\\\\n  --server-side-encryption aws:kms --checksum-algorithm SHA256 \\\\\\n  --object-lock-mode COMPLIANCE --object-lock-retain-until-date \\"${until}\\" >/dev/null\\necho \\"backup ${CLINIC_ID}/orca-${stamp}.dump kept until ${until}\\"\\n","scripts/fetch-secrets.sh":"#!/usr/bin/env bash\\n# Fetches this clinic\'s secrets from SSM SecureString parameters with the instance role, so that user-data (readable\\n# by anyone who may describe the instance) never holds them. The TLS files are owned by orca and readable by it\\n# alone; the ormaster password goes to a root-only folder in /run (tmpfs), where setup-orca.sh hands it to ORCA and\\n# removes it.\\nset -euo pipefail\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/clinic.env\\n\\nconf=/opt/jma/weborca/conf\\nfetch() { # fetch <parameter name> <file>\\n  umask 077\\n  aws ssm get-parameter --region \\"${AWS_REGION}\\" --with-decryption --name \\"$1\\" \\\\\\n    --query Parameter.Value --output text >\\"$2.tmp\\"\\n  install -o orca -g orca -m 0400 \\"$2.tmp\\" \\"$2\\"\\n  rm -f \\"$2.tmp\\"\\n}\\n\\ninstall -d -o orca -g orca -m 0750 \\"${conf}\\"\\nfetch \\"${SECRETS_PREFIX}/${CLINIC_ID}/tls/server.crt\\" \\"${conf}/server.crt\\"\\nfetch \\"${SECRETS_PREFIX}/${CLINIC_ID}/tls/server.pem\\" \\"${conf}/server.pem\\"\\nfetch \\"${SECRETS_PREFIX}/tls/ca.crt\\" \\"${conf}/ca.crt\\"\\ninstall -d -o root -g root -m 0700 /run/orca-fleet\\nfetch \\"${SECRETS_PREFIX}/${CLINIC_ID}/ormaster-password\\" /run/orca-fleet/ormaster-password\\n","scripts/probe-credentials.sh":"#!/usr/bin/env bash\\n# Writes what the healthcheck presents to ORCA, from SSM SecureString parameters read with the instance role: the\\n# client certificate and key for ORCA\'s client verification, the fleet\'s CA (it signed ORCA\'s server certificate),\\n# the name that certificate carries, and a netrc with the ORCA API operator. Root-only, mode 0400, where\\n# /etc/orca-fleet/probe-credentials.env says (the SSM documents read the same file). Safe to run again: a file is\\n# replaced, atomically, only when its parameter changed, so a re-run (the daily timer, or by hand right after\\n# `orca-fleet certs sync`) rotates them.\\nset -euo pipefail\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/clinic.env\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/probe-credentials.env\\n\\numask 077\\nfolder=\\"${SECRETS_PREFIX}/${CLINIC_ID}\\"\\nchanged=0\\n\\nfetch() { # fetch <parameter name>: its value on stdout\\n  aws ssm get-parameter --region \\"${AWS_REGION}\\" --with-decryption --name \\"$1\\" \\\\\\n    --query Parameter.Value --output text\\n}\\n\\n# curl reads the first netrc entry that matches; \\"default\\" matches the name the probe asks for, whatever it is.\\nnetrc() {\\n  local login password\\n  login=$(fetch \\"${folder}/api-operator/login\\") || return 1\\n  password=$(fetch \\"${folder}/api-operator/password\\") || return 1\\n  if [[ ! ${login} =~ ^[^[:space:]]+$ || ! ${password} =~ ^[^[:space:]]+$ ]]; then\\n    echo \\"the API operator\'s login and password must be non-empty and without blanks (netrc cannot hold them)\\" >&2\\n    return 1\\n  fi\\n  printf \'default login %s password %s\\\\n\' \\"${login}\\" \\"${password}\\"\\n}\\n\\nput() { # put <file> <command...>: the command\'s output becomes <file>, root-only and read-only, when it differs\\n  local file=$1 staged\\n  shift\\n  staged=$(mktemp \\"${file}.XXXXXX\\")\\n  if ! \\"$@\\" >\\"${staged}\\"; then\\n    rm -f \\"${staged}\\"\\n    echo \\"probe credentials: ${file} left as it was\\" >&2\\n    return 1\\n  fi\\n  if [[ -f ${file} ]] && cmp -s \\"${staged}\\" \\"${file}\\"; then\\n    rm -f \\"${staged}\\"\\n    return 0\\n  fi\\n  chmod 0400 \\"${staged}\\"\\n  mv -f \\"${staged}\\" \\"${file}\\"\\n  changed=$((changed + 1))\\n  echo \\"probe credentials: wrote ${file}\\"\\n}\\n\\ninstall -d -m 0700 \\"${PROBE_TLS_DIR}\\"\\nmkdir -p \\"$(dirname \\"${PROBE_NETRC}\\")\\"\\nput \\"${PROBE_TLS_DIR}/${PROBE_CLIENT_CERT}\\" fetch \\"${folder}/tls/client.crt\\"\\nput \\"${PROBE_TLS_DIR}/${PROBE_CLIENT_KEY}\\" fetch \\"${folder}/tls/client.pem\\"\\nput \\"${PROBE_TLS_DIR}/${PROBE_CA_CERT}\\" fetch \\"${SECRETS_PREFIX}/tls/ca.crt\\"\\nput \\"${PROBE_TLS_DIR}/${PROBE_SERVER_NAME}\\" printf \'%s\\\\n\' \\"${CLINIC_FQDN}\\"\\nput \\"${PROBE_NETRC}\\" netrc\\necho \\"probe credentials: ${changed} file(s) changed for ${CLINIC_ID}\\"\\n","scripts/register-dns.sh":"#!/usr/bin/env bash\\n# Registers this instance\'s private IP under its clinic name in the fleet\'s private zone. UPSERT makes every boot\\n# idempotent, and the unit runs it on every boot, as the private IP can change; the instance role may only UPSERT this\\n# clinic\'s own A record (infra/policies/instance.policy.json).\\nset -euo pipefail\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/clinic.env\\n\\ntoken=$(curl -fsS -X PUT -H \'X-aws-ec2-metadata-token-ttl-seconds: 300\' http://169.254.169.254/latest/api/token)\\nip=$(curl -fsS -H \\"X-aws-ec2-metadata-token: ${token}\\" http://169.254.169.254/latest/meta-data/local-ipv4)\\n\\nchange=$(jq -n --arg name \\"${CLINIC_FQDN}.\\" --arg ip \\"${ip}\\" \'{\\n  Comment: \\"orca-fleet: clinic private address\\",\\n  Changes: [{Action: \\"UPSERT\\", ResourceRecordSet: {Name: $name, Type: \\"A\\", TTL: 60, ResourceRecords: [{Value: $ip}]}}]\\n}\')\\naws route53 change-resource-record-sets --hosted-zone-id \\"${DNS_ZONE_ID}\\" --change-batch \\"${change}\\" >/dev/null\\necho \\"registered ${CLINIC_FQDN} -> ${ip}\\"\\n","scripts/setup-orca.sh":"#!/usr/bin/env bash\\n# First-boot WebORCA setup: program update and database setup, TLS client-certificate verification, the ormaster\\n# password. cloud-init runs it once per instance (runcmd) and does NOT run it again on a later boot. It is safe to\\n# re-run by hand when the first run failed (its log is /var/log/orca-fleet-setup.log):\\n#   sudo /usr/local/sbin/orca-fleet-setup-orca\\n# Each step repeats safely: the secrets are fetched again, weborca-install and jma-setup are ORCA\'s repeatable\\n# update steps, set_conf replaces a line rather than adding a second, and the password is stored again.\\nset -euo pipefail\\n# shellcheck source=/dev/null\\n. /etc/orca-fleet/clinic.env\\n\\nconf=/opt/jma/weborca/conf/jma-receipt.conf\\nlog=/var/log/orca-fleet-setup.log\\nexec > >(tee -a \\"${log}\\") 2>&1\\n\\nset_conf() { # set_conf <key> <value>: replace the key\'s line or append it\\n  if grep -q \\"^$1=\\" \\"${conf}\\"; then\\n    sed -i \\"s|^$1=.*|$1=$2|\\" \\"${conf}\\"\\n  else\\n    printf \'%s=%s\\\\n\' \\"$1\\" \\"$2\\" >>\\"${conf}\\"\\n  fi\\n}\\n\\n/usr/local/sbin/orca-fleet-fetch-secrets\\n\\n# weborca-install fetches and installs the current program modules (the program update); jma-setup then brings the\\n# database structure up to them. Both are ORCA\'s documented, repeatable steps.\\nsystemctl stop jma-receipt-weborca || true\\nweborca-install\\n/opt/jma/weborca/app/bin/jma-setup\\n\\n# WebORCA\'s own SSL client verification: HTTPS on port 8000, clients need a certificate from the fleet\'s CA.\\nset_conf SERVER_CRT /opt/jma/weborca/conf/server.crt\\nset_conf SERVER_PEM /opt/jma/weborca/conf/server.pem\\nset_conf CA_CRT /opt/jma/weborca/conf/ca.crt\\n\\n# passwd_store.sh reads the password on stdin; the file lives in /run (tmpfs) and is removed right after.\\n/opt/jma/weborca/app/bin/passwd_store.sh ormaster </run/orca-fleet/ormaster-password\\nrm -f /run/orca-fleet/ormaster-password\\n\\nsystemctl enable --now jma-receipt-weborca\\necho \\"orca-fleet: WebORCA ready for ${CLINIC_ID} (${ORCA_VERSION}) on ${AMI_ID}\\"\\n","systemd/orca-fleet-backup.service":"[Unit]\\nDescription=orca-fleet: pg_dump of ORCA\'s database to the fleet\'s Object Lock bucket\\nAfter=postgresql.service network-online.target\\nWants=network-online.target\\n\\n[Service]\\nType=oneshot\\nExecStart=/usr/local/sbin/orca-fleet-backup\\n","systemd/orca-fleet-backup.timer":"[Unit]\\nDescription=orca-fleet: nightly ORCA database backup\\n\\n[Timer]\\nOnCalendar=*-*-* 02:00:00\\nRandomizedDelaySec=30min\\nPersistent=true\\n\\n[Install]\\nWantedBy=timers.target\\n","systemd/orca-fleet-dns.service":"[Unit]\\nDescription=orca-fleet: register the private address in the fleet\'s private zone\\nAfter=network-online.target\\nWants=network-online.target\\n\\n[Service]\\nType=oneshot\\nExecStart=/usr/local/sbin/orca-fleet-register-dns\\nRestart=on-failure\\nRestartSec=30\\n\\n[Install]\\nWantedBy=multi-user.target\\n","systemd/orca-fleet-probe-credentials.service":"[Unit]\\nDescription=orca-fleet: write or rotate the healthcheck\'s client certificate, CA and API netrc from SSM\\nAfter=network-online.target\\nWants=network-online.target\\n\\n[Service]\\nType=oneshot\\nExecStart=/usr/local/sbin/orca-fleet-probe-credentials\\n","systemd/orca-fleet-probe-credentials.timer":"[Unit]\\nDescription=orca-fleet: pick up rotated healthcheck credentials daily\\n\\n[Timer]\\nOnCalendar=daily\\nRandomizedDelaySec=1h\\nPersistent=true\\n\\n[Install]\\nWantedBy=timers.target\\n"}}');
;// CONCATENATED MODULE: ./actions/lib/core/cloud-init/secret-scan.ts
/** What a secret looks like in text: user data is readable by anyone who may describe the instance. */
const patterns = [
    { name: "private key block", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
    { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { name: "AWS secret access key", pattern: /aws_secret_access_key\s*[=:]/i },
    // A literal value after a secret-sounding key; `$var` and `$(cmd)` are references, not values.
    {
        name: "password or token value",
        pattern: /(?:password|passwd|pwd|secret|token|api[_-]?key)\s*[=:]\s*['"]?[^\s'"$]{4,}/i,
    },
    { name: "long base64 blob", pattern: /[A-Za-z0-9+/]{40,}={0,2}/ },
];
/** Every line that looks like it holds a secret, by kind; empty when the text is clean. */
function findSecrets(text) {
    return text
        .split("\n")
        .flatMap((lineText, index) => patterns.filter(({ pattern }) => pattern.test(lineText)).map(({ name }) => ({ name, line: index + 1 })));
}

;// CONCATENATED MODULE: ./actions/lib/core/cloud-init/render.ts





/** EC2 refuses user data above 16 KB, counted before base64. */
const userDataLimitBytes = 16_384;
const fileReference = "@file:";
/** Written by scripts/generators/cloud-init.ts from cloud-init/ (`npm run generate`). */
const assetsSchema = schemas/* strictObject */.rej({ template: schemas/* string */.YjP(), files: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()) });
const { template, files } = assetsSchema.parse(assets_generated_namespaceObject);
const templateSchema = schemas/* looseObject */._H3({
    write_files: schemas/* array */.YOg(schemas/* strictObject */.rej({
        path: schemas/* string */.YjP().startsWith("/"),
        permissions: schemas/* string */.YjP().regex(/^0[0-7]{3}$/),
        content: schemas/* string */.YjP(),
    })),
});
/** The clinic's fully qualified name in the fleet's private zone. */
function clinicFqdn(clinic, fleet) {
    return `${clinic.id}.${fleet.dns.domain.replace(/\.$/, "")}`;
}
/** Single-quoted for the shell: the scripts source this file, so no value may run as code. */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
/** The settings the boot scripts read; names and places only, never a secret. */
function clinicEnv({ clinic, fleet, amiId }) {
    const settings = {
        CLINIC_ID: clinic.id,
        CLINIC_FQDN: clinicFqdn(clinic, fleet),
        ORCA_VERSION: clinic.orca.version,
        AMI_ID: amiId,
        AWS_REGION: fleet.region,
        DNS_ZONE_ID: fleet.dns.zoneId,
        BACKUP_BUCKET: fleet.backup.bucket,
        BACKUP_RETENTION_DAYS: String(fleet.backup.retentionDays),
        SECRETS_PREFIX: fleet.secrets.parameterPrefix.replace(/\/$/, ""),
    };
    return Object.entries(settings)
        .map(([key, value]) => `${key}=${shellQuote(value)}\n`)
        .join("");
}
function resolveContent(content) {
    if (!content.startsWith(fileReference))
        return content;
    const name = content.slice(fileReference.length);
    const text = files[name];
    if (text === undefined)
        throw new Error(`cloud-init/user-data.yaml refers to ${name}, which is not in cloud-init/`);
    return text;
}
/**
 * The #cloud-config user data for one clinic's instance. Throws when the AMI id is malformed, the result would
 * exceed EC2's limit or anything in it looks like a secret, so no launch carries a refused or leaking boot script.
 */
function renderUserData(input) {
    if (!ami_id/* amiIdPattern */.H.test(input.amiId)) {
        throw new Error(`"${input.amiId}" is not an AMI id (ami- and 8 to 17 hex digits)`);
    }
    const { write_files: writeFiles, ...rest } = templateSchema.parse((0,dist/* parse */.qg)(template));
    const fqdn = clinicFqdn(input.clinic, input.fleet);
    const config = {
        hostname: input.clinic.id,
        fqdn,
        ...rest,
        write_files: [
            { path: "/etc/orca-fleet/clinic.env", permissions: "0644", content: clinicEnv(input) },
            ...writeFiles.map((file) => ({ ...file, content: resolveContent(file.content) })),
        ],
    };
    const text = `#cloud-config\n${(0,dist/* stringify */.As)(config, { lineWidth: 0 })}`;
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > userDataLimitBytes) {
        throw new Error(`user data for ${input.clinic.id} is ${bytes} bytes; EC2 accepts at most ${userDataLimitBytes}`);
    }
    const secrets = findSecrets(text);
    if (secrets.length > 0) {
        const where = secrets.map(({ name, line }) => `${name} on line ${line}`).join(", ");
        throw new Error(`user data for ${input.clinic.id} looks like it holds a secret (${where}); secrets belong in SSM`);
    }
    return text;
}

// EXTERNAL MODULE: ./actions/lib/core/map-bounded.ts
var map_bounded = __webpack_require__(12610);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/probe-reason.ts
var probe_reason = __webpack_require__(7640);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/orca-ready.ts

/** The document apply runs on new servers, created by sync-documents. */
const healthcheckDocument = "orca-healthcheck";
/** A service that is not active: the first boot did not bring ORCA up. A v1 line knows only the connection. */
function serviceDown(line) {
    return line.v === 2 ? !line.services.orca || !line.services.postgresql : line.status === "unreachable";
}
function readinessOf(outcome) {
    if (outcome === undefined)
        return { verdict: "not-answering", detail: "no healthcheck finished" };
    const { result } = outcome;
    if (!result.ok || result.result.document !== healthcheckDocument) {
        return { verdict: "not-answering", detail: (0,probe_reason/* probeReason */.J_)(outcome) };
    }
    const line = result.result;
    if ((0,probe_reason/* orcaServes */.m0)(outcome))
        return { verdict: "answers", status: line.status };
    const services = line.v === 2 ? `; orca ${active(line.services.orca)}, postgresql ${active(line.services.postgresql)}` : "";
    return {
        verdict: serviceDown(line) ? "first-boot-failed" : "not-answering",
        status: line.status,
        detail: `${(0,probe_reason/* probeReason */.J_)(outcome)}${services}`,
    };
}
const active = (up) => (up ? "active" : "not active");
/** A round may run past the deadline by this much beyond the probe's own timeout, so the last one can finish. */
const roundSlackMs = 60_000;
/**
 * Runs the healthcheck on the new servers through the one command runner, again with backoff for those whose ORCA
 * does not serve yet (a first boot takes minutes), until each serves or the deadline passes. Each round is one
 * command per 50 instances; a server that answered is not asked again.
 */
async function probeUntilOrcaAnswers(commands, instanceIds, options) {
    const readiness = new Map(instanceIds.map((id) => [id, readinessOf(undefined)]));
    let waiting = [...instanceIds];
    for (let round = 1; waiting.length > 0; round++) {
        const now = options.clock.now().getTime();
        const roundEnd = now + options.probeTimeoutSeconds * 1000 + roundSlackMs;
        const run = await commands.run({
            document: healthcheckDocument,
            instanceIds: waiting,
            identity: `${options.identity} probe ${round}`,
            since: options.since,
            parameters: { probeTimeoutSeconds: [String(options.probeTimeoutSeconds)] },
            // Every new server, whatever fails: one failed first boot must not stop the others' probes.
            maxConcurrency: "100%",
            maxErrors: "100%",
        }, { deadline: new Date(Math.max(options.deadline.getTime(), roundEnd)) });
        for (const outcome of run.outcomes)
            readiness.set(outcome.instanceId, readinessOf(outcome));
        waiting = waiting.filter((id) => readiness.get(id)?.verdict !== "answers");
        const pause = Math.min(options.firstPauseMs * 2 ** (round - 1), options.maxPauseMs);
        if (waiting.length === 0 || options.clock.now().getTime() + pause > options.deadline.getTime())
            break;
        await options.sleep(pause);
    }
    return readiness;
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/problems.ts
const hints = {
    IdempotentParameterMismatch: {
        en: "An earlier launch for this clinic used the same ClientToken with different settings (the AMI, instance type, subnet or user-data changed since). EC2 keeps a token for at least 24 hours after its instance ends, so the toolkit never makes a second instance under a new token. Find the earlier instance by the tag orca-fleet:clinic; if it exists, nothing more is needed; if it was terminated on purpose, add one to launchGeneration in the clinic file and merge: the next apply launches under a new token.",
        ja: "このクリニックは以前に同じ ClientToken で異なる設定（AMI・インスタンスタイプ・サブネット・user-data）で起動されています。EC2 はインスタンス終了後も少なくとも 24 時間トークンを保持するため、新しいトークンで二台目を作ることはしません。タグ orca-fleet:clinic で以前のインスタンスを探してください。存在すれば対応は不要です。意図して終了したのであれば、クリニックファイルの launchGeneration を 1 つ上げてマージしてください。次の apply が新しいトークンで起動します。",
    },
    InsufficientInstanceCapacity: {
        en: "AWS has no capacity for this instance type in this subnet's Availability Zone right now. Re-run the apply workflow later, or choose another instance type or subnet in the clinic file.",
        ja: "このサブネットのアベイラビリティーゾーンで、このインスタンスタイプの空きがありません。時間をおいて apply ワークフローを再実行するか、クリニックファイルでインスタンスタイプかサブネットを変えてください。",
    },
    "InvalidSubnetID.NotFound": {
        en: "The subnet id in fleet.yml does not exist in this account and region. Correct fleet.yml subnets.",
        ja: "fleet.yml のサブネット ID がこのアカウント・リージョンに存在しません。fleet.yml の subnets を直してください。",
    },
    "InvalidGroup.NotFound": {
        en: "A security group id in fleet.yml does not exist in this account and region. Correct fleet.yml securityGroups.",
        ja: "fleet.yml のセキュリティグループ ID がこのアカウント・リージョンに存在しません。fleet.yml の securityGroups を直してください。",
    },
    LaunchSettingsError: {
        en: "The clinic file names a setting fleet.yml does not define. Correct the clinic file or fleet.yml; `orca-fleet validate clinics/` shows the same problem.",
        ja: "クリニックファイルが fleet.yml にない設定を参照しています。クリニックファイルか fleet.yml を直してください（`orca-fleet validate clinics/` でも確認できます）。",
    },
    RequestLimitExceeded: {
        en: "EC2 kept throttling after every retry. Re-run the apply workflow: launches already made are found again by their ClientToken.",
        ja: "再試行後も EC2 のスロットリングが続きました。apply ワークフローを再実行してください。起動済みのものは ClientToken で再検出されます。",
    },
    NotReady: {
        en: "The instance was launched but did not reach running with its SSM agent Online in time. Check its console output and the SSM agent; re-running apply creates nothing new.",
        ja: "インスタンスは起動しましたが、時間内に running かつ SSM エージェント Online になりませんでした。コンソール出力と SSM エージェントを確認してください。apply を再実行しても新規作成はされません。",
    },
    FirstBootFailed: {
        en: "The server runs, but its first boot did not bring ORCA up: the healthcheck finds ORCA's or PostgreSQL's service not active. Read /var/log/cloud-init-output.log on the server (Session Manager), fix the cause and run /usr/local/sbin/orca-fleet-setup-orca again (safe to repeat); then re-run the apply workflow: it probes again and closes the request once ORCA answers. Nothing new is created.",
        ja: "サーバーは稼働していますが、初回起動で ORCA が立ち上がりませんでした（ヘルスチェックで ORCA または PostgreSQL のサービスが active ではありません）。Session Manager でサーバーの /var/log/cloud-init-output.log を確認し、原因を直して /usr/local/sbin/orca-fleet-setup-orca を再実行してください（繰り返し実行して安全です）。その後 apply ワークフローを再実行すると、再度ヘルスチェックを行い、ORCA が応答すれば申請をクローズします。新規作成はされません。",
    },
    OrcaNotAnswering: {
        en: "The server runs and its agent is Online, but ORCA did not answer its healthcheck healthy within fleet.yml provision.firstBootMinutes (the status above says what the probe saw). A first boot may still be finishing: re-run the apply workflow later; it probes again and closes the request once ORCA answers. Nothing new is created.",
        ja: "サーバーは稼働しエージェントも Online ですが、fleet.yml の provision.firstBootMinutes 以内に ORCA がヘルスチェックに正常応答しませんでした（上記の状態がプローブの結果です）。初回起動がまだ終わっていない可能性があります。時間をおいて apply ワークフローを再実行してください。再度ヘルスチェックを行い、ORCA が応答すれば申請をクローズします。新規作成はされません。",
    },
    Terminated: {
        en: "EC2 answered with the instance this clinic's ClientToken launched before, and it is terminated: EC2 remembers a token, so the same generation never launches again. If it was terminated on purpose, add one to launchGeneration in the clinic file and merge; the next apply launches a new instance.",
        ja: "EC2 はこのクリニックの ClientToken で以前に起動したインスタンスを返しましたが、終了済みです。EC2 はトークンを記憶するため、同じ世代では再起動できません。意図して終了したのであれば、クリニックファイルの launchGeneration を 1 つ上げてマージしてください。次の apply が新しいインスタンスを起動します。",
    },
    Stopped: {
        en: "The instance left the running state by itself (see its state reason). It is not terminated by the toolkit; an operator decides what to do.",
        ja: "インスタンスが自ら running 以外の状態になりました（状態理由を確認してください）。ツールは終了させません。運用担当が判断してください。",
    },
};
const fallback = {
    en: "The launch failed; the error above says why. Other clinics were not affected. Fix the cause and re-run the apply workflow.",
    ja: "起動に失敗しました。理由は上記のエラーのとおりです。他のクリニックには影響していません。原因を直して apply ワークフローを再実行してください。",
};
/** Explains a failure by its error name, never by the text of its message. */
function explain(code, detail) {
    return { code, detail, hint: hints[code] ?? fallback };
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/wait.ts

const firstIntervalMs = 1000;
/** States from which an instance will not reach running without a person. */
const finalStates = new Set(["shutting-down", "terminated", "stopping", "stopped"]);
function launchedBy(instance) {
    const run = instance.tags[instance_tags/* tagKeys */.b.launchedBy];
    return run === undefined ? {} : { launchedBy: run };
}
function isReady(progress) {
    return progress.state === "running" && progress.agent === "Online";
}
/**
 * Polls the launched instances in batches, never one call per instance, until each runs with its SSM agent
 * Online, has reached a state it will not leave by itself, or the time is up.
 */
async function waitUntilReady(ec2, agents, instanceIds, options) {
    const progress = new Map(instanceIds.map((instanceId) => [instanceId, { instanceId, state: "pending" }]));
    const deadline = options.clock.now().getTime() + options.timeoutMs;
    let waiting = [...instanceIds];
    for (let round = 0; waiting.length > 0; round++) {
        for (const instance of await ec2.describe(waiting)) {
            const previous = progress.get(instance.instanceId);
            progress.set(instance.instanceId, {
                ...previous,
                instanceId: instance.instanceId,
                state: instance.state,
                ...(instance.privateIpAddress === undefined ? {} : { privateIpAddress: instance.privateIpAddress }),
                ...launchedBy(instance),
            });
        }
        const running = waiting.filter((id) => progress.get(id)?.state === "running");
        for (const [id, agent] of await agents.pingStatuses(running)) {
            const previous = progress.get(id);
            if (previous !== undefined)
                progress.set(id, { ...previous, agent });
        }
        waiting = waiting.filter((id) => {
            const entry = progress.get(id);
            return entry !== undefined && !isReady(entry) && !finalStates.has(entry.state);
        });
        const pause = Math.min(firstIntervalMs * 2 ** round, options.intervalMs);
        if (waiting.length === 0 || options.clock.now().getTime() + pause > deadline)
            break;
        await options.sleep(pause);
    }
    return progress;
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/apply.ts








/**
 * Creates the plan's instances from the AMI checked against the reviewed plan: launches each clinic on its own, so
 * that one clinic's failure is reported for that clinic and the rest go on; waits, in batched calls, until each new
 * or found instance runs with its SSM agent Online; then runs the healthcheck on them until ORCA answers or the
 * first boot's time is up. A clinic is ready only when its ORCA answers.
 */
async function applyPlan(input, deps) {
    const { ami } = input;
    const started = deps.clock.now();
    const launched = [];
    if (input.plan.create.length > 0) {
        if (ami === undefined)
            throw new Error("applyPlan: a plan that creates needs its resolved AMI");
        deps.log.info(`launching ${input.plan.create.length} instance(s) from ${ami.amiId} (${ami.selector})`);
        launched.push(...(await (0,map_bounded/* mapBounded */.y)(input.plan.create, deps.concurrency, (entry) => launchOne(entry, input.fleet, ami.amiId, input.runId, deps))));
    }
    const held = await heldByAnotherApply(launched, input.runId, deps.aws.ec2);
    const outcomes = [...launched.map((launch) => held.get(launch.clinicId) ?? launch), ...input.found.map(foundLaunch)];
    if (outcomes.length === 0)
        return { results: [] };
    const ids = outcomes.flatMap((launch) => (launch.instanceId === undefined ? [] : [launch.instanceId]));
    const progress = await waitUntilReady(deps.aws.ec2, deps.aws.agents, ids, {
        clock: deps.clock,
        sleep: deps.sleep,
        timeoutMs: deps.waitTimeoutMs,
        intervalMs: deps.waitIntervalMs,
    });
    const online = ids.filter((id) => {
        const instance = progress.get(id);
        return instance !== undefined && isReady(instance);
    });
    const orca = online.length === 0
        ? new Map()
        : await probeUntilOrcaAnswers(deps.aws.commands, online, {
            identity: `orca-fleet provision ${input.runId ?? "local"}`,
            since: started,
            deadline: new Date(started.getTime() + deps.ready.firstBootMs),
            probeTimeoutSeconds: deps.ready.probeTimeoutSeconds,
            clock: deps.clock,
            sleep: deps.sleep,
            firstPauseMs: deps.ready.firstPauseMs,
            maxPauseMs: deps.ready.maxPauseMs,
        });
    const results = outcomes
        .map((launch) => settle(launch, progress, orca, input.runId))
        .sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
    return { ...(ami === undefined ? {} : { ami }), results };
}
/** A clinic's instance found by its tag: the one not on its way out, else the newest. */
function foundLaunch(entry) {
    const live = entry.instances.find((i) => i.state !== "terminated" && i.state !== "shutting-down");
    const instance = live ?? entry.instances.at(-1);
    return {
        clinicId: entry.clinic.id,
        clinicName: entry.clinic.name,
        ...(instance === undefined ? {} : { instanceId: instance.instanceId }),
    };
}
async function launchOne(entry, fleet, amiId, runId, deps) {
    const { clinic } = entry;
    const base = { clinicId: clinic.id, clinicName: clinic.name };
    try {
        const reviewed = launchRequest({ clinic, fleet, amiId, userData: renderUserData({ clinic, fleet, amiId }) });
        const request = runId === undefined ? reviewed : withLaunchedBy(reviewed, runId);
        const instanceId = await deps.aws.launches.launch(request);
        if (instanceId === undefined)
            return { ...base, problem: explain("NoInstance", "RunInstances returned no instance") };
        deps.log.info(`${clinic.id}: ${instanceId}`);
        return { ...base, instanceId };
    }
    catch (error) {
        if (!(error instanceof Error))
            throw error;
        deps.log.info(`${clinic.id}: ${error.name}: ${error.message}`);
        return { ...base, problem: explain(error.name, error.message) };
    }
}
/**
 * The launches EC2 refused as a mismatch because another apply's run launched the clinic moments before: each
 * becomes that instance, found by one inventory for all of them. A mismatch with no other run's live instance keeps
 * its problem (a request changed since an earlier launch, which a person resolves).
 */
async function heldByAnotherApply(launched, runId, ec2) {
    const mismatched = launched.filter((l) => l.problem?.code === "IdempotentParameterMismatch");
    if (runId === undefined || mismatched.length === 0)
        return new Map();
    const live = (0,ec2_inventory/* instanceByClinic */.pb)((await ec2.inventory()).filter((i) => i.state !== "terminated" && i.state !== "shutting-down"));
    const held = new Map();
    for (const launch of mismatched) {
        const instance = live.get(launch.clinicId);
        const by = instance?.tags[instance_tags/* tagKeys */.b.launchedBy];
        if (instance === undefined || by === undefined || by === runId)
            continue;
        held.set(launch.clinicId, {
            clinicId: launch.clinicId,
            clinicName: launch.clinicName,
            instanceId: instance.instanceId,
        });
    }
    return held;
}
function settle(launch, progress, orca, runId) {
    const elsewhere = progress.get(launch.instanceId ?? "")?.launchedBy;
    const base = {
        clinicId: launch.clinicId,
        clinicName: launch.clinicName,
        ...(elsewhere === undefined || elsewhere === runId ? {} : { launchedElsewhere: elsewhere }),
    };
    if (launch.instanceId === undefined) {
        return { ...base, outcome: "failed", problem: launch.problem ?? explain("NoInstance", "no instance") };
    }
    const instance = progress.get(launch.instanceId) ?? { instanceId: launch.instanceId, state: "unknown" };
    if (isReady(instance)) {
        const readiness = orca.get(launch.instanceId) ?? { verdict: "not-answering", detail: "not probed" };
        const status = readiness.status === undefined ? {} : { orca: readiness.status };
        if (readiness.verdict === "answers")
            return { ...base, outcome: "ready", instance, ...status };
        const code = readiness.verdict === "first-boot-failed" ? "FirstBootFailed" : "OrcaNotAnswering";
        return { ...base, outcome: "not-ready", instance, ...status, problem: explain(code, readiness.detail) };
    }
    const code = instance.state === "pending" || instance.state === "running"
        ? "NotReady"
        : instance.state === "terminated"
            ? "Terminated"
            : "Stopped";
    const detail = `state ${instance.state}, SSM agent ${instance.agent ?? "not registered"}`;
    return { ...base, outcome: "not-ready", instance, problem: explain(code, detail) };
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/messages.ts
var messages = __webpack_require__(25994);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/refusal.ts
/**
 * An expected refusal of provisioning: the person must act (a stale or missing reviewed plan, an unresolvable AMI,
 * a registry with problems). Its text is already in the fleet's locale; anything else thrown is an unexpected error.
 */
class ProvisionRefusal extends Error {
    text;
    name = "ProvisionRefusal";
    constructor(text) {
        super(text);
        this.text = text;
    }
}

// EXTERNAL MODULE: ./actions/lib/core/reviewed-plan.ts
var reviewed_plan = __webpack_require__(15211);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/reviewed.ts



/** The kind of the hidden block on provisioning's plan comment. */
const reviewedKind = "provision";
const reviewedSchema = schemas/* strictObject */.rej({
    /** The registry (fleet.yml and every clinic) the plan was made from. */
    desired: schemas/* string */.YjP(),
    /** The AMI the plan would launch from; null when the golden AMI could not be resolved. */
    ami: schemas/* strictObject */.rej({ selector: schemas/* string */.YjP(), amiId: schemas/* string */.YjP() }).nullable(),
    /** Digest of every clinic to create with its launch request: what apply compares when the list is left out. */
    creates: schemas/* string */.YjP(),
    count: schemas/* int */.Whr().nonnegative(),
    /** Each clinic to create and its launch request's digest; left out when the list would not fit in the block. */
    create: schemas/* array */.YOg(schemas/* strictObject */.rej({ id: schemas/* string */.YjP(), request: schemas/* string */.YjP() })).optional(),
});
/** The state of a plan: computed the same way when the plan comment is written and when apply runs. */
function provisionState(registry, create, ami) {
    const entries = create.map(({ clinic }) => ({ id: clinic.id, request: requestDigest(clinic, registry.fleet, ami) }));
    const clinics = [...registry.clinics].map((c) => c.clinic).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
        desired: (0,reviewed_plan/* digestOf */.ol)({ fleet: registry.fleet, clinics }),
        ami: ami === undefined ? null : { selector: ami.selector, amiId: ami.amiId },
        creates: (0,reviewed_plan/* digestOf */.ol)(entries),
        count: entries.length,
        create: entries,
    };
}
/**
 * The launch request's digest; a clinic whose request cannot be built digests its reason, which apply reports.
 * User-data stands in by what it is rendered from (the clinic, the fleet, the AMI): rendering it takes ~10 ms a
 * clinic, too slow for thousands, and its template is code, reviewed in its own pull request.
 */
function requestDigest(clinic, fleet, ami) {
    if (ami === undefined)
        return (0,reviewed_plan/* digestOf */.ol)({ unresolvedAmi: true });
    try {
        const userData = (0,reviewed_plan/* digestOf */.ol)({ clinic, fleet, amiId: ami.amiId });
        return (0,reviewed_plan/* digestOf */.ol)(launchRequest({ clinic, fleet, amiId: ami.amiId, userData }));
    }
    catch (error) {
        return (0,reviewed_plan/* digestOf */.ol)({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
}
/**
 * The hidden block for the plan comment: the itemized list when it fits, else digest-only (apply then refuses
 * unless what it would create is exactly what was planned, and cannot name the clinics that differ).
 */
function sealProvision(state) {
    const full = (0,reviewed_plan/* sealReviewedPlan */.On)(reviewedKind, state);
    if (full.ok)
        return { block: full.block, itemized: true };
    const { create: _omitted, ...digestOnly } = state;
    const small = (0,reviewed_plan/* sealReviewedPlan */.On)(reviewedKind, digestOnly);
    // Four digests and a count always fit; a failure here is a bug, not a large fleet.
    if (!small.ok)
        throw new Error(`the digest-only reviewed plan took ${small.chars} characters`);
    return { block: small.block, itemized: false };
}
function openProvision(body) {
    return (0,reviewed_plan/* openReviewedPlan */.Pw)(reviewedKind, body, reviewedSchema);
}
/**
 * Apply may create a clinic only if the reviewed plan created it with the very same launch request. A clinic the
 * reviewed plan listed that has an instance now (an earlier, interrupted apply made it) is no drift.
 */
function reviewDrift(reviewed, now) {
    if (now.count === 0)
        return [];
    if (reviewed.ami?.amiId !== now.ami?.amiId) {
        return [{ kind: "ami", reviewed: reviewed.ami?.amiId ?? null, now: now.ami?.amiId ?? null }];
    }
    if (reviewed.create === undefined) {
        return reviewed.creates === now.creates ? [] : [{ kind: "digest", reviewed: reviewed.count, now: now.count }];
    }
    const planned = new Map(reviewed.create.map((entry) => [entry.id, entry.request]));
    const drift = [];
    for (const entry of now.create ?? []) {
        const request = planned.get(entry.id);
        if (request === undefined)
            drift.push({ kind: "unreviewed", clinic: entry.id });
        else if (request !== entry.request)
            drift.push({ kind: "changed", clinic: entry.id });
    }
    return drift;
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/render.ts
var render = __webpack_require__(86326);
// EXTERNAL MODULE: ./actions/lib/flows/provision/resolve-ami.ts
var resolve_ami = __webpack_require__(27432);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/run-event.ts

const pullRequestEvent = schemas/* looseObject */._H3({ pull_request: schemas/* looseObject */._H3({ number: schemas/* number */.aig().int().positive() }) });
/** The pull request a pull_request event is about, or undefined for any other event. */
function pullRequestNumber(event) {
    const parsed = pullRequestEvent.safeParse(event.payload);
    return parsed.success ? parsed.data.pull_request.number : undefined;
}
const pushEvent = schemas/* looseObject */._H3({ head_commit: schemas/* looseObject */._H3({ message: schemas/* string */.YjP() }).nullable() });
/** The pushed commit (the merge commit on main when a pull request was merged) and its message. */
function pushedCommit(event) {
    const parsed = pushEvent.safeParse(event.payload);
    const message = parsed.success ? parsed.data.head_commit?.message : undefined;
    return { sha: event.sha, ...(message === undefined ? {} : { headCommitMessage: message }) };
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/show-plan.ts






/** The key of the one plan comment per pull request. */
const planCommentKey = "provision-plan";
/**
 * Shows the plan: the sticky comment on the pull request (on a pull_request event, or the pull request named when a
 * person refreshes a merged one's plan), and the job summary. The comment ends with the hidden reviewed-plan block
 * that apply checks on merge.
 */
async function showPlan(deps, registry, plan, event, settings = {}) {
    const { fleet } = registry;
    const t = (0,message/* translator */.Nj)(fleet.locale);
    const ami = plan.create.length === 0 ? { ok: true } : await amiForPlan(deps, fleet);
    const sealed = sealProvision(provisionState(registry, plan.create, ami.ok ? ami.ami : undefined));
    const notes = [
        ...(ami.ok ? [] : [`> [!WARNING]\n> ${(0,render/* renderAmiUnresolved */.hS)(ami.selector, ami.reason, fleet.locale)}`]),
        ...(sealed.itemized ? [] : [`<sub>${t(messages/* messages */.D.reviewFolded)}</sub>`]),
    ];
    const shown = `${(0,render/* renderPlan */.EG)(plan, fleet.locale, ami.ok ? ami.ami : undefined, "proposed", notes)}`;
    const pr = pullRequestNumber(event) ?? settings.pullRequest;
    if (pr === undefined)
        return { outputs: {}, summary: shown };
    const comment = await deps.github.issues.upsertSticky(pr, planCommentKey, `${shown}${sealed.block}\n`, settings.botLogin);
    deps.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
    return { outputs: { "comment-url": comment.url }, summary: shown };
}
/** A plan still shows when the AMI is missing, saying so in the comment and the summary; apply refuses then. */
async function amiForPlan(deps, fleet) {
    try {
        return { ok: true, ami: await (0,resolve_ami/* resolveAmi */.s)(deps.aws.parameterLookup, fleet) };
    }
    catch (error) {
        if (!(error instanceof resolve_ami/* AmiResolutionError */.o))
            throw error;
        deps.log.warning(error.message);
        return { ok: false, selector: error.selector, reason: error.reason };
    }
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/check-review.ts





const driftShown = 10;
/** The reviewed plan of the merged pull request: its plan comment (by marker and the bot's login) and its block. */
async function readReviewedPlan(issues, pr, botLogin) {
    if (pr === undefined)
        return { found: false };
    const comment = await issues.findSticky(pr.number, planCommentKey, botLogin);
    return comment === undefined ? { found: false } : openProvision(comment.body);
}
/**
 * Refuses (a ProvisionRefusal, with how to refresh the plan) unless what apply would create now was reviewed:
 * no merged pull request (a direct push or a dispatch), no plan comment by the bot, a block that fails its digest,
 * or any drift. When nothing is to be created, nothing needs a review: the run only reports.
 */
function checkReview(now, pr, reviewed, context) {
    if (now.count === 0)
        return;
    const t = (0,message/* translator */.Nj)(context.locale);
    if (pr === undefined)
        throw new ProvisionRefusal(t(messages/* messages */.D.noPullRequest, { count: now.count }));
    const fix = t(messages/* messages */.D.refreshPlan, { pr: pr.number });
    if (!reviewed.found) {
        throw new ProvisionRefusal(`${t(messages/* messages */.D.noReviewedPlan, { pr: pr.number, bot: context.botLogin })} ${fix}`);
    }
    if (!reviewed.ok)
        throw new ProvisionRefusal(`${t(messages/* messages */.D.tamperedPlan, { pr: pr.number })} ${fix}`);
    const drift = reviewDrift(reviewed.state, now);
    if (drift.length === 0)
        return;
    // The first few say enough to act on; the count bounds the message for a large fleet.
    const shown = drift.slice(0, driftShown).map((d) => describeDrift(d, t));
    const said = [...shown, ...(drift.length > driftShown ? [`+${drift.length - driftShown}`] : [])].join("; ");
    throw new ProvisionRefusal(`${t(messages/* messages */.D.stalePlan, { pr: pr.number, drift: said })} ${fix}`);
}
function describeDrift(drift, t) {
    switch (drift.kind) {
        case "ami":
            return t(messages/* messages */.D.driftAmi, {
                now: drift.now ?? t(messages/* messages */.D.driftNone),
                reviewed: drift.reviewed ?? t(messages/* messages */.D.driftNone),
            });
        case "unreviewed":
            return t(messages/* messages */.D.driftUnreviewed, { clinic: drift.clinic });
        case "changed":
            return t(messages/* messages */.D.driftChanged, { clinic: drift.clinic });
        case "digest":
            return t(messages/* messages */.D.driftDigest, { now: drift.now, reviewed: drift.reviewed });
    }
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/merged-pull-request.ts
var merged_pull_request = __webpack_require__(94040);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/report.ts


/** The key of the one result comment on the merged pull request and on its request issue. */
const resultCommentKey = "provision-result";
/**
 * Tells the people who asked: one comment on the merged pull request with each clinic's instance, and one on the
 * clinic-request issue, which is closed once every clinic is ready. The result is what is found (launched by this
 * run or an interrupted earlier one), and each comment is found by marker and author and edited in place, so a
 * re-run after a crash completes the report instead of adding a second one. A run with nothing to report says nothing.
 */
async function reportApply(github, pr, result, settings) {
    if (result.results.length === 0 || pr === undefined)
        return { issueClosed: false };
    await github.issues.upsertSticky(pr.number, resultCommentKey, (0,render/* renderApplyResult */.kU)(result, settings.locale), settings.botLogin);
    const issue = (0,merged_pull_request/* requestIssueNumber */.Ce)(pr);
    if (issue === undefined)
        return { pullRequest: pr.number, issueClosed: false };
    await github.issues.upsertSticky(issue, resultCommentKey, (0,render/* renderIssueResult */.Db)(result.results, settings.locale), settings.botLogin);
    const done = result.results.every((r) => r.outcome === "ready");
    // Closing a closed issue changes nothing, so a re-run may close it again.
    if (done)
        await github.issues.close(issue);
    return { pullRequest: pr.number, issue, issueClosed: done };
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/apply-and-report.ts














/** The failure line names this many clinics; the summary lists them all. */
const failureNamed = 20;
/** How often the wait asks EC2 and SSM where the new instances are. */
const waitIntervalMs = 15_000;
/** Pauses between healthchecks of servers whose ORCA does not serve yet: a first boot takes minutes. */
const probePauses = { firstPauseMs: 5_000, maxPauseMs: 60_000 };
/**
 * Creates what the reviewed plan of the merged pull request created and what is still missing, refusing (with how
 * to refresh the plan) when that differs from the review; then reports, from what is found, on the pull request
 * and the request issue.
 */
async function applyAndReport(deps, settings, registry, plan, event) {
    const locale = registry.fleet.locale;
    const t = (0,message/* translator */.Nj)(locale);
    const push = pushedCommit(event);
    const pr = await (0,merged_pull_request/* findMergedPullRequest */.g_)(deps.github.pulls, push.sha, push.headCommitMessage);
    const reviewed = await readReviewedPlan(deps.github.issues, pr, settings.botLogin);
    const ami = plan.create.length === 0 ? undefined : await amiForApply(deps, registry.fleet);
    checkReview(provisionState(registry, plan.create, ami), pr, reviewed, { botLogin: settings.botLogin, locale });
    // Reviewed clinics that have their instance now were launched by an earlier run: report them from what is found.
    const reviewedIds = new Set(reviewed.found && reviewed.ok ? (reviewed.state.create ?? []).map((c) => c.id) : []);
    const found = plan.present.filter((entry) => reviewedIds.has(entry.clinic.id));
    // A clinic is ready only when ORCA answers the healthcheck: without the document nothing could be called ready.
    if (plan.create.length + found.length > 0 && !(await deps.aws.documents.exists(healthcheckDocument))) {
        throw new ProvisionRefusal(t(messages/* messages */.D.healthcheckMissing, { document: healthcheckDocument }));
    }
    const result = await (0,ports/* inGroup */.HB)(deps.log, "Apply", () => applyPlan({
        plan,
        fleet: registry.fleet,
        ...(ami === undefined ? {} : { ami }),
        found,
        // github.context.runId is NaN outside a workflow run: such a run tags nothing.
        ...(Number.isSafeInteger(event.runId) ? { runId: String(event.runId) } : {}),
    }, {
        aws: deps.aws,
        clock: deps.clock,
        sleep: deps.sleep,
        log: deps.log,
        concurrency: settings.concurrency,
        waitTimeoutMs: settings.waitTimeoutMinutes * 60_000,
        waitIntervalMs,
        ready: {
            firstBootMs: registry.fleet.provision.firstBootMinutes * 60_000,
            probeTimeoutSeconds: registry.fleet.liveness.timeoutSeconds,
            ...probePauses,
        },
    }));
    // The plan that was applied, folded below the result, so the summary shows both what was meant and what happened.
    const summary = `${(0,render/* renderApplyResult */.kU)(result, locale)}\n${(0,markdown/* details */.zH)(t(messages/* messages */.D.planTitle), (0,render/* renderPlan */.EG)(plan, locale, ami, "applied"))}\n`;
    const report = await (0,ports/* inGroup */.HB)(deps.log, "Report", () => reportApply(deps.github, pr, result, { locale, botLogin: settings.botLogin }));
    const count = (outcome) => result.results.filter((r) => r.outcome === outcome).length;
    const troubled = result.results.filter((r) => r.outcome !== "ready");
    const named = troubled.slice(0, failureNamed).map((r) => `${r.clinicId} (${r.problem?.code ?? r.outcome})`);
    const clinics = [...named, ...(troubled.length > failureNamed ? [`+${troubled.length - failureNamed}`] : [])].join(", ");
    return {
        outputs: {
            ready: count("ready"),
            failed: count("failed") + count("not-ready"),
            "launched-elsewhere": result.results.filter((r) => r.launchedElsewhere !== undefined).length,
            ...(report.pullRequest === undefined ? {} : { "pull-request": report.pullRequest }),
            ...(report.issue === undefined ? {} : { issue: report.issue }),
        },
        summary,
        ...(troubled.length === 0 ? {} : { failure: t(messages/* messages */.D.notProvisioned, { count: troubled.length, clinics }) }),
    };
}
/** Nothing launches from an AMI that cannot be resolved: a refusal that says what to run. */
async function amiForApply(deps, fleet) {
    try {
        return await (0,resolve_ami/* resolveAmi */.s)(deps.aws.parameterLookup, fleet);
    }
    catch (error) {
        if (!(error instanceof resolve_ami/* AmiResolutionError */.o))
            throw error;
        throw new ProvisionRefusal((0,render/* renderAmiUnresolved */.hS)(error.selector, error.reason, fleet.locale));
    }
}

// EXTERNAL MODULE: ./actions/lib/flows/provision/plan.ts
var provision_plan = __webpack_require__(61589);
;// CONCATENATED MODULE: ./actions/lib/flows/provision/provision.ts










/** Messages are long only when a person pastes a long value; the summary quotes a bounded part. */
const quotedChars = 4_000;
/**
 * The provision action's flow: plans one instance per active clinic against the instances found by tag; in plan
 * mode shows the plan on the pull request, in apply mode creates the reviewed plan's instances and reports on the
 * merge. Its report says which way it ended (the `outcome` output): done, refused (the person must act: a stale
 * plan, an unresolvable AMI, a registry with problems) or an unexpected error (a bug or an outage), and its summary
 * is never empty when it fails.
 */
async function provision(deps, settings, event) {
    let registry;
    try {
        registry = await (0,usable_fleet/* readFleetRegistry */.y4)(settings.clinics, deps.log, true);
    }
    catch (error) {
        if (!(error instanceof usable_fleet/* RegistryRefusedError */.Wq))
            return unexpected(error, "ja", deps.log);
        const t = (0,message/* translator */.Nj)("ja");
        return outcome({
            outputs: {},
            summary: `### ${t(messages/* messages */.D.refusedTitle)}\n\n${t(messages/* messages */.D.registryRefused)}\n\n\`\`\`text\n${error.message.slice(0, quotedChars).replaceAll("`", "'")}\n\`\`\`\n`,
            failure: error.message,
        });
    }
    const { fleet, clinics } = registry;
    try {
        const aws = deps.aws(settings.region ?? fleet.region);
        const plan = await makePlan(aws, clinics, deps);
        const counts = { "to-create": plan.create.length, orphans: plan.orphans.length };
        const report = settings.mode === "plan"
            ? await showPlan({ aws, github: deps.github, log: deps.log }, { fleet, clinics }, plan, event, {
                botLogin: settings.botLogin,
                ...(settings.pullRequest === undefined ? {} : { pullRequest: settings.pullRequest }),
            })
            : await applyAndReport({ ...deps, aws }, settings, { fleet, clinics }, plan, event);
        return outcome({ ...report, outputs: { ...counts, ...report.outputs } });
    }
    catch (error) {
        if (!(error instanceof ProvisionRefusal))
            return unexpected(error, fleet.locale, deps.log);
        const t = (0,message/* translator */.Nj)(fleet.locale);
        return outcome({ outputs: {}, summary: `### ${t(messages/* messages */.D.refusedTitle)}\n\n${error.text}\n`, failure: error.text });
    }
}
function outcome(report) {
    return { ...report, outputs: { ...report.outputs, outcome: (0,flow_report/* flowOutcome */.HC)(report) } };
}
/** A bug or an outage: the log gets the stack, the summary what to do, the step exits apart from a refusal. */
function unexpected(error, locale, log) {
    const t = (0,message/* translator */.Nj)(locale);
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    log.error(`unexpected error: ${error instanceof Error ? (error.stack ?? text) : text}`);
    const quoted = (0,markdown/* inert */.tJ)(text.slice(0, quotedChars));
    return outcome({
        outputs: {},
        summary: `### ${t(messages/* messages */.D.errorTitle)}\n\n${t(messages/* messages */.D.errorBody, { error: quoted })}\n`,
        error: `${t(messages/* messages */.D.errorTitle)}: ${text.slice(0, quotedChars)}`,
    });
}
/** Desired state against the instances found by tag; read-only. */
async function makePlan(aws, clinics, deps) {
    return (0,ports/* inGroup */.HB)(deps.log, "Plan", async () => {
        const plan = (0,provision_plan/* planProvision */.f)({ clinics, instances: await aws.ec2.inventory(), clock: deps.clock });
        deps.log.info(`create ${plan.create.length}, present ${plan.present.length}, suspended ${plan.suspended.length}, retired with an instance ${plan.retired.length}, orphans ${plan.orphans.length}`);
        if (plan.create.length > 0)
            deps.log.info(`to create: ${plan.create.map((c) => c.clinic.id).join(", ")}`);
        return plan;
    });
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ec2-launches.ts

function createEc2Launches(ec2) {
    return {
        async launch(request) {
            const answer = await ec2.send(new dist_cjs/* RunInstancesCommand */.zq7(request));
            return answer.Instances?.[0]?.InstanceId;
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/aws/parameter-lookup.ts
var parameter_lookup = __webpack_require__(30993);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ssm-agents.ts
var ssm_agents = __webpack_require__(78611);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ssm-commands.ts + 4 modules
var ssm_commands = __webpack_require__(18466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(34736);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ssm-document-exists.ts

function createDocumentCheck(ssm) {
    return {
        async exists(name) {
            try {
                await ssm.send(new client_ssm_dist_cjs/* DescribeDocumentCommand */.QO({ Name: name }));
                return true;
            }
            catch (error) {
                if (error instanceof client_ssm_dist_cjs/* InvalidDocument */.D1o)
                    return false;
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/provision/provision-aws.ts






/** The ports provisioning uses, over one EC2 and one SSM client: built the same way by the main and the tests. */
function createProvisionAws({ ec2, ssm }, time) {
    return {
        ec2: (0,ec2_inventory/* createEc2Fleet */.nA)(ec2),
        launches: createEc2Launches(ec2),
        agents: (0,ssm_agents/* createSsmAgents */.c)(ssm),
        parameterLookup: (0,parameter_lookup/* createParameterLookup */.K)(ssm),
        commands: (0,ssm_commands/* createSsmCommands */.mE)({ ssm, ...time }),
        documents: createDocumentCheck(ssm),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/provision/inputs.ts



const positiveInt = (max) => coerce/* number */.ai().int().min(1).max(max);
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const region = (0,inputs/* readRegion */.XP)(input);
    const pullRequest = input.read("pull-request", (0,inputs/* optional */.lq)(coerce/* number */.ai().int().positive()), "empty or a pull request number");
    return {
        mode: input.read("mode", schemas/* enum */.k5n(["plan", "apply"]), "plan or apply"),
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        ...(region === undefined ? {} : { region }),
        waitTimeoutMinutes: input.read("wait-timeout-minutes", positiveInt(120), "whole minutes from 1 to 120"),
        concurrency: input.read("concurrency", positiveInt(16), "a whole number from 1 to 16"),
        botLogin: (0,inputs/* readBotLogin */.je)(input),
        ...(pullRequest === undefined ? {} : { pullRequest }),
    };
}

;// CONCATENATED MODULE: ./actions/provision/main.ts










/** RunInstances is throttled hard (5 calls, then 2 a second): enough attempts to be paced rather than fail. */
const maxAttempts = 12;
async function run() {
    try {
        const inputs = getInputs();
        const deps = {
            aws: (region) => createProvisionAws((0,clients/* createAwsClients */.G)({ region, maxAttempts }), { clock: ports/* systemClock */.ml, sleep: ports/* realSleep */.uk }),
            github: (0,github_github/* createGitHub */.C)((0,octokit/* createOctokit */.Q)(inputs.token, core), github/* context */._.repo),
            log: core,
            clock: ports/* systemClock */.ml,
            sleep: ports/* realSleep */.uk,
        };
        await (0,flow_report/* publishReport */.S3)(await provision(deps, inputs, {
            payload: github/* context */._.payload,
            sha: github/* context */._.sha,
            runId: github/* context */._.runId,
        }), core);
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


/***/ }),

/***/ 64377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p6: () => (/* binding */ date),
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDate */ .db(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODate */ .Brp, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
