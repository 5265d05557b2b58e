import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { caParameter } from "../../../actions/lib/core/ca-parameter.js";
import { CaKeyProtection, caKeyUse } from "../../../infra/ca-key.js";
import { policyFiles, readPolicy, type Statement } from "../../../infra/policy-source.js";
import { workflowRoles } from "../../../infra/workflow-roles.js";

/**
 * The fleet CA's key in Parameter Store is readable by the operator role alone: no workflow or instance policy
 * reaches its path or its KMS key, and the key's own policy lets nobody else use it (KMS honours an IAM policy only
 * for what the key policy gives the account, and here the account gets administration, not use).
 */
const list = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replaceAll("*", ".*")
      .replaceAll("?", ".")}$`,
  );
const grants = (s: Statement, action: string, resource: string) =>
  s.Effect === "Allow" &&
  list(s.Action).some((a) => glob(a).test(action)) &&
  list(s.Resource).some((r) => glob(r).test(resource));

const caKeyParameterArn = `arn:aws:ssm:REGION:ACCOUNT_ID:parameter${caParameter.privateKey}`;

const others = policyFiles().filter((f) => f.endsWith(".policy.json") && f !== "operator-ca.policy.json");

describe("the CA key's parameter", () => {
  it("is out of reach of every workflow and instance policy", () => {
    expect(others.length).toBeGreaterThan(5);
    const reaching = others.flatMap((file) =>
      readPolicy(file)
        .Statement.filter((s) =>
          ["ssm:GetParameter", "ssm:GetParameters", "ssm:GetParameterHistory", "ssm:GetParametersByPath"].some((a) =>
            grants(s, a, caKeyParameterArn),
          ),
        )
        .map((s) => `${file}: ${s.Sid}`),
    );
    expect(reaching).toEqual([]);
    for (const file of others) expect(JSON.stringify(readPolicy(file)), file).not.toContain("CA_KEY_ID");
  });

  it("is what the operator's policy reads and writes", () => {
    const policy = readPolicy("operator-ca.policy.json");
    expect(policy.Statement.some((s) => grants(s, "ssm:GetParameter", caKeyParameterArn))).toBe(true);
    expect(policy.Statement.some((s) => grants(s, "ssm:PutParameter", caKeyParameterArn))).toBe(true);
    expect(workflowRoles.map((r) => r.policy)).not.toContain("operator-ca.policy.json");
  });
});

describe("the CA's KMS key and the operator role", () => {
  const app = new App();
  const stack = new Stack(app, "CaKeyTest", { env: { region: "ap-northeast-1", account: "111122223333" } });
  new CaKeyProtection(stack, "Ca", { ACCOUNT_ID: "111122223333", REGION: "ap-northeast-1", SECRETS_KEY_ID: "secrets" });
  const template = Template.fromStack(stack);
  const [key] = Object.values(template.findResources("AWS::KMS::Key"));
  const statements: { Principal: { AWS: string }; Action: string[]; Condition?: unknown }[] =
    key?.Properties.KeyPolicy.Statement ?? [];

  it("lets the operator role alone use the key, and only through SSM", () => {
    const users = statements.filter((s) => s.Action.some((a) => caKeyUse.some((use) => glob(a).test(use))));
    expect(users.map((s) => s.Principal.AWS)).toEqual([`arn:aws:iam::111122223333:role/${caParameter.operatorRole}`]);
    expect(users[0]?.Condition).toEqual({ StringEquals: { "kms:ViaService": "ssm.ap-northeast-1.amazonaws.com" } });
    // Nor can the account re-encrypt with it or grant its use to someone else.
    const account = statements.filter((s) => s.Principal.AWS.endsWith(":root")).flatMap((s) => s.Action);
    const forbidden = [...caKeyUse, "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:CreateGrant"];
    expect(account.filter((a) => forbidden.some((f) => glob(a).test(f)))).toEqual([]);
    // And no workflow or instance policy may rewrite a key policy or grant a key's use.
    const rewriting = others.flatMap((file) =>
      readPolicy(file).Statement.filter((st) =>
        ["kms:PutKeyPolicy", "kms:CreateGrant"].some((a) =>
          grants(st, a, "arn:aws:kms:REGION:ACCOUNT_ID:key/CA_KEY_ID"),
        ),
      ),
    );
    expect(rewriting).toEqual([]);
  });

  it("keeps the operator role for people of the account with MFA, never for a workflow's OIDC token", () => {
    const [role] = Object.values(template.findResources("AWS::IAM::Role"));
    const trust = role?.Properties.AssumeRolePolicyDocument.Statement ?? [];
    expect(trust).toEqual([
      {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::111122223333:root" },
        Action: "sts:AssumeRole",
        Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
      },
    ]);
    expect(role?.Properties.RoleName).toBe(caParameter.operatorRole);
  });
});
