import type { InvocationEnd } from "../../adapters/aws/ssm-invocation-outcome.js";
import type { LivenessPolicy } from "../../core/registry/schema.js";
import type { ParsedResult } from "../../core/result-line.js";

/** What the sweep calls a clinic after one probe, worst first where several apply. */
export const sweepClasses = [
  "unreachable",
  "down",
  "api-error",
  "schema-mismatch",
  "clock-skew",
  "masters-behind",
  "cert-expiring",
  "disk-low",
  "slow",
  "healthy",
] as const;
export type SweepClass = (typeof sweepClasses)[number];

/** Classes that count as a failing sweep: they feed the counters, the restarts and the incidents. */
const failingClasses: ReadonlySet<SweepClass> = new Set([
  "unreachable",
  "down",
  "api-error",
  "schema-mismatch",
  "clock-skew",
]);
/** Failures a restart of ORCA's service can end; a clock, a schema, masters, a certificate or a disk it cannot. */
const restartableClasses: ReadonlySet<SweepClass> = new Set(["down", "api-error"]);

export const isFailing = (c: SweepClass): boolean => failingClasses.has(c);
export const isRestartable = (c: SweepClass): boolean => restartableClasses.has(c);

/** Why a clinic is unreachable, from EC2's and SSM's own records: never guessed from a missing answer alone. */
export const unreachableReasons = [
  "no-instance",
  "stopped",
  "impaired",
  "no-agent",
  "connection-lost",
  "undeliverable",
  "delivery-timed-out",
  "no-answer",
] as const;
export type UnreachableReason = (typeof unreachableReasons)[number];

/** Everything read about one clinic's instance in this sweep. */
export interface ClinicProbe {
  /** EC2's state name; undefined when the clinic has no live instance. */
  instanceState?: string;
  /** How the healthcheck's invocation ended; undefined when none was sent or it did not finish. */
  end?: InvocationEnd;
  result?: ParsedResult;
  /** The agent's PingStatus (Online, ConnectionLost, Inactive); undefined when it never registered or was not read. */
  ping?: string;
  /** DescribeInstanceStatus' instance or system check: ok, impaired, insufficient-data, ... */
  statusCheck?: string;
}

/** A clinic's class, the checks that failed (stable words, rendered later), and what ORCA said of itself. */
export interface Classified {
  class: SweepClass;
  checks: string[];
  unreachable?: UnreachableReason;
  latencyMs?: number;
  /** The release ORCA answers, e.g. 5.2.0. */
  release?: string;
  structure?: { local: string | null; new: string | null };
  mastersBehind?: number;
  apiResult?: string | null;
}

/** Why a clinic could not be asked, from the most certain record to the least. */
function unreachableReason(probe: ClinicProbe): UnreachableReason {
  if (probe.instanceState === undefined) return "no-instance";
  if (probe.instanceState !== "running") return "stopped";
  if (probe.statusCheck === "impaired") return "impaired";
  if (probe.ping === undefined) return "no-agent";
  if (probe.ping !== "Online") return "connection-lost";
  if (probe.end === "undeliverable") return "undeliverable";
  if (probe.end === "delivery-timed-out") return "delivery-timed-out";
  return "no-answer";
}

const probeClass: Record<string, SweepClass> = {
  healthy: "healthy",
  "api-error": "api-error",
  "http-error": "api-error",
  "bad-answer": "api-error",
  "clock-skew": "clock-skew",
  "schema-mismatch": "schema-mismatch",
  "masters-behind": "masters-behind",
  unreachable: "down",
  timeout: "down",
};

/**
 * One clinic's class from its probe, under the fleet's thresholds. Pure. An agent that never ran the script is
 * unreachable (told apart from ORCA being down, which the script itself reports); a v2 line adds the services, the
 * certificate and the disk, which a v1 line cannot say.
 */
export function classify(probe: ClinicProbe, policy: LivenessPolicy): Classified {
  const ran = probe.end === "success" || probe.end === "failed" || probe.end === "execution-timed-out";
  if (probe.instanceState !== "running" || !ran) {
    const reason = unreachableReason(probe);
    return { class: "unreachable", checks: [`unreachable:${reason}`], unreachable: reason };
  }
  if (probe.result === undefined || !probe.result.ok || probe.result.result.document !== "orca-healthcheck") {
    // The script ran but printed no line the contract accepts: it hung past its timeout or broke.
    return { class: "down", checks: [probe.end === "execution-timed-out" ? "probe-timed-out" : "no-result-line"] };
  }
  const line = probe.result.result;
  const observed: Omit<Classified, "class" | "checks"> = {
    latencyMs: line.elapsedMs,
    ...(line.version === null ? {} : { release: line.version }),
    structure: { local: line.databaseLocalVersion, new: line.databaseNewVersion },
    apiResult: line.apiResult,
  };
  const checks: string[] = [];
  const found: SweepClass[] = [probeClass[line.status] ?? "api-error"];
  if (line.status !== "healthy") checks.push(`probe:${line.status}`);
  if (line.v === 2) {
    if (!line.services.orca) checks.push("service:orca");
    if (!line.services.postgresql) checks.push("service:postgresql");
    if (!line.services.orca || !line.services.postgresql) found.push("down");
    if (line.masters !== null && line.masters.behind > 0) {
      observed.mastersBehind = line.masters.behind;
      found.push("masters-behind");
      if (line.status !== "masters-behind") checks.push("masters-behind");
    }
    if (line.certificateDaysLeft !== null && line.certificateDaysLeft < policy.certificateWarningDays) {
      found.push("cert-expiring");
      checks.push(`certificate:${line.certificateDaysLeft}d`);
    }
    if (line.disk !== null && line.disk.freePercent < policy.diskLowPercent) {
      found.push("disk-low");
      checks.push(`disk:${line.disk.freePercent}%`);
    }
  }
  if (line.status === "healthy" && line.elapsedMs > policy.slowMs) {
    found.push("slow");
    checks.push(`latency:${line.elapsedMs}ms`);
  }
  const worst = sweepClasses.find((c) => found.includes(c)) ?? "healthy";
  return { class: worst, checks, ...observed };
}
