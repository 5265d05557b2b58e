import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createEc2Fleet } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { firstParentCommits } from "../../actions/lib/adapters/github/commit-history.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { createPullRequests } from "../../actions/lib/adapters/github/pull-request.js";
import { findStickyComment, upsertStickyComment } from "../../actions/lib/adapters/github/sticky-comment.js";
import type { FlowReport } from "../../actions/lib/core/flow-report.js";
import { type Clock, silentLog } from "../../actions/lib/core/ports.js";
import { marker } from "../../actions/lib/core/render/markdown.js";
import { progressKey, type RolloutDeps, rollout } from "../../actions/lib/flows/rollout/rollout-flow.js";
import { exampleFleet, madeUpClinics, writeWorkspace } from "../e2e/provision-world.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";
import { botLogin } from "../localcloud/github/store.js";
import { noHolidays } from "../unit/rollout/fixtures.js";
import { depsFor, launchFleet, openPolicy, rolloutCloudForFile, updateInvocations } from "./rollout-world.js";

/**
 * GitHub failing on the rollout's live comment (secondary rate limits, 429, 5xx, lost answers, a token without
 * permission), in-process against the local AWS endpoint and the local GitHub: the rollout finishes its AWS work, the
 * pull request ends with one rollout comment holding the final state, and GitHub sees no write beyond what each
 * failure's retry needs (counted from the local GitHub's own request log).
 */
const cloud = rolloutCloudForFile();
let github: GithubServerHandle;

beforeAll(async () => {
  github = await startGithubServer();
  github.seedRepository({ owner: github.owner, repo: github.repo, files: { "README.md": "fleet\n" } });
  github.store.putUser("yoko-sre", "User", "MEMBER");
  vi.stubEnv("GITHUB_API_URL", github.url);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await github?.close();
});

const createRoute = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments";
const editRoute = "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}";

/**
 * A clock that moves 16 s at every reading, so that each time the live comment asks, its 15 s interval has passed and
 * every new body is written. It starts at the last 01:00 in Tokyo at least three hours ago (the daily window is open
 * for hours from there) and never passes the real time, which the local cloud stamps its commands with: a lookup of
 * the rollout's commands since a time the flow read must find them.
 */
function steppingClock(): Clock {
  const hour = 3_600_000;
  const tokyoOneAm = 16 * hour;
  let at = Math.floor((Date.now() - 3 * hour - tokyoOneAm) / (24 * hour)) * 24 * hour + tokyoOneAm;
  return {
    now: () => {
      at = Math.min(at + 16_000, Date.now());
      return new Date(at);
    },
  };
}

interface Scenario {
  report: FlowReport;
  pull: number;
  /** Bodies the flow asked to write, in order. */
  writes: string[];
  warnings: string[];
  /** Rate-limit waits the client slept, in ms. */
  slept: number[];
  /** The local GitHub's requests on the comment routes during the apply: route → statuses. */
  requests: Record<string, number[]>;
  updatedInstances: number;
  instances: number;
}

/**
 * Plans a rollout of five clinics (waves of one) on a fresh pull request, merges it, then applies on the merge's push;
 * `faults(n)` plans failures on the local GitHub just before the flow's n-th write of the comment (0: the create).
 */
async function scenario(faults: (write: number) => void = () => {}): Promise<Scenario> {
  const world = launchFleet(cloud.server, { canary: 1, early: 2, general: 2 });
  const template = world.clinics[0]?.clinic;
  if (template === undefined) throw new Error("no clinic launched");
  const codes = madeUpClinics(world.clinics.length, template);
  const clinics = world.clinics.map(({ clinic }, i) => ({
    ...clinic,
    medicalInstitutionCode: codes[i]?.medicalInstitutionCode ?? clinic.medicalInstitutionCode,
    prefecture: codes[i]?.prefecture ?? clinic.prefecture,
  }));
  const workspace = await writeWorkspace(clinics, {
    ...exampleFleet,
    rollout: openPolicy({ waveSizes: [1], errorBudget: 0 }),
  });

  const { store } = github;
  const branch = `rollout/${store.listFiles().length}-${Date.now()}`;
  store.git.refs.set(`refs/heads/${branch}`, store.branchSha(store.defaultBranch) ?? "");
  store.commitChanges(branch, "Take the fleet to 5.2.1", [{ path: `notes/${branch}.md`, content: "5.2.1\n" }]);
  const pull = store.createPull({ title: "ORCA 5.2.1", head: branch, base: store.defaultBranch, user: "yoko-sre" });

  const writes: string[] = [];
  const warnings: string[] = [];
  const slept: number[] = [];
  const log = { ...silentLog, warning: (message: string) => void warnings.push(message) };
  // Rate-limit waits are recorded, not slept; plugin-retry's 5xx backoff is cut from seconds to milliseconds.
  const octokit = createOctokit(github.token, log, { sleep: async (ms) => void slept.push(ms), retryBaseMs: 1 });
  const repo = { owner: github.owner, repo: github.repo };
  const target = (issueNumber: number, key: string) => ({ ...repo, issueNumber, key });
  const aws = depsFor(cloud.clients, cloud.settled);
  const deps: RolloutDeps = {
    aws: () => ({ fleet: createEc2Fleet(cloud.clients.ec2), tagging: aws.tagging, commands: aws.commands }),
    github: {
      pulls: createPullRequests(octokit, repo),
      firstParentCommits: (sha, limit) => firstParentCommits(octokit, repo, sha, limit),
      findComment: async (n, key) => (await findStickyComment(octokit, target(n, key), botLogin))?.body,
      upsertComment: async (n, key, body) => {
        if (key === progressKey) {
          faults(writes.length);
          writes.push(body);
        }
        await upsertStickyComment(octokit, target(n, key), body, botLogin);
      },
    },
    log,
    clock: steppingClock(),
    sleep: cloud.settled,
    holidays: noHolidays,
    writeFile: async () => undefined,
  };
  const settings = {
    clinics: join(workspace, "clinics"),
    region: "ap-northeast-1",
    resume: false,
    retryFailed: false,
    timeBudgetMinutes: 600,
    resultsFile: join(workspace, "rollout-results.json"),
  };
  const sha = store.branchSha(branch) ?? "";
  await rollout(deps, { ...settings, mode: "plan" }, { name: "pull_request", sha, pullRequest: pull.number });
  const merge = store.mergePull(pull.number, { method: "merge", user: "yoko-sre" });

  github.requests.length = 0;
  const report = await rollout(
    deps,
    { ...settings, mode: "apply" },
    { name: "push", sha: merge.sha, headCommitMessage: merge.message },
  );
  const requests: Record<string, number[]> = {};
  for (const r of github.requests) {
    if (r.route === createRoute || r.route === editRoute) requests[r.route] = [...(requests[r.route] ?? []), r.status];
  }
  const updated = new Set((await updateInvocations(cloud.clients.ssm)).map((r) => r.instanceId));
  return {
    report,
    pull: pull.number,
    writes,
    warnings,
    slept,
    requests,
    updatedInstances: updated.size,
    instances: world.instances.size,
  };
}

