import { readdirSync, readFileSync } from "node:fs";
import { App } from "aws-cdk-lib";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkFleetText } from "../../../actions/lib/core/registry/check-file.js";
import { fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import { stackOutputs } from "../../../actions/lib/core/stack-outputs.js";
import { fillFleetIds } from "../../../actions/lib/flows/setup/fleet-ids.js";
import { FleetStack, type FleetStackProps } from "../../../infra/fleet-stack.js";
import { githubTrustPolicy } from "../../../infra/github-trust.js";
import { readPolicy } from "../../../infra/policy-source.js";
import { roleName, workflowRoles } from "../../../infra/workflow-roles.js";
import { repository, synthFleet } from "./synth.js";

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string }>;

let template: Template;
let resources: Resources;
let resolve: (value: unknown) => unknown;
const fleetYml = fleetSchema.parse(parse(readFileSync("clinics/fleet.yml", "utf8")));
const clinicIds = readdirSync("clinics")
  .filter((f) => f.endsWith(".yml") && f !== "fleet.yml")
  .map((f) => f.replace(/\.yml$/, ""));

beforeAll(async () => {
  const synthesized = await synthFleet();
  template = synthesized.template;
  resources = template.toJSON().Resources as Resources;
  resolve = (value) => synthesized.stack.resolve(value);
}, 120_000);

const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

