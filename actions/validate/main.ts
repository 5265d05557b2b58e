import * as core from "@actions/core";
import { annotateProblems } from "../lib/core/registry/annotate.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { getInputs } from "./inputs.js";
import { renderSummary } from "./summary.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const result = await core.group("Validate the registry", () => loadRegistry(inputs.clinics));
    annotateProblems(result.problems, inputs.workspace);
    core.setOutput("clinics", result.clinics.length);
    core.setOutput("problems", result.problems.length);
    await core.summary
      .addRaw(renderSummary(result.clinics.length, result.problems, result.fleet?.locale ?? "ja"))
      .write();
    if (result.problems.length > 0) core.setFailed(`${result.problems.length} problems in ${inputs.clinics}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
