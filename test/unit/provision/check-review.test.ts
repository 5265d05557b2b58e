import { describe, expect, it } from "vitest";
import { checkReview } from "../../../actions/lib/flows/provision/check-review.js";
import { ProvisionRefusal } from "../../../actions/lib/flows/provision/refusal.js";
import { openProvision, provisionState, sealProvision } from "../../../actions/lib/flows/provision/reviewed.js";
import { clinic, fleet } from "./fixtures.js";

const ami = { amiId: "ami-0123456789abcdef0", selector: "/orca-fleet/golden-ami:current" };
const clinics = [clinic("aoba-naika"), clinic("kita-geka"), clinic("minato-ganka")];
const pr = { number: 7, body: "Closes #3", headRef: "clinic-request/3" };
const context = { botLogin: "github-actions[bot]", locale: "en" as const };

/** The reviewed plan as apply reads it back from the plan comment. */
function reviewedComment(create = clinics, reviewedAmi: typeof ami | null = ami) {
  const block = sealProvision(provisionState({ fleet, clinics }, create, reviewedAmi ?? undefined)).block;
  return openProvision(`### Plan\n\n${block}\n`);
}

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ProvisionRefusal) return error.text;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("apply checks what it would create against the reviewed plan", () => {
  it("goes ahead with what was reviewed, and with the part of it an interrupted apply left", () => {
    const now = provisionState({ fleet, clinics }, clinics, ami);
    expect(() => checkReview(now, pr, reviewedComment(), context)).not.toThrow();
    const rest = provisionState({ fleet, clinics }, clinics.slice(2), ami);
    expect(() => checkReview(rest, pr, reviewedComment(), context)).not.toThrow();
  });

  it("refuses a clinic the review did not show, a changed launch and a moved AMI, saying how to refresh", () => {
    const now = provisionState({ fleet, clinics }, clinics, ami);
    const text = refusal(() => checkReview(now, pr, reviewedComment(clinics.slice(0, 2)), context));
    expect(text).toContain("minato-ganka needs an instance the reviewed plan did not show");
    expect(text).toContain("refresh-plan-for = 7");

    const [first] = clinics;
    if (first === undefined) throw new Error("fixture");
    const bigger = { ...first, clinic: { ...first.clinic, instance: { type: "m6i.large", subnet: "private-d" } } };
    const changed = provisionState({ fleet, clinics }, [bigger], ami);
    expect(refusal(() => checkReview(changed, pr, reviewedComment(), context))).toContain(
      "aoba-naika's launch request changed since the review",
    );

    const moved = provisionState({ fleet, clinics }, clinics, { ...ami, amiId: "ami-0fedcba9876543210" });
    expect(refusal(() => checkReview(moved, pr, reviewedComment(), context))).toContain(
      "the golden AMI is now ami-0fedcba9876543210",
    );
    expect(refusal(() => checkReview(now, pr, reviewedComment(clinics, null), context))).toContain(
      "launched from none",
    );
  });

  it("refuses with no merged pull request, no plan comment by the bot, or a tampered block", () => {
    const now = provisionState({ fleet, clinics }, clinics, ami);
    expect(refusal(() => checkReview(now, undefined, { found: false }, context))).toContain(
      "not the merge of a pull request",
    );
    expect(refusal(() => checkReview(now, pr, { found: false }, context))).toContain(
      "no plan comment by github-actions[bot]",
    );
    const block = sealProvision(provisionState({ fleet, clinics }, clinics.slice(0, 1), ami)).block;
    const forged = block.replace(/sha256=[0-9a-f]{64}/, `sha256=${"0".repeat(64)}`);
    expect(refusal(() => checkReview(now, pr, openProvision(forged), context))).toContain("fails its integrity check");
  });

  it("needs no review when nothing is to be created", () => {
    const nothing = provisionState({ fleet, clinics }, [], ami);
    expect(() => checkReview(nothing, undefined, { found: false }, context)).not.toThrow();
  });

  it("seals a plan too large to itemize as digests only, and then refuses any difference as a whole", () => {
    const many = Array.from({ length: 5_000 }, (_, i) => clinic(`c-${String(i).padStart(5, "0")}`));
    const state = provisionState({ fleet, clinics: many }, many, ami);
    const sealed = sealProvision(state);
    expect(sealed.itemized).toBe(false);
    const opened = openProvision(sealed.block);
    expect(() => checkReview(state, pr, opened, context)).not.toThrow();
    const fewer = provisionState({ fleet, clinics: many }, many.slice(1), ami);
    expect(refusal(() => checkReview(fewer, pr, opened, context))).toContain("4999 launches now against 5000 reviewed");
  });
});
