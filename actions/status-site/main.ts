import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { readHistorySnapshot } from "../lib/adapters/github/history-snapshot.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { publishReport } from "../lib/core/flow-report.js";
import { systemClock } from "../lib/core/ports.js";
import { buildStatusSite } from "../lib/flows/status-site/build-status-site.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const octokit = createOctokit(inputs.token, core);
    const history = { ...github.context.repo, branch: inputs.historyBranch };
    const report = await buildStatusSite(
      {
        readHistory: () => readHistorySnapshot(octokit, history),
        writeFile: async (path, text) => {
          await mkdir(dirname(join(inputs.out, path)), { recursive: true });
          await writeFile(join(inputs.out, path), text);
        },
        clock: systemClock,
        log: core,
      },
      { clinics: inputs.clinics, repoUrl: inputs.repoUrl },
    );
    await publishReport({ ...report, outputs: { ...report.outputs, out: inputs.out } }, core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
