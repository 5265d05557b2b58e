import { createAwsClients } from "../../../actions/lib/adapters/aws/clients.js";
import { readInventory } from "../../../actions/lib/adapters/aws/ec2-inventory.js";
import { tagKeys } from "../../../actions/lib/core/instance-tags.js";
import { table } from "../../../actions/lib/core/render/markdown.js";
import type { DemoStep } from "../types.js";

export const step: DemoStep = {
  title: "The fleet is up: one ORCA server per active clinic",
  async run(ctx) {
    ctx.say(
      `The local cloud runs EC2 and SSM at ${ctx.cloud.env.AWS_ENDPOINT_URL}, GitHub at ${ctx.cloud.env.GITHUB_API_URL}.`,
    );
    ctx.say("Reading the fleet as every action does: instances tagged with a clinic, through the AWS SDK.");
    const { ec2 } = createAwsClients({ region: ctx.cloud.env.AWS_REGION ?? "ap-northeast-1" });
    const inventory = await readInventory(ec2);
    ec2.destroy();
    const rows = inventory
      .sort((a, b) => a.clinicId.localeCompare(b.clinicId))
      .map((i) => [i.clinicId, i.instanceId, i.state, i.tags[tagKeys.orcaVersion] ?? "", i.privateIpAddress ?? ""]);
    ctx.show(
      `EC2 · ${inventory.length} instances tagged ${tagKeys.clinic}`,
      table(["clinic", "instance", "state", "ORCA", "private address"], rows),
    );
  },
};
