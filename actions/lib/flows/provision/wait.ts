import type { Ec2Fleet, FleetInstance } from "../../adapters/aws/ec2-inventory.js";
import type { SsmAgents } from "../../adapters/aws/ssm-agents.js";
import { tagKeys } from "../../core/instance-tags.js";
import type { Clock, Sleep } from "../../core/ports.js";

/** Where one launched instance got to. */
export interface InstanceProgress {
  instanceId: string;
  state: string;
  privateIpAddress?: string;
  /** The SSM agent's PingStatus, once the agent has registered. */
  agent?: string;
  /** The run whose apply launched it (its launched-by tag), when it carries one. */
  launchedBy?: string;
}

export interface WaitOptions {
  clock: Clock;
  sleep: Sleep;
  /** Gives up after this long; what is not ready by then is reported as such. */
  timeoutMs: number;
  /** The longest pause between rounds; the first pauses are shorter, as most instances boot within a minute. */
  intervalMs: number;
}

const firstIntervalMs = 1000;

/** States from which an instance will not reach running without a person. */
const finalStates = new Set(["shutting-down", "terminated", "stopping", "stopped"]);

function launchedBy(instance: FleetInstance): { launchedBy?: string } {
  const run = instance.tags[tagKeys.launchedBy];
  return run === undefined ? {} : { launchedBy: run };
}

export function isReady(progress: InstanceProgress): boolean {
  return progress.state === "running" && progress.agent === "Online";
}

/**
 * Polls the launched instances in batches, never one call per instance, until each runs with its SSM agent
 * Online, has reached a state it will not leave by itself, or the time is up.
 */
export async function waitUntilReady(
  ec2: Ec2Fleet,
  agents: SsmAgents,
  instanceIds: readonly string[],
  options: WaitOptions,
): Promise<Map<string, InstanceProgress>> {
  const progress = new Map<string, InstanceProgress>(
    instanceIds.map((instanceId) => [instanceId, { instanceId, state: "pending" }]),
  );
  const deadline = options.clock.now().getTime() + options.timeoutMs;
  let waiting = [...instanceIds];
  for (let round = 0; waiting.length > 0; round++) {
    for (const instance of await ec2.describe(waiting)) {
      const previous = progress.get(instance.instanceId);
      progress.set(instance.instanceId, {
        ...previous,
        instanceId: instance.instanceId,
        state: instance.state,
        ...(instance.privateIpAddress === undefined ? {} : { privateIpAddress: instance.privateIpAddress }),
        ...launchedBy(instance),
      });
    }
    const running = waiting.filter((id) => progress.get(id)?.state === "running");
    for (const [id, agent] of await agents.pingStatuses(running)) {
      const previous = progress.get(id);
      if (previous !== undefined) progress.set(id, { ...previous, agent });
    }
    waiting = waiting.filter((id) => {
      const entry = progress.get(id);
      return entry !== undefined && !isReady(entry) && !finalStates.has(entry.state);
    });
    const pause = Math.min(firstIntervalMs * 2 ** round, options.intervalMs);
    if (waiting.length === 0 || options.clock.now().getTime() + pause > deadline) break;
    await options.sleep(pause);
  }
  return progress;
}
