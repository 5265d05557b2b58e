import { setTimeout as sleep } from "node:timers/promises";
import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeVolumesCommand,
  type Instance,
  RunInstancesCommand,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchRequest, withLaunchedBy } from "../../actions/lib/adapters/aws/launch-request.js";
import { renderUserData } from "../../actions/lib/core/cloud-init/render.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { type ActionRun, killRunningActions, runAction } from "../localcloud/runner/run-action.js";
import {
  type AwsView,
  awsView,
  exampleClinics,
  exampleFleet,
  reviewedMerge,
  seedGoldenAmi,
  seedProvisioningAccount,
  writeWorkspace,
} from "./provision-world.js";

let cloud: LocalCloud;
let view: AwsView;
let amiId: string;
let examples: Clinic[];

/** Building the bundle on a busy two-core machine can take minutes. */
const bundleTimeoutMs = 600_000;

beforeAll(async () => {
  cloud = await startLocalCloud();
  view = awsView(cloud.aws);
  examples = await exampleClinics();
}, bundleTimeoutMs);

afterAll(async () => {
  await cloud?.stop();
});

beforeEach(async () => {
  await fetch(`${cloud.aws.url}/_localcloud/reset`, { method: "POST" });
  cloud.aws.ec2.setBootDelay(50);
  amiId = await seedProvisioningAccount(cloud.aws, view);
});

function push(): { eventName: string; payload: Record<string, unknown> } {
  return githubEvent("push", {
    repository: { owner: cloud.github.owner, repo: cloud.github.repo },
    overrides: { after: "f".repeat(40), head_commit: { message: "Add clinics" } },
  });
}

/**
 * Runs the bundled apply on the merge of a reviewed pull request (or on a plain push, which has no review). `run`
 * sets the workflow run (GITHUB_RUN_ID and attempt) as a re-run of the same run keeps it; by default each is new.
 */
async function apply(
  workspace: string,
  extra: Record<string, string> = {},
  event: { eventName: string; payload: Record<string, unknown> } = push(),
  run?: { id: string; attempt: number },
): Promise<ActionRun> {
  return runAction({
    action: "provision",
    inputs: { mode: "apply", clinics: "clinics", "wait-timeout-minutes": "1", ...extra },
    ...event,
    env: {
      ...cloud.env,
      ...(run === undefined ? {} : { GITHUB_RUN_ID: run.id, GITHUB_RUN_ATTEMPT: String(run.attempt) }),
    },
    workspace,
  });
}

async function fleetInstances(): Promise<Instance[]> {
  const answer = await view.ec2.send(
    new DescribeInstancesCommand({ Filters: [{ Name: "tag-key", Values: [tagKeys.clinic] }] }),
  );
  return (answer.Reservations ?? []).flatMap((r) => r.Instances ?? []);
}

const tagOf = (instance: Instance, key: string) => instance.Tags?.find((t) => t.Key === key)?.Value;

