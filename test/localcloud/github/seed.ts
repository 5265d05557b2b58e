import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Every file below a directory as `prefix/relative/path` → text, for seeding a repository. */
export async function readDirectoryFiles(dir: string, prefix: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join("/");
    files[prefix === "" ? path : `${prefix}/${path}`] = await readFile(full, "utf8");
  }
  return files;
}
