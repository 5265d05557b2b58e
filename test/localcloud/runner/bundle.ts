import { execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { open, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoPath, repoRoot } from "./paths.js";
import { killGroup } from "./processes.js";

/** Sources whose change makes the bundle stale: TypeScript, action.yml (each gets an entry), JSON assets, the build. */
const source = /\.(ts|yml|json)$/;

/**
 * Builds actions/dist once when it is missing or older than the sources. Test files run in parallel processes, so a
 * lock file (created exclusively, holding the holder's pid) makes the others wait and then find the bundle fresh.
 */
export async function ensureBundle(): Promise<"fresh" | "built"> {
  // The lock is taken even when the bundle looks fresh: another process may be half way through writing it.
  const lock = join(
    tmpdir(),
    `orca-fleet-bundle-${createHash("sha1").update(repoRoot).digest("hex").slice(0, 12)}.lock`,
  );
  await acquire(lock);
  try {
    if (!(await isStale())) return "fresh";
    await build();
    return "built";
  } finally {
    await rm(lock, { force: true });
  }
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

async function acquire(lock: string): Promise<void> {
  for (;;) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    if (!(await holderAlive(lock))) {
      await rm(lock, { force: true });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A lock whose process has died (a killed test run) is stale. */
async function holderAlive(lock: string): Promise<boolean> {
  const pid = Number((await readFile(lock, "utf8").catch(() => "")).trim());
  if (!Number.isInteger(pid) || pid <= 0) return true; // being written right now
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
