// Times `loadRegistry` over a generated registry of 5,000 valid clinic files (the issue asks for under 2 s).
// Usage: npm run bench:validate [-- --clinics 5000 --runs 7]
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { expectedCheckDigit } from "../actions/lib/core/registry/institution-code.js";
import { loadRegistry } from "../actions/lib/core/registry/load.js";
import { prefectures } from "../actions/lib/core/registry/prefectures.js";
import { rings } from "../actions/lib/core/registry/schema.js";

const { values } = parseArgs({
  options: { clinics: { type: "string", default: "5000" }, runs: { type: "string", default: "7" } },
});
const count = Number(values.clinics);
const runs = Number(values.runs);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(runs) || runs < 1) {
  throw new Error("--clinics and --runs take whole numbers above 0");
}

const subnets = ["private-a", "private-c", "private-d"];
const types = ["t3.medium", "t3.large", "m6i.large"];
const windows = ["Sun 01:00-05:00", "Mon-Fri 22:00-06:00", "daily 23:00-05:00", "Sat,Sun 02:00-04:00"];

function clinicFile(i: number): { id: string; text: string } {
  const prefecture = (i % prefectures.length) + 1;
  // Six digits of 郡市区 + 医療機関番号 that differ for every clinic within a prefecture.
  const nine = `${String(prefecture).padStart(2, "0")}1${String(i).padStart(6, "0")}`;
  const id = `clinic-${String(i).padStart(5, "0")}`;
  const text = `# yaml-language-server: $schema=../schema/clinic.schema.json
id: ${id}
name: ベンチマーク医院 ${i} 号
medicalInstitutionCode: "${nine}${expectedCheckDigit(nine)}"
prefecture: ${prefectures[prefecture - 1]}
status: active
orca:
  version: "5.2.0"
  ring: ${rings[i % rings.length]}
instance:
  type: ${types[i % types.length]}
  subnet: ${subnets[i % subnets.length]}
maintenanceWindow: ${windows[i % windows.length]}
contact:
  name: 担当 ${i}
  email: it-${i}@clinic.example.jp
`;
  return { id, text };
}

function middle(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const dir = mkdtempSync(join(tmpdir(), "orca-bench-validate-"));
try {
  copyFileSync(join(import.meta.dirname, "../clinics/fleet.yml"), join(dir, "fleet.yml"));
  for (let i = 0; i < count; i++) {
    const { id, text } = clinicFile(i);
    writeFileSync(join(dir, `${id}.yml`), text);
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = await loadRegistry(dir);
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (result.problems.length > 0 || result.clinics.length !== count) {
      throw new Error(
        `generated registry should be valid: ${result.problems.length} problems, ${result.clinics.length} clinics`,
      );
    }
  }
  const median = middle(times);
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  console.log(`loadRegistry over ${count} clinic files + fleet.yml, ${runs} runs`);
  console.log(`  node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)} at the end`);
  console.log(`  wall: median ${ms(median)}, min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}`);
  console.log(`  CPU (user + system): median ${ms(middle(cpuTimes))}`);
  console.log(
    `  per file ${((median / count) * 1000).toFixed(0)} µs; target < 2000 ms: ${median < 2000 ? "met" : "MISSED"}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
