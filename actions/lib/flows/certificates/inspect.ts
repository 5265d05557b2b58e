import { createPrivateKey, createPublicKey, X509Certificate } from "node:crypto";
import { type ClinicCertificateNames, clinicDnsName } from "./parameter-names.js";
import type { ObservedCertificate, ObservedClinic } from "./plan.js";

/** Reads one stored certificate into what the planner needs; the key is only compared, never kept or shown. */
export function observeCertificate(
  pem: string | undefined,
  keyPem: string | undefined,
  expectedName: string,
  ca: X509Certificate | undefined,
): ObservedCertificate {
  if (pem === undefined) return { state: "missing" };
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    return { state: "unreadable" };
  }
  return {
    state: "present",
    notAfter: new Date(cert.validTo),
    matchesName: cert.checkHost(expectedName, { subject: "never" }) === expectedName,
    issuedByCa: ca === undefined ? undefined : cert.checkIssued(ca) && cert.verify(ca.publicKey),
    keyMatches: keyPem !== undefined && keyIsCertificates(cert, keyPem),
  };
}

function keyIsCertificates(cert: X509Certificate, keyPem: string): boolean {
  try {
    const fromKey = createPublicKey(createPrivateKey(keyPem)).export({ type: "spki", format: "der" });
    return fromKey.equals(cert.publicKey.export({ type: "spki", format: "der" }));
  } catch {
    return false;
  }
}

/** The names a clinic's certificates carry: the server's DNS name, and the healthcheck probe's name below it. */
export function expectedNames(clinicId: string, domain: string): { server: string; client: string } {
  const dnsName = clinicDnsName(clinicId, domain);
  return { server: dnsName, client: `healthcheck.${dnsName}` };
}

export function observeClinic(
  clinicId: string,
  domain: string,
  names: ClinicCertificateNames,
  stored: ReadonlyMap<string, string>,
  ca: X509Certificate | undefined,
): ObservedClinic {
  const expected = expectedNames(clinicId, domain);
  return {
    clinicId,
    server: observeCertificate(stored.get(names.serverCert), stored.get(names.serverKey), expected.server, ca),
    client: observeCertificate(stored.get(names.clientCert), stored.get(names.clientKey), expected.client, ca),
  };
}
