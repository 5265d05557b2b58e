import { createHash } from "node:crypto";
import type { z } from "zod";
import { AwsError } from "../types.js";

/** JSON 1.1 carries timestamps as epoch seconds. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

function fieldName(path: readonly PropertyKey[]): string {
  const name = path.map(String).join(".");
  return name.length === 0 ? "input" : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Parses an operation's input; a mismatch is AWS's ValidationException, worded as AWS words it. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const detail = issues
    .map((i) => `Value at '${fieldName(i.path)}' failed to satisfy constraint: ${i.message}`)
    .join("; ");
  throw new AwsError(
    "ValidationException",
    `${issues.length} validation error${issues.length === 1 ? "" : "s"} detected: ${detail}`,
  );
}

export interface Page<T> {
  items: T[];
  nextToken: string | undefined;
}

/** The part of a request that a page token is bound to: everything but the token and the page size. */
export function pageScope(operation: string, request: Record<string, unknown>): string {
  const { NextToken: _token, MaxResults: _size, ...scope } = request;
  return `${operation}:${JSON.stringify(scope)}`;
}

/**
 * Offset paging with an opaque token bound to the query (`scope`), so a token replayed against another query is
 * refused with InvalidNextToken as AWS refuses it.
 */
export function paginate<T>(
  items: Iterable<T>,
  maxResults: number,
  nextToken: string | undefined,
  scope: string,
): Page<T> {
  const fingerprint = createHash("sha256").update(scope).digest("hex").slice(0, 16);
  let offset = 0;
  if (nextToken !== undefined) {
    const match = /^([0-9]+)\.([0-9a-f]{16})$/.exec(Buffer.from(nextToken, "base64url").toString("utf8"));
    if (!match || match[2] !== fingerprint) throw new AwsError("InvalidNextToken", "The specified token isn't valid.");
    offset = Number(match[1]);
  }
  const end = offset + maxResults;
  // Reads no further than one item past the page, so a lazy source over a large fleet stops early.
  const page: T[] = [];
  let index = 0;
  let more = false;
  for (const item of items) {
    if (index >= end) {
      more = true;
      break;
    }
    if (index >= offset) page.push(item);
    index += 1;
  }
  return { items: page, nextToken: more ? Buffer.from(`${end}.${fingerprint}`).toString("base64url") : undefined };
}
