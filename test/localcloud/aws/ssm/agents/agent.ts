import { defaultOrcaState, firstBooting, type OrcaState } from "../../../orca/state.js";

/**
 * How the SSM agent of an instance answers commands. ok: delivered and run; undeliverable: the command cannot be
 * delivered (Failed/Undeliverable, does not count toward MaxErrors); delivery-timeout: DeliveryTimedOut at once;
 * connection-lost: PingStatus ConnectionLost, commands wait (Delayed) until the agent is back or the delivery
 * timeout passes; slow: the command runs longer than its execution timeout (TimedOut/ExecutionTimedOut).
 */
export const reachabilities = ["ok", "undeliverable", "delivery-timeout", "connection-lost", "slow"] as const;
export type Reachability = (typeof reachabilities)[number];

export const patchStates = [
  "Installed",
  "InstalledOther",
  "InstalledPendingReboot",
  "InstalledRejected",
  "Missing",
  "NotApplicable",
  "Failed",
  "AvailableSecurityUpdate",
] as const;
export type PatchStateName = (typeof patchStates)[number];

export interface Patch {
  title: string;
  kbId: string;
  classification: string;
  severity: string;
  state: PatchStateName;
  installedTime: Date | undefined;
  cveIds: string | undefined;
}

/** The last patch operation that Patch Manager reported for the instance. */
export interface PatchReport {
  baselineId: string;
  patchGroup: string;
  operation: "Scan" | "Install";
  operationStart: Date;
  operationEnd: Date;
  rebootOption: "RebootIfNeeded" | "NoReboot";
  patches: Patch[];
}

export interface Agent {
  instanceId: string;
  reachability: Reachability;
  /** Real milliseconds each command takes on this instance before its result, so concurrency can be observed. */
  latencyMs: number;
  orca: OrcaState;
  patches: PatchReport | undefined;
  /** Until then the instance's first boot is setting ORCA up, and ORCA is not serving yet. */
  firstBootUntil: Date | undefined;
}

export function newAgent(instanceId: string, orca: OrcaState = defaultOrcaState(), firstBootUntil?: Date): Agent {
  return { instanceId, reachability: "ok", latencyMs: 0, orca, patches: undefined, firstBootUntil };
}

/** The ORCA a probe finds on the instance at `now`: not yet serving while its first boot sets it up. */
export function orcaAt(agent: Agent, now: Date): OrcaState {
  return isFirstBooting(agent, now) ? firstBooting(agent.orca) : agent.orca;
}

export function isFirstBooting(agent: Agent, now: Date): boolean {
  return agent.firstBootUntil !== undefined && now < agent.firstBootUntil;
}
