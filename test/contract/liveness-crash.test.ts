import { ListCommandsCommand, SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import { incidentLabel } from "../../actions/lib/flows/liveness-sweep/incident-state.js";
import { exampleClinics, exampleFleet, madeUpClinics } from "../e2e/provision-world.js";
import { type SweepWorld, startSweepWorld } from "./liveness-world.js";

/**
 * A sweep killed after its k-th AWS or GitHub call, for every k, then run again (the workflow's re-run: the same
 * sweep id), then the next scheduled sweep, 16 minutes on (past the 15 a dead sweep's incident lock holds). Three
 * clinics, two of them down for good (a parent incident needs two, as minClinics does): one sweep restarts them,
 * sees the restarts fail, and opens each clinic's incident under a fleet-wide parent. Through every crash: at most
 * the one restart the policy allows, one incident issue per clinic, one parent, and the counters of two failing
 * sweeps.
 */

const fleet = {
  ...exampleFleet,
  liveness: {
    ...exampleFleet.liveness,
    failuresBeforeRestart: 1,
    restartsBeforeIncident: 1,
    successesBeforeClose: 2,
    restartsPerHour: 10,
    // Two failing clinics of three are a fleet-wide cause: its parent incident is opened in the same sweep.
    correlated: { fleetPercent: 50, groupPercent: 100, minClinics: 2 },
  },
};

class ProcessDied extends Error {
  override name = "ProcessDied";
}

let world: SweepWorld;
let clinics: Clinic[];
let ssm: SSMClient;

beforeAll(async () => {
  const [template] = (await exampleClinics()).filter((c) => c.status === "active");
  if (template === undefined) throw new Error("the example registry has no active clinic");
  clinics = madeUpClinics(3, template);
  world = await startSweepWorld(clinics, fleet);
  ssm = new SSMClient({
    endpoint: world.cloud.aws.url,
    region: fleet.region,
    credentials: { accessKeyId: "localcloud", secretAccessKey: "localcloud" },
  });
}, 120_000);

afterAll(async () => {
  ssm?.destroy();
  await world?.stop();
});

/** The instances the orca-restart commands of these sweeps reached (one entry per command and instance). */
async function restartsSent(sweepIds: readonly string[]): Promise<string[]> {
  const comments = new Set(sweepIds.map((id) => `orca-fleet liveness ${id} restart`));
  const answer = await ssm.send(
    new ListCommandsCommand({ Filters: [{ key: "DocumentName", value: "orca-restart" }], MaxResults: 50 }),
  );
  return (answer.Commands ?? []).filter((c) => comments.has(c.Comment ?? "")).flatMap((c) => c.InstanceIds ?? []);
}

/** Back to a fleet no sweep has seen: no health tags, no open incident, no lock. */
async function reset(): Promise<void> {
  await world.clearHealthTags();
  const { store } = world.cloud.github;
  for (const issue of store.issues.values()) if (issue.labels.includes(incidentLabel)) issue.state = "closed";
  for (const ref of [...store.refs.keys()]) if (ref.startsWith("refs/heads/orca-fleet/locks/")) store.refs.delete(ref);
}

describe("liveness sweep killed after any call", () => {
  it("killed after its k-th AWS or GitHub call, for every k, then re-run: one restart, one incident, one parent, right counters", async () => {
    const down = [clinics[1]?.id ?? "", clinics[2]?.id ?? ""];
    const instances = down.map((id) => world.instanceOf(id)).sort();
    for (const id of instances) world.cloud.aws.ssm.setOrca(id, { health: "down", restartHeals: false });
    const later = { now: () => new Date(Date.now() + 16 * 60_000) };
    let k = 1;
    for (; ; k++) {
      await reset();
      const firstIssue = Math.max(0, ...world.cloud.github.store.issues.keys()) + 1;
      const [sweep, next] = [`k${k}-sweep`, `k${k}-next`];
      let died = false;
      try {
        await world.sweep(sweep, {
          slack: false,
          beforeCall: (n) => {
            if (n <= k) return;
            died = true;
            throw new ProcessDied(`process died after call ${k}`);
          },
        });
      } catch (error) {
        if (!(error instanceof ProcessDied) && !died) throw error;
      }
      const rerun = await world.sweep(sweep, { slack: false });
      const after = await world.sweep(next, { slack: false, clock: later });

      // A crash between the counters and the restart loses that restart; none is ever sent twice.
      const restarts = (await restartsSent([sweep, next])).sort();
      if (died) expect([[], instances].map(String), `k=${k}`).toContain(String(restarts));
      else expect(restarts, `k=${k}`).toEqual(instances);
      const made = [...world.cloud.github.store.issues.values()].filter(
        (i) => i.number >= firstIssue && i.labels.includes(incidentLabel),
      );
      for (const clinic of down)
        expect(
          made.filter((i) => i.labels.includes(clinic)).map((i) => i.state),
          `k=${k} ${clinic}`,
        ).toEqual(["open"]);
      expect(
        made.filter((i) => i.labels.length === 1).map((i) => i.state),
        `k=${k} parent`,
      ).toEqual(["open"]);
      expect(made, `k=${k}`).toHaveLength(3);
      for (const id of instances) {
        const tags = world.cloud.aws.ec2.instance(id)?.tags ?? {};
        expect(tags[tagKeys.healthFailures], `k=${k}`).toBe("2");
        expect(tags[tagKeys.healthRestarts], `k=${k}`).toBe("1");
        expect(tags[tagKeys.healthSweep], `k=${k}`).toBe(next);
      }
      for (const file of [rerun.file, after.file]) expect(file.counts.healthy, `k=${k}`).toBe(1);
      expect(after.report.outputs["incidents-open"], `k=${k}`).toBe(3);
      if (!died) break;
    }
    // A sweep of three clinics that restarts one and opens two incidents takes some dozens of calls: each was a crash.
    expect(k).toBeGreaterThan(20);
  }, 300_000);
});
