import type { SsmDocuments } from "../../adapters/aws/ssm-documents.js";
import type { GitHub } from "../../adapters/github/github.js";
import type { StickyOutcome } from "../../adapters/github/sticky-comment.js";
import type { FlowReport } from "../../core/flow-report.js";
import type { Locale } from "../../core/i18n/locale.js";
import { mapBounded } from "../../core/map-bounded.js";
import { inGroup, type Log } from "../../core/ports.js";
import { readFleetRegistry } from "../../core/registry/usable-fleet.js";
import { applyDocumentPlan, type DocumentResult } from "./apply.js";
import { checkDocument, type DocumentProblem } from "./check.js";
import { type LocalDocument, readLocalDocuments } from "./local-documents.js";
import { type ChangeKind, type DocumentPlan, planDocuments, type RemoteDocument, writesFor } from "./plan.js";
import { applyFailureText, problemText, renderApplied, renderPlan, renderRefusal } from "./render.js";

/** The tag that says which commit a document's current content came from. */
export const sourceCommitTag = "orca-fleet:source-commit";
/** The toolkit's documents run on EC2 instances only. */
export const documentTargetType = "/AWS::EC2::Instance";
/** The key of the one plan comment per pull request. */
export const planCommentKey = "sync-documents-plan";
/** DescribeDocument calls in flight: a handful of documents, kept well under SSM's throttling. */
const readConcurrency = 4;

export interface SyncDeps {
  /** SSM's documents in the given region, built once fleet.yml has named it. */
  documents(region: string): SsmDocuments;
  /** Where plan mode comments: the pull request's conversation. */
  github: Pick<GitHub, "issues">;
  log: Log;
}

/** What the flow writes to, once the region is known. */
interface SyncPorts {
  documents: SsmDocuments;
  github: Pick<GitHub, "issues">;
  log: Log;
}

export interface SyncSettings {
  /** The registry folder: fleet.yml gives the region and the locale (clinic files' problems do not stop a sync). */
  clinics: string;
  /** The folder of documents, e.g. ssm-documents. */
  dir: string;
  /** plan: read SSM and show what would change; apply: make SSM hold the folder's documents. */
  mode: "plan" | "apply";
  sourceCommit: string;
  /** The pull request plan mode comments on; none outside pull requests (the summary still shows the plan). */
  pullRequest?: number;
}

/** The report for the main (outputs, summary, failure), with what happened as data for tests and callers. */
export type SyncOutcome = FlowReport &
  (
    | { status: "refused"; problems: DocumentProblem[] }
    | { status: "planned"; plan: DocumentPlan; comment?: { url: string; outcome: StickyOutcome } }
    | { status: "applied"; plan: DocumentPlan; results: DocumentResult[] }
  );

/**
 * sync-documents: checks every document of the folder against AWS's limits (a problem stops the run before any
 * call), plans against what SSM holds, shows the plan, and in apply mode writes only what changed.
 */
export async function syncDocuments(deps: SyncDeps, given: SyncSettings): Promise<SyncOutcome> {
  const { fleet } = await readFleetRegistry(given.clinics, deps.log, false);
  const settings = { ...given, locale: fleet.locale };
  const ports = { ...deps, documents: deps.documents(fleet.region) };
  const { log, documents } = ports;
  const local = await inGroup(log, "Read and check the documents", async () => {
    const docs = await readLocalDocuments(settings.dir);
    for (const doc of docs) log.info(`${doc.file}: ${Buffer.byteLength(doc.content)} bytes, sha256 ${doc.hash}`);
    return docs;
  });
  const problems = local.flatMap((doc) =>
    checkDocument(doc, documentTargetType, { key: sourceCommitTag, value: settings.sourceCommit }),
  );
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

  const plan = await inGroup(log, "Plan", async () => {
    const made = planDocuments(local, await readRemote(documents, local));
    for (const c of made.changes) {
      log.info(`${c.document.name}: ${c.kind} (${writesFor(c).join(", ") || "no write"})`);
    }
    return made;
  });
  const count = (kind: ChangeKind) => plan.changes.filter((c) => c.kind === kind).length;
  const planned = {
    "to-create": count("create"),
    "to-update": count("update") + count("set-default"),
    unchanged: count("unchanged"),
  };
  if (settings.mode === "plan") {
    const summary = renderPlan(plan, settings.locale);
    const comment = await commentOnPlan(ports, settings, summary);
    if (comment === undefined) return { status: "planned", plan, outputs: planned, summary };
    return { status: "planned", plan, comment, outputs: { ...planned, "comment-url": comment.url }, summary };
  }

  const tags = { [sourceCommitTag]: settings.sourceCommit };
  const results = await inGroup(log, "Apply", () =>
    applyDocumentPlan(plan, ports, { targetType: documentTargetType, tags }),
  );
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
async function commentOnPlan(
  ports: SyncPorts,
  settings: SyncSettings & { locale: Locale },
  body: string,
): Promise<{ url: string; outcome: StickyOutcome } | undefined> {
  if (settings.mode !== "plan" || settings.pullRequest === undefined) return undefined;
  const comment = await ports.github.issues.upsertSticky(settings.pullRequest, planCommentKey, body);
  ports.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
  return comment;
}

/** What SSM holds for each local document; the default version's content only where the hashes differ. */
async function readRemote(
  documents: SsmDocuments,
  local: readonly LocalDocument[],
): Promise<Map<string, RemoteDocument>> {
  const found = await mapBounded(local, readConcurrency, async (doc) => {
    const remote = await documents.describe(doc.name);
    if (remote === undefined || remote.defaultHash === doc.hash) return remote;
    return { ...remote, defaultContent: await documents.content(doc.name, remote.defaultVersion) };
  });
  return new Map(found.flatMap((r) => (r === undefined ? [] : [[r.name, r] as const])));
}
