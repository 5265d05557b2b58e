import type { Clinic } from "../../core/registry/schema.js";

/** EC2 accepts ClientTokens of at most 64 ASCII characters. */
export const maxClientTokenLength = 64;

/**
 * The RunInstances ClientToken for a clinic. It depends on the clinic's identity alone, never on the request:
 * a retried or re-run launch then returns the instance that the first one made, and a changed request for the
 * same clinic fails with IdempotentParameterMismatch instead of quietly making a second instance.
 */
export function clientToken(clinic: Pick<Clinic, "id">): string {
  const token = `orca-fleet-${clinic.id}`;
  // Clinic ids are at most 40 lowercase ASCII characters, so this holds for every valid clinic.
  if (token.length > maxClientTokenLength || !/^[\x21-\x7e]+$/.test(token)) {
    throw new Error(`clinic id "${clinic.id}" cannot make a ClientToken of at most 64 ASCII characters`);
  }
  return token;
}
