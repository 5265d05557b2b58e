import { type EC2Client, EC2Client as Ec2 } from "@aws-sdk/client-ec2";
import { ListCommandInvocationsCommand, ListCommandsCommand, SSMClient } from "@aws-sdk/client-ssm";
import type { RetryStrategyV2, RetryToken } from "@smithy/types";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createEc2Fleet } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import { createInstanceTagging } from "../../actions/lib/adapters/aws/instance-tagging.js";
import { createSsmCommands } from "../../actions/lib/adapters/aws/ssm-commands.js";
import { tagKeys } from "../../actions/lib/core/instance-tags.js";
import { type Sleep, silentLog, systemClock } from "../../actions/lib/core/ports.js";
import type { LoadedClinic } from "../../actions/lib/core/registry/load.js";
import type { Fleet } from "../../actions/lib/core/registry/schema.js";
import type { RolloutApplyDeps, RolloutApplyInput } from "../../actions/lib/flows/rollout/apply.js";
import type { Ring } from "../../actions/lib/flows/rollout/plan-types.js";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { clinic, noHolidays, policy } from "../unit/rollout/fixtures.js";
import { testCredentials, testRegion } from "./moto/clients.js";

/**
 * A small fleet on the local cloud for the rollout's in-process tests: every window open (daily 00:00-23:59 with a
 * one-minute update), no freeze, no bake, so only rings, waves, budgets and faults decide what happens.
 */
export const openPolicy = (patch: Partial<Fleet["rollout"]> = {}): Fleet["rollout"] =>
  policy({
    waveSizes: [5],
    errorBudget: 1,
    bakeMinutes: 0,
    updateMinutes: 1,
    freeze: { daysOfMonth: false, holidays: "allow", ranges: [] },
    ...patch,
  });

export interface RolloutWorld {
  clinics: LoadedClinic[];
  /** Instance id by clinic id. */
  instances: Map<string, string>;
}

/** Launches one running instance per clinic at 5.2.0, tagged as provisioning tags them. */
export function launchFleet(server: AwsServerHandle, rings: Record<Ring, number>, target = "5.2.1"): RolloutWorld {
  const clinics: LoadedClinic[] = [];
  const instances = new Map<string, string>();
  for (const ring of ["canary", "early", "general"] as const) {
    for (let n = 0; n < rings[ring]; n++) {
      const c = clinic(`${ring}-clinic-${n}`, { ring, version: target, window: "daily 00:00-23:59" });
      const [launched] = server.ec2.launch({
        tags: { [tagKeys.clinic]: c.clinic.id, [tagKeys.orcaVersion]: "5.2.0" },
        running: true,
      });
      if (launched === undefined) throw new Error("no instance launched");
      clinics.push(c);
      instances.set(c.clinic.id, launched.instanceId);
    }
  }
  return { clinics, instances };
}

export interface Clients {
  ec2: EC2Client;
  ssm: SSMClient;
}

/** Adaptive retries as in production; `immediate` keeps the same tries without the SDK's waits between them. */
export function clientsFor(
  server: AwsServerHandle,
  maxAttempts = 8,
  retries: "adaptive" | "immediate" = "adaptive",
): Clients {
  const config = {
    endpoint: server.url,
    region: testRegion,
    credentials: testCredentials,
    ...(retries === "adaptive" ? { retryMode: "adaptive" } : { retryStrategy: immediateRetries(maxAttempts) }),
    maxAttempts,
  };
  return { ec2: new Ec2(config), ssm: new SSMClient(config) };
}

/**
 * The SDK's retry decision (throttling, server and transient errors, up to maxAttempts) with no delay: a test of
 * what retries do, not of how long they wait, need not back off for seconds.
 */
function immediateRetries(maxAttempts: number): RetryStrategyV2 {
  const token = (count: number): RetryToken => ({ getRetryCount: () => count, getRetryDelay: () => 0 });
  return {
    acquireInitialRetryToken: async () => token(0),
    refreshRetryTokenForRetry: async (previous, error) => {
      const count = previous.getRetryCount() + 1;
      if (error.errorType === "CLIENT_ERROR" || count >= maxAttempts) throw new Error("no more retries");
      return token(count);
    },
    recordSuccess: () => {},
  };
}

