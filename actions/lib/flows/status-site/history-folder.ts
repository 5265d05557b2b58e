import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { HistorySnapshot } from "../../core/history/snapshot.js";
import { isSnapshotPath, snapshotOf } from "../../core/history/snapshot.js";

/**
 * Reads a history from a folder laid out as the branch is (a checkout or `git worktree` of fleet-status, or a
 * generated one): state.json and events/, days/, weeks/. Only those names are read.
 */
export async function readHistoryFolder(dir: string): Promise<HistorySnapshot> {
  const files = new Map<string, string>();
  const top = await readdir(dir, { withFileTypes: true }).catch(() => {
    throw new Error(`the history folder ${dir} cannot be read: give a checkout of the history branch`);
  });
  const paths = top.filter((e) => e.isFile()).map((e) => e.name);
  for (const folder of top.filter((e) => e.isDirectory()).map((e) => e.name))
    for (const name of await readdir(join(dir, folder))) paths.push(`${folder}/${name}`);
  for (const path of paths.filter(isSnapshotPath)) files.set(path, await readFile(join(dir, path), "utf8"));
  return snapshotOf(files);
}