describe("the fleet stack", () => {
  it("refuses a region outside Japan, and a stack with no region", () => {
    const props: FleetStackProps = {
      github: { repository, environment: "production", branch: "main" },
      fleet: {
        domain: "orca.fleet.internal",
        amiParameter: "/orca-fleet/golden-ami",
        secretsPrefix: "/orca-fleet/secrets",
        backupRetentionDays: 35,
      },
      clinicIds: [],
    };
    expect(() => new FleetStack(new App(), "Us", { ...props, env: { region: "us-east-1" } })).toThrow(
      /only in Japan: region must be ap-northeast-1 \(Tokyo\) or ap-northeast-3 \(Osaka\), not us-east-1/,
    );
    expect(() => new FleetStack(new App(), "Anywhere", props)).toThrow(/only in Japan/);
    expect(() => new FleetStack(new App(), "Osaka", { ...props, env: { region: "ap-northeast-3" } })).not.toThrow();
  });

  it("refuses a repository pattern and policy paths that differ from the policies'", () => {
    const props: FleetStackProps = {
      env: { region: "ap-northeast-1" },
      github: { repository: "owner/*", environment: "production", branch: "main" },
      fleet: {
        domain: "x.internal",
        amiParameter: "/orca-fleet/golden-ami",
        secretsPrefix: "/s",
        backupRetentionDays: 1,
      },
      clinicIds: [],
    };
    expect(() => new FleetStack(new App(), "A", props)).toThrow(/OWNER\/REPO/);
    expect(
      () => new FleetStack(new App(), "B", { ...props, github: { ...props.github, repository: "owner/repo" } }),
    ).toThrow(/fleet.yml names \/s where infra\/policies grant \/orca-fleet\/secrets/);
  });

  it("has private subnets in three zones and no way to or from the internet", () => {
    const subnets = ofType("AWS::EC2::Subnet");
    expect(subnets).toHaveLength(3);
    expect(new Set(subnets.map((s) => s.Properties?.AvailabilityZone)).size).toBe(3);
    for (const subnet of subnets) expect(subnet.Properties?.MapPublicIpOnLaunch ?? false).toBe(false);
    for (const type of [
      "AWS::EC2::InternetGateway",
      "AWS::EC2::NatGateway",
      "AWS::EC2::EIP",
      "AWS::EC2::EgressOnlyInternetGateway",
    ]) {
      expect(ofType(type), type).toEqual([]);
    }
    for (const route of ofType("AWS::EC2::Route")) {
      expect(route.Properties?.GatewayId ?? route.Properties?.NatGatewayId, JSON.stringify(route)).toBeUndefined();
    }
  });

  it("reaches SSM, KMS and the logs through interface endpoints and S3 through a gateway", () => {
    const endpoints = ofType("AWS::EC2::VPCEndpoint").map((e) => resolve(e.Properties) as Record<string, unknown>);
    const services = (type: string) =>
      endpoints
        .filter((e) => (e.VpcEndpointType ?? "Gateway") === type)
        // com.amazonaws.<region>.<service>, a plain string or joined around the region.
        .map((e) => JSON.stringify(e.ServiceName).match(/\.([a-z0-9]+)"(?:\]\]\})?$/)?.[1])
        .sort();
    expect(services("Interface")).toEqual(["ec2messages", "kms", "logs", "ssm", "ssmmessages"]);
    expect(services("Gateway")).toEqual(["s3"]);
    for (const endpoint of endpoints.filter((e) => e.VpcEndpointType === "Interface")) {
      expect(endpoint.PrivateDnsEnabled).toBe(true);
    }
  });

  it("opens nothing to the world, and ORCA's port only to its clients", () => {
    for (const group of ofType("AWS::EC2::SecurityGroup")) {
      for (const rule of (group.Properties?.SecurityGroupIngress as Record<string, unknown>[] | undefined) ?? []) {
        expect(rule.CidrIp).not.toBe("0.0.0.0/0");
        expect(rule.CidrIpv6).toBeUndefined();
        expect([rule.FromPort, rule.ToPort]).toEqual([8000, 8000]);
      }
    }
    for (const rule of ofType("AWS::EC2::SecurityGroupIngress")) {
      expect(rule.Properties?.SourceSecurityGroupId).toBeDefined();
      expect([rule.Properties?.FromPort, rule.Properties?.ToPort]).toEqual([443, 443]);
    }
  });

  it("makes the private zone in the fleet's VPC", () => {
    template.hasResourceProperties("AWS::Route53::HostedZone", {
      Name: "orca.fleet.internal.",
      VPCs: [Match.objectLike({ VPCId: Match.anyValue() })],
    });
  });

  it("keeps three rotated keys whose policies trust the account alone, and the CA's key apart", () => {
    const all = ofType("AWS::KMS::Key");
    expect(all).toHaveLength(4);
    // The CA's key trusts the operator role for its use (test/unit/iam/ca-key.test.ts holds its policy).
    const keys = all.filter((k) => !String(k.Properties?.Description).includes("CA's private key"));
    expect(keys).toHaveLength(3);
    for (const key of keys) {
      expect(key.Properties?.EnableKeyRotation).toBe(true);
      expect(key.DeletionPolicy).toBe("Retain");
      const policy = resolve(key.Properties?.KeyPolicy) as { Statement: { Principal: unknown; Effect: string }[] };
      for (const statement of policy.Statement) {
        expect(statement.Effect).toBe("Allow");
        expect(JSON.stringify(statement.Principal)).toMatch(
          /^\{"AWS":\{"Fn::Join":\["",\["arn:",\{"Ref":"AWS::Partition"\},":iam::",\{"Ref":"AWS::AccountId"\},":root"\]\]\}\}$/,
        );
      }
    }
  });

  it("keeps backups in locked, versioned, private, KMS-encrypted generations", () => {
    const [bucket] = ofType("AWS::S3::Bucket");
    expect(ofType("AWS::S3::Bucket")).toHaveLength(1);
    expect(bucket?.DeletionPolicy).toBe("Retain");
    const p = resolve(bucket?.Properties) as Record<string, unknown>;
    expect(p.VersioningConfiguration).toEqual({ Status: "Enabled" });
    expect(p.ObjectLockEnabled).toBe(true);
    expect(p.ObjectLockConfiguration).toEqual({
      ObjectLockEnabled: "Enabled",
      Rule: { DefaultRetention: { Mode: "COMPLIANCE", Days: fleetYml.backup.retentionDays } },
    });
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.BucketEncryption).toMatchObject({
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: expect.anything() } },
      ],
    });
    expect(p.LifecycleConfiguration).toMatchObject({
      Rules: [
        expect.objectContaining({
          Status: "Enabled",
          ExpirationInDays: fleetYml.backup.retentionDays + 1,
          NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        }),
      ],
    });
  });

  it("denies the backup bucket to plain HTTP, old TLS and any other encryption", () => {
    const [policy] = ofType("AWS::S3::BucketPolicy");
    const statements = (resolve(policy?.Properties?.PolicyDocument) as { Statement: Record<string, unknown>[] })
      .Statement;
    expect(statements.every((s) => s.Effect === "Deny" && s.Principal !== undefined)).toBe(true);
    const conditions = statements.map((s) => s.Condition);
    expect(conditions).toContainEqual({ Bool: { "aws:SecureTransport": "false" } });
    expect(conditions).toContainEqual({ NumericLessThan: { "s3:TlsVersion": 1.2 } });
    expect(conditions).toContainEqual({ StringNotEqualsIfExists: { "s3:x-amz-server-side-encryption": "aws:kms" } });
    expect(conditions).toContainEqual({
      StringNotEqualsIfExists: { "s3:x-amz-server-side-encryption-aws-kms-key-id": expect.anything() },
    });
  });

  it("creates GitHub's OIDC provider for sts.amazonaws.com", () => {
    template.resourceCountIs("AWS::IAM::OIDCProvider", 1);
    template.hasResourceProperties("AWS::IAM::OIDCProvider", {
      Url: "https://token.actions.githubusercontent.com",
      ClientIdList: ["sts.amazonaws.com"],
    });
  });

  it("makes one role per workflow, trusted as the trust table says, with its policy file's statements", () => {
    const roles = ofType("AWS::IAM::Role").map((r) => resolve(r.Properties) as Record<string, unknown>);
    for (const role of workflowRoles) {
      const made = roles.filter((r) => r.RoleName === roleName(role));
      expect(made, role.id).toHaveLength(1);
      const trust = made[0]?.AssumeRolePolicyDocument as ReturnType<typeof githubTrustPolicy>;
      const expected = githubTrustPolicy({ repository, environment: "production", branch: "main" }, role, "PROVIDER");
      expect({ ...trust, Statement: trust.Statement.map((s) => ({ ...s, Principal: "PROVIDER" })) }).toEqual({
        ...expected,
        Statement: expected.Statement.map((s) => ({ ...s, Principal: "PROVIDER" })),
      });
      const providerId = Object.entries(resources).find(([, r]) => r.Type === "AWS::IAM::OIDCProvider")?.[0];
      expect(trust.Statement[0]?.Principal).toEqual({ Federated: { Ref: providerId } });
      const policies = made[0]?.Policies as { PolicyDocument: { Statement: { Sid: string; Action: unknown }[] } }[];
      const [inline] = policies;
      const source = readPolicy(role.policy).Statement;
      expect(inline?.PolicyDocument.Statement.map((s) => [s.Sid, s.Action])).toEqual(
        source.map((s) => [s.Sid, s.Action]),
      );
      expect(JSON.stringify(inline)).not.toMatch(/ACCOUNT_ID|REGION|_ID\b|BACKUP_BUCKET|FLEET_DOMAIN/);
    }
  });

  it("trusts an existing OIDC provider instead of making a second one", async () => {
    const arn = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com";
    const { template: other } = await synthFleet({ oidcProviderArn: arn });
    other.resourceCountIs("AWS::IAM::OIDCProvider", 0);
    other.hasResourceProperties("AWS::IAM::Role", {
      RoleName: "orca-fleet-apply",
      AssumeRolePolicyDocument: { Statement: [Match.objectLike({ Principal: { Federated: arn } })] },
    });
  }, 120_000);

  it("gives every clinic its own role and instance profile, scoped to its own paths", () => {
    const roles = ofType("AWS::IAM::Role").map((r) => resolve(r.Properties) as Record<string, unknown>);
    const profiles = ofType("AWS::IAM::InstanceProfile").map((p) => p.Properties ?? {});
    expect(clinicIds.length).toBeGreaterThan(1);
    for (const id of clinicIds) {
      const [role] = roles.filter((r) => r.RoleName === `orca-fleet-instance-${id}`);
      expect(role?.Path, id).toBe("/orca-fleet/clinics/");
      const text = JSON.stringify(role?.Policies);
      expect(text).toContain(`parameter/orca-fleet/secrets/${id}/*`);
      expect(text).toContain(`/${id}/*`);
      expect(text).toContain(`"${id}.orca.fleet.internal"`);
      for (const other of clinicIds.filter((o) => o !== id)) expect(text).not.toContain(`/${other}/`);
      expect(profiles).toContainEqual(
        expect.objectContaining({ InstanceProfileName: `orca-fleet-instance-${id}`, Path: "/orca-fleet/clinics/" }),
      );
    }
  });

  it("holds the golden AMI parameter, the patch baseline and a scan of the fleet", () => {
    template.hasResourceProperties("AWS::SSM::Parameter", {
      Name: "/orca-fleet/golden-ami",
      DataType: "aws:ec2:image",
    });
    template.hasResourceProperties("AWS::SSM::PatchBaseline", { OperatingSystem: "UBUNTU", DefaultBaseline: true });
    template.hasResourceProperties("AWS::SSM::Association", {
      Name: "AWS-RunPatchBaseline",
      Parameters: { Operation: ["Scan"] },
      Targets: [{ Key: "tag:orca-fleet:managed-by", Values: ["orca-fleet"] }],
    });
  });

  it("outputs every id fleet.yml takes from it", () => {
    const outputs = Object.keys(template.toJSON().Outputs as Record<string, unknown>);
    expect(outputs).toEqual(expect.arrayContaining(Object.values(stackOutputs)));
    const pascal = (name: string) => name.replace(/(?:^|-)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    for (const name of Object.keys(fleetYml.subnets)) expect(outputs).toContain(`Subnet${pascal(name)}`);
    for (const name of Object.keys(fleetYml.securityGroups)) expect(outputs).toContain(`SecurityGroup${pascal(name)}`);
  });

  it("outputs what orca-fleet setup fleet needs to fill every id of fleet.yml", () => {
    // Each output with a value of the shape CloudFormation would give it once deployed.
    const deployed = Object.fromEntries(
      Object.entries(template.toJSON().Outputs as Record<string, { Value: unknown }>).map(([key, { Value }], i) => {
        const hex = i.toString(16).padStart(17, "0");
        if (key.startsWith("Subnet")) return [key, `subnet-${hex}`];
        if (key.startsWith("SecurityGroup") || key === stackOutputs.buildSecurityGroupId) return [key, `sg-${hex}`];
        return [key, typeof Value === "string" ? Value : `${key}-value`];
      }),
    );
    const filled = fillFleetIds(readFileSync("clinics/fleet.yml", "utf8"), deployed);
    const fleet = checkFleetText(filled.text, "fleet.yml").fleet;
    expect(filled.unknownSubnets).toEqual([]);
    for (const name of Object.keys(fleetYml.subnets)) expect(fleet?.subnets[name]?.id).toMatch(/^subnet-/);
    for (const name of Object.keys(fleetYml.securityGroups)) expect(fleet?.securityGroups[name]).toMatch(/^sg-/);
    expect(fleet?.dns.zoneId).toBe("ZoneId-value");
    expect(fleet?.backup.bucket).toBe("BackupBucket-value");
    expect(fleet?.instanceProfile).toBe("orca-fleet-instance");
  });
});
