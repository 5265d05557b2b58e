import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

/**
 * Node 20 left GitHub's runners in September 2026: every action a workflow uses must run on node24. A pin is a
 * commit, so what it runs cannot be read from here without the network; each commit below was checked once (its
 * action.yml says `using: node24`) and a new pin must be checked and added the same way.
 */
const node24Commits: Record<string, string> = {
  "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1": "v7.0.1",
  "aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c": "v6.2.3",
  "actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3": "v3.1.1",
  "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020": "v7.0.0",
  "actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97": "v7.0.0",
  "actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f": "v6.0.0",
  // upload-pages-artifact is a composite over upload-artifact (node24 from v6); deploy-pages v5 runs on node24.
  "actions/upload-pages-artifact@fc324d3547104276b827a68afc52ff2a11cc49c9": "v5.0.0",
  "actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128": "v5.0.0",
};

const stepSchema = z.looseObject({ uses: z.string().optional(), with: z.record(z.string(), z.unknown()).optional() });
const workflowSchema = z.looseObject({
  jobs: z.record(z.string(), z.looseObject({ steps: z.array(stepSchema).default([]) })),
});

const dir = ".github/workflows";
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((file) => {
    const text = readFileSync(join(dir, file), "utf8");
    return { file, text, workflow: workflowSchema.parse(parse(text)) };
  });
const steps = workflows.flatMap(({ file, workflow }) =>
  Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => ({ file, step }))),
);
const remote = steps.filter(({ step }) => step.uses !== undefined && !step.uses.startsWith("./"));

describe("the workflows' actions", () => {
  it("are pinned to full commit SHAs with the release named beside them", () => {
    expect(remote.length).toBeGreaterThan(0);
    for (const { file, step } of remote) {
      expect(step.uses, file).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    }
    for (const { file, text } of workflows) {
      for (const line of text.split("\n").filter((l) => /uses: [^.]/.test(l))) {
        expect(line, file).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    }
  });

  it("run on node24: each pin is a release checked to say so", () => {
    const unchecked = remote.map(({ step }) => step.uses ?? "").filter((uses) => node24Commits[uses] === undefined);
    expect(unchecked).toEqual([]);
    // The release named beside a pin is the one that was checked.
    for (const { file, text } of workflows) {
      for (const [, uses, release] of text.matchAll(/uses: ([^.\s][^\s]*@[0-9a-f]{40}) # (v[\d.]+)$/gm)) {
        expect(release, `${file} ${uses}`).toBe(node24Commits[uses ?? ""]);
      }
    }
  });

  it("check out without leaving the token in the clone", () => {
    const checkouts = remote.filter(({ step }) => step.uses?.startsWith("actions/checkout@"));
    // Every workflow checks out at least once (a workflow with two jobs checks out in each).
    expect(new Set(checkouts.map(({ file }) => file)).size).toBe(workflows.length);
    for (const { file, step } of checkouts) expect(step.with?.["persist-credentials"], file).toBe(false);
  });
});
