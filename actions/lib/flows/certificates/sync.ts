import { X509Certificate } from "node:crypto";
import type { SecureParameters } from "../../adapters/aws/secure-parameters.js";
import type { LoadedCa } from "./ca-files.js";
import { expectedNames, observeClinic } from "./inspect.js";
import { issueLeaf, validityFrom } from "./issue.js";
import { caCertName, clinicCertificateNames } from "./parameter-names.js";
import { type CertificatePlan, planCertificates } from "./plan.js";

export interface CertificateSettings {
  /** fleet.yml's dns.domain. */
  domain: string;
  /** fleet.yml's secrets.parameterPrefix. */
  secretsPrefix: string;
  /** Rotate when fewer days than this are left. */
  renewBeforeDays: number;
  /** How long a new clinic certificate is valid. */
  validityDays: number;
}

/** The CA parameter: absent, the same as the operator's CA, or another CA's certificate. */
export type CaParameterState = "missing" | "same" | "different";

export interface CertificateReview {
  plan: CertificatePlan;
  /** Undefined when there is neither an operator CA nor a stored one to compare with. */
  caParameter: CaParameterState | undefined;
}

/**
 * Reads what Parameter Store holds for the fleet's CA and each active clinic, and plans. The CA that leaves are
 * checked against is the operator's when given (so a new CA rotates every leaf), the stored one otherwise.
 */
export async function reviewCertificates(
  parameters: SecureParameters,
  settings: CertificateSettings,
  clinicIds: readonly string[],
  now: Date,
  ca?: LoadedCa,
): Promise<CertificateReview> {
  const caName = caCertName(settings.secretsPrefix);
  const perClinic = clinicIds.map((id) => [id, clinicCertificateNames(settings.secretsPrefix, id)] as const);
  const stored = await parameters.read([caName, ...perClinic.flatMap(([, names]) => Object.values(names))]);
  const storedCaPem = stored.get(caName);
  const storedCa = storedCaPem === undefined ? undefined : parseCertificate(storedCaPem);
  const localCa = ca === undefined ? undefined : new X509Certificate(ca.certPem);
  const checkWith = localCa ?? storedCa;
  const caParameter: CaParameterState | undefined =
    storedCaPem === undefined
      ? "missing"
      : localCa === undefined
        ? undefined
        : storedCa?.fingerprint256 === localCa.fingerprint256
          ? "same"
          : "different";
  const clinics = perClinic.map(([id, names]) => observeClinic(id, settings.domain, names, stored, checkWith));
  return {
    plan: planCertificates({ clinics, now, renewBeforeDays: settings.renewBeforeDays }),
    caParameter,
  };
}

function parseCertificate(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

export function reviewNeedsWork(review: CertificateReview): boolean {
  return review.plan.actions.length > 0 || (review.caParameter !== undefined && review.caParameter !== "same");
}

/**
 * Applies a review: the CA's certificate first (servers trust what they fetch at boot), then each leaf, its key
 * before its certificate. A run stopped between the two leaves a key that does not match, which the next review
 * sees and rotates: re-running finishes the job.
 */
export async function applyReview(
  parameters: SecureParameters,
  settings: CertificateSettings,
  review: CertificateReview,
  ca: LoadedCa,
  now: Date,
): Promise<void> {
  if (review.caParameter !== "same") {
    await parameters.write(caCertName(settings.secretsPrefix), ca.certPem, "orca-fleet: the fleet's CA certificate");
  }
  const validity = validityFrom(now, settings.validityDays);
  for (const action of review.plan.actions) {
    const names = clinicCertificateNames(settings.secretsPrefix, action.clinicId);
    const subject = expectedNames(action.clinicId, settings.domain)[action.kind];
    const pair = await issueLeaf(ca, action.kind, subject, validity);
    const [keyName, certName] =
      action.kind === "server" ? [names.serverKey, names.serverCert] : [names.clientKey, names.clientCert];
    await parameters.write(keyName, pair.keyPem, `orca-fleet: ${action.clinicId}'s ${action.kind} key`);
    await parameters.write(certName, pair.certPem, `orca-fleet: ${action.clinicId}'s ${action.kind} certificate`);
  }
}
