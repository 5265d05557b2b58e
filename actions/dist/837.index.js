export const id = 837;
export const ids = [837];
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

/***/ 70837:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(35193);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/instance-status.ts

/** DescribeInstanceStatus takes at most 100 instance ids a call. */
const idsPerStatus = 100;
/**
 * EC2's status checks of the given instances: "impaired" when the instance's or the system's check says so, else
 * the instance check's own word (ok, initializing, insufficient-data, not-applicable). Read only for instances the
 * sweep could not reach, to say why.
 */
async function statusChecks(ec2, instanceIds) {
    const found = new Map();
    for (let start = 0; start < instanceIds.length; start += idsPerStatus) {
        const answer = await ec2.send(new dist_cjs/* DescribeInstanceStatusCommand */.o0z({
            InstanceIds: instanceIds.slice(start, start + idsPerStatus),
            IncludeAllInstances: true,
        }));
        for (const status of answer.InstanceStatuses ?? []) {
            if (status.InstanceId === undefined)
                continue;
            const instance = status.InstanceStatus?.Status;
            const system = status.SystemStatus?.Status;
            found.set(status.InstanceId, instance === "impaired" || system === "impaired" ? "impaired" : (instance ?? ""));
        }
    }
    return found;
}

// EXTERNAL MODULE: ./actions/lib/adapters/aws/instance-tagging.ts
var instance_tagging = __webpack_require__(78208);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ssm-agents.ts
var ssm_agents = __webpack_require__(78611);
// EXTERNAL MODULE: ./actions/lib/adapters/aws/ssm-commands.ts + 4 modules
var ssm_commands = __webpack_require__(18466);
// EXTERNAL MODULE: ./actions/lib/adapters/github/history-branch.ts + 3 modules
var history_branch = __webpack_require__(43964);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
// EXTERNAL MODULE: ./actions/lib/adapters/github/sticky-comment.ts
var sticky_comment = __webpack_require__(62820);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/incident-issues.ts



const markerKey = /^<!-- orca-fleet:(incident(?:-parent)?:[^ ]+) -->/;
/** Where a key's lock lives: a ref under refs/heads/orca-fleet/locks/, named for the key. */
function lockRef(key) {
    return `heads/orca-fleet/locks/${key.replace(/[^A-Za-z0-9._-]/g, "-")}`;
}
function createIncidentIssues(octokit, repo, options) {
    const staleMs = options.staleMs ?? 15 * 60_000;
    async function listOpen() {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
            ...repo,
            labels: options.label,
            state: "open",
            creator: options.author,
            sort: "created",
            direction: "asc",
            per_page: 100,
        });
        const byKey = new Map();
        for (const issue of issues) {
            if (issue.pull_request !== undefined)
                continue;
            const key = markerKey.exec(issue.body ?? "")?.[1];
            // The oldest marked issue is the incident, should anything ever have made two.
            if (key === undefined || byKey.has(key) || !(0,sticky_comment/* carriesMarker */.GN)(issue, (0,markdown/* marker */.xL)(key), options.author))
                continue;
            byKey.set(key, { number: issue.number, url: issue.html_url, title: issue.title, body: issue.body ?? "", key });
        }
        return [...byKey.values()];
    }
    /** A commit for the lock to point at, dated now: the default branch's tree, no parent, nothing changed. */
    async function lockCommit(key) {
        const { data: repository } = await octokit.rest.repos.get({ ...repo });
        const { data: head } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${repository.default_branch}` });
        const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: head.object.sha });
        const date = options.clock.now().toISOString();
        const who = { name: "orca-fleet liveness sweep", email: "orca-fleet@users.noreply.github.com", date };
        const { data } = await octokit.rest.git.createCommit({
            ...repo,
            message: `orca-fleet: incident lock for ${key}`,
            tree: commit.tree.sha,
            parents: [],
            author: who,
            committer: who,
        });
        return data.sha;
    }
    async function takeLock(key, sha) {
        try {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/${lockRef(key)}`, sha });
            return true;
        }
        catch (error) {
            if ((0,github_status/* httpStatus */.n)(error) === 422)
                return false;
            throw error;
        }
    }
    /** Whether a lock that exists was left by a sweep that died: old, and no open issue carries its key. */
    async function staleLock(key) {
        const ref = await (0,github_status/* unlessNotFound */.C)(() => octokit.rest.git.getRef({ ...repo, ref: lockRef(key) }));
        if (ref === undefined)
            return true;
        const { data: commit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: ref.data.object.sha });
        const age = options.clock.now().getTime() - Date.parse(commit.committer.date);
        if (!(age > staleMs))
            return false;
        return !(await listOpen()).some((issue) => issue.key === key);
    }
    /** Deletes a key's lock; one already gone (404, or GitHub's 422 "Reference does not exist") is what was wanted. */
    async function dropLock(key) {
        try {
            await octokit.rest.git.deleteRef({ ...repo, ref: lockRef(key) });
        }
        catch (error) {
            const status = (0,github_status/* httpStatus */.n)(error);
            if (status !== 404 && status !== 422)
                throw error;
        }
    }
    async function createIssue(key, title, body, labels) {
        try {
            // No automatic retry of a create: a lost answer retried blindly would open a second issue.
            const { data } = await octokit.rest.issues.create({
                ...repo,
                title,
                body,
                labels: [...labels],
                request: { retries: 0 },
            });
            return { number: data.number, url: data.html_url };
        }
        catch (error) {
            const status = (0,github_status/* httpStatus */.n)(error);
            if (status === undefined || status < 500)
                throw error;
            // The issue may have been made before the answer was lost: look before creating it again.
            const made = (await listOpen()).find((issue) => issue.key === key);
            if (made !== undefined)
                return { number: made.number, url: made.url };
            const { data } = await octokit.rest.issues.create({ ...repo, title, body, labels: [...labels] });
            return { number: data.number, url: data.html_url };
        }
    }
    return {
        listOpen,
        async open(key, title, body, labels) {
            const sha = await lockCommit(key);
            if (!(await takeLock(key, sha))) {
                if (!(await staleLock(key)))
                    return { outcome: "held" };
                await dropLock(key);
                if (!(await takeLock(key, sha)))
                    return { outcome: "held" };
            }
            const created = await createIssue(key, title, `${(0,markdown/* marker */.xL)(key)}\n${body}`, labels);
            return { outcome: "created", ...created };
        },
        async update(issueNumber, key, title, body) {
            await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, title, body: `${(0,markdown/* marker */.xL)(key)}\n${body}` });
        },
        async close(issueNumber, key, comment) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment });
            await octokit.rest.issues.update({
                ...repo,
                issue_number: issueNumber,
                state: "closed",
                state_reason: "completed",
            });
            await dropLock(key);
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./node_modules/@slack/webhook/dist/index.js
var dist = __webpack_require__(54443);
;// CONCATENATED MODULE: ./actions/lib/adapters/slack/webhook.ts

/** A notifier that sends nothing: no webhook secret is set. */
const noNotifier = { send: async () => false };
/**
 * Slack's incoming webhook through @slack/webhook, retried a little on Slack's own failures. The URL is a secret
 * (the caller masks it with core.setSecret): what is logged of a failure is its HTTP status or error code alone.
 */
function slackNotifier(url, log) {
    const webhook = new dist.IncomingWebhook(url, {
        timeout: 10_000,
        retryConfig: { retries: 2, factor: 2, minTimeout: 200 },
    });
    return {
        async send(text) {
            try {
                await webhook.send({ text });
                return true;
            }
            catch (error) {
                log.warning(`Slack did not take the message (${failureOf(error)}); the incident issue holds it all`);
                return false;
            }
        },
    };
}
function failureOf(error) {
    if (error instanceof dist.IncomingWebhookHTTPError)
        return `HTTP ${error.statusCode}`;
    if (error instanceof dist.SlackWebhookError)
        return error.code;
    return "no answer";
}

// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var core_ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/classify.ts
/** What the sweep calls a clinic after one probe, worst first where several apply. */
const sweepClasses = [
    "unreachable",
    "down",
    "api-error",
    "schema-mismatch",
    "clock-skew",
    "masters-behind",
    "cert-expiring",
    "disk-low",
    "slow",
    "healthy",
];
/** Classes that count as a failing sweep: they feed the counters, the restarts and the incidents. */
const failingClasses = new Set([
    "unreachable",
    "down",
    "api-error",
    "schema-mismatch",
    "clock-skew",
]);
/** Failures a restart of ORCA's service can end; a clock, a schema, masters, a certificate or a disk it cannot. */
const restartableClasses = new Set(["down", "api-error"]);
const isFailing = (c) => failingClasses.has(c);
const isRestartable = (c) => restartableClasses.has(c);
/** Why a clinic is unreachable, from EC2's and SSM's own records: never guessed from a missing answer alone. */
const unreachableReasons = (/* unused pure expression or super */ null && ([
    "no-instance",
    "stopped",
    "impaired",
    "no-agent",
    "connection-lost",
    "undeliverable",
    "delivery-timed-out",
    "no-answer",
]));
/** Why a clinic could not be asked, from the most certain record to the least. */
function unreachableReason(probe) {
    if (probe.instanceState === undefined)
        return "no-instance";
    if (probe.instanceState !== "running")
        return "stopped";
    if (probe.statusCheck === "impaired")
        return "impaired";
    if (probe.ping === undefined)
        return "no-agent";
    if (probe.ping !== "Online")
        return "connection-lost";
    if (probe.end === "undeliverable")
        return "undeliverable";
    if (probe.end === "delivery-timed-out")
        return "delivery-timed-out";
    return "no-answer";
}
const probeClass = {
    healthy: "healthy",
    "api-error": "api-error",
    "http-error": "api-error",
    "bad-answer": "api-error",
    "clock-skew": "clock-skew",
    "schema-mismatch": "schema-mismatch",
    "masters-behind": "masters-behind",
    unreachable: "down",
    timeout: "down",
};
/**
 * One clinic's class from its probe, under the fleet's thresholds. Pure. An agent that never ran the script is
 * unreachable (told apart from ORCA being down, which the script itself reports); a v2 line adds the services, the
 * certificate and the disk, which a v1 line cannot say.
 */
