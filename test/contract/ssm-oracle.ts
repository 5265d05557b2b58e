import { SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, beforeAll } from "vitest";
import { type AwsServerHandle, startAwsServer } from "../localcloud/aws/server.js";
import { motoSsmClient, testCredentials, testRegion } from "./moto/clients.js";
import { type MotoHandle, motoStartupBudgetMs, startMoto } from "./moto/start-moto.js";

/** An SSM client for one endpoint (the local cloud or moto); one attempt, so error codes surface as sent. */
export function ssmClient(endpoint: string): SSMClient {
  return new SSMClient({ endpoint, region: testRegion, credentials: testCredentials, maxAttempts: 1 });
}

export type Outcome<T> = { ok: T } | { error: string };

/** A call's answer, or the name of the exception class the SDK raised for it. */
export async function outcome<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: await call() };
  } catch (error) {
    if (error instanceof Error) return { error: error.name };
    throw error;
  }
}

export function errorOf<T>(o: Outcome<T>): string | undefined {
  return "error" in o ? o.error : undefined;
}

export function answerOf<T>(o: Outcome<T>): T {
  if ("error" in o) throw new Error(`expected an answer, got ${o.error}`);
  return o.ok;
}

/** The answer's own fields (the SDK's $metadata left out), sorted: compared between moto and the local cloud. */
export function fieldsOf(value: object | undefined): string[] {
  return Object.keys(value ?? {})
    .filter((k) => k !== "$metadata")
    .sort();
}

/** moto and the local cloud side by side, with one SSM client on each, for the tests of one file. */
export interface SsmOracle {
  readonly local: AwsServerHandle;
  readonly clients: { moto: SSMClient; local: SSMClient };
  /** Runs the same call on both endpoints and answers their outcomes side by side. */
  both<T>(call: (client: SSMClient) => Promise<T>): Promise<{ moto: Outcome<T>; local: Outcome<T> }>;
}

/** Starts both endpoints before a file's tests and stops them after; read the handle inside tests or hooks only. */
export function ssmOracleForFile(): SsmOracle {
  let started: { moto: MotoHandle; local: AwsServerHandle; clients: SsmOracle["clients"] } | undefined;
  beforeAll(async () => {
    const [moto, local] = await Promise.all([startMoto(), startAwsServer()]);
    started = { moto, local, clients: { moto: motoSsmClient(moto.url), local: ssmClient(local.url) } };
  }, motoStartupBudgetMs);
  afterAll(async () => {
    started?.clients.moto.destroy();
    started?.clients.local.destroy();
    await Promise.all([started?.moto.stop(), started?.local.close()]);
  });
  const get = () => {
    if (started === undefined) throw new Error("moto and the local cloud start in beforeAll: use them inside a test");
    return started;
  };
  return {
    get local() {
      return get().local;
    },
    get clients() {
      return get().clients;
    },
    async both(call) {
      const { clients } = get();
      const [m, l] = await Promise.all([outcome(() => call(clients.moto)), outcome(() => call(clients.local))]);
      return { moto: m, local: l };
    },
  };
}
