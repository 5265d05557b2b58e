import "reflect-metadata";
import { X509Certificate } from "node:crypto";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { readCaFiles, writeCaFiles } from "../../../actions/lib/flows/certificates/ca-files.js";
import { observeCertificate } from "../../../actions/lib/flows/certificates/inspect.js";
import { issueCa, issueLeaf, loadCa, validityFrom } from "../../../actions/lib/flows/certificates/issue.js";

const now = new Date("2026-11-30T00:00:00Z");

/** The keyUsage bits, which node's X509Certificate does not show (its keyUsage is the extended one). */
function keyUsages(pem: string): number | undefined {
  return new x509.X509Certificate(pem).getExtension(x509.KeyUsagesExtension)?.usages;
}

describe("the fleet's CA and a clinic's certificates", async () => {
  const caPair = await issueCa("orca-fleet CA orca.fleet.internal", validityFrom(now, 3650));
  const ca = await loadCa(caPair.certPem, caPair.keyPem);
  const caCert = new X509Certificate(caPair.certPem);

  it("makes a self-signed CA that node accepts as a CA", () => {
    expect(caCert.ca).toBe(true);
    expect(caCert.checkIssued(caCert)).toBe(true);
    expect(caCert.verify(caCert.publicKey)).toBe(true);
    expect(caCert.subject).toBe("CN=orca-fleet CA orca.fleet.internal");
    expect(keyUsages(caPair.certPem)).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
  });

  it("issues a server certificate that verifies against the CA, for the clinic's DNS name only, for serverAuth", async () => {
    const pair = await issueLeaf(ca, "server", "shinjuku-naika.orca.fleet.internal", validityFrom(now, 365));
    const cert = new X509Certificate(pair.certPem);
    expect(cert.checkIssued(caCert)).toBe(true);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.subject).toBe("CN=shinjuku-naika.orca.fleet.internal");
    expect(cert.subjectAltName).toBe("DNS:shinjuku-naika.orca.fleet.internal");
    expect(cert.checkHost("shinjuku-naika.orca.fleet.internal")).toBe("shinjuku-naika.orca.fleet.internal");
    expect(cert.checkHost("sendai-aoba.orca.fleet.internal")).toBeUndefined();
    expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.1"]);
    expect(keyUsages(pair.certPem)).toBe(x509.KeyUsageFlags.digitalSignature);
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(now.getTime() + 364 * 86_400_000);
    expect(pair.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(cert.checkPrivateKey((await import("node:crypto")).createPrivateKey(pair.keyPem))).toBe(true);
  });

  it("issues a client certificate for clientAuth, not serverAuth", async () => {
    const pair = await issueLeaf(ca, "client", "healthcheck.sendai-aoba.orca.fleet.internal", validityFrom(now, 365));
    const cert = new X509Certificate(pair.certPem);
    expect(cert.verify(caCert.publicKey)).toBe(true);
    expect(cert.keyUsage).toEqual(["1.3.6.1.5.5.7.3.2"]);
    expect(cert.subjectAltName).toBe("DNS:healthcheck.sendai-aoba.orca.fleet.internal");
  });

  it("sees a certificate from another CA, a wrong name and a key that is not its own", async () => {
    const other = await loadCa(...(Object.values(await issueCa("other", validityFrom(now, 10))) as [string, string]));
    const pair = await issueLeaf(other, "server", "a.orca.fleet.internal", validityFrom(now, 365));
    const stray = await issueLeaf(ca, "server", "a.orca.fleet.internal", validityFrom(now, 365));
    expect(observeCertificate(pair.certPem, pair.keyPem, "a.orca.fleet.internal", caCert)).toMatchObject({
      issuedByCa: false,
      matchesName: true,
      keyMatches: true,
    });
    expect(observeCertificate(pair.certPem, stray.keyPem, "b.orca.fleet.internal", undefined)).toMatchObject({
      issuedByCa: undefined,
      matchesName: false,
      keyMatches: false,
    });
    expect(observeCertificate("not a certificate", undefined, "a", caCert)).toEqual({ state: "unreadable" });
    expect(observeCertificate(undefined, undefined, "a", caCert)).toEqual({ state: "missing" });
  });

  it("refuses a CA key that is not the certificate's, a leaf as a CA, and text that is not PEM", async () => {
    const other = await issueCa("other", validityFrom(now, 10));
    await expect(loadCa(caPair.certPem, other.keyPem)).rejects.toThrow("ca.key is not the key of ca.crt");
    const leaf = await issueLeaf(ca, "server", "x.orca.fleet.internal", validityFrom(now, 10));
    await expect(loadCa(leaf.certPem, leaf.keyPem)).rejects.toThrow(/not a CA certificate/);
    await expect(loadCa("garbage", caPair.keyPem)).rejects.toThrow("ca.crt is not a PEM certificate");
    await expect(loadCa(caPair.certPem, "garbage")).rejects.toThrow(/ca.key is not a PKCS#8/);
  });

  it("writes the CA's key for its owner alone and never over an existing CA", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "orca-ca-")), "ca");
    await writeCaFiles(dir, caPair);
    expect((await stat(join(dir, "ca.key"))).mode & 0o777).toBe(0o600);
    await expect(writeCaFiles(dir, caPair)).rejects.toThrow(/a CA is already there/);
    expect((await readCaFiles(dir)).certPem).toBe(caPair.certPem);
    await writeFile(join(dir, "ca.crt"), "broken");
    await expect(readCaFiles(dir)).rejects.toThrow("ca.crt is not a PEM certificate");
    await expect(readCaFiles(join(dir, "absent"))).rejects.toThrow(/cannot be read/);
    expect(await readFile(join(dir, "ca.key"), "utf8")).toBe(caPair.keyPem);
  });
});
