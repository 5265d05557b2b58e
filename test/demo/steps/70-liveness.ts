import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { createAwsClients } from "../../../actions/lib/adapters/aws/clients.js";
import { fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import { githubEvent } from "../../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../../localcloud/runner/run-action.js";
import type { DemoStep } from "../types.js";
import { ensureDocument } from "./60-orca-update.js";

/**
 * Two sweeps of the bundled liveness-sweep action: one clinic goes down and a restart heals it; another stays down
 * and gets an incident (and one Slack message), then recovers and the incident closes with its downtime; a third
 * runs another release than clinics/ asks for, which the sweep reports as drift and leaves alone.
 */
export const step: DemoStep = {
  title: "The liveness sweep heals one clinic, opens and closes an incident for another, and reports drift",
  async run(ctx) {
    const { owner, repo } = ctx.cloud.github;
    const workspace = await ctx.tempDir("liveness");
    await cp(ctx.workdir, workspace, { recursive: true });
    // One failing sweep before a restart, one restart before an incident: the demo's thresholds, not the fleet's.
    const fleetFile = join(workspace, "clinics", "fleet.yml");
    const fleet = fleetSchema.parse(parse(await readFile(fleetFile, "utf8")));
    const liveness = {
      ...fleet.liveness,
      failuresBeforeRestart: 1,
      restartsBeforeIncident: 1,
      successesBeforeClose: 1,
    };
    await writeFile(fleetFile, stringify({ ...fleet, liveness }));
    // Earlier steps created the toolkit's documents; seeding them again would be refused as already existing.
    await ensureDocument(ctx, createAwsClients({ region: ctx.cloud.env.AWS_REGION ?? "ap-northeast-1" }).ssm);

    const [healed, stuck, drifted] = [...ctx.cloud.fleet.entries()].slice(-3);
    if (healed === undefined || stuck === undefined || drifted === undefined) {
      ctx.say("The fleet has fewer than three instances: nothing to sweep.");
      return;
    }
    let runs = 0;
    const sweep = async (): Promise<ActionRun> => {
      const done = await runAction({
        action: "liveness-sweep",
        inputs: {
          clinics: "clinics",
          "sweep-id": `demo-${++runs}`,
          "wait-seconds": "30",
          "slack-webhook-url": ctx.cloud.slack.url,
        },
        ...githubEvent("schedule", { repository: { owner, repo } }),
        env: ctx.cloud.env,
        workspace,
      });
      if (done.exitCode !== 0) throw new Error(`liveness-sweep failed:\n${done.log}`);
      return done;
    };

    const sim = ctx.cloud.aws.ssm;
    sim.setOrca(healed[1], { health: "down", restartHeals: true });
    sim.setOrca(stuck[1], { health: "down", restartHeals: false });
    sim.setOrca(drifted[1], { version: "5.2.1" });
    ctx.say(
      `${healed[0]} and ${stuck[0]} stop answering; ${drifted[0]} runs ORCA 5.2.1, which clinics/ does not ask for.`,
    );
    const first = await sweep();
    ctx.show("Job summary · liveness-sweep (first sweep)", first.summary);
    const incident = [...ctx.cloud.github.store.issues.values()].find((i) => i.labels.includes(stuck[0]));
    if (incident !== undefined) ctx.show(`Issue #${incident.number} · ${incident.title}`, incident.body ?? "");
    ctx.say(`Slack heard: ${ctx.cloud.slack.messages.map((m) => m.text).join(" | ") || "nothing"}`);

    ctx.say(`${stuck[0]} comes back. The next sweep closes its incident with the downtime.`);
    sim.setOrca(stuck[1], { health: "healthy" });
    const second = await sweep();
    ctx.say(
      `incidents closed: ${second.outputs["incidents-closed"] ?? "?"}, open: ${second.outputs["incidents-open"] ?? "?"}`,
    );
    const comments = [...ctx.cloud.github.store.comments.values()].filter((c) => c.issueNumber === incident?.number);
    const closing = comments.at(-1);
    if (closing !== undefined) ctx.show(`Issue #${incident?.number} · closing comment`, closing.body);
    ctx.say(`Slack heard: ${ctx.cloud.slack.messages.at(-1)?.text ?? "nothing"}`);
  },
};
