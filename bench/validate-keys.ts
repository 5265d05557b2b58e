// Times the check of ONE clinic file with many unknown keys (a file a new user generates or pastes by mistake), to
// show that validation is linear in the keys: 5,000, 20,000 and 200,000 keys, with the time per key and the ratios.
// The text is passed below the size bound (checkClinicContent), so the parser itself is measured; loadRegistry refuses
// such a file before parsing, which the last line times.
// Usage: npm run bench:validate-keys [-- --keys 5000,20000,200000 --runs 3]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { checkClinicContent } from "../actions/lib/core/registry/check-file.js";
import { loadRegistry } from "../actions/lib/core/registry/load.js";

const { values } = parseArgs({
  options: { keys: { type: "string", default: "5000,20000,200000" }, runs: { type: "string", default: "3" } },
});
const sizes = (values.keys ?? "").split(",").map(Number);
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  throw new Error("--keys takes whole numbers above 0, separated by commas; --runs a whole number above 0");
}

const fileWith = (keys: number) =>
  `id: big\n${Array.from({ length: keys }, (_, i) => `unknownKey${i}: value${i}\n`).join("")}`;

function middle(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

console.log(`checkClinicContent over one file of N unknown keys, median of ${runs} runs`);
console.log(`  node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the start`);
let first: { keys: number; perKey: number } | undefined;
for (const keys of sizes) {
  const text = fileWith(keys);
  const times: number[] = [];
  let listed = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    listed = checkClinicContent({ text }, "clinics/big.yml").reporter.problems.length;
    times.push(performance.now() - start);
  }
  const median = middle(times);
  const perKey = (median / keys) * 1000;
  first ??= { keys, perKey };
  const ratio = perKey / first.perKey;
  console.log(
    `  ${keys.toLocaleString("en")} keys (${(text.length / 1e6).toFixed(1)} MB): ${median.toFixed(0)} ms, ` +
      `${perKey.toFixed(1)} µs per key, ${ratio.toFixed(2)}× the per-key time at ${first.keys.toLocaleString("en")}, ` +
      `${listed} problems listed`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "orca-bench-keys-"));
try {
  writeFileSync(join(dir, "fleet.yml"), "region: ap-northeast-1\n");
  const largest = Math.max(...sizes);
  writeFileSync(join(dir, "big.yml"), fileWith(largest));
  const start = performance.now();
  const { problems } = await loadRegistry(dir);
  const refused = problems.filter((p) => p.file.endsWith("big.yml")).length;
  console.log(
    `  loadRegistry with the ${largest.toLocaleString("en")}-key file: refused before parsing in ` +
      `${(performance.now() - start).toFixed(0)} ms (${refused} problem for the file)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
