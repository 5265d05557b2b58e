import type { FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { FoundCommand } from "../../adapters/aws/ssm-commands.js";
import { tagKeys } from "../../core/instance-tags.js";
import { parseUpdateIdentity } from "./identity.js";
import type { InFlightUpdate, Ring } from "./plan-types.js";
import { readRolloutRecord } from "./records.js";
import { compareReleases } from "./version.js";

/**
 * The updates in flight, from the rollout's own commands (found by the identity in their Comment) and the
 * instances' records: an instance a command covered counts as in flight until a record of that target, from that
 * wave or a later one, is on it. So a run killed after SendCommand, or after its answer was lost, is waited on
 * by the next run instead of being sent again.
 */
export function inFlightUpdates(
  commands: readonly FoundCommand[],
  instances: readonly FleetInstance[],
  rings: readonly Ring[],
): InFlightUpdate[] {
  const byId = new Map(instances.map((i) => [i.instanceId, i]));
  const found = new Map<string, InFlightUpdate>();
  for (const command of commands) {
    const identity = parseUpdateIdentity(command.comment, rings);
    if (identity === undefined) continue;
    for (const instanceId of command.instanceIds) {
      const instance = byId.get(instanceId);
      if (instance === undefined) continue;
      const read = readRolloutRecord(instance.tags);
      const recorded =
        read.kind === "record" &&
        compareReleases(read.record.target, identity.target) === 0 &&
        read.record.wave >= identity.wave;
      const seen = found.get(instance.clinicId);
      if (recorded || (seen !== undefined && seen.wave >= identity.wave)) continue;
      found.set(instance.clinicId, { clinicId: instance.clinicId, target: identity.target, wave: identity.wave });
    }
  }
  return [...found.values()].sort((a, b) => (a.clinicId < b.clinicId ? -1 : a.clinicId > b.clinicId ? 1 : 0));
}

/** The latest time a maintainer's resume acknowledged failures through, as recorded on the failed instances. */
export function acknowledgedThrough(instances: readonly FleetInstance[]): string | undefined {
  let latest: string | undefined;
  for (const instance of instances) {
    const value = instance.tags[tagKeys.rolloutAcknowledged];
    if (value !== undefined && !Number.isNaN(Date.parse(value)) && (latest === undefined || value > latest)) {
      latest = value;
    }
  }
  return latest;
}
