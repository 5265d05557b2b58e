export const id = 846;
export const ids = [846];
export const modules = {

/***/ 57846:
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
// EXTERNAL MODULE: ./actions/lib/adapters/github/github.ts + 1 modules
var github_github = __webpack_require__(38788);
// EXTERNAL MODULE: ./actions/lib/adapters/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(28204);
// EXTERNAL MODULE: ./actions/lib/core/flow-report.ts
var flow_report = __webpack_require__(62901);
// EXTERNAL MODULE: ./actions/lib/core/ports.ts
var ports = __webpack_require__(73252);
// EXTERNAL MODULE: ./actions/lib/core/registry/load.ts
var load = __webpack_require__(47380);
// EXTERNAL MODULE: ./actions/lib/core/registry/problem.ts
var registry_problem = __webpack_require__(29969);
// EXTERNAL MODULE: ./actions/lib/core/i18n/locale.ts
var i18n_locale = __webpack_require__(74599);
// EXTERNAL MODULE: ./actions/lib/core/registry/check-file.ts + 2 modules
var check_file = __webpack_require__(94366);
// EXTERNAL MODULE: ./actions/lib/core/registry/cross-file.ts
var cross_file = __webpack_require__(32729);
;// CONCATENATED MODULE: ./actions/lib/core/registry/validate-text.ts




/**
 * Validates one clinic file's text against a known fleet and the other clinics, with every rule that
 * `orca-fleet validate` applies; for a file that is not in the registry yet (an intake request).
 * `fileName` is only compared and reported, never opened.
 */
function validateClinicText(yamlText, fileName, context) {
    const locale = context.fleet?.locale ?? context.locale ?? i18n_locale/* defaultLocale */.q;
    const checked = (0,check_file/* checkClinicText */.cp)(yamlText, fileName);
    if (context.fleet)
        (0,cross_file/* checkAgainstFleet */.yB)(checked, context.fleet);
    const index = (0,cross_file/* createUniqueIndex */.kI)();
    for (const { file, clinic } of context.clinics) {
        if (file === fileName)
            continue;
        index.ids.set(clinic.id, file);
        index.codes.set(clinic.medicalInstitutionCode, file);
    }
    (0,cross_file/* checkUnique */.Mb)(checked, index);
    const problems = checked.reporter.problems.sort(registry_problem/* compareProblems */.i);
    return checked.clinic ? { clinic: checked.clinic, problems, locale } : { problems, locale };
}

// EXTERNAL MODULE: ./actions/lib/adapters/github/labels.ts
var github_labels = __webpack_require__(37700);
// EXTERNAL MODULE: ./actions/lib/adapters/github/status.ts
var github_status = __webpack_require__(22889);
;// CONCATENATED MODULE: ./actions/lib/adapters/github/team-membership.ts

/**
 * Whether `username` is an active member of the team. 404 means not a member (or a team the token cannot see:
 * reading organisation teams needs a GitHub App token with members:read, which GITHUB_TOKEN lacks).
 */
async function isActiveTeamMember(teams, team, username) {
    try {
        const { data } = await teams.rest.teams.getMembershipForUserInOrg({
            org: team.org,
            team_slug: team.slug,
            username,
        });
        return data.state === "active";
    }
    catch (error) {
        if ((0,github_status/* httpStatus */.n)(error) === 404)
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/authorise.ts

/** Associations that already have a say in the repository; anyone else who can open an issue does not. */
const trustedAssociations = ["OWNER", "MEMBER", "COLLABORATOR"];
/** Trusted by association first (no call), then, when a team is configured, by its membership. */
async function isAuthorised(author, team, teams) {
    if (trustedAssociations.includes(author.association))
        return true;
    if (team === undefined)
        return false;
    return isActiveTeamMember(teams, team, author.login);
}
/** Reads a `team` input: `org/slug`, or a bare slug in the repository owner's organisation. */
function parseTeamName(input, owner) {
    const value = input.trim();
    if (value === "")
        return undefined;
    const match = /^(?:([A-Za-z0-9-]+)\/)?([A-Za-z0-9_.-]+)$/.exec(value);
    if (match === null)
        throw new Error(`input "team" must be "org/team-slug" or "team-slug", got "${value}"`);
    return { org: match[1] ?? owner, slug: match[2] ?? "" };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./actions/lib/core/registry/schema.ts
var schema = __webpack_require__(93819);
;// CONCATENATED MODULE: ./actions/lib/flows/intake/clinic-file.ts


/** The first line of every clinic file: editors validate it against the generated JSON schema. */
const clinicFileHeader = "# yaml-language-server: $schema=../schema/clinic.schema.json";
/** Intake's branches: `clinic-request/<issue number>`. */
const requestBranchPrefix = "clinic-request/";
function requestBranch(issueNumber) {
    return `${requestBranchPrefix}${issueNumber}`;
}
/** The file a clinic id names. The id was validated already; the pattern is checked again because it becomes a path. */
function clinicFilePath(id) {
    if (!schema/* clinicIdPattern */.OX.test(id))
        throw new Error(`refusing to build a path from the clinic id "${id}"`);
    return `clinics/${id}.yml`;
}
/** The name a request's file is validated under: only compared and reported, never opened or written. */
function requestedFileName(id) {
    return `clinics/${id}.yml`;
}
function isClinicFilePath(path) {
    return /^clinics\/[^/]+\.yml$/.test(path) && path !== "clinics/fleet.yml";
}
/** Strings that YAML would read as numbers or that look like them, quoted as in the hand-written clinic files. */
const quoted = [["medicalInstitutionCode"], ["orca", "version"]];
/** Writes a new clinic's file from the form's answers, in the key order and style of the files in clinics/. */
function renderClinicFile(answers) {
    const answer = (id) => {
        const value = answers.get(id);
        if (value === undefined)
            throw new Error(`the answer for ${id} is missing`);
        return value;
    };
    const doc = new dist/* Document */.yo({
        id: answer("id"),
        name: answer("name"),
        medicalInstitutionCode: answer("medical-institution-code"),
        prefecture: answer("prefecture"),
        status: "active",
        orca: { version: answer("orca-version"), ring: answer("ring") },
        instance: { type: answer("instance-type"), subnet: answer("subnet") },
        maintenanceWindow: answer("maintenance-window"),
        contact: { name: answer("contact-name"), email: answer("contact-email") },
    });
    for (const path of quoted) {
        const node = doc.getIn(path, true);
        if ((0,dist/* isScalar */.jn)(node))
            node.type = "QUOTE_DOUBLE";
    }
    return `${clinicFileHeader}\n${doc.toString({ lineWidth: 0 })}`;
}

// EXTERNAL MODULE: ./actions/lib/flows/intake/form.ts
var intake_form = __webpack_require__(83183);
;// CONCATENATED MODULE: ./actions/lib/flows/intake/other-requests.ts



/**
 * The clinics that other open clinic-request pull requests add, for uniqueness: one listing of open pull requests,
 * then two reads per request branch, so the calls grow with pending requests, not with the fleet.
 */
async function clinicsInOtherRequests(github, ownBranch) {
    const pulls = await github.pulls.listOpenWithPrefix(requestBranchPrefix);
    const found = [];
    for (const pull of pulls) {
        if (pull.headRef === ownBranch)
            continue;
        for (const path of (await github.pulls.changedPaths(pull.number)).filter(isClinicFilePath)) {
            const file = await github.branches.readFile(pull.headSha, path);
            if (file === undefined)
                continue;
            // Another request's broken file is that request's problem; only well-formed clinics can clash.
            const clinic = schema/* clinicSchema */.Eo.safeParse((0,dist/* parse */.qg)(file.text));
            if (clinic.success)
                found.push({ file: `${pull.headRef}:${path}`, clinic: clinic.data });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/@github/issue-parser/dist/index.js
var issue_parser_dist = __webpack_require__(86107);
;// CONCATENATED MODULE: ./actions/lib/flows/intake/form-yaml.ts

/** The form as GitHub's issue-form YAML: what the generator commits and what the parser maps headings with. */
function renderIssueForm(form) {
    const document = {
        name: "クリニック追加依頼 / Clinic request",
        description: "Ask for a new clinic's ORCA server. Intake checks the answers and opens a pull request.",
        title: "クリニック追加依頼: ",
        labels: [form.label],
        body: [
            {
                type: "markdown",
                attributes: {
                    value: "すべての項目に記入してください。内容に問題があればこの Issue にコメントでお知らせします。\n" +
                        "Fill in every field. Intake answers on this issue, and opens a pull request once the answers are valid.",
                },
            },
            ...form.fields.map(form_yaml_element),
        ],
    };
    return `# Generated by scripts/generators/issue-form.ts from clinics/fleet.yml and the schema: do not edit.\n${(0,dist/* stringify */.As)(document, { lineWidth: 0 })}`;
}
function form_yaml_element(field) {
    const validations = { required: true };
    if (field.options !== undefined)
        return {
            type: "dropdown",
            id: field.id,
            attributes: { label: field.label, description: field.description, options: [...field.options] },
            validations,
        };
    return {
        type: "input",
        id: field.id,
        attributes: { label: field.label, description: field.description, placeholder: field.example },
        validations,
    };
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/parse.ts


/** GitHub caps bodies at 65,536 characters; a form body is a few hundred bytes, so anything this large is refused. */
const maxBodyBytes = 64 * 1024;
/** What the issue-parser library sees as a heading: `###` and the rest of that line. */
const headingPattern = /### *(.*?)\s*[\r\n]+/g;
/** Invisible or control characters (U+202E, zero-width spaces, ...) have no place in any answer. */
const invisible = /[\p{Cc}\p{Cf}]/u;
/** Characters with meaning to a shell, to Actions expressions or to markdown and HTML. */
const metacharacters = /[`$;|&<>\\{}[\]#*]/u;
/** Names: letters in any script, digits, spaces and the punctuation real clinic and person names use. */
const freeTextAllowed = /^[\p{L}\p{M}\p{N}\p{Zs}・.,'’()-]+$/u;
/**
 * Parses a clinic-request body against the form: refuses oversized bodies before parsing, checks that every heading
 * is present once and in order (the parser silently merges or drops what does not match), then reads the answers,
 * normalised (NFKC, trimmed), and checks each one's shape. Values are judged as clinic data later.
 */
function parseRequest(body, form) {
    if (Buffer.byteLength(body, "utf8") > maxBodyBytes)
        return { ok: false, problems: [{ field: "body", kind: "too-large" }] };
    const structure = checkHeadings(body, form);
    if (structure.length > 0)
        return { ok: false, problems: structure };
    const parsed = (0,issue_parser_dist/* parseIssue */.Zp)(body.replace(/\r\n/g, "\n"), renderIssueForm(form));
    const problems = [];
    const answers = new Map();
    for (const field of form.fields) {
        const result = readAnswer(field, parsed[field.id]);
        if (typeof result === "string")
            answers.set(field.id, result);
        else
            problems.push(result);
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}
function checkHeadings(body, form) {
    const byLabel = new Map(form.fields.map((f) => [f.label, f]));
    const seen = [];
    const problems = [];
    for (const match of body.matchAll(headingPattern)) {
        const heading = (match[1] ?? "").trim();
        const field = byLabel.get(heading);
        if (field === undefined)
            problems.push({ field: "body", kind: "unknown-heading", value: heading });
        else if (seen.includes(field))
            problems.push({ field: field.id, kind: "duplicate-heading" });
        else
            seen.push(field);
    }
    for (const field of form.fields)
        if (!seen.includes(field))
            problems.push({ field: field.id, kind: "missing-heading" });
    if (problems.length > 0)
        return problems;
    const outOfPlace = seen.find((field, index) => form.fields[index] !== field);
    return outOfPlace === undefined ? [] : [{ field: outOfPlace.id, kind: "out-of-order" }];
}
function readAnswer(field, raw) {
    const values = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw.filter((v) => typeof v === "string") : [];
    if (values.length === 0)
        return { field: field.id, kind: "no-response" };
    if (values.length > 1)
        return { field: field.id, kind: "several-values", value: values.join(", ") };
    const value = (values[0] ?? "").normalize("NFKC").trim();
    if (value === "" || value === "_No response_")
        return { field: field.id, kind: "no-response" };
    if (value.includes("\n"))
        return { field: field.id, kind: "multi-line", value };
    if (invisible.test(value) || metacharacters.test(value) || (field.freeText && !freeTextAllowed.test(value)))
        return { field: field.id, kind: "forbidden-characters", value };
    if (field.options !== undefined && !field.options.includes(value))
        return { field: field.id, kind: "not-an-option", value };
    return value;
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/plan.ts
const needsChangesLabel = "needs-changes";
const prOpenedLabel = "pr-opened";
/** The labels a request should carry after this run, and the ones it should lose. */
function requestLabels(outcome) {
    return outcome === "pr-opened"
        ? { wanted: [prOpenedLabel], unwanted: [needsChangesLabel] }
        : { wanted: [needsChangesLabel], unwanted: [prOpenedLabel] };
}
/**
 * What the issue comment says about the pull request: opened by this run, its file changed by this run (an edit),
 * or nothing changed, in which case an existing comment that already links the pull request is left as it is.
 */
function pullCommentVariant(pull, file, removedFiles) {
    if (pull === "created")
        return "opened";
    return file !== "unchanged" || removedFiles > 0 ? "updated" : "current";
}

// EXTERNAL MODULE: ./actions/lib/core/i18n/message.ts
var i18n_message = __webpack_require__(32586);
;// CONCATENATED MODULE: ./actions/lib/flows/intake/messages.ts
/** What each form problem means, with {label}, {example}, {options} and {limit} filled in by the renderer. */
const formProblemMessages = {
    "too-large": {
        en: "The issue body is larger than {limit} bytes, so it was not read. Open the form again and fill in only its fields.",
        ja: "Issue の本文が {limit} バイトを超えているため読み取りませんでした。フォームの項目だけを記入してください。",
    },
    "missing-heading": {
        en: "The heading “{label}” is missing. Keep every heading of the form as it is and write the answer below it.",
        ja: "見出し「{label}」が見つかりません。フォームの見出しは変更せず、その下に回答を書いてください。",
    },
    "duplicate-heading": {
        en: "The heading “{label}” appears more than once. Keep one, with the answer below it.",
        ja: "見出し「{label}」が複数あります。1 つだけ残し、その下に回答を書いてください。",
    },
    "unknown-heading": {
        en: "A heading that is not in the form was found. Remove it; answers must not contain “###”.",
        ja: "フォームにない見出しがあります。削除してください(回答に「###」は使えません)。",
    },
    "out-of-order": {
        en: "The headings are not in the form's order (first out of place: “{label}”). Keep the form's order.",
        ja: "見出しの順序がフォームと異なります(最初にずれている項目:「{label}」)。フォームの順序に戻してください。",
    },
    "no-response": {
        en: "No answer was given. Example of a valid answer: {example}",
        ja: "回答がありません。記入例: {example}",
    },
    "several-values": {
        en: "Choose exactly one value. Choices: {options}",
        ja: "値を 1 つだけ選んでください。選択肢: {options}",
    },
    "not-an-option": {
        en: "This is not one of the choices. Choices: {options}",
        ja: "選択肢にない値です。選択肢: {options}",
    },
    "multi-line": {
        en: "The answer must be a single line. Example: {example}",
        ja: "回答は 1 行で書いてください。記入例: {example}",
    },
    "forbidden-characters": {
        en: "The answer contains characters that are not allowed here (symbols such as $ ` ; | & < > '{ }' # @ [ ], or invisible characters). Example: {example}",
        ja: "使用できない文字が含まれています($ ` ; | & < > '{ }' # @ [ ] などの記号や、見えない文字)。記入例: {example}",
    },
};
const commentMessages = {
    problemsTitle: {
        en: "### The clinic request needs changes",
        ja: "### クリニック追加依頼の内容に修正が必要です",
    },
    problemsLead: {
        en: "Please edit this issue to fix the fields below; intake checks it again after every edit.",
        ja: "以下の項目を直して、この Issue を編集してください。編集のたびに自動で再確認します。",
    },
    field: { en: "Field", ja: "項目" },
    problem: { en: "Problem", ja: "問題" },
    given: { en: "Given", ja: "入力値" },
    key: { en: "Key", ja: "キー" },
    moreRows: {
        en: "{omitted, plural, one {# more row is} other {# more rows are}} not shown, to keep this comment within GitHub's size limit; fix the rows above and edit the issue again to see the rest.",
        ja: "GitHub のコメントの大きさの上限に収めるため、ほかの {omitted} 行は表示していません。上の項目を直して Issue を編集すると、残りが表示されます。",
    },
    value: { en: "Value", ja: "値" },
    unauthorisedTitle: {
        en: "### Thank you for the request",
        ja: "### ご依頼ありがとうございます",
    },
    unauthorisedBody: {
        en: "Clinic requests are accepted from the repository's owners, members and collaborators{team}. Nothing was created; a maintainer can open the request instead.",
        ja: "クリニック追加依頼は、リポジトリのオーナー・メンバー・コラボレーター{team}からのみ受け付けています。何も作成していません。メンテナーに依頼の作成をお願いしてください。",
    },
    unauthorisedTeam: { en: " and members of the team {team}", ja: "、チーム {team} のメンバー" },
    openedTitle: {
        en: "### Pull request opened",
        ja: "### プルリクエストを作成しました",
    },
    updatedTitle: {
        en: "### Pull request updated",
        ja: "### プルリクエストを更新しました",
    },
    prLine: {
        en: "{url} adds `{path}`. Reviewing and merging it is the approval.",
        ja: "{url} で `{path}` を追加します。レビューとマージが承認になります。",
    },
    updatedLine: {
        en: "The pull request's file was updated to match the latest edit of this issue.",
        ja: "この Issue の最新の編集内容でプルリクエストのファイルを更新しました。",
    },
    prBodyLead: {
        en: "Adds a clinic requested in #{issue}. Reviewing and merging this pull request is the approval; provisioning follows the merge.",
        ja: "#{issue} で依頼されたクリニックを追加します。このプルリクエストのレビューとマージが承認になり、マージ後にプロビジョニングされます。",
    },
    prTitle: { en: "Add clinic {id}", ja: "クリニック追加: {id}" },
};
/** The job summary: what this run did, for the person reading the workflow run. */
const summaryMessages = {
    title: { en: "Clinic intake for issue #{issue}", ja: "Issue #{issue} のクリニック追加依頼" },
    closed: { en: "Nothing to do: the issue is closed.", ja: "Issue がクローズされているため、何もしていません。" },
    notARequest: {
        en: "Nothing to do: the issue is not a clinic request.",
        ja: "クリニック追加依頼ではないため、何もしていません。",
    },
    unauthorised: {
        en: "The author may not request clinics (comment: {comment}); nothing else was created.",
        ja: "依頼者に追加依頼の権限がありません(コメント: {comment})。それ以外は何も作成していません。",
    },
    needsChanges: {
        en: "{problems, plural, one {# problem} other {# problems}} (comment: {comment}; label: needs-changes).",
        ja: "{problems} 件の問題があります(コメント: {comment}、ラベル: needs-changes)。",
    },
    what: { en: "What", ja: "対象" },
    outcome: { en: "Outcome", ja: "結果" },
    pullRequest: { en: "pull request #{number}", ja: "プルリクエスト #{number}" },
    issueComment: { en: "issue comment", ja: "Issue のコメント" },
    created: { en: "created", ja: "作成" },
    updated: { en: "updated", ja: "更新" },
    unchanged: { en: "unchanged", ja: "変更なし" },
};

;// CONCATENATED MODULE: ./actions/lib/flows/intake/problems.ts



function describeFormProblem(problem, form, locale) {
    const field = form.fields.find((f) => f.id === problem.field);
    const message = (0,i18n_message/* formatText */.vX)(formProblemMessages[problem.kind], locale, {
        label: field?.label ?? "",
        example: field?.example ?? "",
        options: field?.options?.join(", ") ?? "",
        limit: maxBodyBytes,
    });
    return {
        field: field?.label ?? (locale === "ja" ? "本文" : "body"),
        message,
        ...(problem.value === undefined ? {} : { value: problem.value }),
    };
}
/** Names a registry problem by the form field that fills its path, so the person knows which answer to fix. */
function describeClinicProblem(problem, form, answers, locale) {
    const message = (0,i18n_message/* render */.XX)(problem.message, locale);
    const field = form.fields.find((f) => problem.field === f.path || problem.field.startsWith(`${f.path}.`));
    if (field === undefined)
        return { field: problem.field, message };
    const value = answers.get(field.id);
    return { field: field.label, message, ...(value === undefined ? {} : { value }) };
}

// EXTERNAL MODULE: ./actions/lib/core/render/body.ts
var body = __webpack_require__(3589);
// EXTERNAL MODULE: ./actions/lib/core/render/markdown.ts
var markdown = __webpack_require__(10528);
;// CONCATENATED MODULE: ./actions/lib/flows/intake/render.ts




/** The longest registry message a row shows; its values from the request are already cut by the registry. */
const maxMessage = 600;
/**
 * Within GitHub's limit by construction (boundedBody): each answer is echoed as a code span cut to a bound, and rows
 * that do not fit are counted in one line. Messages may carry text the requester wrote, so they go through inert().
 */
function renderProblemsComment(problems, locale) {
    const rows = problems.map((p) => (0,markdown/* tableRow */.jD)([(0,markdown/* inert */.tJ)((0,body/* cut */.Jj)(p.field)), (0,markdown/* inert */.tJ)((0,body/* cut */.Jj)(p.message, maxMessage)), (0,body/* codeCell */.MZ)(p.value ?? "")]));
    return (0,body/* boundedBody */._j)({
        before: [
            (0,i18n_message/* formatText */.vX)(commentMessages.problemsTitle, locale),
            "",
            (0,i18n_message/* formatText */.vX)(commentMessages.problemsLead, locale),
            "",
            ...(0,markdown/* tableHead */.PP)([(0,i18n_message/* formatText */.vX)(commentMessages.field, locale), (0,i18n_message/* formatText */.vX)(commentMessages.problem, locale), (0,i18n_message/* formatText */.vX)(commentMessages.given, locale)]),
        ],
        rows,
        after: [""],
        more: (omitted) => `\n${(0,i18n_message/* formatText */.vX)(commentMessages.moreRows, locale, { omitted })}`,
    });
}
function renderUnauthorisedComment(team, locale) {
    const teamText = team === undefined ? "" : (0,i18n_message/* formatText */.vX)(commentMessages.unauthorisedTeam, locale, { team: (0,body/* codeSpan */.SS)(team) });
    return [
        (0,i18n_message/* formatText */.vX)(commentMessages.unauthorisedTitle, locale),
        "",
        (0,i18n_message/* formatText */.vX)(commentMessages.unauthorisedBody, locale, { team: teamText }),
        "",
    ].join("\n");
}
function renderPullComment(variant, url, path, locale) {
    const title = variant === "updated" ? commentMessages.updatedTitle : commentMessages.openedTitle;
    const lines = [(0,i18n_message/* formatText */.vX)(title, locale), "", (0,i18n_message/* formatText */.vX)(commentMessages.prLine, locale, { url, path })];
    if (variant === "updated")
        lines.push("", (0,i18n_message/* formatText */.vX)(commentMessages.updatedLine, locale));
    return `${lines.join("\n")}\n`;
}
function pullTitle(answers, locale) {
    return (0,i18n_message/* formatText */.vX)(commentMessages.prTitle, locale, { id: answers.get("id") ?? "" });
}
/**
 * Links the issue so that merging closes it, and shows the clinic as a table of the form's answers, each a code span
 * (an e-mail address copies exactly as written). Within GitHub's limit by construction (boundedBody).
 */
function renderPullBody(issueNumber, answers, form, locale) {
    const rows = form.fields.map((f) => (0,markdown/* tableRow */.jD)([(0,markdown/* inert */.tJ)(f.label), (0,body/* codeCell */.MZ)(f.path), (0,body/* codeCell */.MZ)(answers.get(f.id) ?? "")]));
    return (0,body/* boundedBody */._j)({
        before: [
            (0,i18n_message/* formatText */.vX)(commentMessages.prBodyLead, locale, { issue: issueNumber }),
            "",
            ...(0,markdown/* tableHead */.PP)([(0,i18n_message/* formatText */.vX)(commentMessages.field, locale), (0,i18n_message/* formatText */.vX)(commentMessages.key, locale), (0,i18n_message/* formatText */.vX)(commentMessages.value, locale)]),
        ],
        rows,
        after: ["", `Closes #${issueNumber}`, ""],
        more: (omitted) => (0,i18n_message/* formatText */.vX)(commentMessages.moreRows, locale, { omitted }),
    });
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/run-intake.ts









const stickyKey = "intake";
/**
 * Answers one clinic-request issue from its current state (re-read, since a queued run may carry an old payload):
 * a closed issue is left alone; an outside author gets one polite comment; problems get one sticky comment and
 * `needs-changes`; a valid request becomes a branch, a commit and a pull request, each made only when missing or
 * different, so a second run writes nothing.
 */
async function runIntake(github, settings, fleet, checkClinic) {
    const { issueNumber } = settings;
    const issue = await github.issues.get(issueNumber);
    const labels = issue.labels;
    if (issue.state !== "open")
        return { outcome: "ignored", reason: "closed" };
    if (!labels.includes(intake_form/* requestLabel */.g))
        return { outcome: "ignored", reason: "not-a-request" };
    const locale = fleet.locale;
    const comment = (body) => github.issues.upsertSticky(issueNumber, stickyKey, body, settings.botLogin);
    const author = { login: issue.authorLogin, association: issue.authorAssociation };
    if (!(await isAuthorised(author, settings.team, github.teams))) {
        const team = settings.team === undefined ? undefined : `${settings.team.org}/${settings.team.slug}`;
        return { outcome: "unauthorised", comment: (await comment(renderUnauthorisedComment(team, locale))).outcome };
    }
    const refuse = async (problems) => {
        const posted = await comment(renderProblemsComment(problems, locale));
        const { wanted, unwanted } = requestLabels("needs-changes");
        await github.issues.relabel(issueNumber, (0,github_labels/* labelChanges */.O)(labels, wanted, unwanted));
        return { outcome: "needs-changes", problems, comment: posted.outcome };
    };
    const form = (0,intake_form/* clinicRequestForm */._)(fleet);
    const parsed = parseRequest(issue.body, form);
    if (!parsed.ok)
        return refuse(parsed.problems.map((p) => describeFormProblem(p, form, locale)));
    const clinicText = renderClinicFile(parsed.answers);
    const branch = requestBranch(issueNumber);
    const requested = await clinicsInOtherRequests(github, branch);
    const problems = checkClinic(clinicText, requestedFileName(parsed.answers.get("id") ?? ""), requested);
    if (problems.length > 0)
        return refuse(problems.map((p) => describeClinicProblem(p, form, parsed.answers, locale)));
    return propose(github, settings, { form, answers: parsed.answers, clinicText, labels, locale });
}
async function propose(github, settings, proposal) {
    const { issueNumber, baseBranch } = settings;
    const { answers, locale } = proposal;
    const id = answers.get("id") ?? "";
    const path = clinicFilePath(id);
    const branch = requestBranch(issueNumber);
    const created = await github.branches.ensure(branch, baseBranch);
    const existing = created ? undefined : await github.pulls.findOpen(branch);
    // An edit that renamed the clinic leaves the old file on the branch: remove it, so the PR adds one clinic.
    const stale = existing === undefined
        ? []
        : (await github.pulls.changedPaths(existing.number)).filter((p) => isClinicFilePath(p) && p !== path);
    const onBranch = await github.branches.readFile(branch, path);
    const file = onBranch === undefined ? "created" : onBranch.text === proposal.clinicText ? "unchanged" : "updated";
    const changes = [
        ...(file === "unchanged" ? [] : [{ path, text: proposal.clinicText }]),
        ...stale.map((old) => ({ path: old, text: null })),
    ];
    // Only when the branch differs from the request: a re-run makes no commit.
    if (changes.length > 0) {
        const verb = existing === undefined ? "Add" : "Update";
        await github.branches.commit(branch, changes, `${verb} clinic ${id}, requested in #${issueNumber}`);
    }
    const { pull, outcome } = await github.pulls.upsert(existing, {
        head: branch,
        base: baseBranch,
        title: pullTitle(answers, locale),
        body: renderPullBody(issueNumber, answers, proposal.form, locale),
    });
    const variant = pullCommentVariant(outcome, file, stale.length);
    const current = variant === "current" ? await github.issues.findSticky(issueNumber, stickyKey, settings.botLogin) : undefined;
    // Nothing changed and the comment already points at this PR: leave its wording ("opened" or "updated") alone.
    const comment = current?.body.includes(pull.url) === true
        ? "unchanged"
        : (await github.issues.upsertSticky(issueNumber, stickyKey, renderPullComment(variant, pull.url, path, locale), settings.botLogin)).outcome;
    const { wanted, unwanted } = requestLabels("pr-opened");
    await github.issues.relabel(issueNumber, (0,github_labels/* labelChanges */.O)(proposal.labels, wanted, unwanted));
    return { outcome: "pr-opened", path, file, pull: { number: pull.number, url: pull.url, outcome }, comment };
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/summary.ts




/** The job summary of one intake run, in the fleet's locale. */
function renderIntakeSummary(issueNumber, result, locale) {
    const say = (message, values = {}) => (0,i18n_message/* formatText */.vX)(message, locale, values);
    const change = (outcome) => say(summaryMessages[outcome]);
    const heading = `## ${say(summaryMessages.title, { issue: issueNumber })}`;
    switch (result.outcome) {
        case "ignored":
            return `${heading}\n\n${say(result.reason === "closed" ? summaryMessages.closed : summaryMessages.notARequest)}\n`;
        case "unauthorised":
            return `${heading}\n\n${say(summaryMessages.unauthorised, { comment: change(result.comment) })}\n`;
        case "needs-changes":
            return `${heading}\n\n${say(summaryMessages.needsChanges, { problems: result.problems.length, comment: change(result.comment) })}\n`;
        case "pr-opened":
            return `${heading}\n\n${(0,markdown/* table */.tp)([say(summaryMessages.what), say(summaryMessages.outcome)], [
                [(0,body/* codeCell */.MZ)(result.path), change(result.file)],
                [say(summaryMessages.pullRequest, { number: result.pull.number }), change(result.pull.outcome)],
                [say(summaryMessages.issueComment), change(result.comment)],
            ])}\n`;
    }
}

;// CONCATENATED MODULE: ./actions/lib/flows/intake/answer-request.ts






/**
 * The intake action's flow: reads the registry for the form's choices and for uniqueness, answers the request
 * issue, and reports what it did. A registry without a valid fleet.yml stops it: the form cannot be read without it.
 */
async function answerRequest(deps, clinicsDir, settings) {
    const registry = await (0,ports/* inGroup */.HB)(deps.log, "Read the registry", () => (0,load/* loadRegistry */.A)(clinicsDir));
    const fleet = registry.fleet;
    if (fleet === undefined)
        throw new Error(`no valid fleet.yml in ${clinicsDir}`);
    for (const problem of registry.problems)
        deps.log.warning((0,registry_problem/* formatProblem */.V)(problem, registry.locale));
    const result = await (0,ports/* inGroup */.HB)(deps.log, "Answer the request", () => runIntake(deps.github, settings, fleet, (text, file, requested) => validateClinicText(text, file, { fleet, clinics: [...registry.clinics, ...requested] }).problems));
    const pull = result.outcome === "pr-opened"
        ? { "pull-request-number": result.pull.number, "pull-request-url": result.pull.url }
        : {};
    return {
        outputs: {
            outcome: result.outcome,
            problems: result.outcome === "needs-changes" ? result.problems.length : 0,
            ...pull,
        },
        summary: renderIntakeSummary(settings.issueNumber, result, fleet.locale),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./actions/lib/core/inputs.ts
var inputs = __webpack_require__(75855);
;// CONCATENATED MODULE: ./actions/intake/inputs.ts





const payloadSchema = schemas/* object */.Ikc({
    issue: schemas/* object */.Ikc({ number: schemas/* number */.aig().int().positive() }),
    repository: schemas/* object */.Ikc({ default_branch: schemas/* string */.YjP().min(1) }),
});
function getInputs(event) {
    const input = (0,inputs/* createInputReader */.ic)(core);
    const token = (0,inputs/* readToken */.AI)(input);
    const payload = payloadSchema.safeParse(event.payload);
    if (!payload.success)
        throw new Error("intake runs on issues events: the event payload has no issue number");
    const team = input.read("team", schemas/* string */.YjP(), "org/team-slug, team-slug or empty");
    return {
        token,
        clinics: (0,external_node_path_.resolve)((0,inputs/* readRegistryFolder */.Yu)(input)),
        settings: {
            repo: event.repo,
            issueNumber: payload.data.issue.number,
            baseBranch: payload.data.repository.default_branch,
            team: parseTeamName(team, event.repo.owner),
            botLogin: input.read("bot-login", (0,inputs/* optional */.lq)(schemas/* string */.YjP()), "the login the token comments as"),
        },
    };
}

;// CONCATENATED MODULE: ./actions/intake/main.ts







async function run() {
    try {
        const inputs = getInputs(github/* context */._);
        const octokit = (0,github_octokit/* createOctokit */.Q)(inputs.token, core);
        const deps = { github: (0,github_github/* createGitHub */.C)(octokit, inputs.settings.repo), log: core };
        await (0,flow_report/* publishReport */.S3)(await answerRequest(deps, inputs.clinics, inputs.settings), core);
    }
    catch (error) {
        core.setFailed(error instanceof Error ? error.message : String(error));
    }
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

/***/ 83183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ clinicRequestForm),
/* harmony export */   g: () => (/* binding */ requestLabel)
/* harmony export */ });
/* harmony import */ var _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93819);

const requestLabel = "clinic-request";
function clinicRequestForm(fleet) {
    const input = (id, label, path, example, description, freeText = false) => ({ id, label, path, example, description, freeText });
    const dropdown = (id, label, path, options, description) => ({
        ...input(id, label, path, options[0] ?? "", description),
        options,
    });
    return {
        label: requestLabel,
        fields: [
            input("id", "クリニックID", "id", "sakura-naika", "Lower-case letters, digits and hyphens, 3 to 40 characters; becomes clinics/<id>.yml."),
            input("name", "医療機関名", "name", "さくら内科クリニック", "The clinic's registered name.", true),
            input("medical-institution-code", "医療機関コード", "medicalInstitutionCode", "1312345676", "The 10-digit medical institution code (full-width digits are accepted)."),
            dropdown("prefecture", "都道府県", "prefecture", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .prefectures */ .n, "The prefecture the clinic is in."),
            input("orca-version", "ORCAバージョン", "orca.version", "5.2.0", "The WebORCA version to install, e.g. 5.2.0."),
            dropdown("ring", "ロールアウトリング", "orca.ring", _core_registry_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .rings */ .Qn, "Which rollout ring receives ORCA updates first."),
            dropdown("instance-type", "インスタンスタイプ", "instance.type", fleet.instanceTypes, "The EC2 instance type."),
            dropdown("subnet", "サブネット", "instance.subnet", Object.keys(fleet.subnets), "The logical subnet from fleet.yml."),
            input("maintenance-window", "メンテナンス時間帯", "maintenanceWindow", "Sun 01:00-05:00", "Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` or `daily 22:00-06:00`."),
            input("contact-name", "担当者名", "contact.name", "山田 花子", "Who at the clinic to contact.", true),
            input("contact-email", "担当者メールアドレス", "contact.email", "hanako@example.jp", "The contact's e-mail address."),
        ],
    };
}


/***/ })

};
