import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  digestOf,
  openReviewedPlan,
  reviewedPlanMaxChars,
  sealReviewedPlan,
} from "../../../actions/lib/core/reviewed-plan.js";

const state = z.strictObject({ ami: z.string(), creates: z.array(z.string()) });

function sealed(value: unknown): string {
  const seal = sealReviewedPlan("provision", value);
  if (!seal.ok) throw new Error("did not fit");
  return seal.block;
}

describe("reviewed plan block", () => {
  it("round-trips any state of its shape inside a comment", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ maxLength: 30 }), { maxLength: 50 }), (ami, creates) => {
        const body = `## Plan\n\ntext\n${sealed({ ami, creates })}\n`;
        expect(openReviewedPlan("provision", body, state)).toEqual({ found: true, ok: true, state: { ami, creates } });
      }),
    );
  });

  it("says when a comment has no block, or only another flow's", () => {
    expect(openReviewedPlan("provision", "no block here", state)).toEqual({ found: false });
    const rollout = sealReviewedPlan("rollout", { ami: "a", creates: [] });
    if (!rollout.ok) throw new Error("did not fit");
    expect(openReviewedPlan("provision", rollout.block, state)).toEqual({ found: false });
  });

  it("refuses a block whose payload was edited or whose digest was changed", () => {
    const block = sealed({ ami: "ami-0123", creates: ["tokyo-a"] });
    const otherPayload = sealed({ ami: "ami-9999", creates: ["tokyo-a"] }).match(/payload=(\S*)/)?.[1] ?? "";
    const swapped = block.replace(/payload=\S*/, `payload=${otherPayload}`);
    expect(openReviewedPlan("provision", swapped, state)).toEqual({ found: true, ok: false, reason: "tampered" });
    const digest = block.replace(/sha256=[0-9a-f]{64}/, `sha256=${"0".repeat(64)}`);
    expect(openReviewedPlan("provision", digest, state)).toEqual({ found: true, ok: false, reason: "tampered" });
  });

  it("refuses a block of the wrong shape or that does not decompress", () => {
    expect(openReviewedPlan("provision", sealed({ other: 1 }), state)).toMatchObject({
      ok: false,
      reason: "unreadable",
    });
    const junk = sealed({ ami: "a", creates: [] }).replace(/payload=\S*/, "payload=AAAA");
    expect(openReviewedPlan("provision", junk, state)).toMatchObject({ ok: false, reason: "unreadable" });
  });

  it("refuses to seal a state that would not fit in a comment", () => {
    const random = Array.from({ length: 4_000 }, (_, i) => `${i}-${Math.random().toString(36)}`);
    const seal = sealReviewedPlan("provision", { ami: "a", creates: random });
    expect(seal.ok).toBe(false);
    if (!seal.ok) expect(seal.chars).toBeGreaterThan(reviewedPlanMaxChars);
  });

  it("digests equal values equally whatever their key order", () => {
    expect(digestOf({ a: 1, b: [{ c: 2, d: 3 }] })).toBe(digestOf({ b: [{ d: 3, c: 2 }], a: 1 }));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 2 }));
  });
});
