import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * Every AWS operation the code can reach must be allowed by the role that runs it, and no policy may grant a
 * wildcard action or a way to destroy. The operations are found in the sources themselves: `new XxxCommand(` and
 * `paginateXxx` in TypeScript, reached by following imports from each role's entry; `aws <service> <op>` in the
 * instance's boot scripts.
 */

const statementSchema = z.looseObject({
  Sid: z.string(),
  Effect: z.enum(["Allow", "Deny"]),
  Action: z.union([z.string(), z.array(z.string())]),
  Resource: z.union([z.string(), z.array(z.string())]),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
const policySchema = z.strictObject({ Version: z.literal("2012-10-17"), Statement: z.array(statementSchema).min(1) });
type Policy = z.infer<typeof policySchema>;

function readPolicy(file: string): Policy {
  return policySchema.parse(JSON.parse(readFileSync(join("docs/iam", file), "utf8")));
}

const actionsOf = (statement: Policy["Statement"][number]) =>
  typeof statement.Action === "string" ? [statement.Action] : statement.Action;

/** Which role runs which code. The apply role runs the whole provision action; plan only its read-only half. */
const roles = {
  plan: { policy: "plan.policy.json", entries: ["actions/lib/flows/provision/show-plan.ts"] },
  apply: { policy: "apply.policy.json", entries: ["actions/provision/main.ts"] },
  "bake-ami": { policy: "bake-ami.policy.json", entries: ["actions/bake-ami/main.ts"] },
};

/** Destructive actions that a role needs and may hold only under a condition, with the reason. */
const conditionalDestroyers: Record<string, readonly string[]> = {
  // Packer ends its own build instance and removes its temporary key pair and security group; the condition
  // limits that to resources carrying Packer's build tag, which clinic servers never get.
  "bake-ami.policy.json": ["ec2:TerminateInstances", "ec2:DeleteKeyPair", "ec2:DeleteSecurityGroup"],
  // The SSM agent deletes messages from its own queue: nothing of the fleet's.
  "instance.policy.json": ["ec2messages:DeleteMessage"],
};

const sdkServices: Record<string, string> = { "@aws-sdk/client-ec2": "ec2", "@aws-sdk/client-ssm": "ssm" };

/** The source files an entry reaches by relative imports, the entry included. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    // Type-only imports run nothing, so they reach no AWS operation.
    for (const match of readFileSync(file, "utf8").matchAll(
      /^(?:import|export)(\s+type)?[^;]*?from "(\.{1,2}\/[^"]+)\.js"/gms,
    )) {
      if (match[1] !== undefined) continue;
      const target = normalize(join(dirname(file), `${match[2]}.ts`));
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

const policyFiles = readdirSync("docs/iam").filter((f) => f.endsWith(".policy.json"));

describe("IAM policies", () => {
  for (const [role, { policy, entries }] of Object.entries(roles)) {
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
      "ssm:DescribeInstanceInformation",
      "ssm:GetParameter",
    ]);
  });

  it("keeps the plan role read-only", () => {
    const writes = readPolicy("plan.policy.json").Statement.flatMap(actionsOf);
    expect(writes.filter((a) => !/:(Describe|Get|List)/.test(a))).toEqual([]);
  });

  it("lets every action that calls AWS run under some role", () => {
    const covered = new Set(Object.values(roles).flatMap((r) => r.entries.filter(existsSync).flatMap(reachable)));
    const uncovered = sourceFiles("actions").filter(
      (f) => !covered.has(f) && !f.endsWith("clients.ts") && operationsIn(f).length > 0,
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

  it("passes only the instance role, only to EC2", () => {
    for (const file of policyFiles) {
      for (const statement of readPolicy(file).Statement.filter((s) =>
        actionsOf(s).some((a) => a.startsWith("iam:")),
      )) {
        expect(actionsOf(statement)).toEqual(["iam:PassRole"]);
        expect(statement.Resource).toBe("arn:aws:iam::ACCOUNT_ID:role/orca-fleet-instance");
        expect(statement.Condition).toEqual({ StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } });
      }
    }
  });

  it("trusts GitHub's OIDC tokens only for the exact subject of each role", () => {
    const subjects = {
      "github-oidc-trust.plan.json": "repo:OWNER/REPO:pull_request",
      "github-oidc-trust.apply.json": "repo:OWNER/REPO:environment:production",
      "github-oidc-trust.bake-ami.json": "repo:OWNER/REPO:ref:refs/heads/main",
    };
    for (const [file, sub] of Object.entries(subjects)) {
      const trust = z
        .object({
          Statement: z
            .array(z.object({ Condition: z.object({ StringEquals: z.record(z.string(), z.string()) }) }))
            .length(1),
        })
        .parse(JSON.parse(readFileSync(join("docs/iam", file), "utf8")));
      expect(trust.Statement[0]?.Condition.StringEquals).toEqual({
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": sub,
      });
    }
  });

  it("shows every policy in docs/aws-setup.md exactly as it is in docs/iam", () => {
    const doc = readFileSync("docs/aws-setup.md", "utf8");
    for (const file of readdirSync("docs/iam").filter((f) => f.endsWith(".json"))) {
      expect(doc, file).toContain(readFileSync(join("docs/iam", file), "utf8").trim());
    }
  });
});
