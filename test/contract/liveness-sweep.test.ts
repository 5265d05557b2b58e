import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SsmCommands } from "../../actions/lib/adapters/aws/ssm-commands.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import { formatResultLine, parseResultLine } from "../../actions/lib/core/result-line.js";
import { exampleClinics, exampleFleet } from "../e2e/provision-world.js";
import { openIncidents, type SweepWorld, startSweepWorld } from "./liveness-world.js";

/**
 * The liveness sweep in-process against the local cloud: healing, one incident per clinic across sweeps and
 * concurrent sweeps, recovery with the downtime, unreachable apart from down, what a restart cannot fix, a sweep
 * killed half-way, and GitHub's and Slack's failures. Every clinic of the example registry runs on a simulated ORCA.
 */

const fleet = {
  ...exampleFleet,
  liveness: {
    ...exampleFleet.liveness,
    failuresBeforeRestart: 2,
    restartsBeforeIncident: 2,
    successesBeforeClose: 2,
    restartsPerHour: 10,
    correlated: { fleetPercent: 80, groupPercent: 80, minClinics: 4 },
  },
};

let world: SweepWorld;
let clinics: Clinic[];
let sweeps = 0;
const next = () => `t${++sweeps}`;
const id = (n: number) => clinics[n]?.id ?? "";
const tags = (clinicId: string) => world.cloud.aws.ec2.instance(world.instanceOf(clinicId))?.tags ?? {};
const classOf = (file: { clinics: { clinicId: string; class: string }[] }, clinicId: string) =>
  file.clinics.find((c) => c.clinicId === clinicId)?.class;

beforeAll(async () => {
  clinics = (await exampleClinics()).filter((c) => c.status === "active");
  world = await startSweepWorld(clinics, fleet);
}, 120_000);

afterAll(async () => {
  await world?.stop();
});

