import type { InstanceTagWrite } from "../../adapters/aws/instance-tagging.js";
import type { HistoryResult } from "../../adapters/github/history-branch.js";
import type { IncidentIssues } from "../../adapters/github/incident-issues.js";
import type { Notifier } from "../../adapters/slack/webhook.js";
import type { HistoryChange } from "../../core/history/write-plan.js";
import type { Locale } from "../../core/i18n/locale.js";
import { tagKeys } from "../../core/instance-tags.js";
import type { Clock, Log } from "../../core/ports.js";
import type { LivenessPolicy } from "../../core/registry/schema.js";
import { type Classified, classify, isFailing, type SweepClass, type UnreachableReason } from "./classify.js";
import { type CommonCause, commonCause, type Placement } from "./correlation.js";
import { counterTags, readCounters } from "./counters.js";
import { type Drift, driftOf } from "./drift.js";
import { type ClinicRecord, healthClassOf, recordDigest, sweepHistoryChange } from "./history-change.js";
import { applyIncidents, type IncidentTally } from "./incidents-apply.js";
import { type ObservePorts, observe } from "./observe.js";
import { afterRestart, type ClinicStep, stepClinic } from "./plan.js";

/** One active clinic as clinics/ describes it. */
export interface SweptClinic {
  id: string;
  /** The release clinics/ asks for. */
  desired: string;
}

export interface SweepSettings {
  clinics: readonly SweptClinic[];
  policy: LivenessPolicy;
  locale: Locale;
  /** This sweep's identity (the workflow run): a re-run of it resumes its commands and counts nothing twice. */
  sweepId: string;
  /** How long the sweep waits on its commands. */
  waitSeconds: number;
}

export interface SweepPorts extends ObservePorts {
  tag(taggings: readonly InstanceTagWrite[]): Promise<number>;
  incidents: IncidentIssues;
  notifier: Notifier;
  updateHistory(change: HistoryChange, message: string): Promise<HistoryResult>;
  clock: Clock;
  log: Log;
}

/** Every clinic's result, as the JSON file and the summary show it. */
export interface ClinicResult {
  clinicId: string;
  instanceId?: string;
  class: SweepClass;
  checks: string[];
  unreachable?: UnreachableReason;
  latencyMs?: number;
  release?: string;
  failures: number;
  restarted: boolean;
  healedByRestart: boolean;
  flapping: boolean;
  drift?: Drift;
  incident?: number;
}

export interface SweepResult {
  at: string;
  clinics: ClinicResult[];
  cause?: CommonCause;
  incidents: IncidentTally;
  history: HistoryResult["outcome"] | "skipped";
  tagCalls: number;
}

