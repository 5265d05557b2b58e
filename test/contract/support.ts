import {
  DescribeInstanceAttributeCommand,
  DescribeVolumesCommand,
  type EC2Client,
  type InstanceAttributeName,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, vi } from "vitest";
import { createOctokit, type Octokit } from "../../actions/lib/adapters/github/octokit.js";
import { silentLog } from "../../actions/lib/core/ports.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { type GithubServerHandle, startGithubServer } from "../localcloud/github/server.js";

/** The local AWS endpoint and one SDK client on it, for the tests of one file. */
export interface LocalAwsForFile<C> {
  readonly server: AwsServerHandle;
  readonly client: C;
}

/**
 * Starts the local AWS endpoint before a file's tests and connects a client to it (`ec2Client`, `ssmClient`), then
 * destroys the client and closes the endpoint after them. Read `server` and `client` inside tests or hooks only.
 */
export function localAwsForFile<C extends { destroy(): void }>(connect: (url: string) => C): LocalAwsForFile<C> {
  let started: { server: AwsServerHandle; client: C } | undefined;
  beforeAll(async () => {
    const server = await startAwsServer();
    started = { server, client: connect(server.url) };
  });
  afterAll(async () => {
    started?.client.destroy();
    await started?.server.close();
  });
  const get = () => {
    if (started === undefined) throw new Error("the local AWS endpoint starts in beforeAll: read it inside a test");
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get client() {
      return get().client;
    },
  };
}

/** One attribute of an instance, as DescribeInstanceAttribute answers it. */
export function instanceAttribute(client: EC2Client, instanceId: string, attribute: InstanceAttributeName) {
  return client.send(new DescribeInstanceAttributeCommand({ InstanceId: instanceId, Attribute: attribute }));
}

/** The volumes attached to an instance: DescribeVolumes filtered by `attachment.instance-id`. */
export function attachedVolumes(client: EC2Client, instanceId: string) {
  return client.send(
    new DescribeVolumesCommand({ Filters: [{ Name: "attachment.instance-id", Values: [instanceId] }] }),
  );
}

/** The local GitHub with a seeded repository, and the toolkit's own Octokit on it, for the tests of one file. */
export interface LocalGithubForFile {
  readonly server: GithubServerHandle;
  readonly octokit: Octokit;
  /** The seeded repository, as every call names it. */
  readonly repo: { owner: string; repo: string };
}

/**
 * Starts the local GitHub before a file's tests (GITHUB_API_URL pointed at it, as on a runner) with a repository
 * holding a README, and closes it after them. Read the handle inside tests or hooks only.
 */
export function localGithubForFile(): LocalGithubForFile {
  let started: { server: GithubServerHandle; octokit: Octokit } | undefined;
  beforeAll(async () => {
    const server = await startGithubServer();
    server.seedRepository({ owner: server.owner, repo: server.repo, files: { "README.md": "# fleet\n" } });
    vi.stubEnv("GITHUB_API_URL", server.url);
    started = { server, octokit: createOctokit(server.token, silentLog) };
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await started?.server.close();
  });
  const get = () => {
    if (started === undefined) throw new Error("the local GitHub starts in beforeAll: read it inside a test");
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get octokit() {
      return get().octokit;
    },
    get repo() {
      return { owner: get().server.owner, repo: get().server.repo };
    },
  };
}