/**
 * The flow's ports on these clients. `sleep` defaults to short real waits (the benchmark's); the tests pass
 * `cloud.settled`, which wakes the runner when the local cloud's commands have ended instead of after a delay.
 */
export function depsFor(clients: Clients, sleep: Sleep = realShortSleep): RolloutApplyDeps {
  return {
    fleet: createEc2Fleet(clients.ec2),
    tagging: createInstanceTagging(clients.ec2),
    // Short waits: the local cloud finishes in milliseconds what AWS takes minutes for.
    commands: createSsmCommands({
      ssm: clients.ssm,
      clock: systemClock,
      sleep,
      backoff: { firstMs: 5, maxMs: 40, factor: 2 },
    }),
    clock: systemClock,
    sleep,
    log: silentLog,
    holidays: noHolidays,
  };
}

const realShortSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RolloutCloud {
  readonly server: AwsServerHandle;
  /** Clients for the whole file (a test that instruments its own makes them with clientsFor). */
  readonly clients: Clients;
  /** Every instance, command and count gone, the toolkit's documents seeded again: done before each test. */
  reset(): void;
  /** A Sleep that resolves when every command sent so far has ended: a wait on the event, not on a delay. */
  settled: Sleep;
}

/**
 * One local AWS endpoint for a test file: started before its tests, reset before each, stopped after. The rollout's
 * in-process tests (apply, faults, refusals) share this setup; use the cloud inside tests only.
 */
export function rolloutCloudForFile(): RolloutCloud {
  let started: { server: AwsServerHandle; clients: Clients } | undefined;
  const get = () => {
    if (started === undefined) throw new Error("the local cloud starts in beforeAll: use it inside a test");
    return started;
  };
  const cloud: RolloutCloud = {
    get server() {
      return get().server;
    },
    get clients() {
      return get().clients;
    },
    reset() {
      const { server } = get();
      server.ec2.reset();
      server.ssm.reset();
      server.ledger.reset();
      server.ssm.seedToolkitDocuments();
    },
    settled: () => get().server.ssm.settle(),
  };
  beforeAll(async () => {
    const server = await startAwsServer();
    started = { server, clients: clientsFor(server) };
  });
  afterAll(async () => {
    if (started === undefined) return;
    started.clients.ec2.destroy();
    started.clients.ssm.destroy();
    await started.server.close();
  });
  beforeEach(() => cloud.reset());
  return cloud;
}

export function applyInput(world: RolloutWorld, patch: Partial<RolloutApplyInput> = {}): RolloutApplyInput {
  return {
    clinics: world.clinics,
    policy: openPolicy(),
    backupBucket: "orca-fleet-backups-ap-northeast-1",
    deadline: new Date(Date.now() + 10 * 60_000),
    ...patch,
  };
}

/** Every orca-update invocation the local cloud ran, in the order the commands were requested: [instance, ring]. */
export async function updateInvocations(ssm: SSMClient): Promise<{ instanceId: string; comment: string }[]> {
  const rows: { instanceId: string; comment: string; at: number }[] = [];
  let token: string | undefined;
  do {
    const page = await ssm.send(
      new ListCommandsCommand({
        Filters: [{ key: "DocumentName", value: "orca-update" }],
        MaxResults: 50,
        NextToken: token,
      }),
    );
    for (const command of page.Commands ?? []) {
      const invocations = await ssm.send(
        new ListCommandInvocationsCommand({ CommandId: command.CommandId, MaxResults: 50 }),
      );
      for (const row of invocations.CommandInvocations ?? []) {
        if (row.Status === "Cancelled" || row.StatusDetails === "Terminated") continue;
        rows.push({
          instanceId: row.InstanceId ?? "",
          comment: command.Comment ?? "",
          at: command.RequestedDateTime?.getTime() ?? 0,
        });
      }
    }
    token = page.NextToken;
  } while (token !== undefined && token !== "");
  return rows.sort((a, b) => a.at - b.at).map(({ instanceId, comment }) => ({ instanceId, comment }));
}
