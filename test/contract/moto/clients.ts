import { EC2Client } from "@aws-sdk/client-ec2";

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
