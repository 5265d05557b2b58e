import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, expect } from "vitest";

/**
 * vitest setupFile: when ORCA_TEST_CPU_LOG names a file, appends one JSON line per test file with the CPU seconds its
 * process spent, its own and its children's (the action processes, moto, the AWS CLI it started and waited for).
 * On a shared two-core machine wall times swing with the neighbours' load; CPU seconds do not, so the slowest-files
 * report (.ci/test-report.mjs) can rank files by what they cost. A file's figure runs from this setup file, which
 * vitest runs before it imports the test file, to the file's end: an end-to-end file has its own process (pool
 * "forks"), unit files follow one another in a shared one (isolate: false), and a worker's own start-up is in no
 * file's figure (the whole run's, from /usr/bin/time, has it).
 */
const log = process.env.ORCA_TEST_CPU_LOG;

/** utime, stime, cutime and cstime of /proc/self/stat in seconds (Linux counts them in 1/100 s ticks). */
function processTimes(): { own: number; children: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync("/proc/self/stat", "utf8");
  } catch {
    return undefined;
  }
  // The fields after the command name, which is in parentheses and may itself hold spaces or parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = (index: number) => Number(fields[index]) / 100;
  // Fields 14 to 17 of proc(5), counted from the state (field 3) at index 0.
  return { own: ticks(11) + ticks(12), children: ticks(13) + ticks(14) };
}

const start = log === undefined || log === "" ? undefined : processTimes();

if (log !== undefined && log !== "" && start !== undefined) {
  // Registered before the file's own hooks, so it runs after them (vitest runs afterAll hooks in reverse order):
  // the servers and processes the file stops in its afterAll are counted.
  afterAll(() => {
    const times = processTimes();
    const file = expect.getState().testPath;
    if (times === undefined || file === undefined) return;
    // In whole ticks, so the difference of two tick counts prints as one.
    const seconds = (ticks: number) => Math.round(ticks * 100) / 100;
    const spent = { own: seconds(times.own - start.own), children: seconds(times.children - start.children) };
    appendFileSync(log, `${JSON.stringify({ file, pid: process.pid, ...spent })}\n`);
  });
}
