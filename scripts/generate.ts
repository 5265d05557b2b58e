// Writes every generated file (`npm run generate`), or with --check fails when a committed one is stale.
// Each module in scripts/generators/ exports `generated`: the files it derives from the sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export interface GeneratedFile {
  path: string;
  render(): string | Promise<string>;
}

const check = process.argv.includes("--check");
const dir = join(import.meta.dirname, "generators");
const stale: string[] = [];
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const mod = (await import(join(dir, name))) as { generated: GeneratedFile[] };
  for (const file of mod.generated) {
    const text = await file.render();
    const current = existsSync(file.path) ? readFileSync(file.path, "utf8") : undefined;
    if (current === text) continue;
    if (check) {
      stale.push(file.path);
    } else {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, text);
      console.log(`wrote ${file.path}`);
    }
  }
}
if (stale.length > 0) {
  console.error(`stale generated files (run \`npm run generate\` and commit):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
if (check) console.log("generated files are fresh");
