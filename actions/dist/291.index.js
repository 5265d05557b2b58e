export const id = 291;
export const ids = [291];
export const modules = {

/***/ 30993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ createParameterLookup),
/* harmony export */   U: () => (/* binding */ ParameterMissing)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34736);

/** A `name:label` or `name:version` selector that names nothing: the parameter, version or label is absent. */
class ParameterMissing extends Error {
    selector;
    awsError;
    name = "ParameterMissing";
    constructor(selector, 
    /** AWS's error name, e.g. ParameterNotFound or ParameterVersionLabelNotFound. */
    awsError) {
        super(`${selector}: ${awsError}`);
        this.selector = selector;
        this.awsError = awsError;
    }
}
/** The errors GetParameter answers when a selector names no parameter, version or label. */
const missingErrors = /^Parameter(NotFound|VersionNotFound|VersionLabel)/;
function createParameterLookup(ssm) {
    return {
        async get(selector) {
            try {
                const answer = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__/* .GetParameterCommand */ .lhy({ Name: selector }));
                const { Value, Version } = answer.Parameter ?? {};
                return {
                    ...(Value === undefined ? {} : { value: Value }),
                    ...(Version === undefined ? {} : { version: Version }),
                };
            }
            catch (error) {
                if (error instanceof Error && missingErrors.test(error.name))
                    throw new ParameterMissing(selector, error.name);
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 25994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ messages)
/* harmony export */ });
/** Every fixed text of provisioning's comments and summaries, in each locale. */
const messages = {
    planTitle: { en: "Provisioning plan", ja: "プロビジョニング計画" },
    notProvisioned: {
        en: "{count, plural, one {# clinic} other {# clinics}} not provisioned: {clinics}; the job summary says what to do",
        ja: "{count} 件のクリニックをプロビジョニングできませんでした: {clinics}。対処はジョブサマリーを確認してください",
    },
    planSummary: {
        en: "{create} to create, {present} present, {suspended} suspended, {retired} retired with an instance, {orphans, plural, one {# orphan} other {# orphans}}.",
        ja: "作成 {create} 件、既存 {present} 件、休止 {suspended} 件、インスタンスの残る廃止 {retired} 件、孤児 {orphans} 件。",
    },
    planAmi: { en: "Launches from `{selector}` (now {amiId}).", ja: "`{selector}`（現在 {amiId}）から起動します。" },
    planNothing: { en: "Nothing to create.", ja: "作成するものはありません。" },
    planFooter: {
        en: "Planned at {plannedAt}. Merging applies it: instances are created, never stopped or terminated.",
        ja: "{plannedAt} 時点の計画です。マージすると適用されます（作成のみで、停止・終了は行いません）。",
    },
    appliedPlanFooter: {
        en: "Planned at {plannedAt}, just before this apply: instances are created, never stopped or terminated.",
        ja: "{plannedAt} 時点（適用の直前）の計画です（作成のみで、停止・終了は行いません）。",
    },
    amiMissing: {
        en: "The golden AMI `{selector}` cannot be resolved: {reason} Then refresh this plan; apply will refuse to launch until then.",
        ja: "ゴールデン AMI `{selector}` を解決できません: {reason}その後、この計画を更新してください。それまで apply は起動を拒否します。",
    },
    amiParameterMissing: {
        en: "the parameter does not exist (SSM answered {code}). Run the bake-ami workflow, or point fleet.yml ami.parameter at the parameter bake-ami wrote.",
        ja: "パラメータが存在しません（SSM の応答: {code}）。bake-ami ワークフローを実行するか、fleet.yml の ami.parameter を bake-ami が書いたパラメータに合わせてください。",
    },
    amiLabelMissing: {
        en: "the parameter has no version labelled {label} (SSM answered {code}). Run the bake-ami workflow (it labels the image it builds), or set fleet.yml ami.label to a label bake-ami wrote.",
        ja: "パラメータにラベル {label} の付いたバージョンがありません（SSM の応答: {code}）。bake-ami ワークフローを実行する（作ったイメージにラベルを付けます）か、fleet.yml の ami.label を bake-ami が付けたラベルに合わせてください。",
    },
    amiNotAnImage: {
        en: "its labelled version holds {value}, not an AMI id (ami-…). Re-run the bake-ami workflow, or move the label back with its rollback-to input.",
        ja: "ラベルの付いたバージョンの値が {value} で、AMI ID（ami-…）ではありません。bake-ami ワークフローを再実行するか、rollback-to 入力でラベルを戻してください。",
    },
    amiAccessDenied: {
        en: "this workflow's role may not read the parameter (SSM answered {code}): the roles read only the parameter fleet.yml named when the stack was deployed. Point fleet.yml ami.parameter back at it, or deploy the stack again with this fleet.yml.",
        ja: "このワークフローのロールにはパラメータを読む権限がありません（SSM の応答: {code}）。ロールが読めるのはスタックをデプロイしたときの fleet.yml が指定したパラメータだけです。fleet.yml の ami.parameter を元に戻すか、この fleet.yml でスタックを再デプロイしてください。",
    },
    reviewFolded: {
        en: "This plan is too large to list each launch in its hidden review block: apply checks it as a whole and refuses any difference.",
        ja: "この計画は大きいため、隠しブロックには起動ごとの内容ではなく全体のダイジェストだけを記録しています。apply は差分があれば全体を拒否します。",
    },
    moreRows: {
        en: "… and {count} more, left out to keep this under GitHub's size limit; clinics/ and the run's log list them all.",
        ja: "… ほか {count} 件（GitHub のサイズ上限に収めるため省略。全件は clinics/ と実行ログを参照）。",
    },
    healthcheckMissing: {
        en: "The SSM document `{document}` does not exist in this account and region, and apply calls a clinic ready only when ORCA answers it. Run the sync-documents workflow (it creates the toolkit's documents), then re-run this failed run (Re-run jobs).",
        ja: "SSM ドキュメント `{document}` がこのアカウント・リージョンにありません。apply は ORCA がこのヘルスチェックに応答して初めて準備完了とします。sync-documents ワークフローを実行してツールキットのドキュメントを作成してから、この失敗した実行を再実行（Re-run jobs）してください。",
    },
    refusedTitle: { en: "Refused: nothing was launched", ja: "拒否しました（何も起動していません）" },
    errorTitle: {
        en: "Apply stopped on an unexpected error (a bug or an outage, not the clinic files)",
        ja: "想定外のエラーで停止しました（不具合または障害であり、クリニックファイルの問題ではありません）",
    },
    errorBody: {
        en: "{error}\n\nRe-run the failed job: instances already launched are found again by their tag and ClientToken, and nothing is created twice. If it fails again the same way, report it with the log.",
        ja: "{error}\n\n失敗したジョブを再実行してください。起動済みのインスタンスはタグと ClientToken で再検出され、二重に作られることはありません。同じエラーが続く場合はログを添えて報告してください。",
    },
    registryRefused: {
        en: "The registry has problems, so nothing is planned or launched until they are fixed:",
        ja: "レジストリに問題があるため、直すまで計画も起動も行いません:",
    },
    refreshPlan: {
        en: "To apply, refresh the reviewed plan: run the apply workflow by hand (Actions → apply → Run workflow) with refresh-plan-for = {pr}. It posts the plan as it is now on #{pr} and creates nothing; read it, then re-run this failed run (Re-run jobs).",
        ja: "適用するには計画を更新してください: apply ワークフローを手動実行し（Actions → apply → Run workflow）、refresh-plan-for に {pr} を指定します。現在の計画を #{pr} に投稿し、何も作成しません。内容を確認してから、この失敗した実行を再実行（Re-run jobs）してください。",
    },
    noPullRequest: {
        en: "{count, plural, one {# clinic needs} other {# clinics need}} an instance, but this commit is not the merge of a pull request whose plan was reviewed, so nothing is launched: instances are created only from a reviewed plan. Open a pull request that changes clinics/ and merge it after reading its plan comment.",
        ja: "{count} 件のクリニックにインスタンスが必要ですが、このコミットは計画がレビューされたプルリクエストのマージではないため、起動しません（インスタンスはレビュー済みの計画からのみ作成します）。clinics/ を変更するプルリクエストを開き、計画コメントを確認してからマージしてください。",
    },
    noReviewedPlan: {
        en: "The merged pull request #{pr} has no plan comment by {bot} with a reviewed plan, so nothing is launched.",
        ja: "マージされたプルリクエスト #{pr} に {bot} によるレビュー済み計画のコメントがないため、起動しません。",
    },
    tamperedPlan: {
        en: "The reviewed plan on #{pr} fails its integrity check (the comment was edited or cut), so nothing is launched.",
        ja: "#{pr} のレビュー済み計画が整合性チェックに失敗しました（コメントが編集されたか切り詰められています）。起動しません。",
    },
    stalePlan: {
        en: "What apply would create differs from the plan reviewed on #{pr}, so nothing is launched: {drift}.",
        ja: "apply が作成しようとする内容が #{pr} でレビューされた計画と異なるため、起動しません: {drift}。",
    },
    driftAmi: {
        en: "the golden AMI is now {now}, the reviewed plan launched from {reviewed}",
        ja: "ゴールデン AMI が現在は {now} で、レビュー済み計画は {reviewed} から起動する予定でした",
    },
    driftUnreviewed: {
        en: "{clinic} needs an instance the reviewed plan did not show",
        ja: "{clinic} はレビュー済み計画に無いインスタンスを必要としています",
    },
    driftChanged: {
        en: "{clinic}'s launch request changed since the review",
        ja: "{clinic} の起動リクエストがレビュー後に変わりました",
    },
    driftDigest: {
        en: "{now} launches now against {reviewed} reviewed, and the launches differ",
        ja: "現在の起動 {now} 件とレビュー済みの {reviewed} 件で内容が異なります",
    },
    driftNone: { en: "none", ja: "なし" },
    toCreate: { en: "To create", ja: "作成するクリニック" },
    suspended: { en: "Suspended: left as they are", ja: "休止中（変更しません）" },
    retired: {
        en: "Retired, but an instance remains (a person decides)",
        ja: "廃止済みだがインスタンスが残っています（担当者が判断してください）",
    },
    orphans: {
        en: "Instances with no clinic file (orphans: reported, never touched)",
        ja: "クリニックファイルのないインスタンス（孤児: 報告のみ、操作しません）",
    },
    present: { en: "Already present", ja: "作成済み" },
    colClinic: { en: "Clinic", ja: "クリニック" },
    colName: { en: "Name", ja: "名称" },
    colType: { en: "Instance type", ja: "インスタンスタイプ" },
    colSubnet: { en: "Subnet", ja: "サブネット" },
    colOrca: { en: "ORCA", ja: "ORCA" },
    colFile: { en: "File", ja: "ファイル" },
    colInstance: { en: "Instance", ja: "インスタンス" },
    colState: { en: "State", ja: "状態" },
    colIp: { en: "Private IP", ja: "プライベート IP" },
    colAgent: { en: "SSM agent", ja: "SSM エージェント" },
    colHealthcheck: { en: "Healthcheck", ja: "ヘルスチェック" },
    colOutcome: { en: "Outcome", ja: "結果" },
    none: { en: "none", ja: "なし" },
    resultTitle: { en: "Provisioned", ja: "プロビジョニング結果" },
    resultInstances: { en: "Instances", ja: "インスタンス" },
    resultSummary: {
        en: "{ready} ready, {notReady} launched but not ready, {failed} failed.",
        ja: "準備完了 {ready} 件、起動済み未完了 {notReady} 件、失敗 {failed} 件。",
    },
    resultLaunchedElsewhere: {
        en: "Another apply (workflow run {runs}) launched and holds {count, plural, one {# clinic} other {# clinics}} of this plan: {clinics}. This run created nothing for {count, plural, one {it} other {them}} and reports what it found.",
        ja: "この計画のうち {count} 件のクリニック（{clinics}）は、別の apply（ワークフロー実行 {runs}）が起動し保持しています。この実行はそれらを作成しておらず、見つかった状態を報告します。",
    },
    resultAmi: { en: "AMI: {amiId} from `{selector}`.", ja: "AMI: `{selector}` の {amiId}。" },
    resultNothing: { en: "Nothing needed creating.", ja: "作成が必要なものはありませんでした。" },
    problems: { en: "Problems and what to do", ja: "問題と対処" },
    outcomeReady: { en: "ready", ja: "準備完了" },
    outcomeNotReady: { en: "not ready", ja: "未完了" },
    outcomeFailed: { en: "failed", ja: "失敗" },
    issueReady: {
        en: "The ORCA server for this request answers its healthcheck: {clinics}. Closing this request.",
        ja: "この申請の ORCA サーバーがヘルスチェックに応答しました: {clinics}。この申請をクローズします。",
    },
    issueNotReady: {
        en: "Provisioning for this request is not complete; the table says where it stopped. This request stays open.",
        ja: "この申請のプロビジョニングは完了していません。表の状態を確認してください。申請はオープンのままにします。",
    },
};


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

