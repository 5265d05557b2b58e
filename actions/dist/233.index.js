export const id = 233;
export const ids = [233];
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

/***/ 70233:
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
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var dist_cjs = __webpack_require__(34736);
;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ssm-document-reads.ts

function createDocumentReads(ssm) {
    return {
        async describe(name) {
            let current;
            try {
                current = await describeVersion(ssm, name, undefined);
            }
            catch (error) {
                if (error instanceof dist_cjs/* InvalidDocument */.D1o)
                    return undefined;
                throw error;
            }
            if (current.DocumentVersion === undefined) {
                throw new Error(`DescribeDocument on ${name} answered without a document version`);
            }
            const defaultVersion = current.DocumentVersion;
            const latestVersion = current.LatestVersion ?? defaultVersion;
            // One call when the default is the latest (the usual case); the latest's hash only when they differ.
            const latest = latestVersion === defaultVersion ? current : await describeVersion(ssm, name, latestVersion);
            return {
                name,
                defaultVersion,
                defaultHash: current.Hash ?? "",
                latestVersion,
                latestHash: latest.Hash ?? "",
            };
        },
        async content(name, version) {
            const answer = await ssm.send(new dist_cjs/* GetDocumentCommand */.ppd({ Name: name, DocumentVersion: version, DocumentFormat: "YAML" }));
            return answer.Content ?? "";
        },
    };
}
async function describeVersion(ssm, name, version) {
    const answer = await ssm.send(new dist_cjs/* DescribeDocumentCommand */.QO({ Name: name, ...(version === undefined ? {} : { DocumentVersion: version }) }));
    if (answer.Document === undefined)
        throw new Error(`DescribeDocument on ${name} answered without a document`);
    return answer.Document;
}

;// CONCATENATED MODULE: ./actions/lib/adapters/aws/ssm-documents.ts


