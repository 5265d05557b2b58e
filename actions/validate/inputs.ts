import { isAbsolute, normalize } from "node:path";
import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, readRegistryFolder } from "../lib/core/inputs.js";

/** The validate action's settings. */
export interface ValidateInputs {
  /** The registry folder, as given: relative to the working directory, which is the workspace on a runner. */
  clinics: string;
  /** The checkout's root, against which annotation paths are written. */
  workspace: string;
}

/** Inside the checkout, so that annotations can name files on the pull request's diff. */
const insideRepository = z
  .string()
  .refine((path) => path !== "" && !isAbsolute(path) && !normalize(path).startsWith(".."));

export function getInputs(): ValidateInputs {
  const input = createInputReader(core);
  return {
    clinics: readRegistryFolder(input, {
      schema: insideRepository,
      expected: "a folder inside the repository, relative to its root, e.g. clinics",
    }),
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}
