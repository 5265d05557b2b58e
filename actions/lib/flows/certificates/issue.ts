// @peculiar/x509 resolves its ASN.1 parsers through tsyringe, which needs the Reflect metadata API loaded first.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
type X509Crypto = Parameters<typeof x509.cryptoProvider.set>[0];

// Node's own Web Crypto: no key material passes through anything but node:crypto.
x509.cryptoProvider.set(webcrypto as unknown as X509Crypto);

/** ECDSA P-256 with SHA-256: accepted by OpenSSL (ORCA's glserver), short keys, fast to issue for a whole fleet. */
const keyAlgorithm = { name: "ECDSA", namedCurve: "P-256" } as const;
const signingAlgorithm = { name: "ECDSA", hash: "SHA-256" } as const;

/** A certificate and its private key, both PEM; the key is PKCS#8 ("BEGIN PRIVATE KEY"). */
export interface IssuedPair {
  certPem: string;
  keyPem: string;
}

export type LeafKind = "server" | "client";

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

/** Valid from a little before now (clocks differ) for the given number of days. */
export function validityFrom(now: Date, days: number): Validity {
  const notBefore = new Date(now.getTime() - 5 * 60_000);
  return { notBefore, notAfter: new Date(now.getTime() + days * 86_400_000) };
}

/** A positive serial of 16 random bytes, as RFC 5280 asks (unique per CA, at most 20 octets). */
function serialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString("hex");
}

async function newKeys(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(keyAlgorithm, true, ["sign", "verify"])) as CryptoKeyPair;
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey("pkcs8", key), "PRIVATE KEY");
}

/** Escapes a value for an X.500 name string (RFC 4514), so a name cannot add attributes. */
function commonName(value: string): string {
  return `CN=${value.replace(/([,+"\\<>;=])/g, "\\$1")}`;
}

/** The fleet's CA: self-signed, a CA for leaves only (path length 0), signing certificates and CRLs only. */
export async function issueCa(name: string, validity: Validity): Promise<IssuedPair> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: commonName(name),
    ...validity,
    signingAlgorithm,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}

/** The CA as loaded from the operator's files: its certificate and its signing key. */
export interface SigningCa {
  cert: x509.X509Certificate;
  key: CryptoKey;
}

export class CaFileError extends Error {
  override readonly name = "CaFileError";
}

/** Reads the CA's PEM pair; says which part is wrong, never what the key holds. */
export async function loadCa(certPem: string, keyPem: string): Promise<SigningCa> {
  let cert: x509.X509Certificate;
  try {
    cert = new x509.X509Certificate(certPem);
  } catch {
    throw new CaFileError("ca.crt is not a PEM certificate");
  }
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  if (!basic?.ca) throw new CaFileError("ca.crt is not a CA certificate (basicConstraints CA:TRUE is missing)");
  let key: CryptoKey;
  try {
    const [der] = x509.PemConverter.decode(keyPem);
    if (der === undefined) throw new Error("no PEM block");
    key = await webcrypto.subtle.importKey("pkcs8", der, keyAlgorithm, false, ["sign"]);
  } catch {
    throw new CaFileError("ca.key is not a PKCS#8 PEM ECDSA P-256 private key");
  }
  if (!(await keyMatches(cert, key))) throw new CaFileError("ca.key is not the key of ca.crt");
  return { cert, key };
}

/** Signs a probe with the key and verifies it with the certificate's public key. */
async function keyMatches(cert: x509.X509Certificate, key: CryptoKey): Promise<boolean> {
  const probe = new TextEncoder().encode("orca-fleet ca key check");
  const signature = await webcrypto.subtle.sign(signingAlgorithm, key, probe);
  const publicKey = await cert.publicKey.export(keyAlgorithm, ["verify"], webcrypto as unknown as X509Crypto);
  return webcrypto.subtle.verify(signingAlgorithm, publicKey, signature, probe);
}

/**
 * A clinic's leaf: the server certificate (serverAuth, CN and SAN the clinic's DNS name, which ORCA's SERVER_CRT
 * needs) or the client certificate the healthcheck presents (clientAuth); the subject is the CN and the SAN.
 */
export async function issueLeaf(
  ca: SigningCa,
  kind: LeafKind,
  subject: string,
  validity: Validity,
): Promise<IssuedPair> {
  const keys = await newKeys();
  const usage = kind === "server" ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: commonName(subject),
    issuer: ca.cert.subject,
    ...validity,
    signingAlgorithm,
    publicKey: keys.publicKey,
    signingKey: ca.key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([usage], false),
      new x509.SubjectAlternativeNameExtension([{ type: "dns", value: subject }], false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert),
    ],
  });
  return { certPem: cert.toString("pem"), keyPem: await privateKeyPem(keys.privateKey) };
}
