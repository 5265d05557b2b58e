import { accountId } from "./ec2/seed.js";
import type { Ec2Store } from "./ec2/store.js";
import type { InstanceView, LocalAwsContext } from "./types.js";

/** Reads a Parameter Store selector (`name`, `name:label`, `name:version`); the SSM service supplies it. */
export type ParameterResolver = (selector: string) => string | undefined;

export interface LocalAwsContextHandle {
  context: LocalAwsContext;
  /** Binds the SSM service's parameter reads once it exists (it is built from this context). */
  setParameterResolver(resolver: ParameterResolver): void;
}

/** The shared view of the account: its clock, and EC2's instances with their due state changes applied. */
export function createLocalAwsContext(region: string, store: Ec2Store, now: () => Date): LocalAwsContextHandle {
  let resolver: ParameterResolver = () => undefined;
  const context: LocalAwsContext = {
    region,
    accountId,
    now,
    *instances(): Iterable<InstanceView> {
      for (const instance of store.instances) yield store.settled(instance);
    },
    instance(instanceId) {
      const instance = store.instancesById.get(instanceId);
      return instance === undefined ? undefined : store.settled(instance);
    },
    resolveSsmParameter: (selector) => resolver(selector),
  };
  return {
    context,
    setParameterResolver(next) {
      resolver = next;
    },
  };
}
