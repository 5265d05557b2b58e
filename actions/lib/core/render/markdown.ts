/**
 * Markdown for comments and summaries. Text from users is echoed inert: no mention pings, no issue links,
 * no HTML, no hidden-marker forgery.
 */

import { codeSpan, revealInvisible } from "./body.js";

/**
 * A run GitHub would turn into something live: a mention or team (`@`), an issue or commit reference (`#`), a URL
 * (`://`) or an autolinked `www.` address. Such a run is shown as a code span, which GitHub renders literally and
 * which copies exactly as written (no invisible character is added).
 */
const live = /[@#]|:\/\/|(^|[*_~(])www\./i;

/** Ordinary words: HTML and markdown punctuation escaped, so nothing renders as markup. */
function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/([\\`*_[\]()!~])/g, "\\$1");
}

/**
 * Makes user text safe to echo into a comment or a table cell: on one line, invisible characters revealed, markup
 * escaped, and every run of ASCII that GitHub would link shown as a code span (its pipes escaped, which tables undo).
 * Runs, not whitespace-separated words, because Japanese text has no spaces: 「#1」 spans only `#1`.
 */
export function inert(text: string): string {
  const line = revealInvisible(text.replace(/\r?\n|\r/g, " "));
  return line
    .split(/([\x21-\x7E]+)/)
    .map((run) => (live.test(run) ? codeSpan(run, Number.POSITIVE_INFINITY).replace(/\|/g, "\\|") : escapeMarkup(run)))
    .join("");
}

/** One table line from already-safe cell text. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** A table's header and its separator line, for a body whose rows are added by boundedBody. */
export function tableHead(headers: readonly string[]): string[] {
  return [tableRow(headers), tableRow(headers.map(() => "---"))];
}

/** A table from rows of already-safe cell text. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [...tableHead(headers), ...rows.map(tableRow)].join("\n");
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** The hidden marker that lets one comment be found again and updated in place. */
export function marker(key: string): string {
  return `<!-- orca-fleet:${key} -->`;
}
