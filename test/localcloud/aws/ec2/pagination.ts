import { z } from "zod";
import { AwsError } from "../types.js";

const tokenSchema = z.strictObject({ after: z.number().int().nonnegative() });

/** NextToken is opaque to callers: here it names the position (creation order) the next page starts after. */
export function encodeToken(after: number): string {
  return Buffer.from(JSON.stringify({ after })).toString("base64url");
}

export function decodeToken(token: string | undefined): number {
  if (token === undefined) return -1;
  try {
    return tokenSchema.parse(JSON.parse(Buffer.from(token, "base64url").toString("utf8"))).after;
  } catch {
    throw new AwsError("InvalidParameterValue", `Invalid value '${token}' for parameter NextToken.`);
  }
}

/** One page of `items` (in creation order) after the token, and the token of the next page if there is one. */
export function page<T extends { seq: number }>(
  items: Iterable<T>,
  token: string | undefined,
  size: number,
): { items: T[]; nextToken?: string } {
  const after = decodeToken(token);
  const out: T[] = [];
  for (const item of items) {
    if (item.seq <= after) continue;
    if (out.length === size) {
      const last = out[out.length - 1];
      return last === undefined ? { items: out } : { items: out, nextToken: encodeToken(last.seq) };
    }
    out.push(item);
  }
  return { items: out };
}
