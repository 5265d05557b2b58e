import type { LeafKind } from "./issue.js";

/** What Parameter Store holds for one certificate, as inspect.ts reads it. */
export type ObservedCertificate =
  | { state: "missing" }
  | { state: "unreadable" }
  | {
      state: "present";
      notAfter: Date;
      /** The certificate names the clinic's DNS name (server) or its probe's name (client). */
      matchesName: boolean;
      /** Verified against the fleet's CA; undefined when no CA certificate was at hand to check with. */
      issuedByCa: boolean | undefined;
      /** The stored key is this certificate's: false after a run stopped between writing the two. */
      keyMatches: boolean;
    };

export interface ObservedClinic {
  clinicId: string;
  server: ObservedCertificate;
  client: ObservedCertificate;
}

export type IssueReason = "missing" | "unreadable";
export type RotateReason = "expired" | "expiring" | "wrongName" | "otherCa" | "keyMismatch";

export type CertificateAction =
  | { clinicId: string; kind: LeafKind; action: "issue"; reason: IssueReason }
  | { clinicId: string; kind: LeafKind; action: "rotate"; reason: RotateReason; notAfter: Date };

export interface KeptCertificate {
  clinicId: string;
  kind: LeafKind;
  notAfter: Date;
}

export interface CertificatePlan {
  actions: CertificateAction[];
  kept: KeptCertificate[];
}

export interface PlanInput {
  /** The active clinics only: a suspended or retired clinic's certificates are left as they are. */
  clinics: readonly ObservedClinic[];
  now: Date;
  /** Rotate when fewer than this many days are left. */
  renewBeforeDays: number;
}

const dayMs = 86_400_000;

/**
 * Which certificates to issue or rotate. Pure: the same observations and clock give the same plan, and a plan
 * applied and observed again is empty (every new certificate is valid for longer than the threshold).
 */
export function planCertificates(input: PlanInput): CertificatePlan {
  if (!Number.isFinite(input.renewBeforeDays) || input.renewBeforeDays < 0) {
    throw new RangeError(`renewBeforeDays must be a number of days, 0 or more, not ${input.renewBeforeDays}`);
  }
  const actions: CertificateAction[] = [];
  const kept: KeptCertificate[] = [];
  const renewAt = input.now.getTime() + input.renewBeforeDays * dayMs;
  for (const clinic of input.clinics) {
    for (const kind of ["server", "client"] as const) {
      const observed = clinic[kind];
      const { clinicId } = clinic;
      if (observed.state !== "present") {
        actions.push({ clinicId, kind, action: "issue", reason: observed.state });
        continue;
      }
      const { notAfter } = observed;
      const reason: RotateReason | undefined =
        notAfter.getTime() <= input.now.getTime()
          ? "expired"
          : notAfter.getTime() <= renewAt
            ? "expiring"
            : !observed.matchesName
              ? "wrongName"
              : observed.issuedByCa === false
                ? "otherCa"
                : !observed.keyMatches
                  ? "keyMismatch"
                  : undefined;
      if (reason === undefined) kept.push({ clinicId, kind, notAfter });
      else actions.push({ clinicId, kind, action: "rotate", reason, notAfter });
    }
  }
  return { actions, kept };
}
