import { isBuildLabel, type ParameterVersion } from "./history.js";

/** AWS keeps 100 versions of a parameter; PutParameter fails when the oldest, about to go, has a label. */
export const maxParameterVersions = 100;

export interface PrunePolicy {
  /** The label provisioning launches from (fleet.yml ami.label); never taken off. */
  currentLabel: string;
  /** This many newest builds keep their labels, as rollback targets by name. */
  keepBuilds: number;
  /** Start pruning this many versions before the limit, so the next bakes never meet it. */
  headroom: number;
}

export const defaultPrunePolicy: Omit<PrunePolicy, "currentLabel"> = { keepBuilds: 5, headroom: 10 };

export interface Unlabel {
  version: number;
  labels: string[];
}

export interface BlockedHistory {
  /** The oldest version, which AWS must drop to make room. */
  version: number;
  historySize: number;
  /** Its labels that pruning may not take off. */
  labels: string[];
}

export interface PrunePlan {
  /** Build labels to take off, oldest version first. */
  unlabel: Unlabel[];
  /** Versions whose labels stay: the current one and the newest builds. */
  protectedVersions: number[];
  /** Why the next PutParameter would still fail, when pruning cannot prevent it: labels left on the oldest. */
  blocked?: BlockedHistory;
}

/**
 * Which build labels to take off so the parameter's history stays writable. Only versions that AWS will drop
 * within the next `headroom` bakes are considered, and of them only those that are neither current nor among the
 * newest `keepBuilds` builds. Labels other than build labels are never taken off; if one sits on the version the
 * next write drops, the plan says the write is blocked. Pure.
 */
export function planPruning(history: readonly ParameterVersion[], policy: PrunePolicy): PrunePlan {
  const sorted = [...history].sort((a, b) => a.version - b.version);
  const builds = sorted.filter((entry) => entry.labels.some(isBuildLabel));
  const protectedVersions = new Set([
    ...sorted.filter((entry) => entry.labels.includes(policy.currentLabel)).map((entry) => entry.version),
    ...builds.slice(Math.max(0, builds.length - policy.keepBuilds)).map((entry) => entry.version),
  ]);
  const atRisk = sorted.slice(0, Math.max(0, sorted.length + policy.headroom - maxParameterVersions));
  const unlabel = atRisk
    .filter((entry) => !protectedVersions.has(entry.version))
    .map((entry) => ({ version: entry.version, labels: entry.labels.filter(isBuildLabel) }))
    .filter((entry) => entry.labels.length > 0);
  const plan: PrunePlan = { unlabel, protectedVersions: [...protectedVersions].sort((a, b) => a - b) };
  const oldest = sorted[0];
  if (oldest !== undefined && sorted.length >= maxParameterVersions) {
    const taken = new Set(unlabel.find((entry) => entry.version === oldest.version)?.labels ?? []);
    const left = oldest.labels.filter((label) => !taken.has(label));
    if (left.length > 0) {
      plan.blocked = { version: oldest.version, historySize: sorted.length, labels: left };
    }
  }
  return plan;
}
