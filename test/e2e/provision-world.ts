import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { getOctokit } from "@actions/github";
import { EC2Client } from "@aws-sdk/client-ec2";
import { LabelParameterVersionCommand, PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { parse, stringify } from "yaml";
import { awsClientConfig } from "../../actions/lib/adapters/aws/clients.js";
import { createGitHub } from "../../actions/lib/adapters/github/github.js";
import { createOctokit } from "../../actions/lib/adapters/github/octokit.js";
import { silentLog, systemClock } from "../../actions/lib/core/ports.js";
import { expectedCheckDigit } from "../../actions/lib/core/registry/institution-code.js";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "../../actions/lib/core/registry/schema.js";
import { type ProvisionDeps, type ProvisionSettings, provision } from "../../actions/lib/flows/provision/provision.js";
import { createProvisionAws } from "../../actions/lib/flows/provision/provision-aws.js";
import type { RunEvent } from "../../actions/lib/flows/provision/run-event.js";
import type { AwsServerHandle } from "../localcloud/aws/server.js";
import type { LocalCloud } from "../localcloud/index.js";
import { githubEvent } from "../localcloud/runner/events.js";

/**
 * The world a provisioning run needs on the local cloud: a registry folder in a workspace, the golden AMI in EC2
 * and its labelled SSM parameter, and SDK clients to look at the result. Shared by the end-to-end tests, the
 * benchmark and the demo.
 */

export const exampleFleet: Fleet = fleetSchema.parse(parse(await readFile("clinics/fleet.yml", "utf8")));

/** The example registry's clinics, each valid and unique. */
export async function exampleClinics(): Promise<Clinic[]> {
  const names = (await readdir("clinics")).filter((name) => name.endsWith(".yml") && name !== "fleet.yml").sort();
  return Promise.all(
    names.map(async (name) => clinicSchema.parse(parse(await readFile(join("clinics", name), "utf8")))),
  );
}

/** `count` made-up active clinics in Tokyo with valid, distinct institution codes. */
export function madeUpClinics(count: number, template: Clinic): Clinic[] {
  return Array.from({ length: count }, (_, index) => {
    const firstNine = `13101${String(index).padStart(4, "0")}`;
    return {
      ...template,
      id: `bench-${String(index).padStart(5, "0")}`,
      name: `ベンチ診療所 ${index}`,
      medicalInstitutionCode: `${firstNine}${expectedCheckDigit(firstNine)}`,
      prefecture: "東京都",
      status: "active",
    };
  });
}

/** A workspace whose clinics/ holds fleet.yml and one file per clinic, as a checkout of the repository would. */
export async function writeWorkspace(clinics: readonly Clinic[], fleet: Fleet = exampleFleet): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), "orca-fleet-provision-"));
  await mkdir(join(workspace, "clinics"));
  await writeFile(join(workspace, "clinics", "fleet.yml"), stringify(fleet));
  for (const clinic of clinics) await writeFile(join(workspace, "clinics", `${clinic.id}.yml`), stringify(clinic));
  return workspace;
}

export interface AwsView {
  ec2: EC2Client;
  ssm: SSMClient;
}

/** SDK clients on the local cloud's endpoint, for the test's own look at what the action did. */
export function awsView(aws: AwsServerHandle): AwsView {
  const common = {
    region: aws.context.region,
    endpoint: aws.url,
    credentials: { accessKeyId: "AKIALOCALCLOUD", secretAccessKey: "local" },
  };
  return { ec2: new EC2Client(common), ssm: new SSMClient(common) };
}

/** Registers a golden AMI and points the fleet's parameter and launch label at it, as bake-ami does. */
export async function seedGoldenAmi(aws: AwsServerHandle, view: AwsView, fleet: Fleet = exampleFleet): Promise<string> {
  const amiId = aws.ec2.registerImage({ name: "orca-fleet-weborca-5.2.0-e2e" });
  const put = await view.ssm.send(
    new PutParameterCommand({
      Name: fleet.ami.parameter,
      Value: amiId,
      Type: "String",
      DataType: "aws:ec2:image",
      Overwrite: true,
    }),
  );
  await view.ssm.send(
    new LabelParameterVersionCommand({
      Name: fleet.ami.parameter,
      ParameterVersion: put.Version,
      Labels: [fleet.ami.label],
    }),
  );
  return amiId;
}

/**
 * An account as bake-ami and sync-documents leave it: the golden AMI behind the fleet's parameter, and the toolkit's
 * SSM documents (apply runs orca-healthcheck on new servers and refuses without it). Answers the AMI id.
 */
export async function seedProvisioningAccount(
  aws: AwsServerHandle,
  view: AwsView,
  fleet: Fleet = exampleFleet,
): Promise<string> {
  aws.ssm.seedToolkitDocuments();
  return seedGoldenAmi(aws, view, fleet);
}

/** The "process" was killed: every call after the budget throws this, as nothing runs after a kill. */
export class Killed extends Error {
  override readonly name = "Killed";
}

/**
 * Counts the AWS and GitHub calls of one in-process run and kills it after `limit` of them: the (limit+1)-th call
 * and every later one throw, so the flow is abandoned where it stood, as a runner killed mid-way leaves it.
 */
