import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagKeys } from "../../../actions/lib/core/instance-tags.js";
import { readRolloutRecord, rolloutOutcomes, rolloutRecordTags } from "../../../actions/lib/flows/rollout/records.js";

describe("rollout records in instance tags", () => {
  it("reads back every record it writes", () => {
    fc.assert(
      fc.property(
        fc.record({
          target: fc.constantFrom("5.2.0", "5.2.1", "5.3.0-2"),
          outcome: fc.constantFrom(...rolloutOutcomes),
          wave: fc.nat(1000),
          at: fc
            .date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true })
            .map((d) => d.toISOString()),
        }),
        (record) => {
          expect(readRolloutRecord({ [tagKeys.clinic]: "x", ...rolloutRecordTags(record) })).toEqual({
            kind: "record",
            record,
          });
        },
      ),
    );
  });

  it("sees no record on an instance no rollout touched", () => {
    expect(readRolloutRecord({ [tagKeys.clinic]: "x", [tagKeys.orcaVersion]: "5.2.0" })).toEqual({ kind: "none" });
  });

  it("reports a partial or malformed record by tag, never guessing", () => {
    const read = readRolloutRecord({
      [tagKeys.rolloutTarget]: "5.2.1",
      [tagKeys.rolloutOutcome]: "exploded",
      [tagKeys.rolloutWave]: "-1",
    });
    expect(read.kind).toBe("unreadable");
    if (read.kind !== "unreadable") return;
    expect(read.detail).toContain(tagKeys.rolloutOutcome);
    expect(read.detail).toContain(tagKeys.rolloutWave);
    expect(read.detail).toContain(tagKeys.rolloutAt);
    expect(read.detail).not.toContain(tagKeys.rolloutTarget);
  });

  it("refuses to write a record that could not be read back", () => {
    expect(() =>
      rolloutRecordTags({ target: "latest", outcome: "updated", wave: 0, at: "2026-11-30T00:00:00Z" }),
    ).toThrow();
  });
});
