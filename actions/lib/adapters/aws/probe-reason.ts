import type { InvocationOutcome } from "./ssm-invocation-outcome.js";

/**
 * Healthcheck statuses where ORCA serves its users: healthy, and healthy with masters behind. ORCA answered
 * Api_Result 0000 with its database structure current; a master update is the clinic's own operation in ORCA's
 * screens, which neither a program update nor a first boot does (the liveness sweep reports it).
 */
const serving = new Set(["healthy", "masters-behind"]);

/** Whether the healthcheck's line says ORCA serves: what provisioning calls ready. */
export function orcaServes(outcome: InvocationOutcome): boolean {
  const { result } = outcome;
  return result.ok && result.result.document === "orca-healthcheck" && serving.has(result.result.status);
}

/**
 * Whether an end-of-bake probe found the clinic well after its update: its healthcheck succeeded or says ORCA serves.
 * Counting masters behind would spend the error budget, and halt the rollout, on every clinic whose monthly master
 * update is still pending.
 */
export function wellAfterUpdate(outcome: InvocationOutcome): boolean {
  return outcome.end === "success" || orcaServes(outcome);
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
