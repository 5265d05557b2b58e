import { readdirSync, readFileSync } from "node:fs";
import { satisfies, subset, validRange } from "semver";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readActionManifest } from "../../localcloud/runner/action-manifest.js";
import { repoPath } from "../../localcloud/runner/paths.js";

const packageJson = z
  .object({ engines: z.object({ node: z.string() }), devDependencies: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync(repoPath("package.json"), "utf8")));
const lock = z
  .object({
    packages: z.record(
      z.string(),
      z.object({ engines: z.union([z.record(z.string(), z.string()), z.array(z.string())]).optional() }),
    ),
  })
  .parse(JSON.parse(readFileSync(repoPath("package-lock.json"), "utf8")));

describe("package.json's engines", () => {
  const ours = packageJson.engines.node;

  it("is a valid range", () => {
    expect(validRange(ours)).not.toBeNull();
  });

  it("admits only Node versions every installed dependency admits, so npm ci never warns EBADENGINE", () => {
    const narrower = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const node = entry.engines !== undefined && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (path === "" || node === undefined || validRange(node) === null) return [];
      return subset(ours, node) ? [] : [`${path.replace(/^.*node_modules\//, "")} needs node ${node}`];
    });
    expect(narrower).toEqual([]);
  });

  it("admits the Node the actions run on: node24, as every action.yml says and as the tests run them", async () => {
    const actions = readdirSync(repoPath("actions"), { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && readdirSync(repoPath("actions", entry.name)).includes("action.yml"),
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      const manifest = await readActionManifest(repoPath("actions"), action.name);
      expect(manifest.runs.using, action.name).toBe("node24");
    }
    expect(satisfies("24.0.0", ours)).toBe(true);
    const bundled = z.string().parse(packageJson.devDependencies.node);
    expect(subset(bundled, ours), `the node package (${bundled}) that runs the actions in tests`).toBe(true);
  });
});
