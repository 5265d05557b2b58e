// Builds the one ncc bundle in actions/dist/ and a tiny entry per action that picks the action by name.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = "actions/dist";
rmSync(dist, { recursive: true, force: true });
execFileSync("npx", ["ncc", "build", "actions/index.ts", "-o", dist, "--license", "licenses.txt", "-q"], {
  stdio: "inherit",
});
mkdirSync(dist, { recursive: true });
const names = readdirSync("actions", { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join("actions", d.name, "action.yml")))
  .map((d) => d.name)
  .sort();
for (const name of names) {
  writeFileSync(
    join(dist, `${name}.js`),
    `// Entry of the ${name} action; the code is in index.js, shared by every action.\nimport { runAction } from "./index.js";\n\nawait runAction(${JSON.stringify(name)});\n`,
  );
}
console.log(`built ${dist}/index.js with entries: ${names.join(", ")}`);
