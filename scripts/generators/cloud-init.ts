// The cloud-init template and the files it embeds, as one JSON file the bundle carries: cloud-init/ stays plain
// YAML, shell and systemd files that shellcheck and editors read, and the action needs no file next to it at run time.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { GeneratedFile } from "../generate.js";

const root = "cloud-init";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

function render(): string {
  const files = Object.fromEntries(
    listFiles(root)
      .filter((path) => path !== join(root, "user-data.yaml") && !path.endsWith(".md"))
      .map((path) => [relative(root, path), readFileSync(path, "utf8")]),
  );
  const userData = readFileSync(join(root, "user-data.yaml"), "utf8");
  return `${JSON.stringify({ template: userData, files }, null, 2)}\n`;
}

export const generated: GeneratedFile[] = [{ path: "actions/lib/core/cloud-init/assets.generated.json", render }];
