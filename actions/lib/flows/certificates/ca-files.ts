import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CaFileError, type IssuedPair, loadCa, type SigningCa } from "./issue.js";

/** The operator's CA folder: the certificate, and the key that never leaves this machine. */
export const caFiles = { cert: "ca.crt", key: "ca.key" } as const;

/**
 * Writes a new CA into the folder; refuses to replace one already there, since every clinic's certificates hang
 * on it. The key is readable by its owner alone.
 */
export async function writeCaFiles(dir: string, pair: IssuedPair): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(join(dir, caFiles.key), pair.keyPem, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") {
      throw new CaFileError(`${join(dir, caFiles.key)} exists: a CA is already there; choose another --out`);
    }
    throw error;
  }
  await chmod(join(dir, caFiles.key), 0o600);
  await writeFile(join(dir, caFiles.cert), pair.certPem, { flag: "wx" });
}

export interface LoadedCa extends SigningCa {
  certPem: string;
}

export async function readCaFiles(dir: string): Promise<LoadedCa> {
  const read = (name: string) =>
    readFile(join(dir, name), "utf8").catch(() => {
      throw new CaFileError(`${join(dir, name)} cannot be read; pass the folder orca-fleet certs issue-ca wrote`);
    });
  const [certPem, keyPem] = await Promise.all([read(caFiles.cert), read(caFiles.key)]);
  return { ...(await loadCa(certPem, keyPem)), certPem };
}
