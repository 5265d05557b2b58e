import { SSMClient } from "@aws-sdk/client-ssm";
import { testCredentials, testRegion } from "./moto/clients.js";

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
