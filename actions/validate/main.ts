import * as core from "@actions/core";
import { publishReport } from "../lib/core/flow-report.js";
import { checkRegistry } from "../lib/flows/validate/check-registry.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    await publishReport(await checkRegistry(core, getInputs()), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
