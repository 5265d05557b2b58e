import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The example registry at the repository's root: a valid fleet.yml and its clinics. */
export const examples = join(import.meta.dirname, "../../../clinics");

/** A fresh copy of the example registry in a temporary folder, for a test to edit; the test removes it. */
export function copyExampleRegistry(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(examples, dir, { recursive: true });
  return dir;
}
