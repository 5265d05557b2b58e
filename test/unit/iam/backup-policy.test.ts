import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * The backup bucket's guarantees that IAM carries: clinic servers may only add encrypted, COMPLIANCE-locked
 * generations, and no role of the toolkit can read, delete, unlock or re-configure them.
 */

const statementSchema = z.looseObject({
  Sid: z.string(),
  Effect: z.enum(["Allow", "Deny"]),
  Action: z.union([z.string(), z.array(z.string())]),
  Resource: z.union([z.string(), z.array(z.string())]),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
const policySchema = z.looseObject({ Statement: z.array(statementSchema) });

const read = (file: string) => policySchema.parse(JSON.parse(readFileSync(join("docs/iam", file), "utf8")));
const actions = (s: z.infer<typeof statementSchema>) => (typeof s.Action === "string" ? [s.Action] : s.Action);

describe("the backup bucket in the IAM policies", () => {
  const instance = read("instance.policy.json").Statement.filter((s) => actions(s).some((a) => a.startsWith("s3:")));

  it("lets a clinic server only put SSE-KMS objects and COMPLIANCE retention into the backup bucket", () => {
    expect(instance.map((s) => ({ actions: actions(s), resource: s.Resource, condition: s.Condition }))).toEqual([
      {
        actions: ["s3:PutObject"],
        resource: "arn:aws:s3:::BACKUP_BUCKET/*",
        condition: { StringEquals: { "s3:x-amz-server-side-encryption": "aws:kms" } },
      },
      {
        actions: ["s3:PutObjectRetention"],
        resource: "arn:aws:s3:::BACKUP_BUCKET/*",
        condition: { StringEquals: { "s3:object-lock-mode": "COMPLIANCE" } },
      },
    ]);
  });

  it("gives no role a way to read, delete, unlock or re-configure backups", () => {
    const forbidden = /^s3:(Get|List|Delete|BypassGovernanceRetention|PutBucket|PutLifecycle|PutObjectLegalHold)/;
    const granted = readdirSync("docs/iam")
      .filter((f) => f.endsWith(".policy.json"))
      .flatMap((file) =>
        read(file)
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
