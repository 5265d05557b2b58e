/**
 * An expected refusal of provisioning: the person must act (a stale or missing reviewed plan, an unresolvable AMI,
 * a registry with problems). Its text is already in the fleet's locale; anything else thrown is an unexpected error.
 */
export class ProvisionRefusal extends Error {
  override readonly name = "ProvisionRefusal";
  constructor(readonly text: string) {
    super(text);
  }
}
