// Reads vitest's JSON report (--reporter=json --outputFile.json=FILE) and prints the slowest test files, then the
// summary line. With CPU_LOG (the lines test/suite/file-cpu.ts appends when ORCA_TEST_CPU_LOG is set) it also prints
// the files that cost the most CPU, their own process and the processes they started: on a shared machine wall
// times follow the neighbours' load, CPU seconds do not. Usage: node .ci/test-report.mjs REPORT [HOW_MANY] [CPU_LOG]
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const [file, count = "10", cpuLog] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: node .ci/test-report.mjs REPORT [HOW_MANY] [CPU_LOG]");
  process.exit(2);
}
const shown = Number(count);
if (!Number.isInteger(shown) || shown < 1) {
  console.error(`HOW_MANY must be a whole number above 0, not ${count}`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, "utf8"));
if (!Array.isArray(report.testResults)) {
  console.error(`${file} is not a vitest JSON report: it has no testResults list`);
  process.exit(2);
}

// A file's wall time runs from its start to its end, hooks and collection included.
const files = report.testResults
  .map((r) => ({ name: relative(process.cwd(), r.name), ms: r.endTime - r.startTime, status: r.status }))
  .sort((a, b) => b.ms - a.ms);
const width = Math.max(...files.slice(0, shown).map((f) => f.name.length), 0);
console.log(`slowest test files (${Math.min(shown, files.length)} of ${files.length}):`);
for (const f of files.slice(0, shown)) {
  const status = f.status === "passed" ? "" : `  (${f.status})`;
  console.log(`  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${status === "" ? f.name : f.name.padEnd(width) + status}`);
}
if (files.length > 0) {
  const end = Math.max(...report.testResults.map((r) => r.endTime));
  console.log(`from the first file's start to the last file's end: ${((end - report.startTime) / 1000).toFixed(1)} s`);
}
if (cpuLog !== undefined) printCpu(cpuLog);
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);

function printCpu(path) {
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  const costs = lines
    .map((line) => {
      const c = JSON.parse(line);
      if (typeof c.file !== "string" || typeof c.own !== "number" || typeof c.children !== "number") {
        console.error(`${path} holds a line that is not {file, own, children}: ${line}`);
        process.exit(2);
      }
      return { name: relative(process.cwd(), c.file), own: c.own, children: c.children, total: c.own + c.children };
    })
    .sort((a, b) => b.total - a.total);
  const total = costs.reduce((sum, c) => sum + c.total, 0);
  console.log(
    `most CPU (${Math.min(shown, costs.length)} of ${costs.length} files, ${total.toFixed(0)} CPU s in all):`,
  );
  for (const c of costs.slice(0, shown)) {
    const split = `(own ${c.own.toFixed(1)}, started ${c.children.toFixed(1)})`;
    console.log(`  ${c.total.toFixed(1).padStart(6)} s  ${split.padEnd(28)} ${c.name}`);
  }
}
