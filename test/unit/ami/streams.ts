import { readFileSync } from "node:fs";
import { join } from "node:path";

const fixtures = join(import.meta.dirname, "../../fixtures/packer");

export type StreamName = "success" | "failure" | "no-artifact" | "two-artifacts";

/** A recorded machine-readable stream, split into lines as @actions/exec's stdline listener hands them over. */
export function streamLines(name: StreamName): string[] {
  return readFileSync(join(fixtures, "streams", `${name}.txt`), "utf8")
    .split("\n")
    .slice(0, -1);
}

export function manifestText(name: StreamName): string {
  return readFileSync(join(fixtures, "manifests", `${name}.json`), "utf8");
}
