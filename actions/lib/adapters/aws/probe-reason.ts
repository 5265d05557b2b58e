import type { InvocationOutcome } from "./ssm-invocation-outcome.js";

/**
 * Whether an end-of-bake probe found the clinic well after its update. Masters behind counts as well: ORCA answered
 * Api_Result 0000 with its database structure current, and a master update is the clinic's own operation in ORCA's
 * screens, not the program update's doing (the liveness sweep reports it). Counting it would spend the error budget,
 * and halt the rollout, on every clinic whose monthly master update is still pending.
 */
export function wellAfterUpdate(outcome: InvocationOutcome): boolean {
  if (outcome.end === "success") return true;
  const { result } = outcome;
  return (
    outcome.end === "failed" &&
    result.ok &&
    result.result.document === "orca-healthcheck" &&
    result.result.status === "masters-behind"
  );
}

/**
 * Why an end-of-bake probe found a clinic unhealthy, from its healthcheck result line: the probe's status and what
 * ORCA answered (Api_Result and its message, or the HTTP status); SSM's own words when no line came back.
 */
export function probeReason(outcome: InvocationOutcome): string {
  const { result } = outcome;
  if (!result.ok) return `${outcome.statusDetails}: ${result.error}`;
  const r = result.result;
  if (r.document === "orca-update") return r.reason ?? r.status;
  const answer =
    r.apiResult !== null
      ? `Api_Result ${r.apiResult}${r.apiResultMessage === null ? "" : ` ${r.apiResultMessage}`}`
      : r.httpStatus !== null
        ? `HTTP ${r.httpStatus}`
        : undefined;
  return answer === undefined ? r.status : `${r.status} (${answer})`;
}
