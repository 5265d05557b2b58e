import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { type GitHubBinding, githubTrustPolicy, trustedSubject } from "../../../infra/github-trust.js";
import {
  policyFiles as allPolicyFiles,
  type Policy,
  readPolicy,
  type Statement,
} from "../../../infra/policy-source.js";
import { clinicRolePath, instanceProfilePrefix } from "../../../infra/roles.js";
import { workflowRoles } from "../../../infra/workflow-roles.js";

/**
 * Every AWS operation the code can reach must be allowed by the role that runs it, and no policy may grant a
 * wildcard action or a way to destroy. The operations are found in the sources themselves: `new XxxCommand(` and
 * `paginateXxx` in TypeScript, reached by following imports from each role's entry; `aws <service> <op>` in the
 * instance's boot scripts.
 */

const actionsOf = (statement: Statement) =>
  typeof statement.Action === "string" ? [statement.Action] : statement.Action;

const resourcesOf = (statement: Statement) =>
  statement.Resource === undefined
    ? []
    : typeof statement.Resource === "string"
      ? [statement.Resource]
      : statement.Resource;

/** Destructive actions that a role needs and may hold only under a condition, with the reason. */
const conditionalDestroyers: Record<string, readonly string[]> = {
  // Packer ends its own build instance (the condition: Packer's build tag, which clinic servers never get), removes
  // its temporary key pair (by its packer_ name) and ends its own Session Manager sessions.
  "bake-ami.policy.json": ["ec2:TerminateInstances", "ec2:DeleteKeyPair", "ssm:TerminateSession"],
  // The SSM agent deletes messages from its own queue: nothing of the fleet's.
  "instance.policy.json": ["ec2messages:DeleteMessage"],
};

const sdkServices: Record<string, string> = {
  "@aws-sdk/client-ec2": "ec2",
  "@aws-sdk/client-ssm": "ssm",
  "@aws-sdk/client-cloudformation": "cloudformation",
};

/** The operator CLI runs with the operator's own credentials, not a workflow's role. */
const operatorEntry = join("actions", "cli", "main.ts");

/** The source files an entry reaches by relative imports, the entry included. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // Type-only imports run nothing, so they reach no AWS operation; a dynamic import (the CLI loads each command
    // when it runs) does.
    const imported = [
      ...[...text.matchAll(/^(?:import|export)(\s+type)?[^;]*?from "(\.{1,2}\/[^"]+)\.js"/gms)]
        .filter((match) => match[1] === undefined)
        .map((match) => match[2]),
      ...[...text.matchAll(/\bimport\("(\.{1,2}\/[^"]+)\.js"\)/g)].map((match) => match[1]),
    ];
    for (const path of imported) {
      const target = normalize(join(dirname(file), `${path}.ts`));
      if (existsSync(target)) queue.push(target);
    }
  }
  return [...seen];
}

/** service:Operation for every SDK command and paginator a file uses. */
function operationsIn(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const serviceOf = new Map<string, string>();
  for (const match of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*"(@aws-sdk\/client-[a-z0-9-]+)"/g)) {
    const service = sdkServices[match[2] ?? ""];
    if (service === undefined) throw new Error(`${file}: add ${match[2]} to sdkServices`);
    for (const name of (match[1] ?? "").split(",")) serviceOf.set(name.replace(/\btype\b/, "").trim(), service);
  }
  const operations: string[] = [];
  for (const match of text.matchAll(/new (\w+)Command\(|\b(paginate(\w+))\(/g)) {
    const symbol = match[1] === undefined ? match[2] : `${match[1]}Command`;
    const operation = match[1] ?? match[3];
    const service = serviceOf.get(symbol ?? "");
    if (service === undefined || operation === undefined)
      throw new Error(`${file}: ${match[0]} not imported from an SDK client`);
    operations.push(`${service}:${operation}`);
  }
  return operations;
}

function allowed(policy: Policy, operation: string): boolean {
  return policy.Statement.some((s) => s.Effect === "Allow" && actionsOf(s).includes(operation));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".ts"))
    .map((d) => join(d.parentPath, d.name))
    .filter((f) => !f.startsWith(join("actions", "dist")));
}

