import { EC2Client } from "@aws-sdk/client-ec2";
import { SSMClient } from "@aws-sdk/client-ssm";
import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from "@smithy/types";

/** Credentials neither endpoint verifies; the SDK still signs with them, as it does against AWS. */
export const testCredentials = { accessKeyId: "test", secretAccessKey: "test" };
export const testRegion = "ap-northeast-1";

/** An EC2 client for one endpoint (the local cloud or moto), retrying as the toolkit's clients do. */
export function ec2Client(endpoint: string, maxAttempts = 3): EC2Client {
  return new EC2Client({
    endpoint,
    region: testRegion,
    credentials: testCredentials,
    maxAttempts,
    retryMode: "adaptive",
  });
}

/**
 * The socket errors of a connection that moto's server (werkzeug's threaded development server, which closes every
 * connection after its answer) dropped while the machine was loaded: no answer came back, so there is nothing to
 * compare. Every other error (an exception moto answered, a 4xx or 5xx, a throttle) surfaces on the first attempt,
 * as sent, and a call retried after moto did act on it shows as a difference from the local cloud, not as a pass.
 */
const droppedConnection = new Set(["ECONNRESET", "EPIPE"]);
const attemptsOnDroppedConnection = 3;

function retryToken(retries: number): RetryToken {
  return { getRetryCount: () => retries, getRetryDelay: () => 0 };
}

function droppedConnectionCode(info: RetryErrorInfo): string | undefined {
  const error = info.error;
  if (error === undefined || !("code" in error) || typeof error.code !== "string") return undefined;
  return droppedConnection.has(error.code) ? error.code : undefined;
}

/** Retries a call only when moto dropped its connection without answering; see droppedConnection. */
export const motoConnectionRetry: RetryStrategyV2 = {
  acquireInitialRetryToken: async () => retryToken(0),
  refreshRetryTokenForRetry: async (token, info) => {
    const retries = token.getRetryCount() + 1;
    if (droppedConnectionCode(info) === undefined || retries >= attemptsOnDroppedConnection) {
      throw info.error ?? new Error("moto's call failed");
    }
    return retryToken(retries);
  },
  recordSuccess: () => undefined,
};

const motoConfig = (url: string) => ({
  endpoint: url,
  region: testRegion,
  credentials: testCredentials,
  retryStrategy: motoConnectionRetry,
});

/** An EC2 client on moto: one attempt, or more only when moto dropped the connection (motoConnectionRetry). */
export function motoEc2Client(url: string): EC2Client {
  return new EC2Client(motoConfig(url));
}

/** An SSM client on moto: one attempt, or more only when moto dropped the connection (motoConnectionRetry). */
export function motoSsmClient(url: string): SSMClient {
  return new SSMClient(motoConfig(url));
}
