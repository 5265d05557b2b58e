import {
  formatResultLine,
  type ProbeStatus,
  type ResultLine,
  releaseOfJmaReceiptVersion,
  type ToolkitDocumentName,
} from "../../../../../actions/lib/core/result-line.js";
import { type OrcaState, restarted } from "../../../orca/state.js";
import { answerSysteminf, requestNow } from "../../../orca/systeminf.js";

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

type ProbeFields = Omit<Extract<ResultLine, { document: "orca-healthcheck" }>, "v" | "document" | "instanceId" | "ok">;

function whole(value: string | undefined, fallback: number): number {
  return value !== undefined && /^[0-9]+$/.test(value) ? Number(value) : fallback;
}

function classify(apiResult: string, local: string, current: string): ProbeStatus {
  if (apiResult === "0000") return local === current ? "healthy" : "schema-mismatch";
  if (apiResult === "0005" || apiResult === "0006") return "clock-skew";
  return "api-error";
}

function probe(state: OrcaState, timeoutSeconds: number, now: Date): ProbeFields {
  const at = `${now.toISOString().slice(0, 19)}Z`;
  const none = {
    httpStatus: null,
    apiResult: null,
    apiResultMessage: null,
    jmaReceiptVersion: null,
    version: null,
    databaseLocalVersion: null,
    databaseNewVersion: null,
    at,
  };
  const outcome = answerSysteminf(state, requestNow(now), now);
  if (outcome.kind === "close") return { ...none, status: "unreachable", elapsedMs: 1 };
  if (outcome.kind === "hang" || outcome.delayMs >= timeoutSeconds * 1000) {
    return { ...none, status: "timeout", elapsedMs: timeoutSeconds * 1000 };
  }
  const a = outcome.answer;
  return {
    status: classify(a.apiResult, a.databaseLocalVersion, a.databaseNewVersion),
    httpStatus: 200,
    apiResult: a.apiResult,
    apiResultMessage: a.apiResultMessage,
    jmaReceiptVersion: a.jmaReceiptVersion,
    version: releaseOfJmaReceiptVersion(a.jmaReceiptVersion),
    databaseLocalVersion: a.databaseLocalVersion,
    databaseNewVersion: a.databaseNewVersion,
    elapsedMs: outcome.delayMs + 1,
    at,
  };
}

function logLine(p: ProbeFields): string {
  return `systeminfv2: status=${p.status} http=${p.httpStatus ?? "none"} api_result=${p.apiResult ?? "none"} version=${p.version ?? "unknown"} elapsed_ms=${p.elapsedMs}`;
}

export function answerToolkitDocument(
  document: ToolkitDocumentName,
  instanceId: string,
  orca: OrcaState,
  params: Record<string, string[]>,
  now: Date,
): ToolkitRun {
  const timeoutSeconds = whole(params.probeTimeoutSeconds?.[0], 10);
  if (document === "orca-healthcheck") {
    const p = probe(orca, timeoutSeconds, now);
    const ok = p.status === "healthy";
    const line = formatResultLine({ v: 1, document, instanceId, ok, ...p });
    return { stdout: `${logLine(p)}\n${line}\n`, exitCode: ok ? 0 : 1, orca };
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
