import { defaultOrcaState, firstBootFailed } from "../../../orca/state.js";
import type { InstanceView, LocalAwsContext } from "../../types.js";
import { type Agent, newAgent } from "./agent.js";

export type PingStatus = "Online" | "ConnectionLost";

/** The simulated agents, one per EC2 instance, made when first needed; registration follows instance launch. */
export class AgentFleet {
  private readonly agents = new Map<string, Agent>();
  /** Seconds from launch until the agent registers with SSM (PingStatus Online). */
  registrationDelaySeconds = 0;
  /** Seconds from launch until the first boot has set ORCA up; until then ORCA is not serving. */
  firstBootSeconds = 0;
  /** Whether first boots fail: ORCA's service never comes up (for agents first seen while this is set). */
  firstBootFails = false;

  constructor(private readonly context: LocalAwsContext) {}

  reset(): void {
    this.agents.clear();
    this.registrationDelaySeconds = 0;
    this.firstBootSeconds = 0;
    this.firstBootFails = false;
  }

  agent(instanceId: string): Agent {
    let agent = this.agents.get(instanceId);
    if (!agent) {
      const launched = this.context.instance(instanceId)?.launchTime;
      const orca = this.firstBootFails ? firstBootFailed(defaultOrcaState()) : defaultOrcaState();
      const until =
        launched === undefined || this.firstBootSeconds === 0
          ? undefined
          : new Date(launched.getTime() + this.firstBootSeconds * 1000);
      agent = newAgent(instanceId, orca, until);
      this.agents.set(instanceId, agent);
    }
    return agent;
  }

  /** Whether SSM knows the instance as a managed node: launched, not terminated, past the registration delay. */
  managed(view: InstanceView, nowMs = this.context.now().getTime()): boolean {
    if (view.state === "terminated" || view.state === "shutting-down" || view.state === "pending") return false;
    return nowMs - view.launchTime.getTime() >= this.registrationDelaySeconds * 1000;
  }

  /** The managed node's ping status, or undefined when SSM does not know the instance. */
  pingStatus(view: InstanceView, nowMs?: number): PingStatus | undefined {
    if (!this.managed(view, nowMs)) return undefined;
    if (view.state !== "running") return "ConnectionLost";
    return this.agent(view.instanceId).reachability === "connection-lost" ? "ConnectionLost" : "Online";
  }

  /** The managed instances, in EC2's order. */
  *managedInstances(): Iterable<InstanceView> {
    const nowMs = this.context.now().getTime();
    for (const view of this.context.instances()) if (this.managed(view, nowMs)) yield view;
  }
}
