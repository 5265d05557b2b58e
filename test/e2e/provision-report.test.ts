import { getOctokit } from "@actions/github";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { type LocalCloud, startLocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";
import { runAction } from "../localcloud/runner/run-action.js";
import { awsView, exampleClinics, exampleFleet, seedProvisioningAccount, writeWorkspace } from "./provision-world.js";

let cloud: LocalCloud;

/** The comments on an issue or pull request, oldest first. */
function commentsOn(issueNumber: number): string[] {
  return cloud.github.store.commentsOn(issueNumber).map((c) => c.body);
}

/** Building the bundle on a busy two-core machine can take minutes. */
const bundleTimeoutMs = 600_000;

beforeAll(async () => {
  cloud = await startLocalCloud();
  cloud.aws.ec2.setBootDelay(50);
  await seedProvisioningAccount(cloud.aws, awsView(cloud.aws));
}, bundleTimeoutMs);

afterAll(async () => {
  await cloud?.stop();
});

describe("provision on a pull request and its merge", () => {
  it("comments the plan once, then reports on the merged pull request and closes the request issue", async () => {
    const { owner, repo } = cloud.github;
    const octokit = getOctokit(cloud.github.token, { baseUrl: cloud.github.url });
    const [clinic] = await exampleClinics();
    if (clinic === undefined) throw new Error("fixture");
    const base = cloud.github.seedRepository({ owner, repo, files: { "clinics/fleet.yml": stringify(exampleFleet) } });
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: `Clinic request: ${clinic.name}` });
    const branch = `clinic-request/${issue.number}`;
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: base });
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      branch,
      path: `clinics/${clinic.id}.yml`,
      message: `Add ${clinic.id}`,
      content: Buffer.from(stringify(clinic)).toString("base64"),
    });
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: branch,
      base: "main",
      title: `Add ${clinic.id}`,
      body: `Adds the clinic.\n\nCloses #${issue.number}`,
    });
    const workspace = await writeWorkspace([clinic]);

    const opened = githubEvent("pull_request.opened", {
      repository: { owner, repo },
      overrides: { number: pr.number, pull_request: { number: pr.number, head: { ref: branch } } },
    });
    for (let round = 0; round < 2; round++) {
      const plan = await runAction({
        action: "provision",
        inputs: { mode: "plan", clinics: "clinics" },
        ...opened,
        env: cloud.env,
        workspace,
      });
      expect(plan.exitCode, plan.log).toBe(0);
    }
    const planComments = commentsOn(pr.number).filter((body) => body.startsWith(marker("provision-plan")));
    expect(planComments).toHaveLength(1);
    expect(planComments[0]).toContain(`\`${clinic.id}\``);
    expect(planComments[0]).toContain("作成 1 件");

    const { data: merge } = await octokit.rest.pulls.merge({ owner, repo, pull_number: pr.number });
    const pushed = githubEvent("push", {
      repository: { owner, repo },
      overrides: {
        after: merge.sha,
        head_commit: { message: `Merge pull request #${pr.number} from ${owner}/${branch}` },
      },
    });
    const applied = await runAction({
      action: "provision",
      inputs: { mode: "apply", clinics: "clinics", "wait-timeout-minutes": "1" },
      ...pushed,
      env: cloud.env,
      workspace,
    });
    expect(applied.exitCode, applied.log).toBe(0);
    expect(applied.outputs).toMatchObject({
      ready: "1",
      "pull-request": String(pr.number),
      issue: String(issue.number),
    });

    expect(cloud.aws.counts().RunInstances).toBe(1);
    const instanceId = /`(i-[0-9a-f]+)`/.exec(applied.summary)?.[1];
    expect(instanceId).toBeDefined();
    const prReport = commentsOn(pr.number).at(-1) ?? "";
    expect(prReport).toContain(`\`${instanceId}\``);
    expect(prReport).toMatch(/`10\.\d+\.\d+\.\d+`/);
    expect(prReport).toContain("`running`");
    expect(prReport).toContain("`healthy`");
    const issueReport = commentsOn(issue.number).at(-1) ?? "";
    expect(issueReport).toContain("この申請の ORCA サーバーがヘルスチェックに応答しました");
    expect(cloud.github.store.issue(issue.number).state).toBe("closed");
  });
});
