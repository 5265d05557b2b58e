import { z } from "zod";
import { AwsError } from "../types.js";

/** Query-protocol scalars arrive as strings; these read them as EC2 does. */
export const queryBoolean = z.enum(["true", "false"]).transform((value) => value === "true");
export const queryInteger = z
  .string()
  .regex(/^-?\d{1,15}$/)
  .transform(Number);
export const queryList = <T extends z.ZodType>(item: T) => z.array(item);

export const tagSchema = z.object({ Key: z.string(), Value: z.string().default("") });
export const filterSchema = z.object({ Name: z.string(), Value: queryList(z.string()).default([]) });
export type Filter = z.infer<typeof filterSchema>;

/**
 * Validates an operation's parameters, answering as EC2 does: MissingParameter for an absent required parameter,
 * InvalidParameterValue for a malformed one; DryRun=true ends with DryRunOperation after validation.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.map((part) => (typeof part === "number" ? String(part + 1) : String(part))).join(".");
    if (issue?.code === "invalid_type" && readPath(input, issue.path) === undefined) {
      throw new AwsError("MissingParameter", `The request must contain the parameter ${name}`);
    }
    throw new AwsError(
      "InvalidParameterValue",
      `Value (${String(readPath(input, issue?.path ?? []))}) for parameter ${name} is invalid. ${issue?.message ?? ""}`.trim(),
    );
  }
  if (input.DryRun === "true") {
    throw new AwsError("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
  }
  return parsed.data;
}

function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, part);
  }
  return current;
}

/** MaxResults and NextToken as DescribeInstances-style calls take them. */
export function pageSize(maxResults: number | undefined, min: number, max: number, fallback: number): number {
  if (maxResults === undefined) return fallback;
  if (maxResults < min || maxResults > max) {
    throw new AwsError(
      "InvalidParameterValue",
      `Value ( ${maxResults} ) for parameter maxResults is invalid. Expecting a value between ${min} and ${max}.`,
    );
  }
  return maxResults;
}
