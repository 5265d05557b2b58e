import { githubEvent } from "../../localcloud/runner/events.js";
import { repoPath } from "../../localcloud/runner/paths.js";
import { runAction } from "../../localcloud/runner/run-action.js";
import type { DemoStep } from "../types.js";

export const step: DemoStep = {
  title: "bake-ami records the golden image in SSM, labelled with its build and current",
  async run(ctx) {
    const [owner = "", repo = ""] = (ctx.cloud.env.GITHUB_REPOSITORY ?? "").split("/");
    ctx.say("A change to packer/ reaches main: bake-ami runs packer init and packer build -machine-readable.");
    ctx.say("Packer here is a stand-in that plays back a recorded build in Packer's own machine-readable format;");
    ctx.say("the image it reports is registered in the local EC2, as the real build would have left it.");
    const amiId = ctx.cloud.aws.ec2.registerImage({
      name: "orca-fleet-weborca-5.2.0-20261125114500",
      description: "The golden image baked by the demo",
      tags: { "orca-fleet:orca-version": "5.2.0", "orca-fleet:managed-by": "orca-fleet" },
    });
    const event = githubEvent("push", { repository: { owner, repo } });
    const run = await runAction({
      action: "bake-ami",
      ...event,
      inputs: { template: repoPath("packer") },
      env: {
        ...ctx.cloud.env,
        PATH: `${repoPath("test", "fixtures", "packer", "bin")}:${process.env.PATH ?? ""}`,
        PACKER_STANDIN_STREAM: "success",
        PACKER_STANDIN_AMI: amiId,
      },
      workspace: ctx.workdir,
    });
    const groups = run.log
      .split("\n")
      .filter((line) => line.startsWith("::group::"))
      .map((line) => `▸ ${line.slice("::group::".length)}`);
    ctx.show(
      `Checks · bake-ami · ${run.exitCode === 0 ? "✔ success" : `✖ failure (exit ${run.exitCode})`} · the log, folded by Packer step`,
      [...groups.slice(0, 8), `… ${groups.length - 8} more steps`].join("\n"),
    );
    ctx.show("Job summary · bake-ami", run.summary === "" ? "(no summary)" : run.summary);
    if (run.exitCode !== 0) throw new Error(`bake-ami failed:\n${run.log}`);
    ctx.say(
      `Provisioning now resolves the parameter's current label to ${run.outputs["ami-id"]} and launches from it.`,
    );
  },
};
