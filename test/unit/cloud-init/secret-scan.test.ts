import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSecrets } from "../../../actions/lib/core/cloud-init/secret-scan.js";

const base64Char = fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

describe("findSecrets", () => {
  it.each([
    ["private key block", "-----BEGIN RSA PRIVATE KEY-----"],
    ["private key block", "  -----BEGIN PRIVATE KEY-----"],
    ["AWS access key id", "key AKIAIOSFODNN7EXAMPLE here"],
    ["AWS secret access key", "aws_secret_access_key = abc"],
    ["password or token value", "ORMASTER_PASSWORD=hunter22"],
    ["password or token value", 'password: "s3cret!"'],
  ])("finds a %s in %j", (name, line) => {
    expect(findSecrets(`#cloud-config\n${line}\n`)).toContainEqual({ name, line: 2 });
  });

  it("finds any long base64 blob", () => {
    fc.assert(
      fc.property(fc.string({ unit: base64Char, minLength: 40, maxLength: 400 }), (blob) => {
        expect(findSecrets(`content: ${blob}`).map((finding) => finding.name)).toContain("long base64 blob");
      }),
    );
  });

  it("leaves references to secrets alone", () => {
    const text = [
      'token=$(curl -fsS -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 300" http://169.254.169.254/latest/api/token)',
      `curl -H "X-aws-ec2-metadata-token: \${token}"`,
      "passwd_store.sh ormaster </run/orca-fleet/ormaster-password",
    ].join("\n");
    expect(findSecrets(text)).toEqual([]);
  });
});
