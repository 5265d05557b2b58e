import { writeFile } from "node:fs/promises";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { createAwsClients } from "../lib/adapters/aws/clients.js";
import { createEc2Fleet } from "../lib/adapters/aws/ec2-inventory.js";
import { createInstanceTagging } from "../lib/adapters/aws/instance-tagging.js";
import { createSsmCommands } from "../lib/adapters/aws/ssm-commands.js";
import { firstParentCommits } from "../lib/adapters/github/commit-history.js";
import { createOctokit } from "../lib/adapters/github/octokit.js";
import { createPullRequests } from "../lib/adapters/github/pull-request.js";
import { findStickyComment, upsertStickyComment } from "../lib/adapters/github/sticky-comment.js";
import { publishReport } from "../lib/core/flow-report.js";
import { realSleep, systemClock } from "../lib/core/ports.js";
import { japaneseHolidays } from "../lib/flows/rollout/holidays.js";
import { rollout } from "../lib/flows/rollout/rollout-flow.js";
import { getInputs } from "./inputs.js";

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const octokit = createOctokit(inputs.token, core);
    const repo = github.context.repo;
    const target = (issueNumber: number, key: string) => ({ ...repo, issueNumber, key });
    const deps = {
      aws: (region: string) => {
        const { ec2, ssm } = createAwsClients({ region });
        const commands = createSsmCommands({ ssm, clock: systemClock, sleep: realSleep });
        return { fleet: createEc2Fleet(ec2), tagging: createInstanceTagging(ec2), commands };
      },
      github: {
        pulls: createPullRequests(octokit, repo),
        firstParentCommits: (sha: string, limit: number) => firstParentCommits(octokit, repo, sha, limit),
        findComment: async (n: number, key: string) =>
          (await findStickyComment(octokit, target(n, key), inputs.botLogin))?.body,
        upsertComment: async (n: number, key: string, body: string) => {
          await upsertStickyComment(octokit, target(n, key), body, inputs.botLogin);
        },
      },
      log: core,
      clock: systemClock,
      sleep: realSleep,
      holidays: japaneseHolidays(),
      writeFile: (path: string, text: string) => writeFile(path, text),
    };
    const { eventName, sha, payload } = github.context;
    const event = {
      name: eventName,
      sha,
      ...(payload.pull_request?.number === undefined ? {} : { pullRequest: payload.pull_request.number }),
      ...(typeof payload.head_commit?.message === "string" ? { headCommitMessage: payload.head_commit.message } : {}),
    };
    await publishReport(await rollout(deps, inputs, event), core);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
