import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root, from this file's place in it. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

export const repoPath = (...segments: string[]): string => join(repoRoot, ...segments);
