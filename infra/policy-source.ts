import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/**
 * The one source of the fleet's IAM policies: the JSON files in infra/policies, written with placeholders so that a
 * person can read them as they are. The stack fills the placeholders with its own resources; the IAM policy tests
 * read the same files.
 */
export const policiesDir = join(import.meta.dirname, "policies");

const statementSchema = z.looseObject({
  Sid: z.string().regex(/^[A-Za-z0-9]+$/),
  Effect: z.enum(["Allow", "Deny"]),
  Action: z.union([z.string(), z.array(z.string()).min(1)]),
  Resource: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  Principal: z.unknown().optional(),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
export const policySchema = z.strictObject({
  Version: z.literal("2012-10-17"),
  Statement: z.array(statementSchema).min(1),
});
export type Policy = z.infer<typeof policySchema>;
export type Statement = Policy["Statement"][number];

/** Every placeholder a policy file may hold, and what the stack puts there. */
export const placeholderNames = [
  "ACCOUNT_ID",
  "REGION",
  "VPC_ID",
  "ZONE_ID",
  "FLEET_DOMAIN",
  "BACKUP_BUCKET",
  "AMI_KEY_ID",
  "SECRETS_KEY_ID",
  "BACKUP_KEY_ID",
  "BUILD_SUBNET_ID",
  "BUILD_SECURITY_GROUP_ID",
  "CLINIC_ID",
  "CA_KEY_ID",
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const placeholderPattern = new RegExp(`\\b(${placeholderNames.join("|")})\\b`, "g");

export function policyFiles(): string[] {
  return readdirSync(policiesDir)
    .filter((file) => file.endsWith(".json"))
    .sort();
}

/** A policy file as written, placeholders and all, checked against the policy grammar. */
export function readPolicy(file: string): Policy {
  const path = join(policiesDir, file);
  const parsed = policySchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The placeholders a policy uses, so a caller can tell which values it must supply. */
export function placeholdersIn(policy: Policy): Set<PlaceholderName> {
  const found = new Set<PlaceholderName>();
  for (const match of JSON.stringify(policy).matchAll(placeholderPattern)) found.add(match[1] as PlaceholderName);
  return found;
}

/**
 * The policy with every placeholder replaced. Values may be CDK tokens: a token inside a string becomes a
 * CloudFormation Fn::Join when the stack is synthesized. A placeholder without a value is an error, not a silent
 * leftover that IAM would read as a literal.
 */
export function fillPolicy(policy: Policy, values: Partial<Record<PlaceholderName, string>>): Policy {
  const fill = (text: string): string =>
    text.replace(placeholderPattern, (name: string) => {
      const value = values[name as PlaceholderName];
      if (value === undefined) throw new Error(`no value for the policy placeholder ${name}`);
      return value;
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return fill(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [fill(key), walk(inner)]));
    }
    return value;
  };
  return policySchema.parse(walk(policy));
}
