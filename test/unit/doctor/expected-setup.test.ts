import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedRepository } from "../../../actions/lib/flows/doctor/expected-setup.js";

const workflows = join(import.meta.dirname, "../../../.github/workflows");

async function workflowText(): Promise<string> {
  const files = (await readdir(workflows)).filter((f) => f.endsWith(".yml"));
  return (await Promise.all(files.map((f) => readFile(join(workflows, f), "utf8")))).join("\n");
}

describe("what doctor expects of the repository", () => {
  it("lists every variable and secret the workflows read, so doctor cannot miss one they need", async () => {
    const text = await workflowText();
    const used = (kind: string) => [
      ...new Set([...text.matchAll(new RegExp(`${kind}\\.([A-Z_][A-Z0-9_]*)`, "g"))].map((m) => m[1])),
    ];
    const known = new Set<string>([...expectedRepository.variables, ...expectedRepository.optionalVariables]);
    expect(used("vars").filter((name) => name !== undefined && !known.has(name))).toEqual([]);
    const secrets = new Set<string>([
      ...Object.values(expectedRepository.secretsWith),
      ...expectedRepository.optionalSecrets,
    ]);
    expect(
      used("secrets").filter((name) => name !== undefined && name !== "GITHUB_TOKEN" && !secrets.has(name)),
    ).toEqual([]);
  });

  it("expects the environment and labels the workflows name, and the ci and validate jobs as required checks", async () => {
    const text = await workflowText();
    expect(text).toContain(`environment: ${expectedRepository.environment}`);
    for (const label of expectedRepository.labels) expect(text).toContain(`'${label}'`);
    for (const check of expectedRepository.requiredChecks) {
      const workflow = await readFile(join(workflows, `${check}.yml`), "utf8");
      expect(workflow).toMatch(new RegExp(`^  ${check}:$`, "m"));
      // A required check must report on every pull request: a path filter would leave it pending forever.
      expect(workflow).not.toMatch(/^\s+paths(-ignore)?:/m);
    }
  });
});
