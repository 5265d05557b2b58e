import { aws_iam as iam, aws_kms as kms, RemovalPolicy } from "aws-cdk-lib";
import { Construct } from "constructs";
import { caParameter } from "../actions/lib/core/ca-parameter.js";
import { fillPolicy, type PlaceholderName, readPolicy } from "./policy-source.js";

/**
 * What the account itself may do with the CA's key: administer it (its policy too, which KMS requires against
 * lock-out), never use it nor grant its use (no Decrypt, Encrypt, GenerateDataKey, ReEncrypt, CreateGrant).
 */
export const caKeyAdministration = [
  "kms:CreateAlias",
  "kms:Describe*",
  "kms:Enable*",
  "kms:List*",
  "kms:Put*",
  "kms:Update*",
  "kms:Revoke*",
  "kms:Disable*",
  "kms:Get*",
  "kms:Delete*",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion",
];

export const caKeyUse = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"];

/**
 * The CA's key kept in Parameter Store (orca-fleet certs --ca-parameter): a KMS key of its own whose key policy names
 * the operator role as its only user, so no IAM policy elsewhere in the account (a workflow's, an instance's) can
 * grant its use: KMS honours IAM policies only for what the key policy gives the account. The operator role is
 * assumed by people of this account with MFA, never by a workflow (no OIDC trust).
 */
export class CaKeyProtection extends Construct {
  readonly key: kms.CfnKey;
  readonly operatorRole: iam.CfnRole;

  constructor(scope: Construct, id: string, values: Partial<Record<PlaceholderName, string>>) {
    super(scope, id);
    const account = values.ACCOUNT_ID ?? "";
    const operatorArn = `arn:aws:iam::${account}:role/${caParameter.operatorRole}`;
    this.key = new kms.CfnKey(this, "Key", {
      description: "orca-fleet: the fleet CA's private key in Parameter Store",
      enableKeyRotation: true,
      keyPolicy: {
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "TheAccountAdministersTheKeyButCannotUseIt",
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: caKeyAdministration,
            Resource: "*",
          },
          {
            Sid: "OnlyTheOperatorRoleUsesItThroughSsm",
            Effect: "Allow",
            Principal: { AWS: operatorArn },
            Action: caKeyUse,
            Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": `ssm.${values.REGION ?? ""}.amazonaws.com` } },
          },
        ],
      },
    });
    this.key.applyRemovalPolicy(RemovalPolicy.RETAIN);
    new kms.CfnAlias(this, "Alias", { aliasName: caParameter.keyAlias, targetKeyId: this.key.ref });
    this.operatorRole = new iam.CfnRole(this, "Operator", {
      roleName: caParameter.operatorRole,
      description: "orca-fleet: a person holding the fleet CA (orca-fleet certs with --ca-parameter)",
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: "sts:AssumeRole",
            Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
          },
        ],
      },
      policies: [
        {
          policyName: "operator-ca",
          policyDocument: fillPolicy(readPolicy("operator-ca.policy.json"), { ...values, CA_KEY_ID: this.key.ref }),
        },
      ],
    });
  }
}
