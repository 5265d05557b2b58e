import { describe, expect, it } from "vitest";
import { policyFiles, readPolicy, type Statement } from "../../../infra/policy-source.js";

/**
 * The backup bucket's guarantees that IAM carries: clinic servers may only add encrypted, COMPLIANCE-locked
 * generations under their own prefix, and no role of the toolkit can read, delete, unlock or re-configure them.
 * Read from the one policy source (infra/policies) that the stack deploys.
 */

const actions = (s: Statement) => (typeof s.Action === "string" ? [s.Action] : s.Action);

describe("the backup bucket in the IAM policies", () => {
  const instance = readPolicy("instance.policy.json").Statement.filter((s) =>
    actions(s).some((a) => a.startsWith("s3:")),
  );

  it("lets a clinic server only put SSE-KMS objects and COMPLIANCE retention into the backup bucket", () => {
    expect(instance.map((s) => ({ actions: actions(s), resource: s.Resource, condition: s.Condition }))).toEqual([
      {
        actions: ["s3:PutObject"],
        resource: "arn:aws:s3:::BACKUP_BUCKET/CLINIC_ID/*",
        condition: { StringEquals: { "s3:x-amz-server-side-encryption": "aws:kms" } },
      },
      {
        actions: ["s3:PutObjectRetention"],
        resource: "arn:aws:s3:::BACKUP_BUCKET/CLINIC_ID/*",
        condition: { StringEquals: { "s3:object-lock-mode": "COMPLIANCE" } },
      },
    ]);
  });

  it("gives no role a way to read, delete, unlock or re-configure backups", () => {
    const forbidden = /^s3:(Get|List|Delete|BypassGovernanceRetention|PutBucket|PutLifecycle|PutObjectLegalHold)/;
    const granted = policyFiles()
      .filter((f) => f.endsWith(".policy.json"))
      .flatMap((file) =>
        readPolicy(file)
          .Statement.filter((s) => s.Effect === "Allow")
          .flatMap((s) =>
            actions(s)
              .filter((a) => forbidden.test(a) || a === "s3:*")
              .map((a) => `${file}: ${a}`),
          ),
      );
    expect(granted).toEqual([]);
  });
});
