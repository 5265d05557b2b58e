/**
 * Bodies GitHub accepts, by construction. GitHub refuses an issue, pull request or comment body over 65,536
 * characters (422), so every body the toolkit writes is built here: fixed parts each bounded by their renderer, rows
 * added while they fit and the rest summarised in one line, and every echoed value cut to a bound and shown as a code
 * span, which GitHub renders literally (no mention, no issue link, no autolink, no HTML) and which copies exactly as
 * written: no invisible character is added.
 */

/** GitHub's limit on a body. */
export const githubBodyLimit = 65_536;

/** What a renderer may use: the adapters add a hidden marker line in front, and a margin keeps clear of the limit. */
export const bodyBudget = 60_000;

/** How much of one echoed value a body shows: enough to recognise it, never enough to crowd the body out. */
export const maxEchoed = 200;

/** A body over GitHub's limit reached an adapter: a renderer that does not use boundedBody, which is a bug. */
export class BodyTooLongError extends Error {
  override readonly name = "BodyTooLongError";
  constructor(
    readonly what: string,
    readonly length: number,
  ) {
    super(
      `the ${what} body is ${length} characters, over GitHub's limit of ${githubBodyLimit - 1}; its renderer must build it with boundedBody (core/render/body.ts)`,
    );
  }
}

/** Called by every adapter that writes a body, before the request: GitHub's 422 is never the first to say so. */
export function assertBodyFits(body: string, what: string): void {
  // UTF-16 code units are at least GitHub's characters, so this errs on the safe side.
  if (body.length >= githubBodyLimit) throw new BodyTooLongError(what, body.length);
}

export interface BoundedBody {
  /** Always shown, in order, before the rows (a title, a lead, a table's header lines). */
  before: readonly string[];
  /** Shown in order while they fit (a table's rows, a list's items). */
  rows: readonly string[];
  /** Always shown, after the rows and the summary line. */
  after?: readonly string[];
  /** The line that stands for the rows left out, in the body's locale. */
  more: (omitted: number) => string;
  /** Characters the body may use; bodyBudget unless a caller nests it in a larger body. */
  budget?: number;
  /** At most this many rows, even when more would fit: a long list is not read past a point. */
  maxRows?: number;
}

/**
 * Joins the parts with newlines, keeping as many rows as fit in the budget and saying how many did not. The fixed
 * parts are the renderer's own bounded text; if they alone exceed the budget, that is a bug and it throws.
 */
export function boundedBody({
  before,
  rows,
  after = [],
  more,
  budget = bodyBudget,
  maxRows = Number.POSITIVE_INFINITY,
}: BoundedBody): string {
  const head = before.join("\n");
  const tail = after.join("\n");
  // The summary line can need a few more digits than any count below it; reserve room for it up front.
  const reserve = more(rows.length).length + 2;
  const fixed = head.length + tail.length + 2;
  if (fixed + reserve > budget) throw new BodyTooLongError("fixed part of a", fixed + reserve);
  const kept: string[] = [];
  let used = fixed;
  for (const row of rows) {
    if (kept.length >= maxRows || used + row.length + 1 > budget - reserve) break;
    kept.push(row);
    used += row.length + 1;
  }
  const lines = [head, ...kept];
  if (kept.length < rows.length) lines.push(more(rows.length - kept.length));
  if (after.length > 0) lines.push(tail);
  return lines.join("\n");
}

/** Cuts text to at most `max` characters (whole code points), marking the cut with an ellipsis. */
export function cut(text: string, max = maxEchoed): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}…`;
}

/**
 * Shows invisible and control characters as their code points (`[U+202E]`), so the person sees where they are and
 * none of them reorders or hides the body's text.
 */
export function revealInvisible(text: string): string {
  return text.replace(
    /(?![\n\t])[\p{Cc}\p{Cf}]/gu,
    (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}]`,
  );
}

/**
 * A value from the world, echoed literally: on one line, cut to `max`, invisible characters revealed, in a code span
 * whose fence is longer than any run of backticks inside it. Empty text is empty.
 */
export function codeSpan(text: string, max = maxEchoed): string {
  const line = cut(revealInvisible(text.replace(/\r?\n|\r/g, " ")), max);
  if (line === "") return "";
  const longestRun = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  // A span that starts or ends with a backtick (or a space) needs a space inside the fence, which GitHub strips.
  const pad = /^[` ]|[` ]$/.test(line) ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/** codeSpan for a table cell: a pipe would end the cell, so it is escaped, which GitHub's tables undo inside spans. */
export function codeCell(text: string, max = maxEchoed): string {
  return codeSpan(text, max).replace(/\|/g, "\\|");
}
