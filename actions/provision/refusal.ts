import type { RegistryResult } from "../lib/core/registry/load.js";
import { formatProblem } from "../lib/core/registry/problem.js";
import type { Fleet } from "../lib/core/registry/schema.js";

/** The fleet, or a refusal that lists each registry problem where a person can find it. */
export function usableFleet(registry: RegistryResult, dir: string): Fleet {
  if (registry.problems.length > 0) {
    throw new Error(
      `the registry has ${registry.problems.length} problem(s); nothing is planned until they are fixed (orca-fleet validate ${dir}):\n${registry.problems.map(formatProblem).join("\n")}`,
    );
  }
  if (registry.fleet === undefined) throw new Error(`${dir}/fleet.yml is missing: nothing can be planned without it`);
  return registry.fleet;
}
