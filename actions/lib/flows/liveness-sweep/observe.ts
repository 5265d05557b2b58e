import { type FleetInstance, instanceByClinic } from "../../adapters/aws/ec2-inventory.js";
import type { SsmCommands } from "../../adapters/aws/ssm-commands.js";
import type { InvocationOutcome } from "../../adapters/aws/ssm-invocation-outcome.js";
import type { ClinicProbe } from "./classify.js";

/** What observing needs of AWS: the fleet's instances, the command runner, and (for the unreached) why. */
export interface ObservePorts {
  inventory(): Promise<FleetInstance[]>;
  commands: SsmCommands;
  pingStatuses(instanceIds: readonly string[]): Promise<Map<string, string>>;
  statusChecks(instanceIds: readonly string[]): Promise<Map<string, string>>;
}

export interface Observed {
  instance?: FleetInstance;
  probe: ClinicProbe;
  output: string;
}

const ran = new Set(["success", "failed", "execution-timed-out"]);

/**
 * One healthcheck of every active clinic's running instance in one run of the command runner (batches of 50,
 * resumed by identity after a crash), then, for the instances whose agent never ran it, their agents' ping and
 * EC2's status checks: read for the few, never for the fleet.
 */
export async function observe(
  ports: ObservePorts,
  clinicIds: readonly string[],
  run: { identity: string; since: Date; deadline: Date; timeoutSeconds: number },
): Promise<Map<string, Observed>> {
  const byClinic = instanceByClinic(await ports.inventory());
  const running = clinicIds.flatMap((id) => {
    const instance = byClinic.get(id);
    return instance?.state === "running" ? [instance.instanceId] : [];
  });
  const outcomes = new Map<string, InvocationOutcome>();
  if (running.length > 0) {
    const result = await ports.commands.run(
      {
        document: "orca-healthcheck",
        instanceIds: running,
        identity: run.identity,
        since: run.since,
        parameters: { probeTimeoutSeconds: [String(run.timeoutSeconds)] },
        // Every instance, whatever fails: one dead server must not stop the others' probes.
        maxConcurrency: "100%",
        maxErrors: "100%",
      },
      { deadline: run.deadline },
    );
    for (const outcome of result.outcomes) outcomes.set(outcome.instanceId, outcome);
  }
  const unreached = running.filter((id) => !ran.has(outcomes.get(id)?.end ?? ""));
  const [pings, checks] =
    unreached.length === 0
      ? [new Map<string, string>(), new Map<string, string>()]
      : await Promise.all([ports.pingStatuses(unreached), ports.statusChecks(unreached)]);
  const observed = new Map<string, Observed>();
  for (const clinicId of clinicIds) {
    const instance = byClinic.get(clinicId);
    const outcome = instance === undefined ? undefined : outcomes.get(instance.instanceId);
    const id = instance?.instanceId ?? "";
    const ping = pings.get(id);
    const check = checks.get(id);
    observed.set(clinicId, {
      ...(instance === undefined ? {} : { instance }),
      output: outcome?.output ?? "",
      probe: {
        ...(instance === undefined ? {} : { instanceState: instance.state }),
        ...(outcome === undefined ? {} : { end: outcome.end, result: outcome.result }),
        // An instance whose healthcheck ran needs no agent check: its agent answered.
        ...(outcome !== undefined && ran.has(outcome.end) ? { ping: "Online" } : ping === undefined ? {} : { ping }),
        ...(check === undefined ? {} : { statusCheck: check }),
      },
    });
  }
  return observed;
}
