import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const step = z.object({
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.boolean()])).optional(),
});
const workflowSchema = z.object({
  on: z.object({ issues: z.object({ types: z.array(z.string()) }) }),
  permissions: z.record(z.string(), z.string()),
  jobs: z.record(
    z.string(),
    z.object({
      if: z.string(),
      permissions: z.record(z.string(), z.string()),
      concurrency: z.object({ group: z.string(), "cancel-in-progress": z.boolean() }),
      steps: z.array(step),
    }),
  ),
});

const text = readFileSync(".github/workflows/clinic-intake.yml", "utf8");
const workflow = workflowSchema.parse(parse(text));
const jobs = Object.values(workflow.jobs);

describe("the clinic-intake workflow", () => {
  it("runs on issues opened, edited and reopened that carry the clinic-request label", () => {
    expect(workflow.on.issues.types.sort()).toEqual(["edited", "opened", "reopened"]);
    for (const job of jobs) expect(job.if).toBe("contains(github.event.issue.labels.*.name, 'clinic-request')");
  });

  it("grants nothing at the top and only what intake writes to its job, one run per issue", () => {
    expect(workflow.permissions).toEqual({});
    for (const job of jobs) {
      expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write", issues: "write" });
      expect(job.concurrency.group).toContain("github.event.issue.number");
    }
  });

  it("has no shell step and passes no issue text to any step", () => {
    for (const job of jobs) {
      for (const s of job.steps) {
        expect(s.run).toBeUndefined();
        for (const value of Object.values(s.with ?? {})) expect(String(value)).not.toMatch(/github\.event/);
      }
    }
  });

  it("pins every action it uses by a full commit sha", () => {
    const remote = jobs.flatMap((job) => job.steps.flatMap((s) => (s.uses?.startsWith("./") ? [] : [s.uses ?? ""])));
    expect(remote.length).toBeGreaterThan(0);
    for (const uses of remote) expect(uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
  });
});
