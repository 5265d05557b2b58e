import {
  type HealthcheckResult,
  type ProbeStatus,
  releaseOfJmaReceiptVersion,
} from "../../../../../actions/lib/core/result-line.js";
import type { OrcaState } from "../../../orca/state.js";
import { answerSysteminf, requestNow, type SysteminfAnswer } from "../../../orca/systeminf.js";

/**
 * One systeminfv2 probe of a simulated ORCA, classified as ssm-documents/src/probe.sh classifies it: the fields it
 * prints into a result line, and its log line.
 */
export type ProbeFields = Omit<HealthcheckResult, "v" | "document" | "instanceId" | "ok">;

export function whole(value: string | undefined, fallback: number): number {
  return value !== undefined && /^[0-9]+$/.test(value) ? Number(value) : fallback;
}

function classify(apiResult: string, local: string, current: string): ProbeStatus {
  if (apiResult === "0000") return local === current ? "healthy" : "schema-mismatch";
  if (apiResult === "0005" || apiResult === "0006") return "clock-skew";
  return "api-error";
}

/** The probe's fields, and ORCA's answer when one came in time (HTTP 200). */
export function probeWithAnswer(
  state: OrcaState,
  timeoutSeconds: number,
  now: Date,
): { fields: ProbeFields; answer: SysteminfAnswer | undefined } {
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
  if (outcome.kind === "close") return { fields: { ...none, status: "unreachable", elapsedMs: 1 }, answer: undefined };
  if (outcome.kind === "hang" || outcome.delayMs >= timeoutSeconds * 1000) {
    return { fields: { ...none, status: "timeout", elapsedMs: timeoutSeconds * 1000 }, answer: undefined };
  }
  const a = outcome.answer;
  const fields: ProbeFields = {
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
  return { fields, answer: a };
}

export function probe(state: OrcaState, timeoutSeconds: number, now: Date): ProbeFields {
  return probeWithAnswer(state, timeoutSeconds, now).fields;
}

export function logLine(p: ProbeFields): string {
  return `systeminfv2: status=${p.status} http=${p.httpStatus ?? "none"} api_result=${p.apiResult ?? "none"} version=${p.version ?? "unknown"} elapsed_ms=${p.elapsedMs}`;
}
