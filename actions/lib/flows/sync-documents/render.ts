import type { Locale } from "../../core/i18n/locale.js";
import { formatText, type MessageText, type Translate, translator } from "../../core/i18n/message.js";
import { bodyBudget, boundedBody, codeCell, cut as cutTo } from "../../core/render/body.js";
import { tableHead, tableRow } from "../../core/render/markdown.js";
import type { DocumentOutcome, DocumentResult } from "./apply.js";
import type { ContentChanges } from "./changes.js";
import type { DocumentProblem } from "./check.js";
import { messages, problemMessages } from "./messages.js";
import type { DocumentChange, DocumentPlan } from "./plan.js";

/**
 * Rows past this many are counted, not listed, and echoed values are cut to `maxValue` characters; boundedBody also
 * stops at the size a table may take, so a comment stays under GitHub's limit whatever the folder holds.
 */
const maxRows = 100;
const maxValue = 120;
/** A table shares its body with a title, a summary and hints, each a few hundred characters at most. */
const tableBudget = bodyBudget - 4_000;

/** A value shown literally in a table cell, cut to maxValue (core/render/body.ts). */
const code = (text: string) => codeCell(text, maxValue);
const cut = (text: string) => cutTo(text, maxValue);

function boundedTable(headers: string[], rows: string[][], t: Translate): string {
  return boundedBody({
    before: tableHead(headers),
    rows: rows.map(tableRow),
    more: (count) => `\n${t(messages.moreRows, { count })}`,
    budget: tableBudget,
    maxRows,
  });
}

function whatChanged(changes: ContentChanges | undefined, t: Translate, created: boolean, lines: number): string {
  if (created) return t(messages.whatNew, { lines });
  if (changes === undefined) return t(messages.whatUnknown);
  const names = (list: string[]) => list.map(code).join(", ");
  const parts = [
    changes.description ? t(messages.whatDescription) : "",
    changes.parametersAdded.length > 0 ? t(messages.whatAdded, { names: names(changes.parametersAdded) }) : "",
    changes.parametersRemoved.length > 0 ? t(messages.whatRemoved, { names: names(changes.parametersRemoved) }) : "",
    changes.parametersChanged.length > 0 ? t(messages.whatChanged, { names: names(changes.parametersChanged) }) : "",
    t(messages.whatLines, { added: changes.linesAdded, removed: changes.linesRemoved }),
  ];
  return parts.filter((p) => p !== "").join("; ");
}

function kindText(change: DocumentChange, t: Translate): string {
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
export function renderPlan(plan: DocumentPlan, locale: Locale): string {
  const t = translator(locale);
  const count = (kind: DocumentChange["kind"]) => plan.changes.filter((c) => c.kind === kind).length;
  const rows = plan.changes.map((c) => [
    code(c.document.name),
    kindText(c, t),
    c.kind === "create" ? t(messages.notInSsm) : code(c.current.version),
    c.kind === "unchanged" ? "-" : code(c.document.hash.slice(0, 12)),
    c.kind === "unchanged"
      ? "-"
      : whatChanged(
          c.kind === "create" ? undefined : c.changes,
          t,
          c.kind === "create",
          c.document.content.split("\n").length,
        ),
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
    boundedTable(
      headers.map((m) => t(m)),
      rows,
      t,
    ),
    `<sub>${t(messages.planFooter)}</sub>`,
    "",
  ].join("\n\n");
}

const outcomeMessage: Record<Exclude<DocumentOutcome, "failed">, MessageText> = {
  created: messages.outcomeCreated,
  updated: messages.outcomeUpdated,
  "default-moved": messages.outcomeDefaultMoved,
  unchanged: messages.outcomeUnchanged,
};

/** The job summary after apply: each document's outcome and default version. */
export function renderApplied(
  results: readonly DocumentResult[],
  settings: { locale: Locale; sourceCommit: string },
): string {
  const t = translator(settings.locale);
  const count = (outcome: DocumentOutcome) => results.filter((r) => r.outcome === outcome).length;
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
    boundedTable(
      [messages.colDocument, messages.colOutcome, messages.colVersion].map((m) => t(m)),
      rows,
      t,
    ),
    ...(hints.length > 0 ? [hints.join("\n")] : []),
    `<sub>${t(messages.applyFooter, { commit: code(settings.sourceCommit.slice(0, 12)) })}</sub>`,
    "",
  ].join("\n\n");
}

/** The step's failure when some documents failed to apply: which, and with what error code. */
export function applyFailureText(failed: readonly DocumentResult[], locale: Locale): string {
  return formatText(messages.applyFailed, locale, {
    count: failed.length,
    documents: failed.map((r) => `${r.name}: ${r.error ?? "Error"}`).join(", "),
  });
}

/** One line per problem: the document, the field, and what a valid value looks like. */
export function problemText(problem: DocumentProblem, locale: Locale): string {
  const values = Object.fromEntries(
    Object.entries(problem.values).map(([k, v]) => [k, typeof v === "string" ? cut(v) : v]),
  );
  return `${problem.file}: ${problem.field}: ${formatText(problemMessages[problem.rule], locale, values)}`;
}

/** Shown instead of a plan when a document breaks AWS's limits: nothing was sent. */
export function renderRefusal(problems: readonly DocumentProblem[], locale: Locale): string {
  const t = translator(locale);
  const rows = problems.map((p) => {
    const values = Object.fromEntries(
      Object.entries(p.values).map(([k, v]) => [k, typeof v === "string" ? code(cut(v)) : v]),
    );
    return [code(p.document), code(p.field), formatText(problemMessages[p.rule], locale, values)];
  });
  return [
    `### ${t(messages.refusedTitle)}`,
    t(messages.refusedIntro),
    boundedTable(
      [messages.colDocument, messages.colField, messages.colProblem].map((m) => t(m)),
      rows,
      t,
    ),
    "",
  ].join("\n\n");
}
