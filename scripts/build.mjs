// Builds the one ncc bundle in actions/dist/ (index.js and the chunks ncc splits off for each action's own code, loaded
// on demand) and a tiny entry per action that picks the action by name.
// ncc type-checks with actions/tsconfig.json, which holds the bundle's own sources only, so a half-written test
// elsewhere cannot break the bundle. The bundle is built beside actions/dist and swapped in, so a failed build
// leaves the old one whole.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = "actions/dist";
const staging = mkdtempSync("actions/.dist-");
try {
  execFileSync(
    "npx",
    ["ncc", "build", "actions/index.ts", "-o", staging, "--target", "es2022", "--license", "licenses.txt", "-q"],
    { stdio: "inherit" },
  );
  const names = readdirSync("actions", { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join("actions", d.name, "action.yml")))
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    writeFileSync(
      join(staging, `${name}.js`),
      `// Entry of the ${name} action; index.js loads the chunks its code is in.\nimport { runAction } from "./index.js";\n\nawait runAction(${JSON.stringify(name)});\n`,
    );
  }
  rmSync(dist, { recursive: true, force: true });
  renameSync(staging, dist);
  console.log(`built ${dist}/index.js with entries: ${names.join(", ")}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
