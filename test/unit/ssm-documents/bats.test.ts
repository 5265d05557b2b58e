import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

/**
 * The documents' bats suites (test/bats/*.bats: the real scripts on fake servers over a real PostgreSQL) run as part
 * of `npm test`. bats, GNU parallel and PostgreSQL are installed by scripts/ensure-tools.mjs; a missing one fails
 * here, never skips. Each file starts its own PostgreSQL and the cases of one file share it, so files run side by side
 * (`--jobs`, through GNU parallel) and a file's cases one after another.
 */
const batsDir = join(import.meta.dirname, "..", "..", "bats");

it("passes every bats case of the documents' scripts", async () => {
  const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn("bats", ["--tap", "--jobs", "2", "--no-parallelize-within-files", batsDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => {
      output += c;
    });
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      output += c;
    });
    child.on("error", (error) => resolve({ code: -1, output: `bats could not start: ${error.message}` }));
    child.on("close", (code) => resolve({ code, output }));
  });
  expect(run.output).toMatch(/^1\.\.[1-9]/m);
  expect(run.output).not.toMatch(/^not ok /m);
  expect(run.code, run.output).toBe(0);
}, 1_500_000);