function classify(probe, policy) {
    const ran = probe.end === "success" || probe.end === "failed" || probe.end === "execution-timed-out";
    if (probe.instanceState !== "running" || !ran) {
        const reason = unreachableReason(probe);
        return { class: "unreachable", checks: [`unreachable:${reason}`], unreachable: reason };
    }
    if (probe.result === undefined || !probe.result.ok || probe.result.result.document !== "orca-healthcheck") {
        // The script ran but printed no line the contract accepts: it hung past its timeout or broke.
        return { class: "down", checks: [probe.end === "execution-timed-out" ? "probe-timed-out" : "no-result-line"] };
    }
    const line = probe.result.result;
    const observed = {
        latencyMs: line.elapsedMs,
        ...(line.version === null ? {} : { release: line.version }),
        structure: { local: line.databaseLocalVersion, new: line.databaseNewVersion },
        apiResult: line.apiResult,
    };
    const checks = [];
    const found = [probeClass[line.status] ?? "api-error"];
    if (line.status !== "healthy")
        checks.push(`probe:${line.status}`);
    if (line.v === 2) {
        if (!line.services.orca)
            checks.push("service:orca");
        if (!line.services.postgresql)
            checks.push("service:postgresql");
        if (!line.services.orca || !line.services.postgresql)
            found.push("down");
        if (line.masters !== null && line.masters.behind > 0) {
            observed.mastersBehind = line.masters.behind;
            found.push("masters-behind");
            if (line.status !== "masters-behind")
                checks.push("masters-behind");
        }
        if (line.certificateDaysLeft !== null && line.certificateDaysLeft < policy.certificateWarningDays) {
            found.push("cert-expiring");
            checks.push(`certificate:${line.certificateDaysLeft}d`);
        }
        if (line.disk !== null && line.disk.freePercent < policy.diskLowPercent) {
            found.push("disk-low");
            checks.push(`disk:${line.disk.freePercent}%`);
        }
    }
    if (line.status === "healthy" && line.elapsedMs > policy.slowMs) {
        found.push("slow");
        checks.push(`latency:${line.elapsedMs}ms`);
    }
    const worst = sweepClasses.find((c) => found.includes(c)) ?? "healthy";
    return { class: worst, checks, ...observed };
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/incident-state.ts


/**
 * What an incident issue says, kept as a hidden block in its body: the sweep compares it with what it sees and edits
 * the issue only when it differs. Parsed with zod; an issue whose block is missing or broken is rewritten.
 */
const incidentStateSchema = schemas/* strictObject */.rej({
    /** `clinic`: one clinic's; `parent`: a common cause's. */
    kind: schemas/* enum */.k5n(["clinic", "parent"]),
    /** The clinic id, or the cause's key. */
    key: schemas/* string */.YjP().min(1).max(200),
    class: schemas/* enum */.k5n(sweepClasses).optional(),
    checks: schemas/* array */.YOg(schemas/* string */.YjP().max(100)).max(20),
    flapping: schemas/* boolean */.zMY(),
    restarts: schemas/* int */.Whr().nonnegative(),
    /** When the failure began (ISO). */
    since: iso/* datetime */.w$(),
    instanceId: schemas/* string */.YjP().max(40).optional(),
    /** The parent incident this clinic's links to. */
    parent: schemas/* int */.Whr().positive().optional(),
    /** A parent's failing clinics, capped. */
    members: schemas/* array */.YOg(schemas/* string */.YjP()).max(50).optional(),
    memberCount: schemas/* int */.Whr().nonnegative().optional(),
});
const blockStart = "<!-- orca-fleet:incident-state ";
const blockEnd = " -->";
function stateBlock(state) {
    // JSON in an HTML comment: "--" cannot occur in it unescaped, so the comment cannot be closed early.
    return `${blockStart}${JSON.stringify(state).replace(/--/g, "-\\u002d")}${blockEnd}`;
}
function readStateBlock(body) {
    const start = body.indexOf(blockStart);
    if (start < 0)
        return undefined;
    const end = body.indexOf(blockEnd, start + blockStart.length);
    if (end < 0)
        return undefined;
    try {
        const parsed = incidentStateSchema.safeParse(JSON.parse(body.slice(start + blockStart.length, end)));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
/** The hidden marker's key of a clinic's incident, and of a cause's. */
const clinicIncidentKey = (clinicId) => `incident:${clinicId}`;
const parentIncidentKey = (cause) => `incident-parent:${cause}`;
const incidentLabel = "incident";

// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/messages.ts

/** Every fixed text of the liveness sweep (incidents, Slack, the job summary), in each locale. */
const messages = {
    "class.healthy": { en: "healthy", ja: "正常" },
    "class.slow": { en: "slow", ja: "応答遅延" },
    "class.down": { en: "down", ja: "停止" },
    "class.api-error": { en: "API error", ja: "API エラー" },
    "class.clock-skew": { en: "clock skew", ja: "時刻ずれ" },
    "class.masters-behind": { en: "masters behind", ja: "マスタ未更新" },
    "class.schema-mismatch": { en: "schema mismatch", ja: "DB 構造不一致" },
    "class.cert-expiring": { en: "certificate expiring", ja: "証明書期限切れ間近" },
    "class.disk-low": { en: "disk low", ja: "ディスク残量不足" },
    "class.unreachable": { en: "unreachable", ja: "到達不能" },
    "reason.no-instance": { en: "no live instance", ja: "稼働中のインスタンスなし" },
    "reason.stopped": { en: "the instance is stopped", ja: "インスタンスが停止中" },
    "reason.impaired": { en: "EC2 status checks impaired", ja: "EC2 ステータスチェック異常" },
    "reason.no-agent": { en: "no SSM agent registered", ja: "SSM エージェント未登録" },
    "reason.connection-lost": { en: "SSM agent connection lost", ja: "SSM エージェントの接続断" },
    "reason.undeliverable": { en: "command undeliverable", ja: "コマンドを配信できない" },
    "reason.delivery-timed-out": { en: "command delivery timed out", ja: "コマンド配信タイムアウト" },
    "reason.no-answer": { en: "no answer before the sweep's deadline", ja: "巡回の期限までに応答なし" },
    incidentTitle: { en: "Incident: {clinic} is {class}", ja: "インシデント: {clinic} が{class}" },
    flappingTitle: { en: "Incident: {clinic} is flapping", ja: "インシデント: {clinic} が不安定" },
    parentTitle: {
        en: "Incident: {count} clinics failing together ({cause})",
        ja: "インシデント: {count} 医療機関が同時に障害 ({cause})",
    },
    "cause.fleet": { en: "the whole fleet", ja: "フリート全体" },
    "cause.subnet": { en: "subnet {value}", ja: "サブネット {value}" },
    "cause.availability-zone": { en: "availability zone {value}", ja: "アベイラビリティゾーン {value}" },
    "cause.ami": { en: "AMI {value}", ja: "AMI {value}" },
    "cause.release": { en: "ORCA release {value}", ja: "ORCA リリース {value}" },
    intro: {
        en: "Kept up to date by the liveness sweep; it closes itself after the clinic is healthy again.",
        ja: "死活監視の巡回が更新します。医療機関が正常に戻ると自動で閉じます。",
    },
    parentIntro: {
        en: "Many clinics fail for what looks like one cause: look there first. Each clinic's own incident links here.",
        ja: "多数の医療機関が同じ原因と思われる障害です。まずここを確認してください。各医療機関のインシデントはここを参照します。",
    },
    rowClinic: { en: "Clinic", ja: "医療機関" },
    rowInstance: { en: "Instance", ja: "インスタンス" },
    rowClass: { en: "State", ja: "状態" },
    rowChecks: { en: "Failing checks", ja: "失敗した検査" },
    rowSince: { en: "Failing since", ja: "障害開始" },
    rowTried: { en: "Tried", ja: "実施済みの対処" },
    rowParent: { en: "Part of", ja: "親インシデント" },
    rowFlapping: { en: "Flapping", ja: "不安定" },
    rowMembers: { en: "Failing clinics", ja: "障害中の医療機関" },
    tried: {
        en: "{restarts, plural, =0 {no restart} one {# restart that did not heal it} other {# restarts that did not heal it}}",
        ja: "{restarts, plural, =0 {再起動なし} other {再起動 # 回(回復せず)}}",
    },
    notRestartable: {
        en: "nothing: a restart cannot end this failure",
        ja: "なし: 再起動では解消しない障害です",
    },
    flappingYes: {
        en: "{failures} of the last {sweeps} sweeps failed",
        ja: "直近 {sweeps} 回の巡回のうち {failures} 回失敗",
    },
    excerpt: { en: "Output excerpt", ja: "出力の抜粋" },
    recovered: {
        en: "Recovered: healthy for {sweeps, plural, one {# sweep} other {# sweeps}} in a row. Down for {downtime} (since {since}). Closing.",
        ja: "回復しました: {sweeps} 回連続で正常です。停止時間 {downtime}({since} から)。クローズします。",
    },
    parentRecovered: {
        en: "No clinic of this cause fails any more. Open for {downtime}. Closing.",
        ja: "この原因で障害中の医療機関はなくなりました。継続時間 {downtime}。クローズします。",
    },
    slackOpened: { en: ":rotating_light: Opened: {title} {url}", ja: ":rotating_light: 起票: {title} {url}" },
    slackEscalated: { en: ":warning: Escalated: {title} {url}", ja: ":warning: 悪化: {title} {url}" },
    slackClosed: {
        en: ":white_check_mark: Closed after {downtime}: {title} {url}",
        ja: ":white_check_mark: 解消({downtime}): {title} {url}",
    },
    summaryTitle: { en: "Liveness sweep", ja: "死活監視の巡回" },
    summaryLead: {
        en: "{clinics, plural, one {# active clinic} other {# active clinics}} at {at} (UTC); {restarts, plural, =0 {no restart} one {# restart} other {# restarts}}, {healed} healed.",
        ja: "{at}(UTC)時点の稼働中医療機関 {clinics} 件。再起動 {restarts} 件、うち回復 {healed} 件。",
    },
    colClass: { en: "State", ja: "状態" },
    colCount: { en: "Clinics", ja: "件数" },
    colClinic: { en: "Clinic", ja: "医療機関" },
    colChecks: { en: "Checks", ja: "検査" },
    colIncident: { en: "Incident", ja: "インシデント" },
    notHealthy: { en: "Clinics not healthy", ja: "正常でない医療機関" },
    allHealthy: { en: "Every clinic is healthy.", ja: "すべての医療機関が正常です。" },
    latency: {
        en: "API latency: p50 {p50} ms, p95 {p95} ms, max {max} ms.",
        ja: "API 応答時間: p50 {p50} ms、p95 {p95} ms、最大 {max} ms。",
    },
    drift: { en: "Drift (reported, never fixed by the sweep)", ja: "ずれ(報告のみ。巡回では修正しません)" },
    colDesired: { en: "clinics/", ja: "clinics/" },
    colTagged: { en: "Instance tag", ja: "インスタンスのタグ" },
    colRunning: { en: "ORCA answers", ja: "ORCA の応答" },
    colStructure: { en: "Structure", ja: "DB 構造" },
    colMasters: { en: "Masters behind", ja: "未更新マスタ" },
    noDrift: { en: "No drift.", ja: "ずれはありません。" },
    incidentsLine: {
        en: "Incidents: {opened} opened, {updated} updated, {closed} closed, {open} open.",
        ja: "インシデント: 起票 {opened} 件、更新 {updated} 件、クローズ {closed} 件、未解決 {open} 件。",
    },
    cause: {
        en: "Common cause: {cause} ({failing} of {of} failing).",
        ja: "共通原因: {cause}({of} 件中 {failing} 件が障害)。",
    },
    more: { en: "… and {count} more", ja: "… ほか {count} 件" },
};
function say(key, locale, values = {}) {
    return (0,message/* formatText */.vX)(messages[key], locale, values);
}
/** A duration as people read it: "2 h 05 min", "35 min". */
function duration(ms) {
    const minutes = Math.max(0, Math.round(ms / 60_000));
    const hours = Math.floor(minutes / 60);
    return hours > 0 ? `${hours} h ${String(minutes % 60).padStart(2, "0")} min` : `${minutes} min`;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/incident-render.ts




/** An excerpt of the probe's output: the last lines, capped, echoed inert. */
const excerptChars = 2_000;
/** Members named in a parent incident; the rest are counted. */
const membersShown = 50;
function className(klass, locale) {
    return say(`class.${klass}`, locale);
}
function causeName(state, locale) {
    const key = state.key;
    if (key === "fleet")
        return say("cause.fleet", locale);
    for (const dimension of ["subnet", "availability-zone", "ami", "release"]) {
        if (key.startsWith(`${dimension}-`))
            return say(`cause.${dimension}`, locale, { value: key.slice(dimension.length + 1) });
    }
    return key;
}
function incidentTitle(state, locale) {
    if (state.kind === "parent")
        return say("parentTitle", locale, { count: state.memberCount ?? 0, cause: causeName(state, locale) });
    if (state.class === undefined || (state.flapping && state.class === "healthy"))
        return say("flappingTitle", locale, { clinic: state.key });
    return say("incidentTitle", locale, { clinic: state.key, class: className(state.class, locale) });
}
/** The last lines of an output, at most `excerptChars`, made inert. */
function excerptOf(output) {
    const tail = output.length > excerptChars ? output.slice(-excerptChars) : output;
    return tail
        .split("\n")
        .filter((l) => l.trim() !== "")
        .map((l) => `> ${(0,markdown/* inert */.tJ)(l)}`)
        .join("\n");
}
/** The issue's body: the hidden state block, then a table a person reads. Bounded by construction. */
function incidentBody(state, context) {
    const { locale } = context;
    const rows = [];
    if (state.kind === "parent") {
        const members = state.members ?? [];
        const more = (state.memberCount ?? members.length) - members.length;
        rows.push([
            say("rowMembers", locale),
            `${members.map(markdown/* inert */.tJ).join(", ")}${more > 0 ? ` ${say("more", locale, { count: more })}` : ""}`,
        ]);
        rows.push([say("rowSince", locale), state.since]);
    }
    else {
        rows.push([say("rowClinic", locale), (0,markdown/* inert */.tJ)(state.key)]);
        if (state.instanceId !== undefined)
            rows.push([say("rowInstance", locale), `\`${state.instanceId}\``]);
        if (state.class !== undefined) {
            const reason = context.unreachable === undefined ? "" : ` (${say(`reason.${context.unreachable}`, locale)})`;
            rows.push([say("rowClass", locale), `${className(state.class, locale)}${reason}`]);
        }
        if (state.checks.length > 0)
            rows.push([say("rowChecks", locale), state.checks.map((c) => (0,body/* codeCell */.MZ)(c)).join(", ")]);
        rows.push([say("rowSince", locale), state.since]);
        const notRestartable = state.class === "unreachable" || state.class === "clock-skew" || state.class === "schema-mismatch";
        rows.push([
            say("rowTried", locale),
            notRestartable && state.restarts === 0
                ? say("notRestartable", locale)
                : say("tried", locale, { restarts: state.restarts }),
        ]);
        if (state.flapping)
            rows.push([
                say("rowFlapping", locale),
                say("flappingYes", locale, { failures: context.flapping.failures, sweeps: context.flapping.sweeps }),
            ]);
        if (state.parent !== undefined)
            rows.push([say("rowParent", locale), context.parentUrl ?? `#${state.parent}`]);
    }
    const parts = [
        stateBlock(state),
        say(state.kind === "parent" ? "parentIntro" : "intro", locale),
        "",
        (0,markdown/* table */.tp)(["", ""], rows),
    ];
    if (context.excerpt !== undefined && context.excerpt.trim() !== "")
        parts.push("", (0,markdown/* details */.zH)(say("excerpt", locale), excerptOf(context.excerpt)));
    return `${parts.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/outputs.ts




/** Rows of the not-healthy table shown before folding the rest: the summary stays far under 1 MiB. */
const rowsShown = 200;
function countsByClass(clinics) {
    const counts = Object.fromEntries(sweepClasses.map((c) => [c, 0]));
    for (const clinic of clinics)
        counts[clinic.class] += 1;
    return counts;
}
/** Nearest-rank percentiles of the probes' API latency; zeros when no probe answered. */
function latencyOf(clinics) {
    const sorted = clinics.flatMap((c) => (c.latencyMs === undefined ? [] : [c.latencyMs])).sort((a, b) => a - b);
    const rank = (p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
    return { p50: rank(50), p95: rank(95), max: sorted.at(-1) ?? 0 };
}
function sweepFile(result) {
    return { version: 1, ...result, counts: countsByClass(result.clinics), latency: latencyOf(result.clinics) };
}
/** The job summary: counts by class, the clinics not healthy, latency, the common cause, drift, incidents. */
function renderSummary(result, locale) {
    const counts = countsByClass(result.clinics);
    const restarts = result.clinics.filter((c) => c.restarted).length;
    const healed = result.clinics.filter((c) => c.healedByRestart).length;
    const lines = [
        `## ${say("summaryTitle", locale)}`,
        "",
        say("summaryLead", locale, { clinics: result.clinics.length, at: result.at, restarts, healed }),
        "",
        (0,markdown/* table */.tp)([say("colClass", locale), say("colCount", locale)], sweepClasses.filter((c) => counts[c] > 0).map((c) => [className(c, locale), String(counts[c])])),
        "",
        say("latency", locale, { ...latencyOf(result.clinics) }),
        "",
    ];
    if (result.cause !== undefined) {
        const cause = causeName({ key: result.cause.dimension === "fleet" ? "fleet" : `${result.cause.dimension}-${result.cause.value}` }, locale);
        lines.push(say("cause", locale, { cause: (0,markdown/* inert */.tJ)(cause), failing: result.cause.failing.length, of: result.cause.of }), "");
    }
    const unhealthy = result.clinics.filter((c) => c.class !== "healthy");
    lines.push(`### ${say("notHealthy", locale)}`, "");
    if (unhealthy.length === 0)
        lines.push(say("allHealthy", locale), "");
    else {
        const rows = unhealthy.map((c) => [
            (0,markdown/* inert */.tJ)(c.clinicId),
            className(c.class, locale),
            c.checks.map((check) => (0,markdown/* inert */.tJ)(check)).join(", "),
            c.incident === undefined ? "" : `#${c.incident}`,
        ]);
        const headers = [
            say("colClinic", locale),
            say("colClass", locale),
            say("colChecks", locale),
            say("colIncident", locale),
        ];
        lines.push((0,markdown/* table */.tp)(headers, rows.slice(0, rowsShown)), "");
        if (rows.length > rowsShown)
            lines.push((0,markdown/* details */.zH)(say("more", locale, { count: rows.length - rowsShown }), (0,markdown/* table */.tp)(headers, rows.slice(rowsShown, rowsShown * 5))), "");
    }
    const drifted = result.clinics.filter((c) => c.drift !== undefined);
    lines.push(`### ${say("drift", locale)}`, "");
    if (drifted.length === 0)
        lines.push(say("noDrift", locale), "");
    else
        lines.push((0,markdown/* table */.tp)([
            say("colClinic", locale),
            say("colDesired", locale),
            say("colTagged", locale),
            say("colRunning", locale),
            say("colStructure", locale),
            say("colMasters", locale),
        ], drifted
            .slice(0, rowsShown)
            .map((c) => [
            (0,markdown/* inert */.tJ)(c.clinicId),
            (0,markdown/* inert */.tJ)(c.drift?.desired ?? ""),
            (0,markdown/* inert */.tJ)(c.drift?.tagged ?? "—"),
            (0,markdown/* inert */.tJ)(c.drift?.running ?? "—"),
            c.drift?.structureBehind === true ? "⚠" : "",
            String(c.drift?.mastersBehind ?? 0),
        ])), "");
    lines.push(say("incidentsLine", locale, { ...result.incidents }), "");
    return lines.join("\n");
}
/** One line per drifted clinic, for the log. */
function driftLines(clinics) {
    return clinics.flatMap((c) => c.drift === undefined
        ? []
        : [
            `drift ${c.clinicId}: clinics/ ${c.drift.desired}, tag ${c.drift.tagged ?? "-"}, ORCA ${c.drift.running ?? "-"}${c.drift.structureBehind ? ", structure behind" : ""}${c.drift.mastersBehind > 0 ? `, ${c.drift.mastersBehind} masters behind` : ""}`,
        ]);
}

// EXTERNAL MODULE: ./actions/lib/core/instance-tags.ts
var instance_tags = __webpack_require__(61123);
;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/correlation.ts
/** What clinics share, any of which may be why many fail at once. */
const dimensions = ["subnet", "availability-zone", "ami", "release"];
/** The stable key of a cause, for its parent incident's marker. */
const causeKey = (cause) => cause.dimension === "fleet" ? "fleet" : `${cause.dimension}-${cause.value}`;
const atLeast = (failing, of, percent, min) => failing >= min && failing * 100 >= of * percent;
/**
 * The one common cause of this sweep's failures, if the thresholds see one. Pure. The narrowest group wins (one
 * subnet before the whole fleet): it names where to look. Among groups of one size, the one with more failing
 * clinics, then the dimension's order, then the value, so two sweeps that see the same fleet name the same cause.
 */
function commonCause(placements, policy) {
    const { fleetPercent, groupPercent, minClinics } = policy.correlated;
    const failing = placements.filter((p) => p.failing).map((p) => p.clinicId);
    const candidates = [];
    for (const dimension of dimensions) {
        const groups = new Map();
        for (const p of placements) {
            const value = p[dimension];
            if (value !== undefined)
                groups.set(value, [...(groups.get(value) ?? []), p]);
        }
        for (const [value, members] of groups) {
            const down = members.filter((m) => m.failing).map((m) => m.clinicId);
            // A group that is the whole fleet says nothing a fleet-wide cause would not.
            if (members.length < placements.length && atLeast(down.length, members.length, groupPercent, minClinics))
                candidates.push({ dimension, value, failing: down, of: members.length });
        }
    }
    candidates.sort((a, b) => a.of - b.of ||
        b.failing.length - a.failing.length ||
        dimensions.indexOf(a.dimension) -
            dimensions.indexOf(b.dimension) ||
        a.value.localeCompare(b.value));
    const narrowest = candidates[0];
    if (narrowest !== undefined)
        return narrowest;
    if (atLeast(failing.length, placements.length, fleetPercent, minClinics))
        return { dimension: "fleet", value: "", failing, of: placements.length };
    return undefined;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/counters.ts

const noCounters = {
    failures: 0,
    successes: 0,
    restarts: 0,
    recent: "",
    since: "",
    restartedAt: [],
    sweep: "",
};
const whole = (text) => text !== undefined && /^[0-9]{1,6}$/.test(text) ? Number(text) : 0;
/** The counters an instance's tags hold; a tag that is missing or not what the sweep writes counts as nothing. */
function readCounters(tags) {
    const recent = tags[instance_tags/* tagKeys */.b.healthRecent] ?? "";
    const since = tags[instance_tags/* tagKeys */.b.healthSince] ?? "";
    return {
        failures: whole(tags[instance_tags/* tagKeys */.b.healthFailures]),
        successes: whole(tags[instance_tags/* tagKeys */.b.healthSuccesses]),
        restarts: whole(tags[instance_tags/* tagKeys */.b.healthRestarts]),
        recent: /^[01]{0,20}$/.test(recent) ? recent : "",
        since: Number.isNaN(Date.parse(since)) ? "" : since,
        restartedAt: (tags[instance_tags/* tagKeys */.b.healthRestartedAt] ?? "").split(" ").filter((t) => !Number.isNaN(Date.parse(t))),
        sweep: tags[instance_tags/* tagKeys */.b.healthSweep] ?? "",
    };
}
/** The tags that hold the counters (values ≤ 256 characters, as EC2 allows). */
function counterTags(c) {
    return {
        [instance_tags/* tagKeys */.b.healthFailures]: String(c.failures),
        [instance_tags/* tagKeys */.b.healthSuccesses]: String(c.successes),
        [instance_tags/* tagKeys */.b.healthRestarts]: String(c.restarts),
        [instance_tags/* tagKeys */.b.healthRecent]: c.recent,
        [instance_tags/* tagKeys */.b.healthSince]: c.since,
        [instance_tags/* tagKeys */.b.healthRestartedAt]: c.restartedAt.join(" "),
        [instance_tags/* tagKeys */.b.healthSweep]: c.sweep,
    };
}
/** Whether two counter sets would write the same tags, the sweep that wrote them aside. */
function sameCounts(a, b) {
    const { sweep: _a, ...x } = a;
    const { sweep: _b, ...y } = b;
    return JSON.stringify(x) === JSON.stringify(y);
}
/** Failing sweeps in the window, and whether they came in more than one run (a clinic that failed, recovered, failed). */
function flaps(recent, failures) {
    const failing = [...recent].filter((c) => c === "1").length;
    const runs = recent.split(/0+/).filter((run) => run.length > 0).length;
    return failing >= failures && runs >= 2;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/drift.ts
/** A release without ORCA's build suffix: clinics/ may say 5.2.0-1, a tag or ORCA's answer 5.2.0. */
const release = (version) => version.replace(/-\d+$/, "");
/**
 * Where three things that should agree do not: the release clinics/ asks for, the one the instance's tag records,
 * and the one ORCA answers (with its database structure and masters). Pure; undefined when they agree or ORCA said
 * nothing to compare.
 */
function driftOf(desired, tagged, seen) {
    const structureBehind = seen.structure !== undefined &&
        seen.structure.local !== null &&
        seen.structure.new !== null &&
        seen.structure.local !== seen.structure.new;
    const mastersBehind = seen.mastersBehind ?? 0;
    const releases = [desired, tagged, seen.release].filter((r) => r !== undefined).map(release);
    const disagree = new Set(releases).size > 1;
    if (!disagree && !structureBehind && mastersBehind === 0)
        return undefined;
    return {
        desired,
        ...(tagged === undefined ? {} : { tagged }),
        ...(seen.release === undefined ? {} : { running: seen.release }),
        structureBehind,
        mastersBehind,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/history-change.ts

/** The status site's coarser classes: what needs a person now (down, unreachable) apart from what can wait. */
function healthClassOf(klass) {
    switch (klass) {
        case "healthy":
            return "healthy";
        case "unreachable":
            return "unreachable";
        case "down":
        case "api-error":
        case "clock-skew":
        case "schema-mismatch":
            return "down";
        default:
            return "degraded";
    }
}
/** A short digest of a record, kept in a tag: a sweep whose records all match their tags need not read the history. */
function recordDigest(record) {
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(record)).digest("hex").slice(0, 16);
}
/**
 * The sweep's change to the fleet's history: each swept clinic's health (since when it changed), release, drift
 * and open incidents. Other writers' parts (patches) are left as they are; a clinic the sweep did not see keeps
 * what it had.
 */
function sweepHistoryChange(records, at) {
    return (state) => {
        const clinics = { ...state.clinics };
        for (const [id, record] of records) {
            const was = state.clinics[id] ?? {};
            const { drift: _drift, incidents: _incidents, ...rest } = was;
            clinics[id] = {
                ...rest,
                health: was.health?.class === record.health ? was.health : { class: record.health, since: at },
                ...(record.release === undefined
                    ? {}
                    : {
                        release: was.release?.version === record.release ? was.release : { version: record.release, since: at },
                    }),
                ...(record.incidents.length === 0 ? {} : { incidents: [...record.incidents].sort((a, b) => a - b) }),
                ...(record.drift === undefined ? {} : { drift: record.drift }),
            };
        }
        return { ...state, clinics };
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/incident-plan.ts

/**
 * The actions that take the open incidents to what the sweep wants. Pure. An incident open as wanted and in the
 * same state needs nothing (so an unchanged fleet writes nothing); a changed state is an edit, an escalation when
 * the class changed or flapping became a failure restarts could not end.
 */
function planIncidents(open, wanted, now) {
    const actions = [];
    for (const [key, want] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
        const incident = open.get(key);
        if (want.kind === "keep")
            continue;
        if (want.kind === "closed") {
            if (incident !== undefined) {
                const since = incident.state === undefined ? now.getTime() : Date.parse(incident.state.since);
                actions.push({ kind: "close", incident, downtimeMs: now.getTime() - since });
            }
            continue;
        }
        if (incident === undefined) {
            actions.push({ kind: "open", key, state: want.state });
            continue;
        }
        // The incident keeps the start it was opened with: the outage began then, whatever a counter says later.
        const state = { ...want.state, since: incident.state?.since ?? want.state.since };
        if ((0,external_node_util_.isDeepStrictEqual)(incident.state, state))
            continue;
        const was = incident.state;
        const escalated = was !== undefined &&
            ((was.class !== undefined && state.class !== undefined && was.class !== state.class) ||
                (was.flapping && !state.flapping));
        actions.push({ kind: "update", incident, state, escalated });
    }
    return actions;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/incidents-apply.ts






/**
 * Takes the open incidents to what this sweep saw: the common cause's parent first (so clinic incidents can link
 * to it), then each clinic's. One list call when nothing changed; each change at most three writes. A write GitHub
 * refuses is logged and left for the next sweep, which plans again from the issues as they then are.
 */
async function applyIncidents(ports, inputs) {
    const { locale, now } = inputs;
    const open = new Map((await ports.incidents.listOpen()).map((i) => [i.key, { ...i, state: readStateBlock(i.body) }]));
    const tally = { opened: 0, updated: 0, closed: 0, open: 0, failed: 0, slack: 0 };
    const context = { locale, flapping: inputs.policy.flapping };
    let changed = false;
    const notify = async (text) => {
        if (await ports.notifier.send(text))
            tally.slack += 1;
    };
    const parents = new Map();
    for (const key of open.keys())
        if (key.startsWith("incident-parent:"))
            parents.set(key, { kind: "closed" });
    const cause = inputs.cause;
    if (cause !== undefined) {
        const members = [...cause.failing].sort();
        parents.set(parentIncidentKey(causeKey(cause)), {
            kind: "open",
            state: {
                kind: "parent",
                key: causeKey(cause),
                checks: [],
                flapping: false,
                restarts: 0,
                since: now.toISOString(),
                members: members.slice(0, membersShown),
                memberCount: members.length,
            },
        });
    }
    let parent;
    const parentKey = cause === undefined ? undefined : parentIncidentKey(causeKey(cause));
    const existingParent = parentKey === undefined ? undefined : open.get(parentKey);
    if (existingParent !== undefined)
        parent = { number: existingParent.number, url: existingParent.url };
    const apply = async (actions, excerptOf) => {
        for (const action of actions) {
            try {
                if (action.kind === "open") {
                    const title = incidentTitle(action.state, locale);
                    const labels = action.state.kind === "clinic" ? [incidentLabel, action.state.key] : [incidentLabel];
                    const body = incidentBody(action.state, {
                        ...context,
                        excerpt: excerptOf(action.state),
                        ...unreachableOf(inputs, action.state),
                        ...(parent === undefined ? {} : { parentUrl: parent.url }),
                    });
                    const made = await ports.incidents.open(action.key, title, body, labels);
                    if (made.outcome === "held")
                        continue;
                    changed = true;
                    tally.opened += 1;
                    open.set(action.key, { number: made.number, url: made.url, title, key: action.key, state: action.state });
                    if (action.state.kind === "parent")
                        parent = { number: made.number, url: made.url };
                    if (action.state.kind === "parent" || action.state.parent === undefined)
                        await notify(say("slackOpened", locale, { title, url: made.url }));
                }
                else if (action.kind === "update") {
                    const title = incidentTitle(action.state, locale);
                    const body = incidentBody(action.state, {
                        ...context,
                        excerpt: excerptOf(action.state),
                        ...unreachableOf(inputs, action.state),
                        ...(parent === undefined ? {} : { parentUrl: parent.url }),
                    });
                    await ports.incidents.update(action.incident.number, action.incident.key, title, body);
                    changed = true;
                    tally.updated += 1;
                    open.set(action.incident.key, { ...action.incident, title, state: action.state });
                    if (action.escalated && action.state.parent === undefined)
                        await notify(say("slackEscalated", locale, { title, url: action.incident.url }));
                }
                else {
                    const state = action.incident.state;
                    const downtime = duration(action.downtimeMs);
                    const comment = state?.kind === "parent"
                        ? say("parentRecovered", locale, { downtime })
                        : say("recovered", locale, {
                            sweeps: inputs.policy.successesBeforeClose,
                            downtime,
                            since: state?.since ?? "?",
                        });
                    await ports.incidents.close(action.incident.number, action.incident.key, comment);
                    changed = true;
                    tally.closed += 1;
                    open.delete(action.incident.key);
                    if (state?.parent === undefined)
                        await notify(say("slackClosed", locale, { title: action.incident.title, downtime, url: action.incident.url }));
                }
            }
            catch (error) {
                tally.failed += 1;
                ports.log.warning(`incident ${action.kind === "open" ? action.key : action.incident.key}: GitHub refused the ${action.kind} (${error instanceof Error ? error.message : String(error)}); the next sweep tries again`);
            }
        }
    };
    await apply(planIncidents(open, parents, now), () => "");
    const wanted = new Map();
    for (const id of inputs.ids) {
        const key = clinicIncidentKey(id);
        const step = inputs.steps.get(id);
        const seen = inputs.seen.get(id);
        if (step === undefined || seen === undefined)
            continue;
        const failing = isFailing(seen.class);
        if (step.needsIncident || (open.has(key) && (failing || step.flapping))) {
            const instanceId = inputs.observed.get(id)?.instance?.instanceId;
            const inCause = cause?.failing.includes(id) === true && parent !== undefined;
            wanted.set(key, {
                kind: "open",
                state: {
                    kind: "clinic",
                    key: id,
                    class: seen.class,
                    checks: seen.checks.slice(0, 20),
                    flapping: step.flapping,
                    restarts: step.counters.restarts,
                    since: step.counters.since === "" ? now.toISOString() : step.counters.since,
                    ...(instanceId === undefined ? {} : { instanceId }),
                    ...(inCause && parent !== undefined ? { parent: parent.number } : {}),
                },
            });
        }
        else if (step.mayClose)
            wanted.set(key, { kind: "closed" });
    }
    await apply(planIncidents(open, wanted, now), (state) => state.kind === "clinic" ? (inputs.observed.get(state.key)?.output ?? "") : "");
    const openByClinic = new Map();
    for (const id of inputs.ids) {
        const incident = open.get(clinicIncidentKey(id));
        if (incident !== undefined)
            openByClinic.set(id, incident.number);
    }
    tally.open = open.size;
    return { tally, openByClinic, changed };
}
function unreachableOf(inputs, state) {
    const reason = state.kind === "clinic" ? inputs.seen.get(state.key)?.unreachable : undefined;
    return reason === undefined ? {} : { unreachable: reason };
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/observe.ts

const ran = new Set(["success", "failed", "execution-timed-out"]);
/**
 * One healthcheck of every active clinic's running instance in one run of the command runner (batches of 50,
 * resumed by identity after a crash), then, for the instances whose agent never ran it, their agents' ping and
 * EC2's status checks: read for the few, never for the fleet.
 */
async function observe(ports, clinicIds, run) {
    const byClinic = (0,ec2_inventory/* instanceByClinic */.pb)(await ports.inventory());
    const running = clinicIds.flatMap((id) => {
        const instance = byClinic.get(id);
        return instance?.state === "running" ? [instance.instanceId] : [];
    });
    const outcomes = new Map();
    if (running.length > 0) {
        const result = await ports.commands.run({
            document: "orca-healthcheck",
            instanceIds: running,
            identity: run.identity,
            since: run.since,
            parameters: { probeTimeoutSeconds: [String(run.timeoutSeconds)] },
            // Every instance, whatever fails: one dead server must not stop the others' probes.
            maxConcurrency: "100%",
            maxErrors: "100%",
        }, { deadline: run.deadline });
        for (const outcome of result.outcomes)
            outcomes.set(outcome.instanceId, outcome);
    }
    const unreached = running.filter((id) => !ran.has(outcomes.get(id)?.end ?? ""));
    const [pings, checks] = unreached.length === 0
        ? [new Map(), new Map()]
        : await Promise.all([ports.pingStatuses(unreached), ports.statusChecks(unreached)]);
    const observed = new Map();
    for (const clinicId of clinicIds) {
        const instance = byClinic.get(clinicId);
        const outcome = instance === undefined ? undefined : outcomes.get(instance.instanceId);
        const id = instance?.instanceId ?? "";
        const ping = pings.get(id);
        const check = checks.get(id);
        observed.set(clinicId, {
            ...(instance === undefined ? {} : { instance }),
            output: outcome?.output ?? "",
            probe: {
                ...(instance === undefined ? {} : { instanceState: instance.state }),
                ...(outcome === undefined ? {} : { end: outcome.end, result: outcome.result }),
                // An instance whose healthcheck ran needs no agent check: its agent answered.
                ...(outcome !== undefined && ran.has(outcome.end) ? { ping: "Online" } : ping === undefined ? {} : { ping }),
                ...(check === undefined ? {} : { statusCheck: check }),
            },
        });
    }
    return observed;
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/plan.ts


const hourMs = 3_600_000;
/** Counts stop growing here: a count that no longer decides anything should not rewrite a tag every sweep. */
const countCap = 999;
/** An ISO time to the minute: short enough for ten of them in one tag value. */
const isoMinute = (at) => `${at.toISOString().slice(0, 16)}Z`;
/**
 * One clinic's counters after this sweep's class, and what to do. Pure. A clinic is restarted after
 * `failuresBeforeRestart` failing sweeps in a row (and again after as many more), only when a restart can end its
 * failure, at most `restartsPerHour` times in any hour; an incident is due once `restartsBeforeIncident` restarts did
 * not heal it, or, for failures a restart cannot end, after `failuresBeforeRestart` failing sweeps. A sweep that
 * already counted (a re-run of the same sweep after a crash) counts nothing again and restarts nothing.
 */
function stepClinic(previous, klass, policy, now, sweep) {
    const failing = isFailing(klass);
    if (previous.sweep === sweep)
        return decided(previous, false, false, failing, policy, klass);
    // A window starts full of passing sweeps, so that it stops changing (and being written) once a clinic is steady.
    const window = policy.flapping.sweeps;
    const recent = `${previous.recent.padStart(window, "0")}${failing ? "1" : "0"}`.slice(-window);
    const restartedAt = previous.restartedAt.filter((t) => now.getTime() - Date.parse(t) < hourMs);
    let counters = failing
        ? {
            failures: Math.min(previous.failures + 1, countCap),
            successes: 0,
            restarts: previous.restarts,
            recent,
            since: previous.since === "" ? now.toISOString() : previous.since,
            restartedAt,
            sweep,
        }
        : {
            failures: 0,
            successes: Math.min(previous.successes + 1, policy.successesBeforeClose),
            restarts: 0,
            recent,
            since: "",
            restartedAt,
            sweep,
        };
    const restart = failing &&
        isRestartable(klass) &&
        counters.failures >= policy.failuresBeforeRestart * (counters.restarts + 1) &&
        counters.restarts < policy.restartsBeforeIncident &&
        restartedAt.length < policy.restartsPerHour;
    if (restart)
        counters = { ...counters, restarts: counters.restarts + 1, restartedAt: [...restartedAt, isoMinute(now)] };
    const changed = !sameCounts(previous, counters);
    return decided(changed ? counters : { ...counters, sweep: previous.sweep }, changed, restart, failing, policy, klass);
}
function decided(counters, changed, restart, failing, policy, klass) {
    const flapping = flaps(counters.recent, policy.flapping.failures);
    const exhausted = klass !== undefined && !isRestartable(klass)
        ? counters.failures >= policy.failuresBeforeRestart
        : counters.restarts >= policy.restartsBeforeIncident;
    return {
        counters,
        changed,
        restart,
        flapping,
        needsIncident: (failing && !restart && exhausted) || flapping,
        mayClose: !failing && counters.successes >= policy.successesBeforeClose && !flapping,
    };
}
/**
 * The step once the restart's own probe answered: healed, the streak ends here (the sweep's outcome becomes "0");
 * not healed, an incident is due when that was the last restart allowed.
 */
function afterRestart(step, healed, policy) {
    if (!healed)
        return { ...step, needsIncident: step.counters.restarts >= policy.restartsBeforeIncident || step.flapping };
    const counters = {
        ...step.counters,
        failures: 0,
        successes: Math.min(1, policy.successesBeforeClose),
        restarts: 0,
        since: "",
        recent: `${step.counters.recent.slice(0, -1)}0`,
    };
    const flapping = flaps(counters.recent, policy.flapping.failures);
    return {
        counters,
        changed: true,
        restart: true,
        flapping,
        needsIncident: flapping,
        mayClose: counters.successes >= policy.successesBeforeClose && !flapping,
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/sweep.ts









/** The liveness sweep: observe, count, heal, correlate, open or close incidents, record. */
async function runSweep(ports, settings) {
    const now = ports.clock.now();
    const { policy } = settings;
    const identity = `orca-fleet liveness ${settings.sweepId}`;
    const since = new Date(now.getTime() - 30 * 60_000);
    const deadline = new Date(now.getTime() + settings.waitSeconds * 1000);
    const ids = settings.clinics.map((c) => c.id);
    const observed = await observe(ports, ids, {
        identity,
        since,
        deadline,
        timeoutSeconds: policy.timeoutSeconds,
    });
    const seen = new Map();
    const steps = new Map();
    for (const id of ids) {
        const o = observed.get(id);
        const classified = classify(o?.probe ?? {}, policy);
        seen.set(id, classified);
        steps.set(id, stepClinic(readCounters(o?.instance?.tags ?? {}), classified.class, policy, now, settings.sweepId));
    }
    // Counters first, restarts after: a sweep that dies between them has counted a restart it never sent, which can
    // only ever make it restart less, never more than the hourly cap.
    let tagCalls = await ports.tag(countersToWrite(ids, observed, steps));
    const toRestart = ids.filter((id) => steps.get(id)?.restart === true && observed.get(id)?.instance !== undefined);
    const healed = new Set();
    if (toRestart.length > 0) {
        const instanceOf = new Map(toRestart.map((id) => [observed.get(id)?.instance?.instanceId ?? "", id]));
        const run = await ports.commands.run({
            document: "orca-restart",
            instanceIds: [...instanceOf.keys()],
            identity: `${identity} restart`,
            since,
            parameters: { probeTimeoutSeconds: [String(policy.timeoutSeconds)] },
            maxConcurrency: "100%",
            maxErrors: "100%",
        }, { deadline: new Date(ports.clock.now().getTime() + settings.waitSeconds * 1000) });
        // orca-restart probes ORCA again after the restart: its result line is the re-probe.
        for (const outcome of run.outcomes) {
            const id = instanceOf.get(outcome.instanceId);
            const step = id === undefined ? undefined : steps.get(id);
            if (id === undefined || step === undefined)
                continue;
            const ok = outcome.result.ok && outcome.result.result.ok;
            steps.set(id, afterRestart(step, ok, policy));
            if (ok) {
                healed.add(id);
                seen.set(id, { ...(seen.get(id) ?? { checks: [] }), class: "healthy", checks: [] });
            }
        }
        tagCalls += await ports.tag(countersToWrite([...healed], observed, steps));
    }
    const placements = ids.map((id) => {
        const instance = observed.get(id)?.instance;
        const release = seen.get(id)?.release;
        return {
            clinicId: id,
            failing: isFailing(seen.get(id)?.class ?? "unreachable"),
            ...(instance?.subnetId === undefined ? {} : { subnet: instance.subnetId }),
            ...(instance?.availabilityZone === undefined ? {} : { "availability-zone": instance.availabilityZone }),
            ...(instance?.imageId === undefined ? {} : { ami: instance.imageId }),
            ...(release === undefined ? {} : { release }),
        };
    });
    const cause = commonCause(placements, policy);
    const incidents = await applyIncidents(ports, {
        now,
        policy,
        locale: settings.locale,
        ids,
        observed,
        seen,
        steps,
        ...(cause === undefined ? {} : { cause }),
    });
    const desired = new Map(settings.clinics.map((c) => [c.id, c.desired]));
    const results = [];
    const records = new Map();
    const recordTags = [];
    for (const id of ids) {
        const c = seen.get(id) ?? { class: "unreachable", checks: [] };
        const step = steps.get(id);
        const instance = observed.get(id)?.instance;
        const drift = driftOf(desired.get(id) ?? "", instance?.tags[instance_tags/* tagKeys */.b.orcaVersion], c);
        const incident = incidents.openByClinic.get(id);
        const record = {
            health: healthClassOf(c.class),
            ...(c.release === undefined ? {} : { release: c.release }),
            ...(drift === undefined ? {} : { drift }),
            incidents: incident === undefined ? [] : [incident],
        };
        records.set(id, record);
        const digest = recordDigest(record);
        if (instance !== undefined && instance.tags[instance_tags/* tagKeys */.b.healthRecorded] !== digest)
            recordTags.push({ instanceId: instance.instanceId, tags: { [instance_tags/* tagKeys */.b.healthRecorded]: digest } });
        results.push({
            clinicId: id,
            ...(instance === undefined ? {} : { instanceId: instance.instanceId }),
            class: c.class,
            checks: c.checks,
            ...(c.unreachable === undefined ? {} : { unreachable: c.unreachable }),
            ...(c.latencyMs === undefined ? {} : { latencyMs: c.latencyMs }),
            ...(c.release === undefined ? {} : { release: c.release }),
            failures: step?.counters.failures ?? 0,
            restarted: toRestart.includes(id),
            healedByRestart: healed.has(id),
            flapping: step?.flapping ?? false,
            ...(drift === undefined ? {} : { drift }),
            ...(incident === undefined ? {} : { incident }),
        });
    }
    // The history is read and written only when some clinic's record differs from the digest its tag keeps, or a
    // clinic has no instance to keep one: an unchanged fleet costs GitHub no read of the branch.
    const noInstance = ids.some((id) => observed.get(id)?.instance === undefined);
    let history = "skipped";
    if (recordTags.length > 0 || noInstance || incidents.changed) {
        const written = await ports.updateHistory(sweepHistoryChange(records, now.toISOString()), `liveness-sweep: ${settings.sweepId}`);
        history = written.outcome;
        // After the commit: a sweep that dies before it leaves the digests old, and the next one records again.
        tagCalls += await ports.tag(recordTags);
    }
    return {
        at: now.toISOString(),
        clinics: results,
        ...(cause === undefined ? {} : { cause }),
        incidents: incidents.tally,
        history,
        tagCalls,
    };
}
function countersToWrite(ids, observed, steps) {
    return ids.flatMap((id) => {
        const step = steps.get(id);
        const instanceId = observed.get(id)?.instance?.instanceId;
        return step?.changed === true && instanceId !== undefined ? [{ instanceId, tags: counterTags(step.counters) }] : [];
    });
}

;// CONCATENATED MODULE: ./actions/lib/flows/liveness-sweep/sweep-flow.ts



/**
 * The liveness-sweep action as one library call: read the registry (a clinic file with a problem is reported and
 * the others swept; a missing fleet.yml refuses), sweep, write the JSON file, and hand back outputs and summary.
 */
async function sweepFleet(deps, request) {
    const { fleet, activeClinics } = await (0,usable_fleet/* readObservedFleet */.je)(request.clinics, deps.log);
    const clinics = activeClinics.map((clinic) => ({ id: clinic.id, desired: clinic.orca.version }));
    const result = await runSweep(deps.connect(request.region ?? fleet.region), {
        clinics,
        policy: fleet.liveness,
        locale: fleet.locale,
        sweepId: request.sweepId,
        waitSeconds: request.waitSeconds,
    });
    for (const line of driftLines(result.clinics))
        deps.log.info(line);
    const file = sweepFile(result);
    await deps.writeFile(request.resultFile, `${JSON.stringify(file, null, 2)}\n`);
    return {
        outputs: {
            clinics: result.clinics.length,
            healthy: file.counts.healthy,
            "not-healthy": result.clinics.length - file.counts.healthy,
            restarted: result.clinics.filter((c) => c.restarted).length,
            "incidents-open": result.incidents.open,
            "incidents-opened": result.incidents.opened,
            "incidents-closed": result.incidents.closed,
            drift: result.clinics.filter((c) => c.drift !== undefined).length,
            history: result.history,
            "result-file": request.resultFile,
        },
        summary: renderSummary(result, fleet.locale),
    };
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(49567);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/liveness-sweep/inputs.ts



const slackUrl = schemas/* string */.YjP().regex(/^https?:\/\/[^\s]+$/);
function getInputs() {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const region = (0,inputs/* readRegion */.XP)(input);
    const slack = input.secret("slack-webhook-url", schemas/* union */.KCZ([schemas/* literal */.euz(""), slackUrl]), "empty, or Slack's incoming-webhook URL");
    return {
        clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
        token: (0,inputs/* readToken */.AI)(input),
        ...(region === undefined ? {} : { region }),
        ...(slack === "" ? {} : { slackWebhookUrl: slack }),
        sweepId: input.read("sweep-id", schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]{1,60}$/), "1-60 letters, digits, . _ -, e.g. the run id"),
        waitSeconds: input.read("wait-seconds", coerce/* number */.ai().int().min(10).max(540), "whole seconds from 10 to 540"),
        historyBranch: (0,inputs/* readHistoryBranch */.pT)(input),
        resultFile: input.read("result-file", schemas/* string */.YjP().min(1), "a file path such as liveness.json"),
        botLogin: (0,inputs/* readBotLogin */.je)(input),
    };
}

;// CONCATENATED MODULE: ./actions/liveness-sweep/main.ts


















async function run() {
    try {
        const inputs = getInputs();
        const octokit = (0,github_octokit/* createOctokit */.Q)(inputs.token, core);
        const repo = github/* context */._.repo;
        const ports = { clock: core_ports/* systemClock */.ml, sleep: core_ports/* realSleep */.uk };
        const report = await sweepFleet({
            connect: (region) => {
                const aws = (0,clients/* createAwsClients */.G)({ region });
                return {
                    inventory: () => (0,ec2_inventory/* createEc2Fleet */.nA)(aws.ec2).inventory(),
                    commands: (0,ssm_commands/* createSsmCommands */.mE)({ ssm: aws.ssm, ...ports }),
                    pingStatuses: (ids) => (0,ssm_agents/* createSsmAgents */.c)(aws.ssm).pingStatuses(ids),
                    statusChecks: (ids) => statusChecks(aws.ec2, ids),
                    tag: (0,instance_tagging/* createInstanceTagging */.bp)(aws.ec2).tag,
                    incidents: createIncidentIssues(octokit, repo, {
                        label: incidentLabel,
                        author: inputs.botLogin,
                        clock: core_ports/* systemClock */.ml,
                    }),
                    notifier: inputs.slackWebhookUrl === undefined ? noNotifier : slackNotifier(inputs.slackWebhookUrl, core),
                    updateHistory: (change, message) => (0,history_branch/* updateHistory */.A)(octokit, { ...repo, branch: inputs.historyBranch }, change, message, ports),
                    clock: core_ports/* systemClock */.ml,
                    log: core,
                };
            },
            writeFile: (path, text) => (0,promises_.writeFile)(path, text),
            log: core,
        }, inputs);
        await (0,flow_report/* publishReport */.S3)(report, core);
    }
    catch (error) {
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
