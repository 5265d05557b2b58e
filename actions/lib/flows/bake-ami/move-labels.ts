import type { SSMClient } from "@aws-sdk/client-ssm";
import { labelVersion } from "../../adapters/aws/parameter-store.js";
import { MessageError } from "../../core/i18n/message.js";
import { note } from "./messages.js";

/** Puts the labels on the version; labels Parameter Store refuses stop the flow with a message saying which. */
export async function moveLabels(ssm: SSMClient, parameter: string, version: number, labels: string[]): Promise<void> {
  const refused = await labelVersion(ssm, parameter, version, labels);
  if (refused.length > 0) {
    throw new MessageError(note("labelsRefused", { labels: refused.join(", "), parameter, version }));
  }
}
