import { isAbsolute, relative, resolve } from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import { loadRegistry } from "../lib/registry/load.js";
import { renderSummary } from "./summary.js";

interface Inputs {
  /** The registry folder, as given: relative to the working directory, which is the workspace on a runner. */
  path: string;
  /** The checkout's root, against which annotation paths are written. */
  workspace: string;
}

const pathInput = z.string().min(1, "input path: give the registry folder, e.g. clinics");

function getInputs(): Inputs {
  const path = pathInput.parse(core.getInput("path") || "clinics");
  return { path, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const result = await core.group("Validate the registry", () => loadRegistry(inputs.path));
    for (const problem of result.problems) {
      // Annotations name files relative to the repository root, so they land on the pull request's diff.
      const file = relative(inputs.workspace, resolve(problem.file));
      core.error(`${problem.field}: ${problem.message}`, {
        title: problem.field,
        file: isAbsolute(file) ? problem.file : file,
        ...(problem.line === undefined ? {} : { startLine: problem.line }),
        ...(problem.column === undefined ? {} : { startColumn: problem.column }),
      });
    }
    core.setOutput("clinics", result.clinics.length);
    core.setOutput("problems", result.problems.length);
    await core.summary
      .addRaw(renderSummary(result.clinics.length, result.problems, result.fleet?.locale ?? "ja"))
      .write();
    if (result.problems.length > 0) core.setFailed(`${result.problems.length} problems in ${inputs.path}`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
