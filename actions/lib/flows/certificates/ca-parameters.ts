import type { SecureParameters } from "../../adapters/aws/secure-parameters.js";
import { caParameter } from "../../core/ca-parameter.js";
import type { LoadedCa } from "./ca-files.js";
import { CaFileError, type IssuedPair, loadCa } from "./issue.js";

/**
 * The fleet's CA in its protected parameters (core/ca-parameter.ts), the alternative to the operator's folder:
 * written once (an existing CA is never replaced, as in a folder) and read back to sign. The key's value is never
 * printed; the parameters are encrypted with the CA's own KMS key (the SecureParameters' key id).
 */
export async function writeCaParameters(parameters: SecureParameters, pair: IssuedPair): Promise<void> {
  const found = await parameters.read([caParameter.privateKey, caParameter.certificate]);
  if (found.size > 0)
    throw new CaFileError(`${caParameter.path}/ already holds a CA; every clinic's certificates hang on it`);
  await parameters.write(caParameter.privateKey, pair.keyPem, "orca-fleet: the fleet CA's private key");
  await parameters.write(caParameter.certificate, pair.certPem, "orca-fleet: the fleet CA's certificate");
}

export async function readCaParameters(parameters: SecureParameters): Promise<LoadedCa> {
  const found = await parameters.read([caParameter.privateKey, caParameter.certificate]);
  const keyPem = found.get(caParameter.privateKey);
  const certPem = found.get(caParameter.certificate);
  if (keyPem === undefined || certPem === undefined)
    throw new CaFileError(`${caParameter.path}/ holds no CA; make one with orca-fleet certs issue-ca --to-parameter`);
  return { ...(await loadCa(certPem, keyPem)), certPem };
}