describe("liveness sweep against the local cloud", () => {
  it("records a healthy fleet once, then makes no GitHub write and one GitHub read when nothing changed", async () => {
    const first = await world.sweep(next());
    expect(first.file.counts.healthy).toBe(clinics.length);
    expect(first.report.outputs.history).toBe("committed");
    // The second counts the successes up to successesBeforeClose, where they stay.
    await world.sweep(next());
    world.cloud.github.requests.length = 0;
    world.cloud.aws.ledger.resetCounts();
    const again = await world.sweep(next());
    expect(again.report.outputs.history).toBe("skipped");
    expect(world.cloud.github.requests.map((r) => r.route)).toEqual(["GET /repos/{owner}/{repo}/issues"]);
    expect(world.cloud.aws.counts().CreateTags).toBeUndefined();
  });

  it("heals with a restart and opens nothing", async () => {
    const clinic = id(0);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "down", restartHeals: true });
    const one = await world.sweep(next());
    expect(classOf(one.file, clinic)).toBe("down");
    expect(tags(clinic)[tagKeys.healthFailures]).toBe("1");
    const two = await world.sweep(next());
    const result = two.file.clinics.find((c) => c.clinicId === clinic);
    expect(result).toMatchObject({ restarted: true, healedByRestart: true, class: "healthy" });
    expect(tags(clinic)[tagKeys.healthFailures]).toBe("0");
    expect(openIncidents(world.cloud)).toEqual([]);
    expect(world.cloud.slack.messages).toEqual([]);
  });

  it("opens exactly one incident for a persistent failure, across sweeps and two sweeps at once, and Slack hears once", async () => {
    const clinic = id(1);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "down", restartHeals: false });
    await world.sweep(next()); // 1 failure
    await world.sweep(next()); // 2: restart 1, not healed
    await world.sweep(next()); // 3
    expect(openIncidents(world.cloud)).toEqual([]);
    // The sweep that makes the second restart, twice at once: both restart, both want the incident, one opens it.
    const [a, b] = await Promise.all([world.sweep(next()), world.sweep(next())]);
    const open = openIncidents(world.cloud);
    expect(open).toHaveLength(1);
    expect(open[0]?.labels).toEqual(["incident", clinic]);
    expect(open[0]?.body).toContain(world.instanceOf(clinic));
    expect(open[0]?.body).toContain("probe:unreachable");
    expect(Number(a.report.outputs["incidents-opened"]) + Number(b.report.outputs["incidents-opened"])).toBe(1);
    for (let i = 0; i < 3; i++) await world.sweep(next());
    expect(openIncidents(world.cloud)).toHaveLength(1);
    expect(world.cloud.slack.messages).toHaveLength(1);
    expect(world.cloud.slack.messages[0]?.text).toContain(`/issues/${open[0]?.number}`);
    expect([...world.cloud.github.store.refs.keys()]).toContain(`refs/heads/orca-fleet/locks/incident-${clinic}`);
  });

  it("makes no GitHub write while an open incident's state stays the same", async () => {
    world.cloud.github.requests.length = 0;
    await world.sweep(next());
    expect(world.cloud.github.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("closes the incident after successesBeforeClose healthy sweeps, with the downtime, and tells Slack", async () => {
    const clinic = id(1);
    const [incident] = openIncidents(world.cloud);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "healthy" });
    await world.sweep(next());
    expect(openIncidents(world.cloud)).toHaveLength(1);
    await world.sweep(next());
    expect(openIncidents(world.cloud)).toEqual([]);
    const closed = world.cloud.github.store.issue(incident?.number ?? 0);
    expect(closed.state).toBe("closed");
    const comments = [...world.cloud.github.store.comments.values()].filter((c) => c.issueNumber === closed.number);
    expect(comments.map((c) => c.body).join("\n")).toMatch(/停止時間 \d+ min/);
    expect(world.cloud.slack.messages.at(-1)?.text).toContain("解消");
    expect([...world.cloud.github.store.refs.keys()]).not.toContain(`refs/heads/orca-fleet/locks/incident-${clinic}`);
  });

  it("tells an unreachable clinic apart from a down one, and never restarts it", async () => {
    const gone = id(2);
    const stopped = id(3);
    world.cloud.aws.ssm.setReachability(world.instanceOf(gone), "undeliverable");
    world.cloud.aws.ec2.setInstanceState(world.instanceOf(stopped), "stopped");
    const one = await world.sweep(next());
    const two = await world.sweep(next());
    for (const file of [one.file, two.file]) {
      expect(file.clinics.find((c) => c.clinicId === gone)).toMatchObject({ class: "unreachable", restarted: false });
      expect(file.clinics.find((c) => c.clinicId === stopped)).toMatchObject({
        class: "unreachable",
        unreachable: "stopped",
        restarted: false,
      });
    }
    // Nothing to try: an incident after failuresBeforeRestart sweeps, saying why.
    const bodies = openIncidents(world.cloud).map((i) => i.body ?? "");
    expect(bodies.some((b) => b.includes(stopped) && b.includes("インスタンスが停止中"))).toBe(true);
    world.cloud.aws.ssm.setReachability(world.instanceOf(gone), "ok");
    world.cloud.aws.ec2.setInstanceState(world.instanceOf(stopped), "running");
    await world.sweep(next());
    await world.sweep(next());
    expect(openIncidents(world.cloud)).toEqual([]);
  });

  it("reports clock skew from the simulator, and masters behind, an expiring certificate and a low disk from v2 lines", async () => {
    const skewed = id(4);
    const masters = id(5);
    world.cloud.aws.ssm.setOrca(world.instanceOf(skewed), { clockOffsetSeconds: 3600 });
    const v2 = (commands: SsmCommands): SsmCommands => ({
      ...commands,
      async run(request, options) {
        const run = await commands.run(request, options);
        const outcomes = run.outcomes.map((o) => {
          if (o.instanceId !== world.instanceOf(masters) || !o.result.ok) return o;
          const line = o.result.result;
          if (line.document !== "orca-healthcheck") return o;
          const { v: _v, ...fields } = line;
          const output = formatResultLine({
            ...fields,
            v: 2,
            status: "masters-behind",
            ok: false,
            services: { orca: true, postgresql: true },
            serverTime: "2026-11-30 10:00:00",
            masters: { behind: 2, names: ["点数マスタ", "病名マスタ"], lastUpdateDate: "2026-10-01" },
            certificateDaysLeft: 5,
            disk: { freeMb: 900, freePercent: 4 },
          });
          return { ...o, output, result: parseResultLine(output) };
        });
        return { ...run, outcomes };
      },
    });
    const { file, report } = await world.sweep(next(), { wrap: (p) => ({ ...p, commands: v2(p.commands) }) });
    expect(classOf(file, skewed)).toBe("clock-skew");
    const m = file.clinics.find((c) => c.clinicId === masters);
    expect(m?.class).toBe("masters-behind");
    expect(m?.checks).toEqual(expect.arrayContaining(["probe:masters-behind", "certificate:5d", "disk:4%"]));
    expect(m?.restarted).toBe(false);
    expect(m?.drift).toMatchObject({ mastersBehind: 2 });
    expect(report.summary).toContain("マスタ未更新");
    world.cloud.aws.ssm.setOrca(world.instanceOf(skewed), { clockOffsetSeconds: 0 });
  });

  it("finishes correctly after a sweep killed between its counters and its restart", async () => {
    const clinic = id(6);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "down", restartHeals: true });
    await world.sweep(next());
    const killed = next();
    const crash = (commands: SsmCommands): SsmCommands => ({
      ...commands,
      run: (request, options) =>
        request.document === "orca-restart" ? Promise.reject(new Error("killed")) : commands.run(request, options),
    });
    await expect(world.sweep(killed, { wrap: (p) => ({ ...p, commands: crash(p.commands) }) })).rejects.toThrow(
      "killed",
    );
    expect(tags(clinic)[tagKeys.healthRestarts]).toBe("1");
    // The same sweep run again counts nothing twice.
    await world.sweep(killed);
    expect(tags(clinic)[tagKeys.healthFailures]).toBe("2");
    // The next sweeps restart again (the lost restart counted, never more than the cap) and heal it.
    await world.sweep(next());
    const healed = await world.sweep(next());
    expect(healed.file.clinics.find((c) => c.clinicId === clinic)?.healedByRestart).toBe(true);
    expect(openIncidents(world.cloud)).toEqual([]);
  });

  it("loses no incident and duplicates none through GitHub's 403, 429, 5xx and lost answers, and a Slack 500", async () => {
    const clinic = id(7);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "api-error", restartHeals: false });
    for (let i = 0; i < 3; i++) await world.sweep(next());
    world.cloud.github.failNext({ status: 403, retryAfter: 1 });
    world.cloud.github.failNext({ status: 429, retryAfter: 1 });
    world.cloud.github.failNext({ status: 502 });
    // The issue is made but its answer lost: the sweep finds it instead of making a second one.
    world.cloud.github.loseNextAnswers({ route: "POST /repos/{owner}/{repo}/issues" });
    world.cloud.slack.failNext({ count: 3 });
    const due = await world.sweep(next()); // restart 2, incident due
    expect(due.report.outputs["incidents-opened"]).toBe(1);
    // An outage of GitHub through a whole sweep fails that sweep; the next one carries on from what is true.
    world.cloud.github.failNext({ status: 503, count: 3 });
    await expect(world.sweep(next())).rejects.toThrow();
    await world.sweep(next());
    const open = openIncidents(world.cloud).filter((i) => i.labels.includes(clinic));
    expect(open).toHaveLength(1);
    world.cloud.aws.ssm.setOrca(world.instanceOf(clinic), { health: "healthy" });
    await world.sweep(next());
    await world.sweep(next());
    expect(openIncidents(world.cloud)).toEqual([]);
  });

  it("opens one parent incident for failures that share a subnet, links the clinics' incidents, and Slack hears once", async () => {
    const subnet = clinics[0]?.instance.subnet;
    const same = clinics.filter((c) => c.instance.subnet === subnet).map((c) => c.id);
    for (const c of same) world.cloud.aws.ssm.setReachability(world.instanceOf(c), "undeliverable");
    world.cloud.slack.reset();
    await world.sweep(next());
    const { file } = await world.sweep(next());
    expect(file.cause).toMatchObject({ dimension: "subnet" });
    const open = openIncidents(world.cloud);
    const parents = open.filter((i) => (i.body ?? "").includes("orca-fleet:incident-parent:"));
    expect(parents).toHaveLength(1);
    expect(open.filter((i) => i.labels.length === 2)).toHaveLength(same.length);
    for (const child of open.filter((i) => i.labels.length === 2))
      expect(child.body).toContain(`/issues/${parents[0]?.number}`);
    expect(world.cloud.slack.messages).toHaveLength(1);
    for (const c of same) world.cloud.aws.ssm.setReachability(world.instanceOf(c), "ok");
    await world.sweep(next());
    await world.sweep(next());
    expect(openIncidents(world.cloud)).toEqual([]);
  });
});