/** The rollout comments on the pull request (by marker and the bot), with their bodies. */
function rolloutComments(pull: number): string[] {
  const tag = marker(progressKey);
  return github.store
    .commentsOn(pull)
    .filter((c) => c.user === botLogin && c.body.startsWith(tag))
    .map((c) => c.body.slice(tag.length + 1));
}

describe("the rollout's live comment when GitHub fails", () => {
  it("without faults: one comment, created once and edited once per new body", async () => {
    const run = await scenario();
    expect(run.report.outputs.status).toBe("done");
    expect(run.updatedInstances).toBe(run.instances);
    expect(run.writes.length).toBeGreaterThan(3);
    expect(new Set(run.writes).size).toBe(run.writes.length);
    expect(run.requests[createRoute]).toEqual([201]);
    expect(run.requests[editRoute]).toEqual(run.writes.slice(1).map(() => 200));
    expect(rolloutComments(run.pull)).toEqual([run.writes.at(-1)]);
    expect(run.warnings).toEqual([]);
  });

  it("rate limits, 5xx and lost answers: retried as each needs, never a second comment", async () => {
    const run = await scenario((write) => {
      if (write === 0) {
        github.failNext({ status: 403, retryAfter: 7, route: createRoute });
        github.loseNextAnswers({ route: createRoute });
      }
      if (write === 1) github.failNext({ status: 429, retryAfter: 3, route: editRoute });
      if (write === 2) github.failNext({ status: 502, route: editRoute });
      if (write === 3) github.failNext({ status: 503, route: editRoute });
      if (write === 4) github.loseNextAnswers({ route: editRoute, status: 502 });
    });
    expect(run.report.outputs.status).toBe("done");
    expect(run.updatedInstances).toBe(run.instances);
    // The create: a secondary limit waited out (7 s), then a create whose answer was lost, found by its marker.
    expect(run.requests[createRoute]).toEqual([403, 500]);
    // The edits: one per new body, plus one retry for each failure (the 429 after its 3 s); the lost answer's
    // retry writes the same body again, which is all it can do without an answer.
    const edits = run.writes.length - 1;
    expect(edits).toBeGreaterThanOrEqual(4);
    expect(run.requests[editRoute]).toEqual([429, 200, 502, 200, 503, 200, 502, ...Array(edits - 3).fill(200)]);
    expect(run.slept).toEqual([7000, 3000]);
    expect(rolloutComments(run.pull)).toEqual([run.writes.at(-1)]);
    expect(run.warnings.filter((w) => !/rate limit/.test(w))).toEqual([]);
  });

  it("a token without permission: not retried, said once, and the AWS work is done", async () => {
    const run = await scenario((write) => {
      // The token lacks the permission for good: every create and edit would be refused.
      if (write === 0) {
        for (const route of [createRoute, editRoute])
          github.failNext({ status: 403, reason: "permission", route, count: 50 });
      }
    });
    expect(run.report.outputs.status).toBe("done");
    expect(run.updatedInstances).toBe(run.instances);
    expect(run.requests[createRoute]).toEqual([403]);
    expect(run.requests[editRoute]).toBeUndefined();
    expect(run.slept).toEqual([]);
    expect(rolloutComments(run.pull)).toEqual([]);
    // Said once, where the run shows it (a warning) and in the job summary, which holds the state instead.
    expect(run.warnings).toHaveLength(1);
    expect(run.warnings[0]).toContain(`#${run.pull}`);
    expect(run.warnings[0]).toContain("HTTP 403");
    expect(run.warnings[0]).toContain("pull-requests: write");
    expect(run.report.summary).toContain(`#${run.pull}`);
    expect(run.report.summary).toContain("HTTP 403");
  });
});
