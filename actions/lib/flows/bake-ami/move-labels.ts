import type { ParameterStore } from "../../adapters/aws/parameter-store.js";
import { MessageError } from "../../core/i18n/message.js";
import { note } from "./messages.js";

/** Puts the labels on the version; labels Parameter Store refuses stop the flow with a message saying which. */
export async function moveLabels(
  parameters: ParameterStore,
  parameter: string,
  version: number,
  labels: string[],
): Promise<void> {
  const refused = await parameters.label(parameter, version, labels);
  if (refused.length > 0) {
    throw new MessageError(note("labelsRefused", { labels: refused.join(", "), parameter, version }));
  }
}
