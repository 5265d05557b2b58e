import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const step = z.object({
  uses: z.string().optional(),
  run: z.string().optional(),
  with: z.record(z.string(), z.union([z.string(), z.boolean()])).optional(),
});
const job = z.object({
  if: z.string(),
  permissions: z.record(z.string(), z.string()),
  steps: z.array(step),
});
const workflowSchema = z.object({
  on: z.object({
    push: z.object({ branches: z.array(z.string()), paths: z.array(z.string()) }),
    pull_request: z.object({ paths: z.array(z.string()) }),
  }),
  permissions: z.record(z.string(), z.string()),
  concurrency: z.object({ group: z.string(), "cancel-in-progress": z.union([z.string(), z.boolean()]) }),
  jobs: z.object({ plan: job, sync: job }),
});

const dir = ".github/workflows";
const workflow = workflowSchema.parse(parse(readFileSync(join(dir, "sync-documents.yml"), "utf8")));
const { plan, sync } = workflow.jobs;
const usesOf = (j: z.infer<typeof job>, action: string) => j.steps.filter((s) => s.uses?.startsWith(`${action}@`));

/** The pinned refs of an action across the other workflows: sync-documents must use the same one. */
function pinsElsewhere(action: string): Set<string> {
  const pins = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f !== "sync-documents.yml")) {
    for (const match of readFileSync(join(dir, file), "utf8").matchAll(
      new RegExp(`uses: ${action}@([0-9a-f]+)`, "g"),
    )) {
      pins.add(match[1] ?? "");
    }
  }
  return pins;
}

describe("the sync-documents workflow", () => {
  it("plans on pull requests and syncs on main, only when ssm-documents/ changes", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"], paths: ["ssm-documents/**"] });
    expect(workflow.on.pull_request.paths).toEqual(["ssm-documents/**"]);
    expect(plan.if).toBe("github.event_name == 'pull_request'");
    expect(sync.if).toContain("github.ref == 'refs/heads/main'");
    expect(plan.steps.at(-1)).toMatchObject({ uses: "./actions/sync-documents", with: { mode: "plan" } });
    expect(sync.steps.at(-1)).toMatchObject({ uses: "./actions/sync-documents", with: { mode: "apply" } });
  });

  it("grants nothing at the top, and each job only what it needs", () => {
    expect(workflow.permissions).toEqual({});
    expect(plan.permissions).toEqual({ contents: "read", "id-token": "write", "pull-requests": "write" });
    expect(sync.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(workflow.concurrency.group).toContain("github.event.pull_request.number");
  });

  it("checks out without keeping credentials and assumes the read-only role on pull requests", () => {
    for (const j of [plan, sync]) {
      const [checkout] = usesOf(j, "actions/checkout");
      expect(checkout?.with).toMatchObject({ "persist-credentials": false });
    }
    expect(usesOf(plan, "aws-actions/configure-aws-credentials")[0]?.with?.["role-to-assume"]).toEqual(
      expect.stringContaining("vars.AWS_DOCUMENTS_PLAN_ROLE_ARN"),
    );
    expect(usesOf(sync, "aws-actions/configure-aws-credentials")[0]?.with?.["role-to-assume"]).toEqual(
      expect.stringContaining("vars.AWS_DOCUMENTS_ROLE_ARN "),
    );
  });

  it("pins every action by the full commit the other workflows use", () => {
    for (const action of ["actions/checkout", "aws-actions/configure-aws-credentials"]) {
      const elsewhere = pinsElsewhere(action);
      expect(elsewhere.size, action).toBe(1);
      for (const j of [plan, sync]) {
        for (const s of usesOf(j, action)) {
          const pin = s.uses?.split("@")[1] ?? "";
          expect(pin).toMatch(/^[0-9a-f]{40}$/);
          expect(elsewhere.has(pin)).toBe(true);
        }
      }
    }
  });
});
