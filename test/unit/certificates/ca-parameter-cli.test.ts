import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { describe, expect, it } from "vitest";
import { certsCommand } from "../../../actions/cli/certs.js";
import { testCredentials, testRegion } from "../../contract/moto/clients.js";
import { localAwsForFile } from "../../contract/support.js";

/** `orca-fleet certs` with the CA kept in its protected parameters instead of a folder, on the local SSM. */
const local = localAwsForFile(
  (url) => new SSMClient({ endpoint: url, region: testRegion, credentials: testCredentials }),
);
const connect = () => new SSMClient({ endpoint: local.server.url, region: testRegion, credentials: testCredentials });

async function certs(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await certsCommand(connect).run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, text: [...out, ...err].join("\n") };
}

describe("the CA in Parameter Store", () => {
  it("is made once under /orca-fleet/ca/, encrypted with the CA's key, and signs every clinic's certificates", async () => {
    const made = await certs("issue-ca", "--to-parameter", "--ca-key-id", "alias/orca-fleet/ca");
    expect(made.code).toBe(0);
    expect(made.text).toContain("/orca-fleet/ca/");
    const key = await local.client.send(new GetParameterCommand({ Name: "/orca-fleet/ca/private-key" }));
    expect(key.Parameter?.Type).toBe("SecureString");
    const synced = await certs("sync", "--ca-parameter");
    expect(synced.code).toBe(0);
    for (const said of [made.text, synced.text]) expect(said).not.toContain("PRIVATE KEY");
    const server = await local.client.send(
      new GetParameterCommand({ Name: "/orca-fleet/secrets/shinjuku-naika/tls/server.crt", WithDecryption: true }),
    );
    expect(server.Parameter?.Value).toContain("BEGIN CERTIFICATE");
  });

  it("never replaces a CA already there, and takes one place for the CA, not two", async () => {
    const again = await certs("issue-ca", "--to-parameter");
    expect(again.code).toBe(1);
    expect(again.text).toContain("already holds a CA");
    await expect(certs("issue-ca", "--to-parameter", "--out", "/tmp/x")).rejects.toThrow("one of them");
    await expect(certs("sync", "--ca", "/tmp/x", "--ca-parameter")).rejects.toThrow("not both");
  });
});
