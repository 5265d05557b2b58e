import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ObservedCertificate,
  type ObservedClinic,
  planCertificates,
} from "../../../actions/lib/flows/certificates/plan.js";

const now = new Date("2026-11-30T00:00:00Z");
const day = 86_400_000;

const observed: fc.Arbitrary<ObservedCertificate> = fc.oneof(
  fc.constant({ state: "missing" as const }),
  fc.constant({ state: "unreadable" as const }),
  fc.record({
    state: fc.constant("present" as const),
    notAfter: fc.integer({ min: -400, max: 800 }).map((d) => new Date(now.getTime() + d * day)),
    matchesName: fc.boolean(),
    issuedByCa: fc.option(fc.boolean(), { nil: undefined }),
    keyMatches: fc.boolean(),
  }),
);

const clinics: fc.Arbitrary<ObservedClinic[]> = fc.uniqueArray(
  fc.record({ clinicId: fc.stringMatching(/^[a-z][a-z0-9-]{1,10}[a-z0-9]$/), server: observed, client: observed }),
  { selector: (c) => c.clinicId, maxLength: 20 },
);

type Present = Extract<ObservedCertificate, { state: "present" }>;

const healthy = (daysLeft: number): Present => ({
  state: "present",
  notAfter: new Date(now.getTime() + daysLeft * day),
  matchesName: true,
  issuedByCa: true,
  keyMatches: true,
});

describe("planCertificates", () => {
  it("accounts for every certificate exactly once: acted on or kept", () => {
    fc.assert(
      fc.property(clinics, fc.integer({ min: 0, max: 120 }), (observedClinics, renewBeforeDays) => {
        const plan = planCertificates({ clinics: observedClinics, now, renewBeforeDays });
        const seen = [...plan.actions, ...plan.kept].map((c) => `${c.clinicId}/${c.kind}`).sort();
        const expected = observedClinics.flatMap((c) => [`${c.clinicId}/server`, `${c.clinicId}/client`]).sort();
        expect(seen).toEqual(expected);
      }),
    );
  });

  it("keeps only certificates that are present, right and valid beyond the threshold", () => {
    fc.assert(
      fc.property(clinics, fc.integer({ min: 0, max: 120 }), (observedClinics, renewBeforeDays) => {
        const plan = planCertificates({ clinics: observedClinics, now, renewBeforeDays });
        for (const kept of plan.kept) {
          const clinic = observedClinics.find((c) => c.clinicId === kept.clinicId);
          const cert = clinic?.[kept.kind];
          expect(cert?.state).toBe("present");
          if (cert?.state !== "present") continue;
          expect(cert.notAfter.getTime()).toBeGreaterThan(now.getTime() + renewBeforeDays * day);
          expect(cert.matchesName && cert.keyMatches && cert.issuedByCa !== false).toBe(true);
        }
      }),
    );
  });

  it("issues what is missing or unreadable and rotates what is present", () => {
    fc.assert(
      fc.property(clinics, fc.integer({ min: 0, max: 120 }), (observedClinics, renewBeforeDays) => {
        for (const action of planCertificates({ clinics: observedClinics, now, renewBeforeDays }).actions) {
          const state = observedClinics.find((c) => c.clinicId === action.clinicId)?.[action.kind].state;
          expect(action.action).toBe(state === "present" ? "rotate" : "issue");
        }
      }),
    );
  });

  it("is settled once applied: certificates issued for longer than the threshold need nothing more", () => {
    fc.assert(
      fc.property(clinics, fc.integer({ min: 0, max: 120 }), (observedClinics, renewBeforeDays) => {
        const first = planCertificates({ clinics: observedClinics, now, renewBeforeDays });
        const issued = new Set(first.actions.map((a) => `${a.clinicId}/${a.kind}`));
        const after = observedClinics.map((c) => ({
          ...c,
          server: issued.has(`${c.clinicId}/server`) ? healthy(renewBeforeDays + 1) : c.server,
          client: issued.has(`${c.clinicId}/client`) ? healthy(renewBeforeDays + 1) : c.client,
        }));
        expect(planCertificates({ clinics: after, now, renewBeforeDays }).actions).toEqual([]);
      }),
    );
  });

  it("names the reason, expiry first", () => {
    const plan = planCertificates({
      clinics: [
        { clinicId: "a-clinic", server: healthy(10), client: { ...healthy(-1), matchesName: false } },
        {
          clinicId: "b-clinic",
          server: { ...healthy(90), issuedByCa: false },
          client: { ...healthy(90), keyMatches: false },
        },
        { clinicId: "c-clinic", server: { ...healthy(90), matchesName: false }, client: healthy(30) },
      ],
      now,
      renewBeforeDays: 30,
    });
    expect(plan.actions.map((a) => [a.clinicId, a.kind, a.reason])).toEqual([
      ["a-clinic", "server", "expiring"],
      ["a-clinic", "client", "expired"],
      ["b-clinic", "server", "otherCa"],
      ["b-clinic", "client", "keyMismatch"],
      ["c-clinic", "server", "wrongName"],
      ["c-clinic", "client", "expiring"],
    ]);
  });

  it("refuses a threshold that is not a number of days", () => {
    expect(() => planCertificates({ clinics: [], now, renewBeforeDays: -1 })).toThrow(/0 or more/);
    expect(() => planCertificates({ clinics: [], now, renewBeforeDays: Number.NaN })).toThrow(/renewBeforeDays/);
  });
});
