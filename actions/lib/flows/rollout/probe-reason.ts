import type { InvocationOutcome } from "../../adapters/aws/ssm-invocation-outcome.js";

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
