import * as core from "@actions/core";
import { z } from "zod";
import { createInputReader, readHistoryBranch, readRegistryFolder, readToken } from "../lib/core/inputs.js";

/** The status site's settings, each validated and named after its input. */
export interface StatusSiteInputs {
  /** The registry folder: names, prefectures, rings, asked releases and the locale. */
  clinics: string;
  token: string;
  /** The branch that keeps the fleet's history. */
  historyBranch: string;
  /** The folder the site is written to, for actions/upload-pages-artifact. */
  out: string;
  /** The repository's web address, for links to incident issues (from the runner's variables). */
  repoUrl: string;
}

export function getInputs(): StatusSiteInputs {
  const input = createInputReader(core);
  const server = input.env("GITHUB_SERVER_URL", z.url(), "the server's address, such as https://github.com");
  const repository = input.env("GITHUB_REPOSITORY", z.string().regex(/^[\w.-]+\/[\w.-]+$/), "owner/name");
  return {
    clinics: readRegistryFolder(input),
    token: readToken(input),
    historyBranch: readHistoryBranch(input),
    out: input.read("out", z.string().min(1), "a folder such as _site"),
    repoUrl: `${server}/${repository}`,
  };
}