const policyFiles = allPolicyFiles().filter((f) => f.endsWith(".policy.json"));

describe("IAM policies", () => {
  for (const { id: role, policy, entries } of workflowRoles) {
    const present = entries.filter((entry) => existsSync(entry));
    it.runIf(present.length > 0)(`the ${role} role allows every AWS operation its code reaches`, () => {
      const operations = new Set(present.flatMap(reachable).flatMap(operationsIn));
      expect(operations.size).toBeGreaterThan(0);
      const missing = [...operations].filter((op) => !allowed(readPolicy(policy), op));
      expect(missing).toEqual([]);
    });
  }

  it("finds the provisioning operations in the sources", () => {
    const operations = new Set(reachable("actions/provision/main.ts").flatMap(operationsIn));
    expect([...operations].sort()).toEqual([
      "ec2:DescribeInstances",
      "ec2:RunInstances",
      "ssm:DescribeDocument",
      "ssm:DescribeInstanceInformation",
      "ssm:GetCommandInvocation",
      "ssm:GetParameter",
      "ssm:ListCommandInvocations",
      "ssm:ListCommands",
      "ssm:SendCommand",
    ]);
  });

  it("keeps the plan role read-only", () => {
    const writes = readPolicy("plan.policy.json").Statement.flatMap(actionsOf);
    expect(writes.filter((a) => !/:(Describe|Get|List)/.test(a))).toEqual([]);
  });

  it("lets every action that calls AWS run under some role", () => {
    const covered = new Set(workflowRoles.flatMap((r) => r.entries.filter(existsSync).flatMap(reachable)));
    const operators = new Set(reachable(operatorEntry));
    const uncovered = sourceFiles("actions").filter(
      (f) => !covered.has(f) && !operators.has(f) && !f.endsWith("clients.ts") && operationsIn(f).length > 0,
    );
    expect(uncovered).toEqual([]);
  });

  it("allows the instance role what its boot scripts call", () => {
    const policy = readPolicy("instance.policy.json");
    const scripts = readdirSync("cloud-init/scripts").map((f) => readFileSync(join("cloud-init/scripts", f), "utf8"));
    const operations = scripts.flatMap((text) =>
      [...text.matchAll(/\baws (\w+) ([a-z-]+)/g)].map(([, service, command]) => {
        const op = (command ?? "").replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase());
        return `${service === "s3api" ? "s3" : service}:${op}`;
      }),
    );
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((op) => !allowed(policy, op))).toEqual([]);
  });

  it.each(policyFiles)("%s grants no wildcard action and nothing that destroys", (file) => {
    const policy = readPolicy(file);
    for (const statement of policy.Statement) {
      for (const action of actionsOf(statement)) {
        expect(action, `${file} ${statement.Sid}`).not.toMatch(/\*/);
        if (/:(Terminate|Delete|Deregister|Disable|Remove)/.test(action)) {
          expect(conditionalDestroyers[file] ?? [], `${file} ${statement.Sid}: ${action}`).toContain(action);
          if (!action.startsWith("ec2messages:")) expect(statement.Condition, `${file} ${statement.Sid}`).toBeDefined();
        }
      }
    }
  });

  it("grants nothing on every resource (*) without a condition", () => {
    for (const file of policyFiles) {
      for (const statement of readPolicy(file).Statement) {
        if (resourcesOf(statement).includes("*")) expect(statement.Condition, `${file} ${statement.Sid}`).toBeDefined();
      }
    }
  });

  it("passes only the clinic roles (apply) and the build role (bake), only to EC2", () => {
    const passable: Record<string, string> = {
      // Each clinic launches with its own profile, orca-fleet-instance-<id>, whose role has the same name.
      "apply.policy.json": `arn:aws:iam::ACCOUNT_ID:role${clinicRolePath}${instanceProfilePrefix}-*`,
      "bake-ami.policy.json": "arn:aws:iam::ACCOUNT_ID:role/orca-fleet/orca-fleet-build",
    };
    for (const file of policyFiles) {
      for (const statement of readPolicy(file).Statement.filter((s) =>
        actionsOf(s).some((a) => a.startsWith("iam:")),
      )) {
        expect(actionsOf(statement)).toEqual(["iam:PassRole"]);
        expect(statement.Resource, file).toBe(passable[file]);
        expect(statement.Condition).toEqual({ StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } });
      }
    }
    // The apply role passes the clinic roles the stack makes, and no other role under the clinics' path.
    const [pass] = readPolicy("apply.policy.json").Statement.filter((s) => actionsOf(s).includes("iam:PassRole"));
    if (pass === undefined) throw new Error("the apply role passes no role");
    const pattern = new RegExp(`^${resourcesOf(pass).join("").replaceAll(".", "\\.").replaceAll("*", ".*")}$`);
    const role = (name: string) => `arn:aws:iam::ACCOUNT_ID:role${clinicRolePath}${name}`;
    expect(role(`${instanceProfilePrefix}-shinjuku-naika`)).toMatch(pattern);
    expect(role("orca-fleet-build")).not.toMatch(pattern);
    expect(role("some-other-role")).not.toMatch(pattern);
  });

  describe("the bake role", () => {
    const bake = readPolicy("bake-ami.policy.json");
    const launch = bake.Statement.filter((s) => actionsOf(s).includes("ec2:RunInstances"));
    const on = (type: string) => launch.filter((s) => resourcesOf(s).some((r) => r.includes(`:${type}/`)));

    it("holds nothing Packer does not need with a pre-made network, role and unencrypted-then-copied image", () => {
      const granted = bake.Statement.flatMap(actionsOf);
      for (const action of [
        "ec2:AuthorizeSecurityGroupIngress",
        "ec2:CreateSecurityGroup",
        "ec2:DeleteSecurityGroup",
        "ec2:CreateSnapshot",
        "ec2:CopyImage",
        "ec2:RegisterImage",
        "ec2:DeregisterImage",
        "ec2:DeleteSnapshot",
        "ec2:ModifyImageAttribute",
        "ec2:ModifySnapshotAttribute",
        "ec2:ModifyInstanceAttribute",
      ]) {
        expect(granted, action).not.toContain(action);
      }
    });

    it("launches only from Canonical's images, into the build subnet and group, with no public address", () => {
      expect(on("image").map((s) => s.Condition)).toEqual([{ StringEquals: { "ec2:Owner": "099720109477" } }]);
      expect(on("network-interface").map((s) => s.Condition)).toEqual([
        {
          Bool: { "ec2:AssociatePublicIpAddress": "false" },
          StringEquals: { "ec2:Subnet": "arn:aws:ec2:REGION:ACCOUNT_ID:subnet/BUILD_SUBNET_ID" },
        },
      ]);
      expect(
        on("subnet")
          .flatMap(resourcesOf)
          .filter((r) => r.includes(":subnet/")),
      ).toEqual(["arn:aws:ec2:REGION:ACCOUNT_ID:subnet/BUILD_SUBNET_ID"]);
      expect(
        on("security-group")
          .flatMap(resourcesOf)
          .filter((r) => r.includes(":security-group/")),
      ).toEqual(["arn:aws:ec2:REGION:ACCOUNT_ID:security-group/BUILD_SECURITY_GROUP_ID"]);
      expect(on("volume").map((s) => s.Condition)).toEqual([{ Bool: { "ec2:Encrypted": "true" } }]);
    });

    it("launches only instances carrying the build tag, with IMDSv2 and the build profile", () => {
      const [instance] = on("instance");
      expect(on("instance")).toHaveLength(1);
      expect(instance?.Condition?.Null).toEqual({ "aws:RequestTag/orca-fleet:build-time": "false" });
      expect(instance?.Condition?.StringEquals).toMatchObject({
        "ec2:MetadataHttpTokens": "required",
        "ec2:InstanceProfile": "arn:aws:iam::ACCOUNT_ID:instance-profile/orca-fleet/orca-fleet-build",
      });
    });

    it("images, stops and terminates only instances carrying the build tag", () => {
      for (const action of ["ec2:CreateImage", "ec2:StopInstances", "ec2:TerminateInstances"]) {
        const onInstances = bake.Statement.filter(
          (s) => actionsOf(s).includes(action) && resourcesOf(s).some((r) => r.includes(":instance/")),
        );
        expect(onInstances.length, action).toBeGreaterThan(0);
        for (const statement of onInstances) {
          expect(statement.Condition?.Null, action).toEqual({ "aws:ResourceTag/orca-fleet:build-time": "false" });
        }
      }
    });
  });

  describe("the instance role, filled in for one clinic", () => {
    const policy = readPolicy("instance.policy.json");
    const fill = (text: string, clinic: string) =>
      text
        .replaceAll("CLINIC_ID", clinic)
        .replaceAll("FLEET_DOMAIN", "orca.fleet.internal")
        .replaceAll("BACKUP_BUCKET", "backups");
    /** Whether some statement allows the action on the resource by its Resource patterns (IAM's * and ?). */
    const allows = (clinic: string, action: string, resource: string) =>
      policy.Statement.some(
        (s) => actionsOf(s).includes(action) && resourcesOf(s).some((r) => glob(fill(r, clinic)).test(resource)),
      );
    const secret = (clinic: string, name: string) =>
      `arn:aws:ssm:REGION:ACCOUNT_ID:parameter/orca-fleet/secrets/${clinic}/${name}`;

    it.each([
      ["kobe", "kobe-motomachi"],
      ["kobe-motomachi", "kobe"],
      ["sakai-iin", "sendai-aoba"],
    ])("lets %s read its own secrets and not those of %s", (own, other) => {
      expect(allows(own, "ssm:GetParameter", secret(own, "tls/server.pem"))).toBe(true);
      expect(allows(own, "ssm:GetParameter", secret(other, "tls/server.pem"))).toBe(false);
      expect(allows(own, "ssm:GetParameter", secret(other, "ormaster-password"))).toBe(false);
      expect(allows(own, "s3:PutObject", `arn:aws:s3:::backups/${own}/orca-20261130T000000Z.dump`)).toBe(true);
      expect(allows(own, "s3:PutObject", `arn:aws:s3:::backups/${other}/orca-20261130T000000Z.dump`)).toBe(false);
      expect(allows(own, "s3:PutObjectRetention", `arn:aws:s3:::backups/${other}/x.dump`)).toBe(false);
    });

    it("lets a clinic decrypt only its own parameters and encrypt only its own backups", () => {
      const contexts = policy.Statement.filter((s) => actionsOf(s).some((a) => a.startsWith("kms:"))).map((s) =>
        JSON.parse(fill(JSON.stringify(s.Condition?.StringLike ?? {}), "kobe")),
      );
      expect(contexts).toEqual([
        {
          "kms:EncryptionContext:PARAMETER_ARN": [
            secret("kobe", "*"),
            "arn:aws:ssm:REGION:ACCOUNT_ID:parameter/orca-fleet/secrets/tls/ca.crt",
          ],
        },
        { "kms:EncryptionContext:aws:s3:arn": "arn:aws:s3:::backups/kobe/*" },
      ]);
    });

    it("lets a clinic upsert only its own A record", () => {
      const [dns] = policy.Statement.filter((s) => actionsOf(s).includes("route53:ChangeResourceRecordSets"));
      expect(JSON.parse(fill(JSON.stringify(dns?.Condition), "kobe"))).toEqual({
        "ForAllValues:StringEquals": {
          "route53:ChangeResourceRecordSetsActions": ["UPSERT"],
          "route53:ChangeResourceRecordSetsRecordTypes": ["A"],
          "route53:ChangeResourceRecordSetsNormalizedRecordNames": ["kobe.orca.fleet.internal"],
        },
      });
    });

    it("allows every parameter the boot scripts fetch, for the clinic that boots", () => {
      const script = readFileSync("cloud-init/scripts/fetch-secrets.sh", "utf8");
      const names = [...script.matchAll(/^fetch "\$\{SECRETS_PREFIX\}\/([^"]+)"/gm)].map(
        ([, name]) =>
          `arn:aws:ssm:REGION:ACCOUNT_ID:parameter/orca-fleet/secrets/${(name ?? "").replace("$" + "{CLINIC_ID}", "kobe")}`,
      );
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !allows("kobe", "ssm:GetParameter", name))).toEqual([]);
    });
  });

  describe("GitHub's OIDC trust", () => {
    const binding: GitHubBinding = { repository: "OWNER/REPO", environment: "production", branch: "main" };
    const subject = (context: string, ref: string, workflow: string, repo = "OWNER/REPO") =>
      `repo:${repo}:${context}:ref:${ref}:job_workflow_ref:${repo}/.github/workflows/${workflow}@${ref}`;
    /** Whether a token with this subject may assume the role, by the trust policy's own operator. */
    const admits = (trust: Policy, sub: string) => {
      const condition = trust.Statement[0]?.Condition ?? {};
      const key = "token.actions.githubusercontent.com:sub";
      const exact = condition.StringEquals?.[key];
      const like = condition.StringLike?.[key];
      return (typeof exact === "string" && exact === sub) || (typeof like === "string" && glob(like).test(sub));
    };

    for (const role of workflowRoles) {
      const trust = githubTrustPolicy(
        binding,
        role,
        "arn:aws:iam::ACCOUNT_ID:oidc-provider/token.actions.githubusercontent.com",
      );

      it(`trusts the ${role.id} role to ${role.workflow} alone, in its context and on its ref`, () => {
        expect(trust.Statement).toHaveLength(1);
        expect(trust.Statement[0]?.Condition?.StringEquals?.["token.actions.githubusercontent.com:aud"]).toBe(
          "sts.amazonaws.com",
        );
        const own =
          role.context === "pull_request"
            ? subject("pull_request", "refs/pull/42/merge", role.workflow)
            : subject("environment:production", "refs/heads/main", role.workflow);
        expect(admits(trust, own)).toBe(true);
        const strangers = [
          subject("environment:production", "refs/heads/feature", role.workflow),
          subject("environment:staging", "refs/heads/main", role.workflow),
          subject("ref:refs/heads/main", "refs/heads/main", role.workflow),
          subject("environment:production", "refs/heads/main", "other.yml"),
          subject("pull_request", "refs/pull/42/merge", "other.yml"),
          subject("environment:production", "refs/heads/main", role.workflow, "OWNER/FORK"),
          subject("pull_request", "refs/pull/42/merge", role.workflow, "OWNER/FORK"),
          // GitHub's default subject, before the repository's template is set: binds neither ref nor workflow.
          "repo:OWNER/REPO:environment:production",
          "repo:OWNER/REPO:pull_request",
        ].filter((s) => s !== own);
        expect(strangers.filter((s) => admits(trust, s))).toEqual([]);
      });
    }

    it("keeps wildcards to the pull request's number", () => {
      for (const role of workflowRoles) {
        const { subject: sub } = trustedSubject(binding, role);
        expect(sub.replaceAll("refs/pull/*/merge", "")).not.toMatch(/[*?]/);
      }
    });

    it("documents the repository's subject template in docs/aws-setup.md", () => {
      expect(readFileSync("docs/aws-setup.md", "utf8")).toContain(
        '"include_claim_keys": ["repo", "context", "ref", "job_workflow_ref"]',
      );
    });
  });

  it("names every policy file in docs/aws-setup.md", () => {
    const doc = readFileSync("docs/aws-setup.md", "utf8");
    for (const file of allPolicyFiles()) expect(doc, file).toContain(`../infra/policies/${file}`);
  });
});

/** IAM's string patterns: `*` any run of characters, `?` any one. */
function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replaceAll("*", ".*").replaceAll("?", ".")}$`);
}
