import { AwsError, type InstanceView } from "../../types.js";

export interface Target {
  Key: string;
  Values: string[];
}

function matches(view: InstanceView, target: Target): boolean {
  if (target.Key === "InstanceIds") return target.Values.includes(view.instanceId);
  if (target.Key === "tag-key") return target.Values.some((k) => k in view.tags);
  if (target.Key.startsWith("tag:")) {
    const value = view.tags[target.Key.slice("tag:".length)];
    return value !== undefined && target.Values.includes(value);
  }
  return false;
}

/** Checks a Targets list as SendCommand does: up to 5 targets, keys InstanceIds, tag:<key> or tag-key. */
export function checkTargets(targets: Target[]): void {
  if (targets.length > 5) {
    throw new AwsError(
      "ValidationException",
      "1 validation error detected: Value at 'targets' failed to satisfy constraint: Member must have length less than or equal to 5",
    );
  }
  for (const t of targets) {
    const known = t.Key === "InstanceIds" || t.Key === "tag-key" || /^tag:.{1,128}$/.test(t.Key);
    if (!known) throw new AwsError("ValidationException", `Target key ${t.Key} is not supported for SendCommand.`);
    if (t.Values.length === 0 || t.Values.length > 50) {
      throw new AwsError("ValidationException", `Target ${t.Key} needs between 1 and 50 values.`);
    }
  }
}

/** The managed instances that every target matches (targets are ANDed, the values of one target ORed). */
export function resolveTargets(targets: Target[], managed: Iterable<InstanceView>): InstanceView[] {
  const found: InstanceView[] = [];
  for (const view of managed) if (targets.every((t) => matches(view, t))) found.push(view);
  return found;
}
