import { isAbsolute, normalize } from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import { annotateProblems } from "../lib/core/registry/annotate.js";
import { loadRegistry } from "../lib/core/registry/load.js";
import { renderSummary } from "./summary.js";

interface Inputs {
  /** The registry folder, as given: relative to the working directory, which is the workspace on a runner. */
  path: string;
  /** The checkout's root, against which annotation paths are written. */
  workspace: string;
}

/** Inside the checkout, so that annotations can name files on the pull request's diff. */
const pathInput = z.string().refine((path) => !isAbsolute(path) && !normalize(path).startsWith(".."), {
  error: "input path: give a folder inside the repository, relative to its root, e.g. clinics",
});

function getInputs(): Inputs {
  const path = pathInput.parse(core.getInput("path") || "clinics");
  return { path, workspace: process.env.GITHUB_WORKSPACE ?? process.cwd() };
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const result = await core.group("Validate the registry", () => loadRegistry(inputs.path));
    annotateProblems(result.problems, inputs.workspace);
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
