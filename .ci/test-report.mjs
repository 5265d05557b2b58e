// Reads vitest's JSON report (--reporter=json --outputFile.json=FILE) and prints the slowest test files, then the
// summary line. Usage: node .ci/test-report.mjs REPORT [HOW_MANY]
import { readFileSync } from "node:fs";
import { relative } from "node:path";

const [file, count = "10"] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: node .ci/test-report.mjs REPORT [HOW_MANY]");
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
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
);