describe("provision apply on the local cloud", () => {
  it("creates three instances with the right tags, user-data, metadata, volumes and AMI; a re-run creates none", async () => {
    const three = examples.slice(0, 3);
    const workspace = await writeWorkspace(three);
    const merge = await reviewedMerge(cloud, workspace, three);
    const run = await apply(workspace, {}, merge, { id: "7001", attempt: 1 });
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ "to-create": "3", ready: "3", failed: "0", "launched-elsewhere": "0" });

    const instances = await fleetInstances();
    expect(instances.map((i) => tagOf(i, tagKeys.clinic)).sort()).toEqual(three.map((c) => c.id).sort());
    for (const instance of instances) {
      const clinic = three.find((c) => c.id === tagOf(instance, tagKeys.clinic));
      if (clinic === undefined) throw new Error("instance of an unknown clinic");
      expect(instance.ImageId).toBe(amiId);
      expect(instance.State?.Name).toBe("running");
      expect(instance.PublicIpAddress).toBeUndefined();
      expect(instance.InstanceType).toBe(clinic.instance.type);
      expect(instance.SubnetId).toBe(exampleFleet.subnets[clinic.instance.subnet]?.id);
      expect(instance.MetadataOptions).toMatchObject({
        HttpTokens: "required",
        HttpEndpoint: "enabled",
        HttpPutResponseHopLimit: 1,
      });
      expect(instance.ClientToken).toBe(`orca-fleet-${clinic.id}`);
      expect(Object.fromEntries((instance.Tags ?? []).map((t) => [t.Key, t.Value]))).toEqual({
        [tagKeys.clinic]: clinic.id,
        [tagKeys.name]: `orca-${clinic.id}`,
        [tagKeys.orcaVersion]: clinic.orca.version,
        [tagKeys.ami]: amiId,
        [tagKeys.managedBy]: "orca-fleet",
        [tagKeys.launchedBy]: "7001",
      });
      const userData = await view.ec2.send(
        new DescribeInstanceAttributeCommand({ InstanceId: instance.InstanceId, Attribute: "userData" }),
      );
      expect(Buffer.from(userData.UserData?.Value ?? "", "base64").toString("utf8")).toBe(
        renderUserData({ clinic, fleet: exampleFleet, amiId }),
      );
      for (const [attribute, field] of [
        ["disableApiTermination", "DisableApiTermination"],
        ["disableApiStop", "DisableApiStop"],
      ] as const) {
        const answer = await view.ec2.send(
          new DescribeInstanceAttributeCommand({ InstanceId: instance.InstanceId, Attribute: attribute }),
        );
        expect(answer[field]?.Value, attribute).toBe(true);
      }
      const volumes = await view.ec2.send(
        new DescribeVolumesCommand({
          Filters: [{ Name: "attachment.instance-id", Values: [instance.InstanceId ?? ""] }],
        }),
      );
      expect(volumes.Volumes).toHaveLength(1);
      expect(volumes.Volumes?.[0]).toMatchObject({ Encrypted: true, VolumeType: "gp3" });
      expect(volumes.Volumes?.[0]?.Tags?.find((t) => t.Key === tagKeys.clinic)?.Value).toBe(clinic.id);
    }

    const before = cloud.aws.counts().RunInstances ?? 0;
    const again = await apply(workspace, {}, merge);
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs["to-create"]).toBe("0");
    expect(cloud.aws.counts().RunInstances ?? 0).toBe(before);
    expect(await fleetInstances()).toHaveLength(3);
    expect(cloud.aws.counts().TerminateInstances ?? 0).toBe(0);
  });

  it("creates none when a run killed after RunInstances is re-run: the same run's request returns the same instance, another run's is a mismatch", async () => {
    const three = examples.slice(3, 6);
    const workspace = await writeWorkspace(three);
    const merge = await reviewedMerge(cloud, workspace, three);
    // The agents' status never comes back, so the run is waiting on it, after every RunInstances, when it is killed.
    cloud.aws.ledger.setLatency({ ms: 60_000, operation: "DescribeInstanceInformation" });
    const running = apply(workspace, {}, merge, { id: "7001", attempt: 1 });
    while ((cloud.aws.counts().DescribeInstanceInformation ?? 0) === 0) await sleep(50);
    killRunningActions();
    const killed = await running;
    expect(killed.exitCode).not.toBe(0);
    expect(cloud.aws.counts().RunInstances).toBe(3);
    cloud.aws.ledger.setLatency({ ms: 0, operation: "DescribeInstanceInformation" });

    // "Re-run failed jobs" keeps the run id: the re-run is the same apply, so it is not told of another.
    const rerun = await apply(workspace, {}, merge, { id: "7001", attempt: 2 });
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(rerun.outputs["launched-elsewhere"]).toBe("0");
    expect(rerun.summary).not.toContain("別の apply");
    expect(cloud.aws.counts().RunInstances).toBe(3);
    const instances = await fleetInstances();
    expect(instances).toHaveLength(3);

    // Even had the re-run not seen them by tag, its request (the reviewed one tagged with the same run) with the
    // clinic's token makes nothing new and answers the same instance.
    const [first] = three;
    if (first === undefined) throw new Error("fixture");
    const reviewed = launchRequest({
      clinic: first,
      fleet: exampleFleet,
      amiId,
      userData: renderUserData({ clinic: first, fleet: exampleFleet, amiId }),
    });
    const answer = await view.ec2.send(new RunInstancesCommand(withLaunchedBy(reviewed, "7001")));
    const original = instances.find((i) => tagOf(i, tagKeys.clinic) === first.id);
    expect(answer.Instances?.[0]?.InstanceId).toBe(original?.InstanceId);
    // Another run's apply sends the same token with its own run: EC2 answers the mismatch that tells it who holds it.
    const other = await view.ec2
      .send(new RunInstancesCommand(withLaunchedBy(reviewed, "7002")))
      .catch((error: unknown) => error);
    expect(other).toMatchObject({ name: "IdempotentParameterMismatch" });
    expect(await fleetInstances()).toHaveLength(3);
  });

  it("calls a clinic ready only once ORCA answers: a slow first boot is waited for, a failed one reported and re-probed by a re-run", async () => {
    const [slow, broken] = examples.slice(0, 2);
    if (slow === undefined || broken === undefined) throw new Error("fixture");
    // A first boot that takes two seconds: the first healthcheck finds ORCA not up yet, a later one finds it healthy.
    cloud.aws.ssm.configure({ firstBootSeconds: 2 });
    const first = await writeWorkspace([slow]);
    const booted = await apply(first, {}, await reviewedMerge(cloud, first, [slow]));
    expect(booted.exitCode, booted.log).toBe(0);
    expect(booted.outputs).toMatchObject({ ready: "1", failed: "0" });
    expect(cloud.aws.counts().SendCommand).toBeGreaterThan(1);
    expect(booted.summary).toContain("`healthy`");

    // A first boot whose setup failed: ORCA's service never comes up within fleet.yml's (shortened) bound.
    cloud.aws.ssm.configure({ firstBootSeconds: 0, firstBootFails: true });
    const fleet = { ...exampleFleet, provision: { firstBootMinutes: 0.05 } };
    const second = await writeWorkspace([broken], fleet);
    const merge = await reviewedMerge(cloud, second, [broken]);
    const failed = await apply(second, {}, merge);
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs).toMatchObject({ ready: "0", failed: "1" });
    expect(failed.summary).toContain("`FirstBootFailed`");
    expect(failed.summary).toContain("初回起動で ORCA が立ち上がりませんでした");
    expect(failed.summary).toContain("`unreachable`");
    expect(cloud.github.store.issue(merge.issue).state).toBe("open");
    expect(cloud.github.store.commentsOn(merge.issue).at(-1)?.body).toContain("申請はオープンのままにします");

    // A person re-runs the setup on the server; the re-run of apply probes again, reports it ready and closes.
    const [server] = (await fleetInstances()).filter((i) => tagOf(i, tagKeys.clinic) === broken.id);
    cloud.aws.ssm.setOrca(server?.InstanceId ?? "", { health: "healthy", orcaServiceActive: true });
    const launches = cloud.aws.counts().RunInstances;
    const rerun = await apply(second, {}, merge);
    expect(rerun.exitCode, rerun.log).toBe(0);
    expect(rerun.outputs).toMatchObject({ "to-create": "0", ready: "1", failed: "0" });
    expect(cloud.aws.counts().RunInstances).toBe(launches);
    expect(cloud.github.store.issue(merge.issue).state).toBe("closed");
  });

  it("refuses, launching nothing, when the orca-healthcheck document is missing, and says to run sync-documents", async () => {
    const [clinic] = examples;
    if (clinic === undefined) throw new Error("fixture");
    await fetch(`${cloud.aws.url}/_localcloud/reset`, { method: "POST" });
    await seedGoldenAmi(cloud.aws, view);
    const workspace = await writeWorkspace([clinic]);
    const run = await apply(workspace, {}, await reviewedMerge(cloud, workspace, [clinic]));
    expect(run.exitCode).toBe(1);
    expect(run.outputs.outcome).toBe("refused");
    expect(run.summary).toContain("SSM ドキュメント `orca-healthcheck` がこのアカウント・リージョンにありません");
    expect(run.summary).toContain("sync-documents ワークフローを実行");
    expect(cloud.aws.counts().RunInstances ?? 0).toBe(0);
  });

  it("gives a suspended clinic nothing and reports an orphan without touching it", async () => {
    const [active, resting] = examples;
    if (active === undefined || resting === undefined) throw new Error("fixture");
    const [orphan] = cloud.aws.ec2.launch({ running: true, tags: { [tagKeys.clinic]: "closed-long-ago" } });
    const registry = [active, { ...resting, status: "suspended" as const }];
    const workspace = await writeWorkspace(registry);
    const run = await apply(workspace, {}, await reviewedMerge(cloud, workspace, registry));
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({ "to-create": "1", orphans: "1", ready: "1" });
    const instances = await fleetInstances();
    expect(instances.map((i) => tagOf(i, tagKeys.clinic)).sort()).toEqual(["closed-long-ago", active.id].sort());
    const left = instances.find((i) => i.InstanceId === orphan?.instanceId);
    expect(left?.State?.Name).toBe("running");
    expect(left?.Tags).toEqual([{ Key: tagKeys.clinic, Value: "closed-long-ago" }]);
    expect(cloud.aws.counts().TerminateInstances ?? 0).toBe(0);
    expect(cloud.aws.counts().CreateTags ?? 0).toBe(0);
  });

  it("paces RunInstances through EC2's throttle instead of failing", async () => {
    const six = examples.slice(0, 6);
    const workspace = await writeWorkspace(six);
    cloud.aws.throttle.configure({ ec2: { runInstances: { capacity: 2, refillPerSecond: 2 } } });
    const run = await apply(workspace, { concurrency: "6" }, await reviewedMerge(cloud, workspace, six));
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs.ready).toBe("6");
    // Some calls were refused and retried by the SDK's adaptive retry; each clinic still has exactly one instance.
    expect(cloud.aws.counts().RunInstances).toBeGreaterThan(6);
    expect(await fleetInstances()).toHaveLength(6);
  });

  it("reports one clinic's failure for that clinic and provisions the others", async () => {
    const fleet = {
      ...exampleFleet,
      subnets: {
        ...exampleFleet.subnets,
        "private-gone": { id: "subnet-0123456789abcdef0", securityGroups: ["orca-api"] },
      },
    };
    const [broken, ...rest] = examples.slice(0, 3);
    if (broken === undefined) throw new Error("fixture");
    const registry = [{ ...broken, instance: { ...broken.instance, subnet: "private-gone" } }, ...rest];
    const workspace = await writeWorkspace(registry, fleet);
    const run = await apply(workspace, {}, await reviewedMerge(cloud, workspace, registry));
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ ready: "2", failed: "1" });
    expect(run.summary).toContain("InvalidSubnetID.NotFound");
    expect(run.annotations.some((a) => a.level === "error" && a.message.includes(broken.id))).toBe(true);
    const instances = await fleetInstances();
    expect(instances.map((i) => tagOf(i, tagKeys.clinic)).sort()).toEqual(rest.map((c) => c.id).sort());
    expect(cloud.aws.counts().TerminateInstances ?? 0).toBe(0);
  });

  it("refuses a bad input by its name, and a registry with problems by file and field, creating nothing", async () => {
    const badMode = await apply(await writeWorkspace(examples.slice(0, 1)), { mode: "destroy" });
    expect(badMode.exitCode).toBe(1);
    expect(badMode.annotations.map((a) => a.message).join("\n")).toContain(
      'input "mode" is "destroy"; expected plan or apply',
    );

    const [clinic] = examples;
    if (clinic === undefined) throw new Error("fixture");
    const broken = await apply(
      await writeWorkspace([{ ...clinic, instance: { ...clinic.instance, type: "x9.huge" } }]),
    );
    expect(broken.exitCode).toBe(1);
    expect(broken.annotations.map((a) => a.message).join("\n")).toMatch(
      new RegExp(`台帳に 1 件の問題[\\s\\S]*clinics/${clinic.id}\\.yml:\\d+:\\d+ instance\\.type`),
    );
    expect(cloud.aws.counts().RunInstances ?? 0).toBe(0);
  });

  it("explains IdempotentParameterMismatch when a changed request for the same clinic meets its old token", async () => {
    const [clinic] = examples;
    if (clinic === undefined) throw new Error("fixture");
    const before = await writeWorkspace([clinic]);
    const first = await apply(before, {}, await reviewedMerge(cloud, before, [clinic]));
    expect(first.exitCode, first.log).toBe(0);
    // The instance ends outside the toolkit; EC2 still remembers the token, and the clinic now asks for a larger type.
    const [gone] = await fleetInstances();
    cloud.aws.ec2.setInstanceState(gone?.InstanceId ?? "", "terminated");
    const changed = { ...clinic, instance: { ...clinic.instance, type: "m6i.large" } };
    const after = await writeWorkspace([changed]);
    const second = await apply(after, {}, await reviewedMerge(cloud, after, [changed]));
    expect(second.exitCode).toBe(1);
    expect(second.outputs).toMatchObject({ "to-create": "1", failed: "1" });
    expect(second.summary).toContain("`IdempotentParameterMismatch`");
    expect(second.summary).toContain("新しいトークンで二台目を作ることはしません");
    expect(cloud.aws.counts().RunInstances).toBe(2);
  });

  it("refuses a plan nobody reviewed and one that went stale, exiting 1 with what to do in the summary", async () => {
    const three = examples.slice(0, 3);
    const workspace = await writeWorkspace(three);
    const direct = await apply(workspace);
    expect(direct.exitCode).toBe(1);
    expect(direct.outputs.outcome).toBe("refused");
    expect(direct.summary).toContain("レビューされたプルリクエストのマージではない");

    // Reviewed with two clinics; a third appears on main before the merge is applied.
    const merge = await reviewedMerge(cloud, await writeWorkspace(three.slice(0, 2)), three.slice(0, 2));
    const stale = await apply(workspace, {}, merge);
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs.outcome).toBe("refused");
    expect(stale.summary).toContain(`refresh-plan-for に ${merge.pullRequest}`);
    expect(cloud.aws.counts().RunInstances ?? 0).toBe(0);
  });

  it("tells an unexpected error from a refusal: exit 2, outcome error, and a summary that says to re-run", async () => {
    const [clinic] = examples;
    if (clinic === undefined) throw new Error("fixture");
    const workspace = await writeWorkspace([clinic]);
    const merge = await reviewedMerge(cloud, workspace, [clinic]);
    cloud.aws.ledger.failNext({ operation: "DescribeInstances", code: "UnauthorizedOperation", status: 403, count: 1 });
    const run = await apply(workspace, {}, merge);
    expect(run.exitCode).toBe(2);
    expect(run.outputs.outcome).toBe("error");
    expect(run.summary).toContain("想定外のエラー");
    expect(cloud.aws.counts().RunInstances ?? 0).toBe(0);
  });
});
