import { createHash } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { z } from "zod";

/**
 * What people reviewed on a pull request, carried to the apply on merge: a flow's plan comment ends with a hidden
 * block holding the state it planned from (compressed JSON) and its SHA-256, so apply can compare what it is about
 * to do with what was reviewed and refuse a stale plan. The comment is found by marker AND the bot's login, so only
 * the bot (or a repository admin editing its comment) can change the block; the digest catches edits and truncation.
 */
const blockPattern =
  /<!-- orca-fleet:reviewed-plan kind=([a-z-]+) sha256=([0-9a-f]{64}) payload=([A-Za-z0-9+/=]*) -->/g;

/** Base64 of the compressed state stays under this, so the block never pushes a comment past GitHub's limit. */
export const reviewedPlanMaxChars = 24_000;

export type SealResult = { ok: true; block: string } | { ok: false; chars: number };

/** The hidden block for a plan comment; refused (not cut) when the state would not fit. */
export function sealReviewedPlan(kind: string, state: unknown): SealResult {
  const json = JSON.stringify(state);
  const payload = deflateRawSync(Buffer.from(json, "utf8")).toString("base64");
  if (payload.length > reviewedPlanMaxChars) return { ok: false, chars: payload.length };
  return {
    ok: true,
    block: `<!-- orca-fleet:reviewed-plan kind=${kind} sha256=${sha256(json)} payload=${payload} -->`,
  };
}

export type OpenedPlan<T> =
  | { found: false }
  | { found: true; ok: false; reason: "tampered" | "unreadable" }
  | { found: true; ok: true; state: T };

/** Reads the last block of this kind from a comment body and checks its digest and shape. */
export function openReviewedPlan<T>(kind: string, body: string, schema: z.ZodType<T>): OpenedPlan<T> {
  const match = [...body.matchAll(blockPattern)].filter((m) => m[1] === kind).at(-1);
  if (match === undefined) return { found: false };
  let json: string;
  try {
    json = inflateRawSync(Buffer.from(match[3] ?? "", "base64")).toString("utf8");
  } catch {
    return { found: true, ok: false, reason: "unreadable" };
  }
  if (sha256(json) !== match[2]) return { found: true, ok: false, reason: "tampered" };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { found: true, ok: false, reason: "unreadable" };
  }
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { found: true, ok: true, state: parsed.data }
    : { found: true, ok: false, reason: "unreadable" };
}

/** A stable digest of any JSON-able value (keys sorted), for states that are compared rather than listed. */
export function digestOf(value: unknown): string {
  return sha256(JSON.stringify(sortKeys(value)));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
