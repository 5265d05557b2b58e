import type { ClinicState } from "../../core/history/records.js";
import type { Classified } from "./classify.js";

export type Drift = NonNullable<ClinicState["drift"]>;

/** A release without ORCA's build suffix: clinics/ may say 5.2.0-1, a tag or ORCA's answer 5.2.0. */
const release = (version: string): string => version.replace(/-\d+$/, "");

/**
 * Where three things that should agree do not: the release clinics/ asks for, the one the instance's tag records,
 * and the one ORCA answers (with its database structure and masters). Pure; undefined when they agree or ORCA said
 * nothing to compare.
 */
export function driftOf(desired: string, tagged: string | undefined, seen: Classified): Drift | undefined {
  const structureBehind =
    seen.structure !== undefined &&
    seen.structure.local !== null &&
    seen.structure.new !== null &&
    seen.structure.local !== seen.structure.new;
  const mastersBehind = seen.mastersBehind ?? 0;
  const releases = [desired, tagged, seen.release].filter((r): r is string => r !== undefined).map(release);
  const disagree = new Set(releases).size > 1;
  if (!disagree && !structureBehind && mastersBehind === 0) return undefined;
  return {
    desired,
    ...(tagged === undefined ? {} : { tagged }),
    ...(seen.release === undefined ? {} : { running: seen.release }),
    structureBehind,
    mastersBehind,
  };
}
