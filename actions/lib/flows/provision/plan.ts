import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { Clock } from "../../core/ports.js";
import type { LoadedClinic } from "../../core/registry/load.js";

/** A clinic in the plan, with the file that declares it. */
export interface PlannedClinic extends LoadedClinic {
  instances: FleetInstance[];
}

/**
 * What provisioning would do. Only `create` leads to a call that changes anything; every other list is reported
 * for a person to act on. Nothing in a plan stops, terminates or edits an instance.
 */
export interface ProvisionPlan {
  plannedAt: string;
  /** Active clinics without a live instance: one instance each. */
  create: LoadedClinic[];
  /** Suspended clinics: left as they are, instance or not. */
  suspended: PlannedClinic[];
  /** Retired clinics that still have an instance: a person decides what happens to it. */
  retired: PlannedClinic[];
  /** Instances whose clinic tag names no clinic file: reported, never touched. */
  orphans: FleetInstance[];
  /** Active clinics that already have their instance. */
  present: PlannedClinic[];
}

export interface PlanInput {
  clinics: readonly LoadedClinic[];
  instances: readonly FleetInstance[];
  clock: Clock;
}

/** Compares the desired state (clinic files) with the actual state (tagged instances). Pure. */
export function planProvision(input: PlanInput): ProvisionPlan {
  const byClinic = new Map<string, FleetInstance[]>();
  for (const instance of input.instances) {
    const list = byClinic.get(instance.clinicId) ?? [];
    list.push(instance);
    byClinic.set(instance.clinicId, list);
  }
  const plan: ProvisionPlan = {
    plannedAt: input.clock.now().toISOString(),
    create: [],
    suspended: [],
    retired: [],
    orphans: [],
    present: [],
  };
  const known = new Set<string>();
  for (const loaded of [...input.clinics].sort((a, b) => a.clinic.id.localeCompare(b.clinic.id))) {
    // A second file with the same id is the registry's problem to report; the first one counts here.
    if (known.has(loaded.clinic.id)) continue;
    known.add(loaded.clinic.id);
    const instances = byClinic.get(loaded.clinic.id) ?? [];
    const planned = { ...loaded, instances };
    switch (loaded.clinic.status) {
      case "active":
        if (instances.length === 0) plan.create.push(loaded);
        else plan.present.push(planned);
        break;
      case "suspended":
        plan.suspended.push(planned);
        break;
      case "retired":
        if (instances.length > 0) plan.retired.push(planned);
        break;
    }
  }
  plan.orphans = input.instances
    .filter((instance) => !known.has(instance.clinicId))
    .sort((a, b) => a.instanceId.localeCompare(b.instanceId));
  return plan;
}
