// CPU each action and each CLI command pays to load its code from the bundle (actions/dist), against loading all of it
// as every action did before the actions were split into chunks (and every CLI command before the commands were).
// Each figure is one fresh node process's own CPU (user + system, node's start included), the median of the runs.
// Usage: npm run bench:action-load [-- --runs 7]
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { commandNames } from "../actions/cli/main.js";
import { ensureBundle } from "../test/localcloud/runner/bundle.js";
import { repoPath } from "../test/localcloud/runner/paths.js";

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number above 0");

await ensureBundle();
const bundle = repoPath("actions", "dist", "index.js");
// The actions the build gives an entry: every folder of actions/ with an action.yml.
const names = readdirSync(repoPath("actions"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(repoPath("actions", d.name, "action.yml")))
  .map((d) => d.name)
  .sort();

/** Runs `body` (with `bundle` bound to the bundle's exports) in a fresh node and returns that process's CPU seconds. */
function cpuOf(body: string): number {
  const script = `const bundle = await import(${JSON.stringify(bundle)});\n${body}\nconst { user, system } = process.cpuUsage();\nconsole.log((user + system) / 1e6);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  // The last line is the figure.
  const figure = Number(out.trim().split("\n").at(-1));
  if (!Number.isFinite(figure)) throw new Error(`no CPU figure in the output: ${out}`);
  return figure;
}

function median(body: string): number {
  const samples = Array.from({ length: runs }, () => cpuOf(body)).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** The body that loads one CLI command's code: its --help, with the help text sent nowhere. */
const loadCommand = (name: string) => `await bundle.cli([${JSON.stringify(name)}, "--help"], { out() {}, err() {} });`;
const everything = median(
  `for (const name of ${JSON.stringify(names)}) await bundle.loadAction(name);\n${commandNames.map(loadCommand).join("\n")}`,
);
const bare = median("");
console.log(`load CPU, median of ${runs} fresh processes (load average ${loadavg()[0]?.toFixed(1)})`);
console.log(
  `node + bundle entry only: ${bare.toFixed(2)} s; every action and the CLI (as before chunks): ${everything.toFixed(2)} s`,
);
console.log("| action or CLI command | load CPU | every action's code | ratio |");
console.log("| --- | ---: | ---: | ---: |");
for (const name of names) {
  const own = median(`await bundle.loadAction(${JSON.stringify(name)});`);
  console.log(`| ${name} | ${own.toFixed(2)} s | ${everything.toFixed(2)} s | ${(everything / own).toFixed(1)}× |`);
}
for (const name of commandNames) {
  const own = median(loadCommand(name));
  console.log(
    `| orca-fleet ${name} | ${own.toFixed(2)} s | ${everything.toFixed(2)} s | ${(everything / own).toFixed(1)}× |`,
  );
}
