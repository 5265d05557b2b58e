import { EC2Client } from "@aws-sdk/client-ec2";
import { SSMClient } from "@aws-sdk/client-ssm";

/** The AWS clients every action shares: one per service, so the SDK's adaptive rate limiter sees every call. */
export interface AwsClients {
  ec2: EC2Client;
  ssm: SSMClient;
}

export interface AwsClientOptions {
  region: string;
  /** Attempts per call, the first included; adaptive retry paces calls when AWS throttles. */
  maxAttempts?: number;
}

const userAgent: [string, string][] = [["orca-fleet", "0.1.0"]];

/**
 * Builds the clients. Endpoints come from the SDK's standard settings alone (AWS_ENDPOINT_URL,
 * AWS_ENDPOINT_URL_EC2, AWS_ENDPOINT_URL_SSM), so the local cloud needs no switch in production code.
 */
export function createAwsClients(options: AwsClientOptions): AwsClients {
  const common = awsClientConfig(options);
  return { ec2: new EC2Client(common), ssm: new SSMClient(common) };
}

/** The settings every client shares; for a client only one command needs (the CLI's CloudFormation reader). */
export function awsClientConfig(options: AwsClientOptions) {
  return {
    region: options.region,
    retryMode: "adaptive",
    maxAttempts: options.maxAttempts ?? 8,
    customUserAgent: userAgent,
  };
}
