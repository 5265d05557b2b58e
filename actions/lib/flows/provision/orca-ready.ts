import { orcaServes, probeReason } from "../../adapters/aws/probe-reason.js";
import type { SsmCommands } from "../../adapters/aws/ssm-commands.js";
import type { InvocationOutcome } from "../../adapters/aws/ssm-invocation-outcome.js";
import type { Clock, Sleep } from "../../core/ports.js";
import type { ProbeResultLine } from "../../core/result-line.js";

/** The document apply runs on new servers, created by sync-documents. */
export const healthcheckDocument = "orca-healthcheck";

/** What the healthcheck says of a new clinic's ORCA. */
export type OrcaReadiness =
  | { verdict: "answers"; status: string }
  | {
      /** first-boot-failed: ORCA's (or PostgreSQL's) service is not active; not-answering: any other way. */
      verdict: "first-boot-failed" | "not-answering";
      /** The healthcheck line's status, when a line came back. */
      status?: string;
      /** The probe's status and ORCA's answer, or SSM's words. */
      detail: string;
    };

/** A service that is not active: the first boot did not bring ORCA up. A v1 line knows only the connection. */
function serviceDown(line: ProbeResultLine): boolean {
  return line.v === 2 ? !line.services.orca || !line.services.postgresql : line.status === "unreachable";
}

export function readinessOf(outcome: InvocationOutcome | undefined): OrcaReadiness {
  if (outcome === undefined) return { verdict: "not-answering", detail: "no healthcheck finished" };
  const { result } = outcome;
  if (!result.ok || result.result.document !== healthcheckDocument) {
    return { verdict: "not-answering", detail: probeReason(outcome) };
  }
  const line = result.result;
  if (orcaServes(outcome)) return { verdict: "answers", status: line.status };
  const services =
    line.v === 2 ? `; orca ${active(line.services.orca)}, postgresql ${active(line.services.postgresql)}` : "";
  return {
    verdict: serviceDown(line) ? "first-boot-failed" : "not-answering",
    status: line.status,
    detail: `${probeReason(outcome)}${services}`,
  };
}

const active = (up: boolean) => (up ? "active" : "not active");

export interface ProbeOptions {
  /** This apply's identity in the commands' Comment; each round adds its number. */
  identity: string;
  /** When this apply started: commands before it belong to earlier runs, which this one does not resume. */
  since: Date;
  /** Re-probing stops here: a clinic whose ORCA is not serving by then is reported as not ready. */
  deadline: Date;
  /** The probe's own timeout for ORCA's API (fleet.yml liveness.timeoutSeconds). */
  probeTimeoutSeconds: number;
  clock: Clock;
  sleep: Sleep;
  /** The first pause between rounds; each doubles it up to maxPauseMs. */
  firstPauseMs: number;
  maxPauseMs: number;
}

/** A round may run past the deadline by this much beyond the probe's own timeout, so the last one can finish. */
const roundSlackMs = 60_000;

/**
 * Runs the healthcheck on the new servers through the one command runner, again with backoff for those whose ORCA
 * does not serve yet (a first boot takes minutes), until each serves or the deadline passes. Each round is one
 * command per 50 instances; a server that answered is not asked again.
 */
export async function probeUntilOrcaAnswers(
  commands: SsmCommands,
  instanceIds: readonly string[],
  options: ProbeOptions,
): Promise<Map<string, OrcaReadiness>> {
  const readiness = new Map(instanceIds.map((id) => [id, readinessOf(undefined)]));
  let waiting = [...instanceIds];
  for (let round = 1; waiting.length > 0; round++) {
    const now = options.clock.now().getTime();
    const roundEnd = now + options.probeTimeoutSeconds * 1000 + roundSlackMs;
    const run = await commands.run(
      {
        document: healthcheckDocument,
        instanceIds: waiting,
        identity: `${options.identity} probe ${round}`,
        since: options.since,
        parameters: { probeTimeoutSeconds: [String(options.probeTimeoutSeconds)] },
        // Every new server, whatever fails: one failed first boot must not stop the others' probes.
        maxConcurrency: "100%",
        maxErrors: "100%",
      },
      { deadline: new Date(Math.max(options.deadline.getTime(), roundEnd)) },
    );
    for (const outcome of run.outcomes) readiness.set(outcome.instanceId, readinessOf(outcome));
    waiting = waiting.filter((id) => readiness.get(id)?.verdict !== "answers");
    const pause = Math.min(options.firstPauseMs * 2 ** (round - 1), options.maxPauseMs);
    if (waiting.length === 0 || options.clock.now().getTime() + pause > options.deadline.getTime()) break;
    await options.sleep(pause);
  }
  return readiness;
}
