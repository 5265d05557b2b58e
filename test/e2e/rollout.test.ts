import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CreateTagsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import { fleetSchema } from "../../actions/lib/core/registry/schema.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { runAction } from "../localcloud/runner/run-action.js";
import { exampleClinics, exampleFleet, writeWorkspace } from "./provision-world.js";

/**
 * The bundled rollout action, as the runner starts it, against the local cloud: the example fleet asks for 5.2.1
 * with every window open and no freeze; plan comments once on the pull request, apply updates every active clinic.
 */
let cloud: LocalCloud;
let workspace: string;

beforeAll(async () => {
  await ensureBundle();
  const clinics = (await exampleClinics()).map((c) => ({
    ...c,
    orca: { ...c.orca, version: "5.2.1" },
    maintenanceWindow: "daily 00:00-23:59",
  }));
  const fleet = fleetSchema.parse({
    ...exampleFleet,
    rollout: {
      ...exampleFleet.rollout,
      waveSizes: [5],
      bakeMinutes: 0,
      updateMinutes: 1,
      freeze: { daysOfMonth: false, holidays: "allow", ranges: [] },
    },
  });
  workspace = await writeWorkspace(clinics, fleet);
  cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
  // The servers run 5.2.0 (their tag says so); only the files ask for 5.2.1.
  const ec2 = new EC2Client({
    endpoint: cloud.aws.url,
    region: "ap-northeast-1",
    credentials: { accessKeyId: "l", secretAccessKey: "l" },
  });
  await ec2.send(
    new CreateTagsCommand({
      Resources: [...cloud.fleet.values()],
      Tags: [{ Key: tagKeys.orcaVersion, Value: "5.2.0" }],
    }),
  );
  ec2.destroy();
  cloud.aws.ssm.seedToolkitDocuments();
  vi.stubEnv("GITHUB_API_URL", cloud.github.url);
}, 600_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await cloud?.stop();
});

const repository = () => ({ owner: cloud.github.owner, repo: cloud.github.repo });

describe("rollout action on the local cloud", () => {
  it("plan: one sticky comment on the pull request, the same one on a second push", async () => {
    const issue = await fetch(`${cloud.github.url}/repos/${cloud.github.owner}/${cloud.github.repo}/issues`, {
      method: "POST",
      headers: { authorization: `Bearer ${cloud.env.GITHUB_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Take the fleet to 5.2.1" }),
    }).then((r) => r.json() as Promise<{ number: number }>);
    const event = githubEvent("pull_request.synchronize", {
      repository: repository(),
      overrides: { number: issue.number, pull_request: { number: issue.number } },
    });
    for (let run = 0; run < 2; run++) {
      const result = await runAction({
        action: "rollout",
        inputs: { mode: "plan" },
        ...event,
        env: cloud.env,
        workspace,
      });
      expect(result.exitCode, result.log).toBe(0);
      expect(result.outputs.status).toBe("waiting");
    }
    const comments = [...cloud.github.store.comments.values()].filter((c) => c.body.startsWith(marker("rollout-plan")));
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("orca-fleet:reviewed-plan kind=rollout");
    expect(comments[0]?.body).toContain("canary");
  });

  it("apply (a manual run): every active clinic updated once, a JSON of every clinic, status done", async () => {
    const event = githubEvent("workflow_dispatch", { repository: repository() });
    const run = await runAction({
      action: "rollout",
      inputs: { mode: "apply" },
      ...event,
      env: cloud.env,
      workspace,
      timeoutMs: 300_000,
    });
    expect(run.exitCode, run.log).toBe(0);
    const active = (await exampleClinics()).filter((c) => c.status === "active").length;
    expect(run.outputs).toMatchObject({ status: "done", updated: String(active), failed: "0", remaining: "0" });
    const file = JSON.parse(await readFile(join(workspace, "rollout-results.json"), "utf8")) as {
      clinics: { state: string }[];
    };
    expect(file.clinics.filter((c) => c.state === "current")).toHaveLength(active);
    expect(run.summary).toContain("ORCA ロールアウト");
    expect(cloud.aws.counts().SendCommand).toBeGreaterThan(0);
  });
});
