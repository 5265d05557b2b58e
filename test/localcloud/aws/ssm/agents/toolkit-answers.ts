import { formatResultLine, type ToolkitDocumentName } from "../../../../../actions/lib/core/result-line.js";
import { type OrcaState, restarted } from "../../../orca/state.js";
import { answerHealthcheck } from "./healthcheck-answer.js";
import { logLine, probe, whole } from "./simulated-probe.js";
import { answerOrcaUpdate } from "./update-answer.js";

/**
 * What the toolkit's documents print on an instance whose ORCA is in a given state, without running them: the same
 * probe classification as ssm-documents/src/probe.sh, checked by the same contract schema (formatResultLine parses).
 */
export interface ToolkitRun {
  stdout: string;
  exitCode: number;
  /** ORCA's state after the document ran (a restart may heal it). */
  orca: OrcaState;
}

/** Who the instance is: the SSM agent's instance id and, where cloud-init wrote it, the clinic's id. */
export interface SimulatedHost {
  instanceId: string;
  clinicId?: string;
}

export function answerToolkitDocument(
  document: ToolkitDocumentName,
  host: SimulatedHost,
  orca: OrcaState,
  params: Record<string, string[]>,
  now: Date,
): ToolkitRun {
  const timeoutSeconds = whole(params.probeTimeoutSeconds?.[0], 10);
  const { instanceId } = host;
  if (document === "orca-update") return answerOrcaUpdate(host, orca, params, now);
  if (document === "orca-healthcheck") {
    const { line, log } = answerHealthcheck(instanceId, orca, timeoutSeconds, now);
    return { stdout: `${[...log, formatResultLine(line)].join("\n")}\n`, exitCode: line.ok ? 0 : 1, orca };
  }
  const after = restarted(orca);
  const first = probe(after, timeoutSeconds, now);
  // The script probes every 2 s (plus the probe's own time) until healthy or waitSeconds pass.
  const waitSeconds = whole(params.waitSeconds?.[0], 60);
  const attempts = first.status === "healthy" ? 1 : Math.floor(waitSeconds / (2 + first.elapsedMs / 1000)) + 1;
  const ok = first.status === "healthy";
  const line = formatResultLine({ v: 1, document, instanceId, ok, restartExitCode: 0, attempts, ...first });
  const log = [
    `systemctl restart jma-receipt-weborca: exit 0`,
    ...Array.from({ length: attempts }, () => logLine(first)),
  ];
  return { stdout: `${log.join("\n")}\n${line}\n`, exitCode: ok ? 0 : 1, orca: after };
}
