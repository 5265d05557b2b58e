import { DescribeDocumentCommand, GetCommandInvocationCommand, SendCommandCommand } from "@aws-sdk/client-ssm";
import { createAwsClients } from "../../../actions/lib/adapters/aws/clients.js";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import { renderUpdateResult } from "../../../actions/lib/core/update-result-render.js";
import type { DemoContext, DemoStep } from "../types.js";

/** Two clinics take ORCA 5.2.1 through the orca-update document: one updates, one fails its postcheck and rolls back. */
const target = "5.2.1";
const bucket = "orca-fleet-backups-ap-northeast-1";

export const step: DemoStep = {
  title: `orca-update takes two clinics to ORCA ${target}: one updates, one rolls back by itself`,
  async run(ctx) {
    const [ok, failing] = [...ctx.cloud.fleet.entries()];
    if (ok === undefined || failing === undefined) {
      ctx.say("The fleet has fewer than two instances: nothing to update.");
      return;
    }
    const { ssm } = createAwsClients({ region: ctx.cloud.env.AWS_REGION ?? "ap-northeast-1" });
    await ensureDocument(ctx, ssm);
    const sim = ctx.cloud.aws.ssm;
    sim.setOrca(ok[1], { mastersBehind: ["病名マスタ"] });
    sim.setOrca(failing[1], { updateFailsFor: [target] });
    ctx.say(
      `${failing[0]}'s program update will leave its database structure behind (the local cloud's updateFailsFor).`,
    );
    for (const [clinic, instanceId] of [ok, failing]) {
      ctx.say(
        `SendCommand orca-update to ${clinic} (${instanceId}), backups under ${clinic}/demo/${instanceId}/ (the document puts the clinic and the instance around the prefix).`,
      );
      const sent = await ssm.send(
        new SendCommandCommand({
          DocumentName: "orca-update",
          InstanceIds: [instanceId],
          Comment: `orca-fleet demo: ${clinic} to ${target}`,
          Parameters: { targetRelease: [target], backupBucket: [bucket], backupPrefix: ["demo"] },
        }),
      );
      const stdout = await waitForOutput(ssm, sent.Command?.CommandId ?? "", instanceId);
      const parsed = parseResultLine(stdout);
      if (!parsed.ok || parsed.result.document !== "orca-update") {
        throw new Error(
          `orca-update on ${clinic} printed no update line: ${parsed.ok ? "another document" : parsed.error}`,
        );
      }
      ctx.show(`${clinic} · the update's result, as the rollout will show it`, renderUpdateResult(parsed.result, "ja"));
    }
  },
};

/** sync-documents normally creates the document; when no earlier step did, create it as sync-documents would. */
export async function ensureDocument(ctx: DemoContext, ssm: ReturnType<typeof createAwsClients>["ssm"]): Promise<void> {
  try {
    await ssm.send(new DescribeDocumentCommand({ Name: "orca-update" }));
  } catch (error) {
    // SSM answers InvalidDocument for a name it does not hold; anything else is a real failure.
    if (!(error instanceof Error && error.name === "InvalidDocument")) throw error;
    ctx.say("orca-update is not in SSM yet: creating the toolkit's documents from ssm-documents/.");
    ctx.cloud.aws.ssm.seedToolkitDocuments();
  }
}

/** Polls the invocation until it ends, as an action would (an invocation may not be visible at once). */
async function waitForOutput(
  ssm: ReturnType<typeof createAwsClients>["ssm"],
  commandId: string,
  instanceId: string,
): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const inv = await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }));
      if (!["Pending", "InProgress", "Delayed"].includes(inv.Status ?? "Pending"))
        return inv.StandardOutputContent ?? "";
    } catch (error) {
      if (!(error instanceof Error && error.name === "InvocationDoesNotExist")) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`orca-update on ${instanceId} did not end within 30 s`);
}
