import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateTagsCommand, EC2Client } from "@aws-sdk/client-ec2";
import {
  CreateAssociationCommand,
  CreateDocumentCommand,
  CreatePatchBaselineCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
} from "@aws-sdk/client-ssm";
import { beforeAll, describe, expect, it } from "vitest";
import { certsCommand } from "../../actions/cli/certs.js";
import { type DoctorPorts, doctorCommand } from "../../actions/cli/doctor.js";
import { readInventory } from "../../actions/lib/adapters/aws/ec2-inventory.js";
import type { RepositorySettings } from "../../actions/lib/adapters/github/repository-settings.js";
import { expectedRepository } from "../../actions/lib/flows/doctor/expected-setup.js";
import { testCredentials, testRegion } from "../contract/moto/clients.js";
import { localAwsForFile } from "../contract/support.js";

const root = join(import.meta.dirname, "../..");
/** Every document the repository holds, as doctor finds them. */
const documentNames = async () =>
  (await readdir(join(root, "ssm-documents")))
    .filter((f) => f.endsWith(".yml"))
    .map((f) => f.replace(/\.yml$/, ""))
    .sort();
const local = localAwsForFile(
  (url) => new SSMClient({ endpoint: url, region: testRegion, credentials: testCredentials }),
);
const connect = () => new SSMClient({ endpoint: local.server.url, region: testRegion, credentials: testCredentials });

/** The stack's outputs that the example fleet.yml already holds: a stack and fleet.yml that agree. */
const outputs = {
  Region: "ap-northeast-1",
  ZoneId: "Z04417562QX8HN3KVTB1E",
  Domain: "orca.fleet.internal",
  BackupBucket: "orca-fleet-backups-ap-northeast-1",
  InstanceProfilePrefix: "orca-fleet-instance",
  AmiParameter: "/orca-fleet/golden-ami",
  SecretsPrefix: "/orca-fleet/secrets",
  SubnetPrivateA: "subnet-0b1c2d3e4f5a69788",
  SubnetPrivateC: "subnet-03e9a7c5b1d2f4866",
  SubnetPrivateD: "subnet-0f4d6b8a2c1e3579a",
  SecurityGroupOrcaApi: "sg-0a3f5c9e1b7d24680",
  SecurityGroupSsmEndpoints: "sg-0c81d2e4f6a930b57",
};

/** A repository as the workflows want it; each test takes one piece away. */
function completeRepository(): {
  labels: string[];
  environment: { branches: string[] } | undefined;
  variables: string[];
  secrets: string[];
  checks: string[];
  pullRequests: boolean;
} {
  return {
    labels: [...expectedRepository.labels, "bug"],
    environment: { branches: ["main"] },
    variables: [...expectedRepository.variables, "INTAKE_APP_ID"],
    secrets: ["INTAKE_APP_PRIVATE_KEY"],
    checks: ["ci", "validate"],
    pullRequests: true,
  };
}

let repository = completeRepository();

const settings: RepositorySettings = {
  repo: "example/fleet",
  defaultBranch: async () => "main",
  labels: async () => repository.labels,
  environment: async (name) => (name === "production" ? repository.environment : undefined),
  variableNames: async () => repository.variables,
  secretNames: async () => repository.secrets,
  requiredChecks: async (branch) => (branch === "main" ? repository.checks : []),
  actionsMayCreatePullRequests: async () => repository.pullRequests,
};

const ports: DoctorPorts = {
  ssm: connect,
  readStack: async () => outputs,
  async instances() {
    const ec2 = new EC2Client({ endpoint: local.server.url, region: testRegion, credentials: testCredentials });
    try {
      return await readInventory(ec2);
    } finally {
      ec2.destroy();
    }
  },
  github: () => settings,
  now: () => new Date(),
};

let work: string;
let outputsFile: string;

async function doctor(...extra: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const args = [
    "--outputs",
    outputsFile,
    "--clinics",
    join(work, "clinics"),
    "--documents",
    join(root, "ssm-documents"),
    "--repo",
    "example/fleet",
    ...extra,
  ];
  const code = await doctorCommand(ports).run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

type Checklist = { ok: boolean; checks: { id: string; ok: boolean; message: string; fix?: string }[] };

async function checklist(): Promise<Checklist> {
  return JSON.parse((await doctor("--format", "json")).out) as Checklist;
}

const misses = (list: Checklist) => list.checks.filter((c) => !c.ok).map((c) => c.id);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "orca-doctor-"));
  await cp(join(root, "clinics"), join(work, "clinics"), { recursive: true });
  outputsFile = join(work, "stack-outputs.json");
  await writeFile(outputsFile, JSON.stringify({ "orca-fleet-ap-northeast-1": outputs }));
});

