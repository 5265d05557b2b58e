import type { SsmDocuments } from "../../adapters/aws/ssm-documents.js";
import type { StickyOutcome } from "../../adapters/github/sticky-comment.js";
import type { Locale } from "../../core/i18n/locale.js";
import { mapBounded } from "../../core/map-bounded.js";
import { inGroup, type Log } from "../../core/ports.js";
import { applyDocumentPlan, type DocumentResult } from "./apply.js";
import { checkDocument, type DocumentProblem } from "./check.js";
import { type LocalDocument, readLocalDocuments } from "./local-documents.js";
import { type DocumentPlan, planDocuments, type RemoteDocument } from "./plan.js";
import { problemText, renderApplied, renderPlan, renderRefusal } from "./render.js";

/** The tag that says which commit a document's current content came from. */
export const sourceCommitTag = "orca-fleet:source-commit";
/** The toolkit's documents run on EC2 instances only. */
export const documentTargetType = "/AWS::EC2::Instance";
/** DescribeDocument calls in flight: a handful of documents, kept well under SSM's throttling. */
const readConcurrency = 4;

export type PlanComment = (body: string) => Promise<{ url: string; outcome: StickyOutcome }>;

export interface SyncPorts {
  documents: SsmDocuments;
  log: Log;
  /** Plan mode on a pull request: creates or edits the one plan comment. */
  comment?: PlanComment;
}

export interface SyncSettings {
  /** The folder of documents, e.g. ssm-documents. */
  dir: string;
  /** plan: read SSM and show what would change; apply: make SSM hold the folder's documents. */
  mode: "plan" | "apply";
  sourceCommit: string;
  locale: Locale;
}

interface Shown {
  /** The markdown shown to people: the plan comment's body and the job summary. */
  body: string;
  comment?: { url: string; outcome: StickyOutcome };
  /** Why the run must fail, in the fleet's locale: a document breaks a limit, or a write failed. */
  failure?: string;
}

export type SyncOutcome =
  | ({ status: "refused"; problems: DocumentProblem[] } & Shown)
  | ({ status: "planned"; plan: DocumentPlan } & Shown)
  | ({ status: "applied"; plan: DocumentPlan; results: DocumentResult[] } & Shown);

/**
 * sync-documents: checks every document of the folder against AWS's limits (a problem stops the run before any
 * call), plans against what SSM holds, shows the plan, and in apply mode writes only what changed.
 */
export async function syncDocuments(ports: SyncPorts, settings: SyncSettings): Promise<SyncOutcome> {
  const { log, documents } = ports;
  const tags = { [sourceCommitTag]: settings.sourceCommit };
  const local = await inGroup(log, "Read and check the documents", async () => {
    const docs = await readLocalDocuments(settings.dir);
    for (const doc of docs) log.info(`${doc.file}: ${Buffer.byteLength(doc.content)} bytes, sha256 ${doc.hash}`);
    return docs;
  });
  const problems = local.flatMap((doc) =>
    checkDocument(doc, documentTargetType, { key: sourceCommitTag, value: settings.sourceCommit }),
  );
  if (problems.length > 0) {
    const body = renderRefusal(problems, settings.locale);
    const failure = problems.map((p) => problemText(p, settings.locale)).join("\n");
    return { status: "refused", problems, failure, ...(await show(ports, settings, body)) };
  }

  const plan = await inGroup(log, "Plan", async () => {
    const remote = await readRemote(documents, local);
    const made = planDocuments(local, remote);
    for (const c of made.changes) log.info(`${c.document.name}: ${c.kind}`);
    return made;
  });
  if (settings.mode === "plan") {
    return { status: "planned", plan, ...(await show(ports, settings, renderPlan(plan, settings.locale))) };
  }
  const results = await inGroup(log, "Apply", () =>
    applyDocumentPlan(plan, ports, { targetType: documentTargetType, tags }),
  );
  const failed = results.filter((r) => r.outcome === "failed");
  const body = renderApplied(results, settings);
  if (failed.length === 0) return { status: "applied", plan, results, body };
  const failure = `${failed.map((r) => `${r.name}: ${r.error ?? "Error"}`).join(", ")}; the job summary says what to do`;
  return { status: "applied", plan, results, body, failure };
}

/** The plan comment on a pull request, when there is one to write; the body either way (for the summary). */
async function show(ports: SyncPorts, settings: SyncSettings, body: string): Promise<Shown> {
  if (settings.mode !== "plan" || ports.comment === undefined) return { body };
  const comment = await ports.comment(body);
  ports.log.info(`plan comment ${comment.outcome}: ${comment.url}`);
  return { body, comment };
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
