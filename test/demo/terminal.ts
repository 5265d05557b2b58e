/** How the demo prints: a step's heading, a narrator's line, and a frame around what GitHub would show. */

const width = 100;

export function heading(file: string, title: string): string {
  return `\n━━ ${file.replace(/\.ts$/, "")} · ${title} ${"━".repeat(Math.max(3, width - title.length - file.length - 6))}`;
}

export function narrate(text: string): string {
  return `  » ${text}`;
}

export function frame(title: string, markdown: string): string {
  const body = markdown.replace(/\n+$/, "").split("\n");
  return [
    `  ┌─ ${title} ${"─".repeat(Math.max(3, width - title.length - 6))}`,
    ...body.map((l) => `  │ ${l}`),
    `  └${"─".repeat(width - 3)}`,
  ].join("\n");
}
