import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SweepFile } from "../../actions/lib/flows/liveness-sweep/outputs.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { ensureBundle } from "../localcloud/runner/bundle.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { type ActionRun, runAction } from "../localcloud/runner/run-action.js";
import { exampleClinics, exampleFleet, writeWorkspace } from "./provision-world.js";

/**
 * The bundled liveness-sweep action as GitHub's runner starts it, against the local cloud: a clinic that stays
 * down gets one incident issue and one Slack message (the webhook URL masked in the log), the job summary and the
 * JSON file say so, and recovery closes it.
 */

let cloud: LocalCloud;
let workspace: string;
let down: { clinic: string; instance: string };
const fleet = {
  ...exampleFleet,
  liveness: { ...exampleFleet.liveness, failuresBeforeRestart: 1, restartsBeforeIncident: 1, successesBeforeClose: 1 },
};

beforeAll(async () => {
  await ensureBundle();
  workspace = await writeWorkspace(await exampleClinics(), fleet);
  cloud = await startLocalCloud({ clinicsDir: join(workspace, "clinics") });
  cloud.aws.ssm.seedToolkitDocuments();
  const [clinic, instance] = [...cloud.fleet.entries()].sort()[0] ?? ["", ""];
  down = { clinic, instance };
}, 600_000);

afterAll(async () => {
  await cloud?.stop();
});

let runs = 0;
function sweep(): Promise<ActionRun> {
  const event = githubEvent("schedule", { repository: { owner: cloud.github.owner, repo: cloud.github.repo } });
  return runAction({
    action: "liveness-sweep",
    inputs: {
      clinics: "clinics",
      "sweep-id": `e2e-${++runs}`,
      "wait-seconds": "30",
      "result-file": "liveness.json",
      "slack-webhook-url": cloud.slack.url,
    },
    ...event,
    env: cloud.env,
    workspace,
  });
}

describe("liveness-sweep action", () => {
  it("opens one incident for a clinic a restart does not heal, tells Slack once, and closes it on recovery", async () => {
    cloud.aws.ssm.setOrca(down.instance, { health: "down", restartHeals: false });
    const first = await sweep();
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ restarted: "1", "incidents-opened": "1", "incidents-open": "1" });
    expect(first.summary).toContain(down.clinic);
    // Masked (the runner hides it from then on), and never printed anywhere else.
    expect(first.log).toContain(`::add-mask::${cloud.slack.url}`);
    expect(
      first.log
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
    ).not.toContain(cloud.slack.url);
    const file: SweepFile = JSON.parse(await readFile(join(workspace, "liveness.json"), "utf8"));
    expect(file.clinics.find((c) => c.clinicId === down.clinic)).toMatchObject({ class: "down", restarted: true });
    expect(file.counts.down).toBe(1);
    const again = await sweep();
    expect(again.outputs).toMatchObject({ "incidents-opened": "0", "incidents-open": "1" });
    expect(cloud.slack.messages).toHaveLength(1);
    cloud.aws.ssm.setOrca(down.instance, { health: "healthy" });
    const healed = await sweep();
    expect(healed.outputs).toMatchObject({ "incidents-closed": "1", "incidents-open": "0" });
    expect(cloud.slack.messages).toHaveLength(2);
  });
});
