import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { managedByValue, tagKeys } from "../../actions/lib/core/instance-tags.js";
import { loadRegistry } from "../../actions/lib/core/registry/load.js";
import type { Clinic, Fleet } from "../../actions/lib/core/registry/schema.js";
import { type AwsServerHandle, startAwsServer } from "./aws/server.js";
import { readDirectoryFiles } from "./github/seed.js";
import { type GithubServerHandle, startGithubServer } from "./github/server.js";
import { type SlackServerHandle, startSlackServer } from "./slack/server.js";

export interface LocalCloudOptions {
  /** A registry folder (fleet.yml and clinic files): one running instance per active clinic, and the repository's
   * default branch holds the folder as clinics/. */
  clinicsDir?: string;
  awsPort?: number;
  githubPort?: number;
}

export interface LocalCloud {
  /** What an action's process needs to reach this cloud: endpoints, region, test credentials, repository, token. */
  env: Record<string, string>;
  aws: AwsServerHandle;
  github: GithubServerHandle;
  /** Slack's incoming webhook: `slack.url` to post to, `slack.messages` what it took, `slack.failNext()`. */
  slack: SlackServerHandle;
  /** Instance ids of the seeded fleet by clinic id. */
  fleet: ReadonlyMap<string, string>;
  stop(): Promise<void>;
}

const defaultRegion = "ap-northeast-1";

/** Starts the local AWS and GitHub endpoints on loopback, seeded from a registry folder when given. */
export async function startLocalCloud(options: LocalCloudOptions = {}): Promise<LocalCloud> {
  const registry = options.clinicsDir === undefined ? undefined : await loadRegistry(options.clinicsDir);
  if (registry !== undefined && registry.fleet === undefined) {
    const first = registry.problems[0];
    throw new Error(`cannot seed the local cloud: ${first ? `${first.file}: ${first.message}` : "no fleet.yml"}`);
  }
  const region = registry?.fleet?.region ?? defaultRegion;
  const aws = await startAwsServer({ region, ...(options.awsPort === undefined ? {} : { port: options.awsPort }) });
  let github: GithubServerHandle;
  try {
    github = await startGithubServer(options.githubPort === undefined ? {} : { port: options.githubPort });
  } catch (error) {
    await aws.close();
    throw error;
  }
  let slack: SlackServerHandle;
  try {
    slack = await startSlackServer();
  } catch (error) {
    await Promise.allSettled([aws.close(), github.close()]);
    throw error;
  }
  const stop = async () => {
    await Promise.allSettled([aws.close(), github.close(), slack.close()]);
  };
  try {
    const files = options.clinicsDir === undefined ? {} : await repositoryFiles(resolve(options.clinicsDir));
    github.seedRepository({
      owner: github.owner,
      repo: github.repo,
      files: { "README.md": "# The clinic fleet\n", ...files },
      message: "Describe the fleet",
    });
    const fleet =
      registry?.fleet === undefined
        ? new Map<string, string>()
        : launchFleet(
            aws,
            registry.fleet,
            registry.clinics.map((loaded) => loaded.clinic),
          );
    return {
      env: {
        AWS_ENDPOINT_URL: aws.url,
        AWS_REGION: region,
        AWS_ACCESS_KEY_ID: "localcloud",
        AWS_SECRET_ACCESS_KEY: "localcloud",
        GITHUB_API_URL: github.url,
        GITHUB_SERVER_URL: github.url,
        GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
        GITHUB_TOKEN: github.token,
      },
      aws,
      github,
      slack,
      fleet,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The registry folder as clinics/, and the issue forms beside it when the folder sits in a repository. */
async function repositoryFiles(clinicsDir: string): Promise<Record<string, string>> {
  const templates = join(dirname(clinicsDir), ".github", "ISSUE_TEMPLATE");
  return {
    ...(await readDirectoryFiles(clinicsDir, "clinics")),
    ...(existsSync(templates) ? await readDirectoryFiles(templates, ".github/ISSUE_TEMPLATE") : {}),
  };
}

/** One running instance per active clinic, tagged as provisioning tags the instances it launches. */
function launchFleet(aws: AwsServerHandle, fleet: Fleet, clinics: readonly Clinic[]): Map<string, string> {
  const imageId = aws.ec2.registerImage({
    name: "orca-fleet-weborca-seed",
    description: "The golden image the seeded fleet runs on",
  });
  const launched = new Map<string, string>();
  for (const clinic of clinics.filter((c) => c.status === "active")) {
    const subnet = fleet.subnets[clinic.instance.subnet];
    const securityGroupIds = (subnet?.securityGroups ?? []).flatMap((name) => fleet.securityGroups[name] ?? []);
    const [instance] = aws.ec2.launch({
      imageId,
      instanceType: clinic.instance.type,
      ...(subnet === undefined ? {} : { subnetId: subnet.id }),
      securityGroupIds,
      running: true,
      tags: {
        [tagKeys.clinic]: clinic.id,
        [tagKeys.name]: `orca-${clinic.id}`,
        [tagKeys.orcaVersion]: clinic.orca.version,
        [tagKeys.ami]: imageId,
        [tagKeys.managedBy]: managedByValue,
      },
    });
    if (instance !== undefined) launched.set(clinic.id, instance.instanceId);
  }
  return launched;
}