function versionOf(answer, call, name) {
    if (answer?.DocumentVersion === undefined)
        throw new Error(`${call} on ${name} answered without a document version`);
    return answer.DocumentVersion;
}
/** What a create and an update of a toolkit document both send: its name, YAML content and target type. */
const contentOf = (doc) => ({
    Name: doc.name,
    Content: doc.content,
    DocumentFormat: "YAML",
    TargetType: doc.targetType,
});
const tagList = (tags) => Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
function createSsmDocuments(ssm) {
    return {
        ...createDocumentReads(ssm),
        async create(doc, tags) {
            const answer = await ssm.send(new dist_cjs/* CreateDocumentCommand */.dk2({ ...contentOf(doc), DocumentType: "Command", Tags: tagList(tags) }));
            return versionOf(answer.DocumentDescription, "CreateDocument", doc.name);
        },
        async update(doc, latestVersion) {
            const answer = await ssm.send(new dist_cjs/* UpdateDocumentCommand */.gym({ ...contentOf(doc), DocumentVersion: latestVersion }));
            return versionOf(answer.DocumentDescription, "UpdateDocument", doc.name);
        },
        async setDefault(name, version) {
            await ssm.send(new dist_cjs/* UpdateDocumentDefaultVersionCommand */.hR_({ Name: name, DocumentVersion: version }));
        },
        async tag(name, tags) {
            await ssm.send(new dist_cjs/* AddTagsToResourceCommand */.X3P({ ResourceType: "Document", ResourceId: name, Tags: tagList(tags) }));
        },
    };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/github.ts + 1 modules
var github_github = __webpack_require__(38788);
// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/map-bounded.ts
var map_bounded = __webpack_require__(12610);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var core_ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/registry/usable-fleet.ts
var usable_fleet = __webpack_require__(77157);
;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/apply.ts
/**
 * Writes the plan, one document after another: only the writes its change needs (writesFor in plan.ts), so an
 * unchanged document costs no write. A failed document does not stop the others; each run re-plans from what SSM
 * holds, so a run killed between two calls is finished by the next one.
 */
async function applyDocumentPlan(plan, ports, settings) {
    const results = [];
    for (const change of plan.changes) {
        try {
            results.push(await applyChange(change, ports.documents, settings));
        }
        catch (error) {
            const code = error instanceof Error ? error.name : "Error";
            ports.log.error(`${change.document.name}: ${code}: ${error instanceof Error ? error.message : String(error)}`);
            results.push({
                name: change.document.name,
                outcome: "failed",
                version: change.kind === "create" ? undefined : change.current.version,
                error: code,
            });
            continue;
        }
        const last = results.at(-1);
        ports.log.info(`${change.document.name}: ${last?.outcome} (default version ${last?.version ?? "-"})`);
    }
    return results;
}
async function applyChange(change, documents, settings) {
    const { name, content } = change.document;
    const doc = { name, content, targetType: settings.targetType };
    switch (change.kind) {
        case "unchanged":
            return { name, outcome: "unchanged", version: change.current.version };
        case "create":
            return { name, outcome: "created", version: await documents.create(doc, settings.tags) };
        case "update": {
            const version = await documents.update(doc, change.latestVersion);
            await documents.setDefault(name, version);
            await documents.tag(name, settings.tags);
            return { name, outcome: "updated", version };
        }
        case "set-default":
            await documents.setDefault(name, change.toVersion);
            await documents.tag(name, settings.tags);
            return { name, outcome: "default-moved", version: change.toVersion };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/limits.ts
/**
 * AWS's limits on what sync-documents sends, as AWS's own API model states them (botocore's service-2.json for SSM:
 * shapes DocumentName, DocumentContent, DocumentParameterType, TargetType, TagKey, TagValue, and the documentation of
 * CreateDocumentRequest's Name and Content). test/unit/sync-documents/limits.test.ts reads that model and requires
 * these values to equal it, so they cannot drift from AWS.
 */
const documentLimits = {
    /** DocumentName's pattern. */
    namePattern: "^[a-zA-Z0-9_\\-.]{3,128}$",
    /** CreateDocumentRequest.Name: "You can't use the following strings as document name prefixes". */
    reservedNamePrefixes: ["aws", "amazon", "amzn", "AWSEC2", "AWSConfigRemediation", "AWSSupport"],
    /** DocumentContent's min. */
    contentMinLength: 1,
    /** CreateDocumentRequest.Content: "The content of the document must not exceed 64KB". */
    contentMaxBytes: 64 * 1024,
    /** DocumentParameterType's enum: the parameter types a document can declare and DescribeDocument reports. */
    parameterTypes: ["String", "StringList"],
    /** TargetType's pattern and max. */
    targetTypePattern: "^\\/[\\w\\.\\-\\:\\/]*$",
    targetTypeMaxLength: 200,
    /** TagKey and TagValue: lengths and the one pattern both share. */
    tagKeyMaxLength: 128,
    tagValueMaxLength: 256,
    tagPattern: "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
};

;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/check.ts



const declaration = schemas/* looseObject */._H3({
    type: schemas/* unknown */.L5J(),
    default: schemas/* unknown */.L5J().optional(),
    allowedPattern: schemas/* unknown */.L5J().optional(),
});
const contentShape = schemas/* looseObject */._H3({ parameters: schemas/* record */.g1P(schemas/* string */.YjP(), declaration).optional() });
const namePattern = new RegExp(documentLimits.namePattern);
const targetTypePattern = new RegExp(documentLimits.targetTypePattern);
// TagKey and TagValue use Unicode classes (\p{L}): the u flag reads them as AWS does.
const tagPattern = new RegExp(documentLimits.tagPattern, "u");
/**
 * Every problem that would make SSM refuse the document (or that would let a command fail at send time), found
 * before any call: the name, the content's size, the content as YAML, and each parameter declaration.
 */
function checkDocument(doc, targetType, tag) {
    const problems = [];
    const add = (field, rule, values = {}) => problems.push({ document: doc.name, file: doc.file, field, rule, values });
    if (!namePattern.test(doc.name))
        add("name", "namePattern", { pattern: documentLimits.namePattern });
    const reserved = documentLimits.reservedNamePrefixes.find((p) => doc.name.toLowerCase().startsWith(p.toLowerCase()));
    if (reserved !== undefined)
        add("name", "nameReserved", { prefix: reserved });
    const bytes = Buffer.byteLength(doc.content, "utf8");
    if (bytes < documentLimits.contentMinLength)
        add("content", "contentEmpty");
    if (bytes > documentLimits.contentMaxBytes)
        add("content", "contentTooLarge", { bytes, max: documentLimits.contentMaxBytes });
    if (!targetTypePattern.test(targetType) || targetType.length > documentLimits.targetTypeMaxLength) {
        add("targetType", "targetType", { value: targetType, pattern: documentLimits.targetTypePattern });
    }
    if (tag.key.length < 1 || tag.key.length > documentLimits.tagKeyMaxLength || !tagPattern.test(tag.key)) {
        add("tag", "tagKey", { value: tag.key, max: documentLimits.tagKeyMaxLength });
    }
    if (tag.value.length > documentLimits.tagValueMaxLength || !tagPattern.test(tag.value)) {
        add("tag", "tagValue", { value: tag.value, max: documentLimits.tagValueMaxLength });
    }
    if (bytes > 0) {
        const parsed = readContent(doc.content);
        if (parsed === undefined)
            add("content", "contentNotYaml");
        else {
            for (const [name, p] of Object.entries(parsed.parameters ?? {})) {
                checkParameter(p, (part, rule, values) => add(`parameters.${name}.${part}`, rule, values));
            }
        }
    }
    return problems;
}
function readContent(content) {
    try {
        const parsed = contentShape.safeParse((0,dist/* parse */.qg)(content));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function checkParameter(p, add) {
    const types = documentLimits.parameterTypes;
    if (!types.includes(p.type)) {
        add("type", "parameterType", { value: String(p.type), allowed: documentLimits.parameterTypes.join(", ") });
    }
    let pattern;
    if (p.allowedPattern !== undefined) {
        try {
            if (typeof p.allowedPattern !== "string")
                throw new TypeError("not a string");
            pattern = new RegExp(p.allowedPattern);
        }
        catch {
            add("allowedPattern", "parameterPattern", { value: String(p.allowedPattern) });
        }
    }
    if (p.default === undefined)
        return;
    // DocumentParameterDefaultValue is a string: a String's default is one, a StringList's a list of them.
    const values = Array.isArray(p.default) ? p.default : [p.default];
    const wrongShape = p.type === "StringList" ? !Array.isArray(p.default) : Array.isArray(p.default);
    const bad = values.find((v) => typeof v !== "string" || (pattern !== undefined && !pattern.test(v)));
    if (wrongShape || bad !== undefined) {
        add("default", "parameterDefault", {
            value: JSON.stringify(bad ?? p.default),
            pattern: typeof p.allowedPattern === "string" ? p.allowedPattern : "-",
        });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/local-documents.ts



function contentHash(content) {
    return (0,external_node_crypto_.createHash)("sha256").update(content, "utf8").digest("hex");
}
/**
 * The folder's own *.yml files, sorted by name (ssm-documents/src/ holds the sources they are generated from and is
 * not read). Only the folder's entries are used as paths; a link is not followed.
 */
async function readLocalDocuments(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const names = entries
        .filter((e) => e.isFile() && e.name.endsWith(".yml"))
        .map((e) => e.name)
        .sort();
    return Promise.all(names.map(async (fileName) => {
        const file = (0,external_node_path_.join)(dir, fileName);
        const content = await (0,promises_.readFile)(file, "utf8");
        return { name: fileName.slice(0, -".yml".length), file, content, hash: contentHash(content) };
    }));
}

;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/changes.ts


const shape = schemas/* looseObject */._H3({
    description: schemas/* unknown */.L5J().optional(),
    parameters: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
});
function readShape(content) {
    try {
        const parsed = shape.safeParse((0,dist/* parse */.qg)(content));
        return parsed.success ? parsed.data : {};
    }
    catch {
        return {};
    }
}
function lineCounts(content) {
    const counts = new Map();
    for (const line of content.split("\n"))
        counts.set(line, (counts.get(line) ?? 0) + 1);
    return counts;
}
/** Lines of `a` not matched by a line of `b`, counting repeats. */
function surplus(a, b) {
    let n = 0;
    for (const [line, count] of a)
        n += Math.max(0, count - (b.get(line) ?? 0));
    return n;
}
/** Compares two contents (YAML or JSON); `before` is undefined for a document SSM does not have yet. Pure. */
function compareContents(before, after) {
    const old = before === undefined ? {} : readShape(before);
    const now = readShape(after);
    const oldParams = old.parameters ?? {};
    const newParams = now.parameters ?? {};
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const oldLines = before === undefined ? new Map() : lineCounts(before);
    const newLines = lineCounts(after);
    return {
        description: before !== undefined && !same(old.description, now.description),
        parametersAdded: Object.keys(newParams)
            .filter((k) => !(k in oldParams))
            .sort(),
        parametersRemoved: Object.keys(oldParams)
            .filter((k) => !(k in newParams))
            .sort(),
        parametersChanged: Object.keys(newParams)
            .filter((k) => k in oldParams && !same(oldParams[k], newParams[k]))
            .sort(),
        linesAdded: surplus(newLines, oldLines),
        linesRemoved: surplus(oldLines, newLines),
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/plan.ts

/**
 * Compares the documents of ssm-documents/ with what SSM has (by name; absent means never created) on the content
 * hash SSM reports. Pure. Documents in SSM that have no file are not listed: sync-documents never deletes.
 */
function planDocuments(local, remote) {
    const changes = [...local]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((document) => {
        const found = remote.get(document.name);
        if (found === undefined)
            return { kind: "create", document, changes: compareContents(undefined, document.content) };
        const current = { version: found.defaultVersion, hash: found.defaultHash };
        if (found.defaultHash === document.hash)
            return { kind: "unchanged", document, current };
        const changes = found.defaultContent === undefined ? undefined : compareContents(found.defaultContent, document.content);
        if (found.latestHash === document.hash && found.latestVersion !== found.defaultVersion) {
            return { kind: "set-default", document, current, toVersion: found.latestVersion, changes };
        }
        return { kind: "update", document, current, latestVersion: found.latestVersion, changes };
    });
    return { changes };
}
/** The write calls a change takes: how a reader checks that a second run writes nothing. */
function writesFor(change) {
    switch (change.kind) {
        case "create":
            // CreateDocument carries the tags and makes version 1 the default.
            return ["CreateDocument"];
        case "update":
            return ["UpdateDocument", "UpdateDocumentDefaultVersion", "AddTagsToResource"];
        case "set-default":
            return ["UpdateDocumentDefaultVersion", "AddTagsToResource"];
        case "unchanged":
            return [];
    }
}

// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var message = __webpack_require__(32586);
// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/messages.ts
/** Every fixed text of sync-documents' comment and summary, in each locale. */
const messages = {
    planTitle: { en: "SSM documents: plan", ja: "SSM ドキュメント: 計画" },
    applyTitle: { en: "SSM documents: applied", ja: "SSM ドキュメント: 適用結果" },
    refusedTitle: { en: "SSM documents: not synced", ja: "SSM ドキュメント: 同期できません" },
    planSummary: {
        en: "{create} to create, {update} to update, {setDefault} to make default, {unchanged} unchanged.",
        ja: "作成 {create} 件、更新 {update} 件、既定バージョンの変更 {setDefault} 件、変更なし {unchanged} 件。",
    },
    applySummary: {
        en: "{created} created, {updated} updated, {moved} made default, {unchanged} unchanged, {failed} failed.",
        ja: "作成 {created} 件、更新 {updated} 件、既定バージョン変更 {moved} 件、変更なし {unchanged} 件、失敗 {failed} 件。",
    },
    planFooter: {
        en: "Merging to main applies this: a new version becomes each changed document's default, tagged with the commit. Nothing is deleted.",
        ja: "main にマージすると適用されます。変更されたドキュメントは新しいバージョンが既定になり、コミットでタグ付けされます。削除は行いません。",
    },
    applyFailed: {
        en: "{count, plural, one {# document was} other {# documents were}} not synced ({documents}); the job summary says what to do.",
        ja: "{count} 件のドキュメントを同期できませんでした（{documents}）。対処はジョブサマリーを参照してください。",
    },
    applyFooter: {
        en: "Applied from commit {commit}. A second run with the same documents writes nothing.",
        ja: "コミット {commit} から適用しました。同じ内容で再実行しても書き込みは行いません。",
    },
    refusedIntro: {
        en: "Nothing was sent to SSM: these documents break AWS's limits (from SSM's API model). Fix them and push again.",
        ja: "SSM には何も送っていません。次のドキュメントが AWS の制限（SSM の API モデル）に反しています。修正して再度 push してください。",
    },
    colDocument: { en: "Document", ja: "ドキュメント" },
    colChange: { en: "Change", ja: "変更" },
    colCurrent: { en: "Default now", ja: "現在の既定" },
    colNewHash: { en: "New hash (SHA-256)", ja: "新しいハッシュ (SHA-256)" },
    colWhat: { en: "What changed", ja: "変更内容" },
    colOutcome: { en: "Outcome", ja: "結果" },
    colVersion: { en: "Default version", ja: "既定バージョン" },
    colField: { en: "Field", ja: "項目" },
    colProblem: { en: "Problem", ja: "問題" },
    kindCreate: { en: "create", ja: "作成" },
    kindUpdate: { en: "update", ja: "更新" },
    kindSetDefault: { en: "make version {version} default", ja: "バージョン {version} を既定に" },
    kindUnchanged: { en: "unchanged", ja: "変更なし" },
    outcomeCreated: { en: "created", ja: "作成" },
    outcomeUpdated: { en: "updated", ja: "更新" },
    outcomeDefaultMoved: { en: "made default", ja: "既定に変更" },
    outcomeUnchanged: { en: "unchanged", ja: "変更なし" },
    outcomeFailed: { en: "failed: {code}", ja: "失敗: {code}" },
    notInSsm: { en: "not in SSM", ja: "SSM になし" },
    whatNew: {
        en: "new document, {lines, plural, one {# line} other {# lines}}",
        ja: "新規ドキュメント（{lines} 行）",
    },
    whatDescription: { en: "description", ja: "説明" },
    whatAdded: { en: "parameters added: {names}", ja: "追加パラメーター: {names}" },
    whatRemoved: { en: "parameters removed: {names}", ja: "削除パラメーター: {names}" },
    whatChanged: { en: "parameters changed: {names}", ja: "変更パラメーター: {names}" },
    whatLines: { en: "+{added} −{removed} lines", ja: "+{added} −{removed} 行" },
    whatUnknown: { en: "content differs", ja: "内容が異なります" },
    duplicateHint: {
        en: "{document}: SSM refused the content as a duplicate of an older version; make that version the default by hand (aws ssm update-document-default-version).",
        ja: "{document}: 内容が古いバージョンと同一のため SSM に拒否されました。そのバージョンを手動で既定にしてください（aws ssm update-document-default-version）。",
    },
    moreRows: { en: "…and {count} more", ja: "…ほか {count} 件" },
};
/** One message per check rule; {document} and {field} name where, the rest say what a valid value looks like. */
const problemMessages = {
    namePattern: {
        en: "the name must match {pattern} (3-128 letters, digits, underscores, hyphens and dots); rename the file",
        ja: "名前は {pattern}（英数字・_・-・. の 3〜128 文字）に一致する必要があります。ファイル名を変えてください",
    },
    nameReserved: {
        en: "the name starts with {prefix}, a prefix AWS reserves; rename the file",
        ja: "名前が AWS の予約済み接頭辞 {prefix} で始まっています。ファイル名を変えてください",
    },
    contentEmpty: { en: "the content is empty", ja: "内容が空です" },
    contentTooLarge: {
        en: "the content is {bytes} bytes; SSM takes at most {max} bytes (64 KB)",
        ja: "内容が {bytes} バイトです。SSM の上限は {max} バイト（64 KB）です",
    },
    contentNotYaml: {
        en: "the content is not a YAML mapping; regenerate it with npm run generate",
        ja: "内容が YAML のマッピングではありません。npm run generate で生成し直してください",
    },
    parameterType: {
        en: "the type is {value}; a document parameter is one of {allowed}",
        ja: "型が {value} です。ドキュメントのパラメーターは {allowed} のいずれかです",
    },
    parameterPattern: {
        en: "allowedPattern {value} is not a valid regular expression",
        ja: "allowedPattern {value} は正しい正規表現ではありません",
    },
    parameterDefault: {
        en: "the default {value} does not match allowedPattern {pattern} (or is not a string), so every command using it would be refused",
        ja: "既定値 {value} が allowedPattern {pattern} に一致しない（または文字列でない）ため、これを使うコマンドはすべて拒否されます",
    },
    targetType: {
        en: "the target type {value} must match {pattern}, e.g. /AWS::EC2::Instance",
        ja: "ターゲットタイプ {value} は {pattern} に一致する必要があります（例: /AWS::EC2::Instance）",
    },
    tagKey: {
        en: "the tag key {value} must be 1-{max} letters, digits, spaces or _.:/=+-@",
        ja: "タグキー {value} は英数字・空白・_.:/=+-@ の 1〜{max} 文字である必要があります",
    },
    tagValue: {
        en: "the tag value {value} must be at most {max} letters, digits, spaces or _.:/=+-@",
        ja: "タグ値 {value} は英数字・空白・_.:/=+-@ の {max} 文字以内である必要があります",
    },
};

;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/render.ts




/**
 * Rows past this many are counted, not listed, and echoed values are cut to `maxValue` characters; boundedBody also
 * stops at the size a table may take, so a comment stays under GitHub's limit whatever the folder holds.
 */
const maxRows = 100;
const maxValue = 120;
/** A table shares its body with a title, a summary and hints, each a few hundred characters at most. */
const tableBudget = body/* bodyBudget */.cH - 4_000;
/** A value shown literally in a table cell, cut to maxValue (core/render/body.ts). */
const code = (text) => (0,body/* codeCell */.MZ)(text, maxValue);
const cut = (text) => (0,body/* cut */.Jj)(text, maxValue);
function boundedTable(headers, rows, t) {
    return (0,body/* boundedBody */._j)({
        before: (0,markdown/* tableHead */.PP)(headers),
        rows: rows.map(markdown/* tableRow */.jD),
        more: (count) => `\n${t(messages.moreRows, { count })}`,
        budget: tableBudget,
        maxRows,
    });
}
function whatChanged(changes, t, created, lines) {
    if (created)
        return t(messages.whatNew, { lines });
    if (changes === undefined)
        return t(messages.whatUnknown);
    const names = (list) => list.map(code).join(", ");
    const parts = [
        changes.description ? t(messages.whatDescription) : "",
        changes.parametersAdded.length > 0 ? t(messages.whatAdded, { names: names(changes.parametersAdded) }) : "",
        changes.parametersRemoved.length > 0 ? t(messages.whatRemoved, { names: names(changes.parametersRemoved) }) : "",
        changes.parametersChanged.length > 0 ? t(messages.whatChanged, { names: names(changes.parametersChanged) }) : "",
        t(messages.whatLines, { added: changes.linesAdded, removed: changes.linesRemoved }),
    ];
    return parts.filter((p) => p !== "").join("; ");
}
function kindText(change, t) {
    switch (change.kind) {
        case "create":
            return t(messages.kindCreate);
        case "update":
            return t(messages.kindUpdate);
        case "set-default":
            return t(messages.kindSetDefault, { version: change.toVersion });
        case "unchanged":
            return t(messages.kindUnchanged);
    }
}
/** The sticky plan comment (and the plan's job summary): each document, its default now, the new hash, what changed. */
function renderPlan(plan, locale) {
    const t = (0,message/* translator */.Nj)(locale);
    const count = (kind) => plan.changes.filter((c) => c.kind === kind).length;
    const rows = plan.changes.map((c) => [
        code(c.document.name),
        kindText(c, t),
        c.kind === "create" ? t(messages.notInSsm) : code(c.current.version),
        c.kind === "unchanged" ? "-" : code(c.document.hash.slice(0, 12)),
        c.kind === "unchanged"
            ? "-"
            : whatChanged(c.kind === "create" ? undefined : c.changes, t, c.kind === "create", c.document.content.split("\n").length),
    ]);
    const headers = [
        messages.colDocument,
        messages.colChange,
        messages.colCurrent,
        messages.colNewHash,
        messages.colWhat,
    ];
    return [
        `### ${t(messages.planTitle)}`,
        t(messages.planSummary, {
            create: count("create"),
            update: count("update"),
            setDefault: count("set-default"),
            unchanged: count("unchanged"),
        }),
        boundedTable(headers.map((m) => t(m)), rows, t),
        `<sub>${t(messages.planFooter)}</sub>`,
        "",
    ].join("\n\n");
}
const outcomeMessage = {
    created: messages.outcomeCreated,
    updated: messages.outcomeUpdated,
    "default-moved": messages.outcomeDefaultMoved,
    unchanged: messages.outcomeUnchanged,
};
/** The job summary after apply: each document's outcome and default version. */
function renderApplied(results, settings) {
    const t = (0,message/* translator */.Nj)(settings.locale);
    const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
    const rows = results.map((r) => [
        code(r.name),
        r.outcome === "failed"
            ? t(messages.outcomeFailed, { code: code(r.error ?? "Error") })
            : t(outcomeMessage[r.outcome]),
        code(r.version ?? "-"),
    ]);
    const hints = results
        .filter((r) => r.error === "DuplicateDocumentContent")
        .map((r) => `- ${t(messages.duplicateHint, { document: code(r.name) })}`);
    return [
        `### ${t(messages.applyTitle)}`,
        t(messages.applySummary, {
            created: count("created"),
            updated: count("updated"),
            moved: count("default-moved"),
            unchanged: count("unchanged"),
            failed: count("failed"),
        }),
        boundedTable([messages.colDocument, messages.colOutcome, messages.colVersion].map((m) => t(m)), rows, t),
        ...(hints.length > 0 ? [hints.join("\n")] : []),
        `<sub>${t(messages.applyFooter, { commit: code(settings.sourceCommit.slice(0, 12)) })}</sub>`,
        "",
    ].join("\n\n");
}
/** The step's failure when some documents failed to apply: which, and with what error code. */
function applyFailureText(failed, locale) {
    return (0,message/* formatText */.vX)(messages.applyFailed, locale, {
        count: failed.length,
        documents: failed.map((r) => `${r.name}: ${r.error ?? "Error"}`).join(", "),
    });
}
/** One line per problem: the document, the field, and what a valid value looks like. */
function problemText(problem, locale) {
    const values = Object.fromEntries(Object.entries(problem.values).map(([k, v]) => [k, typeof v === "string" ? cut(v) : v]));
    return `${problem.file}: ${problem.field}: ${(0,message/* formatText */.vX)(problemMessages[problem.rule], locale, values)}`;
}
/** Shown instead of a plan when a document breaks AWS's limits: nothing was sent. */
function renderRefusal(problems, locale) {
    const t = (0,message/* translator */.Nj)(locale);
    const rows = problems.map((p) => {
        const values = Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, typeof v === "string" ? code(cut(v)) : v]));
        return [code(p.document), code(p.field), (0,message/* formatText */.vX)(problemMessages[p.rule], locale, values)];
    });
    return [
        `### ${t(messages.refusedTitle)}`,
        t(messages.refusedIntro),
        boundedTable([messages.colDocument, messages.colField, messages.colProblem].map((m) => t(m)), rows, t),
        "",
    ].join("\n\n");
}

;// CONCATENATED MODULE: ./actions/lib/flows/sync-documents/sync.ts








/** The tag that says which commit a document's current content came from. */
const sourceCommitTag = "orca-fleet:source-commit";
/** The toolkit's documents run on EC2 instances only. */
const documentTargetType = "/AWS::EC2::Instance";
/** The key of the one plan comment per pull request. */
const planCommentKey = "sync-documents-plan";
/** DescribeDocument calls in flight: a handful of documents, kept well under SSM's throttling. */
const readConcurrency = 4;
/**
 * sync-documents: checks every document of the folder against AWS's limits (a problem stops the run before any
 * call), plans against what SSM holds, shows the plan, and in apply mode writes only what changed.
 */
async function syncDocuments(deps, given) {
    const { fleet } = await (0,usable_fleet/* readFleetRegistry */.y4)(given.clinics, deps.log, false);
    const settings = { ...given, locale: fleet.locale };
    const ports = { ...deps, documents: deps.documents(fleet.region) };
    const { log, documents } = ports;
    const local = await (0,core_ports/* inGroup */.HB)(log, "Read and check the documents", async () => {
        const docs = await readLocalDocuments(settings.dir);
        for (const doc of docs)
            log.info(`${doc.file}: ${Buffer.byteLength(doc.content)} bytes, sha256 ${doc.hash}`);
        return docs;
    });
    const problems = local.flatMap((doc) => checkDocument(doc, documentTargetType, { key: sourceCommitTag, value: settings.sourceCommit }));
    if (problems.length > 0) {
        const summary = renderRefusal(problems, settings.locale);
        const comment = await commentOnPlan(ports, settings, summary);
        return {
            status: "refused",
            problems,
            outputs: comment === undefined ? {} : { "comment-url": comment.url },
            summary,
            failure: problems.map((p) => problemText(p, settings.locale)).join("\n"),
        };
    }
    const plan = await (0,core_ports/* inGroup */.HB)(log, "Plan", async () => {
        const made = planDocuments(local, await readRemote(documents, local));
        for (const c of made.changes) {
            log.info(`${c.document.name}: ${c.kind} (${writesFor(c).join(", ") || "no write"})`);
        }
        return made;
    });
    const count = (kind) => plan.changes.filter((c) => c.kind === kind).length;
    const planned = {
        "to-create": count("create"),
        "to-update": count("update") + count("set-default"),
        unchanged: count("unchanged"),
    };
    if (settings.mode === "plan") {
        const summary = renderPlan(plan, settings.locale);
        const comment = await commentOnPlan(ports, settings, summary);
        if (comment === undefined)
            return { status: "planned", plan, outputs: planned, summary };
        return { status: "planned", plan, comment, outputs: { ...planned, "comment-url": comment.url }, summary };
    }
    const tags = { [sourceCommitTag]: settings.sourceCommit };
    const results = await (0,core_ports/* inGroup */.HB)(log, "Apply", () => applyDocumentPlan(plan, ports, { targetType: documentTargetType, tags }));
    const written = results.filter((r) => r.outcome !== "unchanged" && r.outcome !== "failed").length;
    const failed = results.filter((r) => r.outcome === "failed");
    return {
        status: "applied",
        plan,
        results,
        outputs: { ...planned, written },
        summary: renderApplied(results, settings),
        ...(failed.length === 0 ? {} : { failure: applyFailureText(failed, settings.locale) }),
    };
}
/** The one plan comment on the pull request, created or edited in place (plan mode on a pull request only). */
async function commentOnPlan(ports, settings, body) {
    if (settings.mode !== "plan" || settings.pullRequest === undefined)
        return undefined;
    const comment = await ports.github.issues.upsertSticky(settings.pullRequest, planCommentKey, body);
    ports.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
    return comment;
}
/** What SSM holds for each local document; the default version's content only where the hashes differ. */
async function readRemote(documents, local) {
    const found = await (0,map_bounded/* mapBounded */.y)(local, readConcurrency, async (doc) => {
        const remote = await documents.describe(doc.name);
        if (remote === undefined || remote.defaultHash === doc.hash)
            return remote;
        return { ...remote, defaultContent: await documents.content(doc.name, remote.defaultVersion) };
    });
    return new Map(found.flatMap((r) => (r === undefined ? [] : [[r.name, r]])));
}

// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/sync-documents/inputs.ts



const pullRequestEvent = schemas/* looseObject */._H3({ pull_request: schemas/* looseObject */._H3({ number: schemas/* number */.aig().int().positive() }) });
/** Reads the inputs; the event's payload gives the pull request that plan mode comments on. */
function getInputs(payload) {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const pullRequest = pullRequestEvent.safeParse(payload);
    return {
        token: (0,inputs/* readToken */.AI)(input),
        settings: {
            mode: input.read("mode", schemas/* enum */.k5n(["plan", "apply"]), "plan or apply"),
            clinics: (0,inputs/* readRegistryFolder */.Yu)(input),
            dir: input.read("documents", schemas/* string */.YjP().min(1), "the folder of documents, e.g. ssm-documents"),
            sourceCommit: (0,inputs/* readSourceCommit */.dk)(input),
            ...(pullRequest.success ? { pullRequest: pullRequest.data.pull_request.number } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./actions/sync-documents/main.ts









async function run() {
    try {
        const inputs = getInputs(github/* context */._.payload);
        const deps = {
            documents: (region) => createSsmDocuments((0,clients/* createAwsClients */.G)({ region }).ssm),
            github: (0,github_github/* createGitHub */.C)((0,octokit/* createOctokit */.Q)(inputs.token, core), github/* context */._.repo),
            log: core,
        };
        await (0,flow_report/* publishReport */.S3)(await syncDocuments(deps, inputs.settings), core);
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