/** The liveness sweep: observe, count, heal, correlate, open or close incidents, record. */
export async function runSweep(ports: SweepPorts, settings: SweepSettings): Promise<SweepResult> {
  const now = ports.clock.now();
  const { policy } = settings;
  const identity = `orca-fleet liveness ${settings.sweepId}`;
  const since = new Date(now.getTime() - 30 * 60_000);
  const deadline = new Date(now.getTime() + settings.waitSeconds * 1000);
  const ids = settings.clinics.map((c) => c.id);
  const observed = await observe(ports, ids, {
    identity,
    since,
    deadline,
    timeoutSeconds: policy.timeoutSeconds,
  });

  const seen = new Map<string, Classified>();
  const steps = new Map<string, ClinicStep>();
  for (const id of ids) {
    const o = observed.get(id);
    const classified = classify(o?.probe ?? {}, policy);
    seen.set(id, classified);
    steps.set(id, stepClinic(readCounters(o?.instance?.tags ?? {}), classified.class, policy, now, settings.sweepId));
  }

  // Counters first, restarts after: a sweep that dies between them has counted a restart it never sent, which can
  // only ever make it restart less, never more than the hourly cap.
  let tagCalls = await ports.tag(countersToWrite(ids, observed, steps));
  const toRestart = ids.filter((id) => steps.get(id)?.restart === true && observed.get(id)?.instance !== undefined);
  const healed = new Set<string>();
  if (toRestart.length > 0) {
    const instanceOf = new Map(toRestart.map((id) => [observed.get(id)?.instance?.instanceId ?? "", id]));
    const run = await ports.commands.run(
      {
        document: "orca-restart",
        instanceIds: [...instanceOf.keys()],
        identity: `${identity} restart`,
        since,
        parameters: { probeTimeoutSeconds: [String(policy.timeoutSeconds)] },
        maxConcurrency: "100%",
        maxErrors: "100%",
      },
      { deadline: new Date(ports.clock.now().getTime() + settings.waitSeconds * 1000) },
    );
    // orca-restart probes ORCA again after the restart: its result line is the re-probe.
    for (const outcome of run.outcomes) {
      const id = instanceOf.get(outcome.instanceId);
      const step = id === undefined ? undefined : steps.get(id);
      if (id === undefined || step === undefined) continue;
      const ok = outcome.result.ok && outcome.result.result.ok;
      steps.set(id, afterRestart(step, ok, policy));
      if (ok) {
        healed.add(id);
        seen.set(id, { ...(seen.get(id) ?? { checks: [] }), class: "healthy", checks: [] });
      }
    }
    tagCalls += await ports.tag(countersToWrite([...healed], observed, steps));
  }

  const placements: Placement[] = ids.map((id) => {
    const instance = observed.get(id)?.instance;
    const release = seen.get(id)?.release;
    return {
      clinicId: id,
      failing: isFailing(seen.get(id)?.class ?? "unreachable"),
      ...(instance?.subnetId === undefined ? {} : { subnet: instance.subnetId }),
      ...(instance?.availabilityZone === undefined ? {} : { "availability-zone": instance.availabilityZone }),
      ...(instance?.imageId === undefined ? {} : { ami: instance.imageId }),
      ...(release === undefined ? {} : { release }),
    };
  });
  const cause = commonCause(placements, policy);

  const incidents = await applyIncidents(ports, {
    now,
    policy,
    locale: settings.locale,
    ids,
    observed,
    seen,
    steps,
    ...(cause === undefined ? {} : { cause }),
  });

  const desired = new Map(settings.clinics.map((c) => [c.id, c.desired]));
  const results: ClinicResult[] = [];
  const records = new Map<string, ClinicRecord>();
  const recordTags: InstanceTagWrite[] = [];
  for (const id of ids) {
    const c = seen.get(id) ?? { class: "unreachable" as const, checks: [] };
    const step = steps.get(id);
    const instance = observed.get(id)?.instance;
    const drift = driftOf(desired.get(id) ?? "", instance?.tags[tagKeys.orcaVersion], c);
    const incident = incidents.openByClinic.get(id);
    const record: ClinicRecord = {
      health: healthClassOf(c.class),
      ...(c.release === undefined ? {} : { release: c.release }),
      ...(drift === undefined ? {} : { drift }),
      incidents: incident === undefined ? [] : [incident],
    };
    records.set(id, record);
    const digest = recordDigest(record);
    if (instance !== undefined && instance.tags[tagKeys.healthRecorded] !== digest)
      recordTags.push({ instanceId: instance.instanceId, tags: { [tagKeys.healthRecorded]: digest } });
    results.push({
      clinicId: id,
      ...(instance === undefined ? {} : { instanceId: instance.instanceId }),
      class: c.class,
      checks: c.checks,
      ...(c.unreachable === undefined ? {} : { unreachable: c.unreachable }),
      ...(c.latencyMs === undefined ? {} : { latencyMs: c.latencyMs }),
      ...(c.release === undefined ? {} : { release: c.release }),
      failures: step?.counters.failures ?? 0,
      restarted: toRestart.includes(id),
      healedByRestart: healed.has(id),
      flapping: step?.flapping ?? false,
      ...(drift === undefined ? {} : { drift }),
      ...(incident === undefined ? {} : { incident }),
    });
  }

  // The history is read and written only when some clinic's record differs from the digest its tag keeps, or a
  // clinic has no instance to keep one: an unchanged fleet costs GitHub no read of the branch.
  const noInstance = ids.some((id) => observed.get(id)?.instance === undefined);
  let history: SweepResult["history"] = "skipped";
  if (recordTags.length > 0 || noInstance || incidents.changed) {
    const written = await ports.updateHistory(
      sweepHistoryChange(records, now.toISOString()),
      `liveness-sweep: ${settings.sweepId}`,
    );
    history = written.outcome;
    // After the commit: a sweep that dies before it leaves the digests old, and the next one records again.
    tagCalls += await ports.tag(recordTags);
  }
  return {
    at: now.toISOString(),
    clinics: results,
    ...(cause === undefined ? {} : { cause }),
    incidents: incidents.tally,
    history,
    tagCalls,
  };
}

function countersToWrite(
  ids: readonly string[],
  observed: ReadonlyMap<string, { instance?: { instanceId: string } }>,
  steps: ReadonlyMap<string, ClinicStep>,
): InstanceTagWrite[] {
  return ids.flatMap((id) => {
    const step = steps.get(id);
    const instanceId = observed.get(id)?.instance?.instanceId;
    return step?.changed === true && instanceId !== undefined ? [{ instanceId, tags: counterTags(step.counters) }] : [];
  });
}