/***/ 86326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ renderIssueResult),
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   hS: () => (/* binding */ renderAmiUnresolved),
/* harmony export */   kU: () => (/* binding */ renderApplyResult)
/* harmony export */ });
/* unused harmony exports sectionBudget, resultBudget */
/* harmony import */ var _core_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32586);
/* harmony import */ var _core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10528);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25994);



/** Lists longer than this fold into <details>, so a large fleet's comment stays readable. */
const foldAbove = 10;
/** An echoed value is cut to this many characters, so that every row has a bound. */
const cellChars = 64;
const code = (text) => {
    const plain = text.replace(/`/g, "");
    return `\`${plain.length > cellChars ? `${plain.slice(0, cellChars - 1)}…` : plain}\``;
};
/**
 * Characters each list of a plan or a result may take. Their sum, with the headings and the reviewed-plan block
 * (at most reviewedPlanMaxChars), stays under GitHub's 65,536 by construction, however large the fleet: a list
 * that would not fit shows its first rows and says how many more there are.
 */
const sectionBudget = { create: 14_000, retired: 4_000, orphans: 4_000, suspended: 4_000, present: 6_000 };
const resultBudget = { instances: 40_000, problems: 16_000 };
function renderPlan(plan, locale, ami, stage = "proposed", notes = []) {
    const t = translator(locale);
    const parts = [
        `### ${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.planTitle)}`,
        t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.planSummary, {
            create: plan.create.length,
            present: plan.present.length,
            suspended: plan.suspended.length,
            retired: plan.retired.length,
            orphans: plan.orphans.length,
        }),
    ];
    parts.push(...notes);
    if (plan.create.length === 0)
        parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.planNothing));
    else {
        if (ami !== undefined)
            parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.planAmi, { selector: ami.selector, amiId: code(ami.amiId) }));
        const rows = plan.create.map(({ clinic, file }) => [
            code(clinic.id),
            (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(clinic.name),
            code(clinic.instance.type),
            code(clinic.instance.subnet),
            code(clinic.orca.version),
            code(file),
        ]);
        parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.toCreate)} (${rows.length})`, boundedTable([
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colClinic,
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colName,
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colType,
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colSubnet,
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colOrca,
            _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colFile,
        ].map((m) => t(m)), rows, sectionBudget.create, t)));
    }
    if (plan.retired.length > 0)
        parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.retired)} (${plan.retired.length})`, clinicTable(plan.retired, t, sectionBudget.retired)));
    if (plan.orphans.length > 0) {
        const rows = plan.orphans.map((o) => [
            code(o.instanceId),
            code(o.clinicId),
            code(o.state),
            code(o.privateIpAddress ?? "-"),
        ]);
        parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.orphans)} (${rows.length})`, boundedTable([_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colInstance, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colClinic, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colState, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colIp].map((m) => t(m)), rows, sectionBudget.orphans, t)));
    }
    if (plan.suspended.length > 0) {
        parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.suspended)} (${plan.suspended.length})`, clinicTable(plan.suspended, t, sectionBudget.suspended)));
    }
    if (plan.present.length > 0) {
        parts.push((0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.present)} (${plan.present.length})`, clinicTable(plan.present, t, sectionBudget.present)));
    }
    const footer = stage === "proposed" ? _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.planFooter : _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.appliedPlanFooter;
    parts.push(`<sub>${t(footer, { plannedAt: plan.plannedAt })}</sub>`);
    return `${parts.join("\n\n")}\n`;
}
/** Why the golden AMI cannot be resolved and what to do, in the fleet's locale, for the plan, apply and the CLI. */
function renderAmiUnresolved(selector, reason, locale) {
    const t = translator(locale);
    return t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.amiMissing, { selector, reason: amiReason(selector, reason, t) });
}
function amiReason(selector, reason, t) {
    switch (reason.kind) {
        case "parameter-missing":
            return t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.amiParameterMissing, { code: code(reason.code) });
        case "label-missing":
            // The label is what follows the parameter's name in `<parameter>:<label>`.
            return t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.amiLabelMissing, { code: code(reason.code), label: code(selector.split(":").at(-1) ?? "") });
        case "not-an-ami":
            return t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.amiNotAnImage, { value: code(reason.value.slice(0, 80)) });
        case "access-denied":
            return t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.amiAccessDenied, { code: code(reason.code) });
    }
}
/** The line on clinics another apply holds names this many; the table lists them all. */
const elsewhereNamed = 20;
/** The comment on the merged pull request, and the job summary, after apply. */
function renderApplyResult(result, locale) {
    const t = translator(locale);
    const count = (outcome) => result.results.filter((r) => r.outcome === outcome).length;
    const parts = [`### ${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultTitle)}`];
    if (result.results.length === 0) {
        parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultNothing));
        return `${parts.join("\n\n")}\n`;
    }
    parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultSummary, { ready: count("ready"), notReady: count("not-ready"), failed: count("failed") }));
    const elsewhere = result.results.filter((r) => r.launchedElsewhere !== undefined);
    if (elsewhere.length > 0) {
        const runs = [...new Set(elsewhere.map((r) => r.launchedElsewhere))].map((run) => code(run ?? "")).join(", ");
        const named = elsewhere.slice(0, elsewhereNamed).map((r) => code(r.clinicId));
        const more = elsewhere.length > elsewhereNamed ? [`+${elsewhere.length - elsewhereNamed}`] : [];
        const clinics = [...named, ...more].join(", ");
        parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultLaunchedElsewhere, { count: elsewhere.length, runs, clinics }));
    }
    if (result.ami !== undefined)
        parts.push(t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultAmi, { amiId: code(result.ami.amiId), selector: result.ami.selector }));
    parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.resultInstances)} (${result.results.length})`, resultTable(result.results, t, resultBudget.instances)));
    const troubled = result.results.filter((r) => r.problem !== undefined);
    if (troubled.length > 0) {
        const lines = troubled.map((r) => r.problem === undefined
            ? ""
            : `- ${code(r.clinicId)}: ${code(r.problem.code)} ${(0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(r.problem.detail.slice(0, 300))}\n  ${(0,_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .vX)(r.problem.hint, locale)}`);
        parts.push(section(`${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.problems)} (${troubled.length})`, withinBudget(lines, resultBudget.problems, t).join("\n")));
    }
    return `${parts.join("\n\n")}\n`;
}
/** The comment on the clinic-request issue: its clinics' servers, and whether the request is done. */
function renderIssueResult(results, locale) {
    const t = translator(locale);
    const done = results.length > 0 && results.every((r) => r.outcome === "ready");
    const head = done
        ? t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.issueReady, { clinics: results.map((r) => code(r.clinicId)).join(", ") })
        : t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.issueNotReady);
    return `${head}\n\n${resultTable(results, t, resultBudget.instances)}\n`;
}
function translator(locale) {
    return (message, values = {}) => (0,_core_i18n_message_js__WEBPACK_IMPORTED_MODULE_0__/* .formatText */ .vX)(message, locale, values);
}
function resultTable(results, t, budget) {
    const outcome = {
        ready: _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.outcomeReady,
        "not-ready": _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.outcomeNotReady,
        failed: _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.outcomeFailed,
    };
    const rows = results.map((r) => [
        code(r.clinicId),
        (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(r.clinicName),
        code(r.instance?.instanceId ?? "-"),
        code(r.instance?.privateIpAddress ?? "-"),
        code(r.instance?.state ?? "-"),
        code(r.instance?.agent ?? "-"),
        code(r.orca ?? "-"),
        t(outcome[r.outcome]),
    ]);
    return boundedTable([
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colClinic,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colName,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colInstance,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colIp,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colState,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colAgent,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colHealthcheck,
        _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colOutcome,
    ].map((m) => t(m)), rows, budget, t);
}
/** Instances listed per clinic; a clinic with more is a person's problem the count already shows. */
const instancesPerClinic = 3;
function clinicTable(entries, t, budget) {
    const rows = entries.map(({ clinic, instances }) => [
        code(clinic.id),
        (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inert */ .tJ)(clinic.name),
        instances.length === 0
            ? t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.none)
            : [
                ...instances.slice(0, instancesPerClinic).map((i) => `${code(i.instanceId)} (${i.state})`),
                ...(instances.length > instancesPerClinic ? [`+${instances.length - instancesPerClinic}`] : []),
            ].join(", "),
    ]);
    return boundedTable([_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colClinic, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colName, _messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.colInstance].map((m) => t(m)), rows, budget, t);
}
/** A table of as many rows as fit in `budget` characters, then a line saying how many were left out. */
function boundedTable(headers, rows, budget, t) {
    const head = (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, []);
    const kept = fitting(rows.map((cells) => `| ${cells.join(" | ")} |`.length), budget - head.length);
    const shown = (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(headers, rows.slice(0, kept));
    return kept === rows.length ? shown : `${shown}\n\n${t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.moreRows, { count: rows.length - kept })}`;
}
/** The lines that fit in `budget` characters, then a line saying how many were left out. */
function withinBudget(lines, budget, t) {
    const kept = fitting(lines.map((line) => line.length), budget);
    return kept === lines.length
        ? [...lines]
        : [...lines.slice(0, kept), t(_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .messages */ .D.moreRows, { count: lines.length - kept })];
}
/** Room kept for the "and N more" line. */
const moreLineChars = 300;
/** How many of the leading items (by length, one newline each) fit in the budget, leaving room for the more line. */
function fitting(lengths, budget) {
    let used = 0;
    for (const [index, length] of lengths.entries()) {
        if (used + length + 1 > budget - moreLineChars)
            return index;
        used += length + 1;
    }
    return lengths.length;
}
/** A heading with its body, folded when the body is long. */
function section(title, body) {
    const lines = body.split("\n").length;
    return lines > foldAbove + 2 ? (0,_core_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(title, body) : `**${title}**\n\n${body}`;
}


/***/ }),

/***/ 27432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ AmiResolutionError),
/* harmony export */   s: () => (/* binding */ resolveAmi)
/* harmony export */ });
/* harmony import */ var _adapters_aws_parameter_lookup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30993);

/** The golden AMI cannot be resolved: nothing can launch, so nothing is launched. */
class AmiResolutionError extends Error {
    selector;
    reason;
    name = "AmiResolutionError";
    constructor(selector, reason) {
        super(`the golden AMI parameter ${selector} cannot be resolved: ${JSON.stringify(reason)}`);
        this.selector = selector;
        this.reason = reason;
    }
}
const amiIdPattern = /^ami-[0-9a-f]{8,17}$/;
/** GetParameter's answer when the parameter exists but not the version or label asked for. */
const labelErrors = new Set(["ParameterVersionLabelNotFound", "ParameterVersionNotFound"]);
/**
 * Resolves the fleet's AMI parameter at its launch label to a concrete AMI id once, so that every clinic in a
 * run launches from the same image and the id can be recorded in a tag.
 */
async function resolveAmi(parameters, fleet) {
    const selector = `${fleet.ami.parameter}:${fleet.ami.label}`;
    let value;
    let version;
    try {
        ({ value, version } = await parameters.get(selector));
    }
    catch (error) {
        if (error instanceof _adapters_aws_parameter_lookup_js__WEBPACK_IMPORTED_MODULE_0__/* .ParameterMissing */ .U) {
            const code = error.awsError;
            throw new AmiResolutionError(selector, {
                kind: labelErrors.has(code) ? "label-missing" : "parameter-missing",
                code,
            });
        }
        if (error instanceof Error && error.name === "AccessDeniedException") {
            throw new AmiResolutionError(selector, { kind: "access-denied", code: error.name });
        }
        throw error;
    }
    if (value === undefined || !amiIdPattern.test(value)) {
        throw new AmiResolutionError(selector, { kind: "not-an-ami", value: value ?? "" });
    }
    return { amiId: value, selector, ...(version === undefined ? {} : { version }) };
}


/***/ })

};
