import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { repoPath, repoRoot } from "./paths.js";
import { killGroup } from "./processes.js";

/** Sources whose change makes the bundle stale: TypeScript, action.yml (each gets an entry), JSON assets, the build. */
const source = /\.(ts|yml|json)$/;

/**
 * Builds actions/dist when it is missing or older than the sources. The test suite calls it once, from vitest's
 * globalSetup, before any test file runs; the demo and the benchmarks call it once at their start. Nothing else
 * builds, so no two builds ever race and no lock is needed.
 */
export async function ensureBundle(): Promise<"fresh" | "built"> {
  if (!(await isStale())) return "fresh";
  await build();
  return "built";
}

/**
 * True when actions/dist/index.js is missing or older than any source under actions/ or the build script. In a
 * clean checkout the committed bundle is trusted, as CI's check:dist proves it matches its sources: a fresh clone's
 * file times say nothing about which was written first.
 */
export async function isStale(): Promise<boolean> {
  const bundle = repoPath("actions", "dist", "index.js");
  if (!existsSync(bundle)) return true;
  if (await isCleanCheckout()) return false;
  const built = (await stat(bundle)).mtimeMs;
  const newest = Math.max(
    (await stat(repoPath("scripts", "build.mjs"))).mtimeMs,
    await newestSource(repoPath("actions")),
  );
  return newest > built;
}

/** No change to actions/ (bundle included) or the build script against the last commit. */
function isCleanCheckout(): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["status", "--porcelain", "--", "actions", "scripts/build.mjs"],
      { cwd: repoRoot },
      (error, stdout) => resolve(error === null && stdout.trim() === ""),
    );
  });
}

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "dist" && entry.name !== "node_modules") newest = Math.max(newest, await newestSource(path));
    } else if (source.test(entry.name)) {
      newest = Math.max(newest, (await stat(path)).mtimeMs);
    }
  }
  return newest;
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [repoPath("scripts", "build.mjs")], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const chunks: Buffer[] = [];
    const killOnExit = () => killGroup(child);
    process.once("exit", killOnExit);
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      process.off("exit", killOnExit);
      if (code === 0) resolve();
      else reject(new Error(`npm run build failed (exit ${code}):\n${Buffer.concat(chunks).toString("utf8")}`));
    });
  });
}