export class CallBudget {
  calls = 0;
  readonly log: string[] = [];
  constructor(readonly limit = Number.POSITIVE_INFINITY) {}

  spend(call: string): void {
    this.calls += 1;
    if (this.calls > this.limit) throw new Killed(`killed before call ${this.calls} (${call})`);
    this.log.push(call);
  }

  get killed(): boolean {
    return this.calls > this.limit;
  }
}

/**
 * The provision flow's ports on the local cloud, in this process: the same adapters the action builds, with each
 * SDK and Octokit call passing through the budget first. Sleeps are cut short (the local cloud boots in ms).
 */
export function inProcessDeps(cloud: LocalCloud, budget: CallBudget = new CallBudget()): ProvisionDeps {
  const config = {
    ...awsClientConfig({ region: cloud.aws.context.region, maxAttempts: 4 }),
    endpoint: cloud.aws.url,
    credentials: { accessKeyId: "AKIALOCALCLOUD", secretAccessKey: "local" },
  };
  const ec2 = new EC2Client(config);
  const ssm = new SSMClient(config);
  ec2.middlewareStack.add(
    (next, context) => async (args) => {
      budget.spend(context.commandName ?? "EC2");
      return next(args);
    },
    { step: "initialize", name: "callBudget" },
  );
  ssm.middlewareStack.add(
    (next, context) => async (args) => {
      budget.spend(context.commandName ?? "SSM");
      return next(args);
    },
    { step: "initialize", name: "callBudget" },
  );
  const shortSleep = (ms: number) => sleep(Math.min(ms, 20));
  process.env.GITHUB_API_URL = cloud.github.url;
  const octokit = createOctokit(cloud.github.token, silentLog, { sleep: shortSleep });
  octokit.hook.before("request", (options) => budget.spend(`${options.method} ${options.url}`));
  return {
    aws: () => createProvisionAws({ ec2, ssm }, { clock: systemClock, sleep: shortSleep }),
    github: createGitHub(octokit, { owner: cloud.github.owner, repo: cloud.github.repo }),
    log: silentLog,
    clock: systemClock,
    sleep: shortSleep,
  };
}

export interface ReviewedMerge {
  issue: number;
  pullRequest: number;
  /** The push of the merge commit, as the apply workflow receives it. */
  push: RunEvent;
  eventName: string;
  payload: Record<string, unknown>;
}

/**
 * What an intake leaves and a reviewer does: a request issue, a pull request adding the clinics (Closes #issue),
 * its plan comment written by the plan flow, and the merge. Returns the push event apply runs on.
 */
export async function reviewedMerge(
  cloud: LocalCloud,
  workspace: string,
  clinics: readonly Clinic[],
): Promise<ReviewedMerge> {
  const { owner, repo } = cloud.github;
  const octokit = getOctokit(cloud.github.token, { baseUrl: cloud.github.url });
  const base = cloud.github.seedRepository({ owner, repo, files: { "clinics/fleet.yml": stringify(exampleFleet) } });
  const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "Clinic request" });
  const branch = `clinic-request/${issue.number}`;
  await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: base });
  for (const clinic of clinics) {
    const path = `clinics/${clinic.id}.yml`;
    // An earlier merge in the same test may have added the file: it is then changed, not added.
    const existing = await octokit.rest.repos.getContent({ owner, repo, path, ref: branch }).catch(() => undefined);
    const sha = existing !== undefined && !Array.isArray(existing.data) ? existing.data.sha : undefined;
    await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      branch,
      path,
      message: `Add ${clinic.id}`,
      content: Buffer.from(`${stringify(clinic)}# request ${issue.number}\n`).toString("base64"),
      ...(sha === undefined ? {} : { sha }),
    });
  }
  const { data: pr } = await octokit.rest.pulls.create({
    owner,
    repo,
    head: branch,
    base: "main",
    title: "Add clinics",
    body: `Adds the clinics.\n\nCloses #${issue.number}`,
  });
  const planned = await provision(
    inProcessDeps(cloud),
    { ...settingsFor(workspace), mode: "plan" },
    { payload: { pull_request: { number: pr.number } }, sha: "0".repeat(40) },
  );
  if (planned.error !== undefined || planned.failure !== undefined) {
    throw new Error(`the plan failed: ${planned.error ?? planned.failure}`);
  }
  const { data: merge } = await octokit.rest.pulls.merge({ owner, repo, pull_number: pr.number });
  const event = githubEvent("push", {
    repository: { owner, repo },
    overrides: {
      after: merge.sha,
      head_commit: { message: `Merge pull request #${pr.number} from ${owner}/${branch}` },
    },
  });
  return {
    issue: issue.number,
    pullRequest: pr.number,
    push: { payload: event.payload, sha: merge.sha ?? "" },
    ...event,
  };
}

/** The action's settings for a workspace, as its defaults would read them. */
export function settingsFor(workspace: string): ProvisionSettings {
  return {
    mode: "apply",
    clinics: join(workspace, "clinics"),
    waitTimeoutMinutes: 1,
    concurrency: 4,
    botLogin: "github-actions[bot]",
  };
}
