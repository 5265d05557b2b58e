import { describe, expect, it } from "vitest";
import { clinicHints, fleetHints, ruleMessages } from "../../../actions/lib/core/registry/messages.js";
import { clinicSchema, fleetSchema } from "../../../actions/lib/core/registry/schema.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("registry messages", () => {
  it("has every rule in English and Japanese, with the same placeholders", () => {
    for (const [rule, message] of Object.entries(ruleMessages)) {
      expect(message.ja, rule).toBeTruthy();
      expect(placeholders(message.ja), rule).toEqual(placeholders(message.en));
    }
  });

  it("describes every top-level field of both schemas in both languages", () => {
    for (const [schema, hints] of [
      [clinicSchema, clinicHints],
      [fleetSchema, fleetHints],
    ] as const) {
      for (const field of Object.keys(schema.shape)) {
        expect(hints[field]?.en, field).toBeTruthy();
        expect(hints[field]?.ja, field).toBeTruthy();
      }
    }
  });
});
