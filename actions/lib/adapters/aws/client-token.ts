import type { Clinic } from "../../core/registry/schema.js";

/** EC2 accepts ClientTokens of at most 64 ASCII characters. */
export const maxClientTokenLength = 64;

/**
 * The RunInstances ClientToken for a clinic. It depends on the clinic's identity and launch generation alone, never
 * on the request: a retried or re-run launch then returns the instance that the first one made, and a changed
 * request for the same clinic fails with IdempotentParameterMismatch instead of quietly making a second instance.
 * Generation 1 is the token every instance launched before generations existed carries, so none is re-created; a
 * person bumps the generation after terminating the clinic's instance by hand, and the next apply launches anew.
 */
export function clientToken(clinic: Pick<Clinic, "id" | "launchGeneration">): string {
  const generation = clinic.launchGeneration ?? 1;
  const token = generation === 1 ? `orca-fleet-${clinic.id}` : `orca-fleet-${clinic.id}-g${generation}`;
  // Clinic ids are at most 40 lowercase ASCII characters and generations 3 digits, so this holds for every valid clinic.
  if (token.length > maxClientTokenLength || !/^[\x21-\x7e]+$/.test(token)) {
    throw new Error(`clinic id "${clinic.id}" cannot make a ClientToken of at most 64 ASCII characters`);
  }
  return token;
}
