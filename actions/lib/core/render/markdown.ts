/**
 * Markdown for comments and summaries. Text from users is echoed inert: no mention pings, no issue links,
 * no HTML, no hidden-marker forgery.
 */

const ZWSP = "\u200B";

function isControl(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code < 0x20 && c !== "\n" && c !== "\t") || code === 0x7f;
}

/** Makes user text safe to echo into a comment or a table cell. */
export function inert(text: string): string {
  return [...text]
    .filter((c) => !isControl(c))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/([\\`*_[\]()!~])/g, "\\$1")
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/(https?):\/\//gi, `$1:${ZWSP}//`)
    .replace(/\r?\n/g, " ");
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