describe("orca-fleet doctor against the local cloud", () => {
  it("names every AWS piece an empty account lacks, each with its fix, and exits 1", async () => {
    // An instance launched by hand, without the fleet's managed-by tag: no scan would reach it.
    local.server.ec2.launch({ tags: { "orca-fleet:clinic": "shinjuku-naika" }, running: true });
    const { code, out } = await doctor();
    expect(code).toBe(1);
    expect(out).toContain("✗ [aws] /orca-fleet/golden-ami にラベル current のバージョンがありません");
    expect(out).toContain("対処: bake-ami ワークフローを実行");
    expect(out).toContain("✗ [aws] ドキュメント orca-healthcheck が SSM にありません");
    expect(out).toContain("対処: npx orca-fleet certs sync --ca DIR");
    expect(out).toContain("✗ [aws] パッチベースライン orca-fleet-ubuntu がありません");
    expect(out).toMatch(
      /✗ \[aws\] tag:orca-fleet:managed-by=orca-fleet のないインスタンスが 1 台あり、スキャンされません: i-[0-9a-f]+/,
    );
    expect(out).toMatch(
      /対処: aws ec2 create-tags --resources i-[0-9a-f]+ --tags Key=orca-fleet:managed-by,Value=orca-fleet/,
    );
    const list = await checklist();
    expect(misses(list)).toEqual([
      "aws.ami-label",
      ...(await documentNames()).map((name) => `aws.document.${name}`),
      "aws.certificates",
      "aws.patch-baseline",
      "aws.patch-scan",
      "aws.patch-coverage",
    ]);
    expect(list.checks.every((c) => c.ok === (c.fix === undefined))).toBe(true);
  });

  it("passes once the AMI, the documents and the certificates are in place", async () => {
    const ssm = local.client;
    await ssm.send(
      new PutParameterCommand({
        Name: "/orca-fleet/golden-ami",
        Value: "ami-0123456789abcdef0",
        Type: "String",
        DataType: "aws:ec2:image",
      }),
    );
    await ssm.send(
      new LabelParameterVersionCommand({ Name: "/orca-fleet/golden-ami", ParameterVersion: 1, Labels: ["current"] }),
    );
    for (const name of await documentNames()) {
      const content = await readFile(join(root, "ssm-documents", `${name}.yml`), "utf8");
      await ssm.send(
        new CreateDocumentCommand({ Name: name, Content: content, DocumentType: "Command", DocumentFormat: "YAML" }),
      );
    }
    // What the stack's patching creates (infra/patching.ts), and the tag provisioning puts on every instance.
    await ssm.send(new CreatePatchBaselineCommand({ Name: "orca-fleet-ubuntu", OperatingSystem: "UBUNTU" }));
    await ssm.send(
      new CreateAssociationCommand({
        Name: "AWS-RunPatchBaseline",
        AssociationName: "orca-fleet-patch-scan",
        Parameters: { Operation: ["Scan"] },
        Targets: [{ Key: "tag:orca-fleet:managed-by", Values: ["orca-fleet"] }],
        ScheduleExpression: "rate(1 day)",
      }),
    );
    const ec2 = new EC2Client({ endpoint: local.server.url, region: testRegion, credentials: testCredentials });
    const ids = (await ports.instances("ap-northeast-1")).map((i) => i.instanceId);
    await ec2.send(
      new CreateTagsCommand({ Resources: ids, Tags: [{ Key: "orca-fleet:managed-by", Value: "orca-fleet" }] }),
    );
    ec2.destroy();
    const io = { out: () => {}, err: () => {} };
    const certs = certsCommand(connect);
    expect(await certs.run(["issue-ca", "--out", join(work, "ca"), "--clinics", join(work, "clinics")], io)).toBe(0);
    expect(await certs.run(["sync", "--ca", join(work, "ca"), "--clinics", join(work, "clinics")], io)).toBe(0);
    const { code, out } = await doctor();
    expect(out).not.toContain("✗");
    expect(code).toBe(0);
    expect(out).toMatch(/項目すべて問題ありません。$/);
  });

  it("names a document whose default version is not this repository's", async () => {
    const changed = join(work, "documents");
    await cp(join(root, "ssm-documents"), changed, { recursive: true });
    await writeFile(
      join(changed, "orca-restart.yml"),
      `${await readFile(join(changed, "orca-restart.yml"), "utf8")}\n# edited\n`,
    );
    const { code, out } = await doctor("--documents", changed);
    expect(code).toBe(1);
    expect(out).toContain("ドキュメント orca-restart: 既定バージョン 1 がこのリポジトリの内容と異なります");
  });

  it("names certificates that expire within the threshold", async () => {
    const list = JSON.parse((await doctor("--format", "json", "--renew-before", "400")).out) as Checklist;
    expect(misses(list)).toEqual(["aws.certificates"]);
    expect(list.checks.find((c) => c.id === "aws.certificates")?.message).toMatch(/shinjuku-naika server \(expiring\)/);
  });

  it("names a fleet.yml that differs from the stack", async () => {
    await writeFile(outputsFile, JSON.stringify({ "orca-fleet-ap-northeast-1": { ...outputs, ZoneId: "ZOTHER" } }));
    try {
      const list = await checklist();
      expect(misses(list)).toEqual(["aws.stack-outputs"]);
      expect(list.checks[0]?.message).toContain("dns.zoneId");
      expect(list.checks[0]?.fix).toContain("orca-fleet setup fleet");
    } finally {
      await writeFile(outputsFile, JSON.stringify({ "orca-fleet-ap-northeast-1": outputs }));
    }
  });

  it.each([
    [
      "github.labels",
      (r: typeof repository) => {
        r.labels = ["bug"];
      },
      "gh label create clinic-request",
    ],
    [
      "github.environment",
      (r: typeof repository) => {
        r.environment = undefined;
      },
      "Environments → production",
    ],
    [
      "github.environment",
      (r: typeof repository) => {
        r.environment = { branches: ["main", "dev/*"] };
      },
      "Selected branches",
    ],
    [
      "github.variables",
      (r: typeof repository) => {
        r.variables = r.variables.filter((v) => v !== "AWS_BAKE_ROLE_ARN");
      },
      "gh variable set AWS_BAKE_ROLE_ARN",
    ],
    [
      "github.secrets",
      (r: typeof repository) => {
        r.secrets = [];
      },
      "gh secret set INTAKE_APP_PRIVATE_KEY",
    ],
    [
      "github.required-checks",
      (r: typeof repository) => {
        r.checks = [];
      },
      "ステータスチェック ci, validate を必須に",
    ],
    [
      "github.actions-pull-requests",
      (r: typeof repository) => {
        r.pullRequests = false;
      },
      "Allow GitHub Actions to create and approve pull requests",
    ],
  ])("names %s when the repository lacks it, with its fix", async (id, breakIt, fix) => {
    repository = completeRepository();
    breakIt(repository);
    try {
      const { code, out } = await doctor("--format", "json");
      const list = JSON.parse(out) as Checklist;
      expect(code).toBe(1);
      expect(misses(list)).toEqual([id]);
      expect(list.checks.find((c) => c.id === id)?.fix).toContain(fix);
    } finally {
      repository = completeRepository();
    }
  });

  it("says what to set when it cannot reach GitHub, and refuses a command line it cannot act on", async () => {
    const noToken = await doctorCommand({ ...ports, github: () => undefined }).run(
      ["--outputs", outputsFile, "--clinics", join(work, "clinics"), "--repo", "example/fleet", "--format", "json"],
      {
        out: (t) =>
          expect(JSON.parse(t).checks.at(-1)).toMatchObject({
            id: "github",
            ok: false,
            fix: expect.stringContaining("GITHUB_TOKEN"),
          }),
        err: () => {},
      },
    );
    expect(noToken).toBe(1);
    await expect(
      doctorCommand(ports).run(["--clinics", join(work, "clinics")], { out: () => {}, err: () => {} }),
    ).rejects.toThrow(/--outputs FILE/);
    await expect(doctor("--repo", "not a repo")).rejects.toThrow(/OWNER\/REPO/);
    const noFile = await doctorCommand(ports).run(
      ["--outputs", join(work, "absent.json"), "--clinics", join(work, "clinics")],
      { out: () => {}, err: (t) => expect(t).toContain("absent.json cannot be read") },
    );
    expect(noFile).toBe(1);
  });
});
