import { DescribeInstancesCommand, type Instance } from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { provision } from "../../actions/lib/flows/provision/provision.js";
import { resultCommentKey } from "../../actions/lib/flows/provision/report.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import {
  type AwsView,
  awsView,
  CallBudget,
  exampleClinics,
  inProcessDeps,
  reviewedMerge,
  seedProvisioningAccount,
  settingsFor,
  writeWorkspace,
} from "./provision-world.js";

/**
 * Provisioning survives being killed at any call: for every k, a run killed after its k-th AWS or GitHub call, then
 * a fresh run, leaves each clinic exactly one instance and the full report. In this process (no bundle per k).
 */

let cloud: LocalCloud;
let view: AwsView;
let clinics: Clinic[];
let workspace: string;

beforeAll(async () => {
  cloud = await startLocalCloud();
  view = awsView(cloud.aws);
  clinics = (await exampleClinics()).slice(0, 3);
  workspace = await writeWorkspace(clinics);
});

afterAll(async () => {
  await cloud?.stop();
});

beforeEach(async () => {
  await fetch(`${cloud.aws.url}/_localcloud/reset`, { method: "POST" });
  cloud.aws.ec2.setBootDelay(0);
  await seedProvisioningAccount(cloud.aws, view);
});

async function instancesByClinic(): Promise<Map<string, Instance[]>> {
  const answer = await view.ec2.send(
    new DescribeInstancesCommand({ Filters: [{ Name: "tag-key", Values: [tagKeys.clinic] }] }),
  );
  const byClinic = new Map<string, Instance[]>();
  for (const instance of (answer.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
    const id = instance.Tags?.find((t) => t.Key === tagKeys.clinic)?.Value ?? "";
    byClinic.set(id, [...(byClinic.get(id) ?? []), instance]);
  }
  return byClinic;
}

/** The bot's result comments on an issue or pull request. */
function resultComments(issueNumber: number): string[] {
  return cloud.github.store
    .commentsOn(issueNumber)
    .filter((c) => c.user === "github-actions[bot]" && c.body.startsWith(marker(resultCommentKey)))
    .map((c) => c.body);
}

/** One clinic, one instance; the pull request and the issue each have one report naming every instance. */
async function expectProvisionedAndReported(merge: { pullRequest: number; issue: number }, label: string) {
  const byClinic = await instancesByClinic();
  expect([...byClinic.keys()].sort(), label).toEqual(clinics.map((c) => c.id).sort());
  for (const [clinic, instances] of byClinic) expect(instances, `${label}: ${clinic}`).toHaveLength(1);
  const ids = [...byClinic.values()].flat().map((i) => i.InstanceId ?? "");
  for (const issue of [merge.pullRequest, merge.issue]) {
    const reports = resultComments(issue);
    expect(reports, `${label}: #${issue}`).toHaveLength(1);
    for (const id of ids) expect(reports[0], `${label}: #${issue}`).toContain(id);
  }
  expect(cloud.github.store.issue(merge.issue).state, label).toBe("closed");
}

describe("provision killed after any call, then run again", () => {
  it("gives every clinic exactly one instance and the pull request and issue their report, for every k", async () => {
    let k = 0;
    let whole: string[] = [];
    for (; ; k++) {
      await fetch(`${cloud.aws.url}/_localcloud/reset`, { method: "POST" });
      cloud.aws.ec2.setBootDelay(0);
      await seedProvisioningAccount(cloud.aws, view);
      const merge = await reviewedMerge(cloud, workspace, clinics);
      const budget = new CallBudget(k);
      await provision(inProcessDeps(cloud, budget), settingsFor(workspace), merge.push);
      const rerun = await provision(inProcessDeps(cloud), settingsFor(workspace), merge.push);
      expect(rerun.outputs, `k=${k}: ${rerun.error ?? rerun.failure ?? ""}`).toMatchObject({
        outcome: "done",
        ready: clinics.length,
      });
      await expectProvisionedAndReported(merge, `killed after call ${k} of ${budget.log.join(", ")}`);
      whole = budget.log;
      if (!budget.killed) break;
    }
    // Every call of a whole run was a place to be killed: launches, waits, the healthcheck, the comments and the close.
    expect(k).toBeGreaterThan(10);
    expect(whole).toEqual(
      expect.arrayContaining([
        "RunInstancesCommand",
        "DescribeDocumentCommand",
        "SendCommandCommand",
        "ListCommandsCommand",
        "ListCommandInvocationsCommand",
      ]),
    );
  }, 120_000);

  it("makes one instance per clinic when every RunInstances answer is lost after it took effect", async () => {
    const merge = await reviewedMerge(cloud, workspace, clinics);
    await fetch(`${cloud.aws.url}/_localcloud/lost-answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operation: "RunInstances", count: clinics.length }),
    });
    const run = await provision(inProcessDeps(cloud), settingsFor(workspace), merge.push);
    expect(run.outputs, run.error ?? run.failure ?? "").toMatchObject({ outcome: "done", ready: clinics.length });
    expect(cloud.aws.counts().RunInstances).toBeGreaterThan(clinics.length);
    await expectProvisionedAndReported(merge, "lost answers");
  });

  it("writes each report once when GitHub answers 403, 429 or 5xx, or loses an answer, at its writes", async () => {
    const merge = await reviewedMerge(cloud, workspace, clinics);
    const github = (path: string, body: unknown) =>
      fetch(`${cloud.github.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    // The first requests are rate-limited and fail outright; the comment creations lose their answers after taking effect.
    await github("/_localcloud/fail", { status: 429, count: 1, retryAfter: 0 });
    await github("/_localcloud/fail", { status: 502, count: 1 });
    await github("/_localcloud/lost-answers", {
      route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      count: 2,
    });
    const run = await provision(inProcessDeps(cloud), settingsFor(workspace), merge.push);
    const rerun = await provision(inProcessDeps(cloud), settingsFor(workspace), merge.push);
    expect(rerun.outputs, `${run.error ?? run.failure ?? ""} ${rerun.error ?? rerun.failure ?? ""}`).toMatchObject({
      outcome: "done",
    });
    await expectProvisionedAndReported(merge, "GitHub faults");
  });

  it("lets two applies at once create nothing twice and tells the loser which apply holds each clinic", async () => {
    const merge = await reviewedMerge(cloud, workspace, clinics);
    const runIds = [7001, 7002];
    const runs = await Promise.all(
      runIds.map((runId) => provision(inProcessDeps(cloud), settingsFor(workspace), { ...merge.push, runId })),
    );
    for (const run of runs) {
      expect(run.outputs, run.error ?? run.failure ?? "").toMatchObject({ outcome: "done", ready: clinics.length });
    }
    const byClinic = await instancesByClinic();
    for (const instances of byClinic.values()) expect(instances).toHaveLength(1);
    expect(byClinic.size).toBe(clinics.length);
    // EC2 lets one run launch each clinic; the other run is told, per clinic, that the first one holds it.
    const held = runs.map((run) => Number(run.outputs["launched-elsewhere"]));
    expect(held.reduce((sum, n) => sum + n, 0)).toBe(clinics.length);
    runs.forEach((run, index) => {
      const told = `別の apply（ワークフロー実行 \`${runIds[1 - index]}\`）`;
      if ((held[index] ?? 0) === 0) {
        expect(run.summary).not.toContain("別の apply");
      } else {
        expect(run.summary).toContain(told);
        expect(resultComments(merge.pullRequest).some((body) => body.includes(told))).toBe(true);
      }
    });
    const launchedBy = [...byClinic.values()].flat().map((i) => i.Tags?.find((t) => t.Key === tagKeys.launchedBy));
    expect(launchedBy.every((tag) => runIds.map(String).includes(tag?.Value ?? ""))).toBe(true);
  });

  it("launches anew after a person terminates the instance by hand and bumps launchGeneration", async () => {
    const [clinic] = clinics;
    if (clinic === undefined) throw new Error("fixture");
    const first = await writeWorkspace([clinic]);
    const merge = await reviewedMerge(cloud, first, [clinic]);
    expect((await provision(inProcessDeps(cloud), settingsFor(first), merge.push)).outputs.ready).toBe(1);
    const [gone] = (await instancesByClinic()).get(clinic.id) ?? [];
    cloud.aws.ec2.setInstanceState(gone?.InstanceId ?? "", "terminated");

    // The same generation meets EC2's memory of its token: the terminated instance comes back, not a new one.
    const again = await writeWorkspace([clinic]);
    const stuck = await provision(
      inProcessDeps(cloud),
      settingsFor(again),
      (await reviewedMerge(cloud, again, [clinic])).push,
    );
    expect(stuck.outputs).toMatchObject({ outcome: "refused", ready: 0 });
    expect(stuck.summary).toContain("launchGeneration を 1 つ上げて");

    const bumped = { ...clinic, launchGeneration: 2 };
    const next = await writeWorkspace([bumped]);
    const run = await provision(
      inProcessDeps(cloud),
      settingsFor(next),
      (await reviewedMerge(cloud, next, [bumped])).push,
    );
    expect(run.outputs).toMatchObject({ outcome: "done", ready: 1 });
    const live = ((await instancesByClinic()).get(clinic.id) ?? []).filter((i) => i.State?.Name === "running");
    expect(live).toHaveLength(1);
    expect(live[0]?.ClientToken).toBe(`orca-fleet-${clinic.id}-g2`);
  });
});
