import { createHash } from "node:crypto";
import { formatResultLine } from "../../../../../actions/lib/core/result-line.js";
import type { UpdateResult, UpdateStatus, UpdateStep } from "../../../../../actions/lib/core/update-result.js";
import type { OrcaState } from "../../../orca/state.js";
import { mastersOf } from "../../../orca/systeminf.js";
import { logLine, type ProbeFields, probe, whole } from "./simulated-probe.js";
import type { SimulatedHost, ToolkitRun } from "./toolkit-answers.js";

/**
 * What ssm-documents/src/orca-update.sh prints on a server whose ORCA is in a given state, without running it: the
 * same steps, checks and reasons, so the contract test can require the same result line from both. The state after
 * the run is what the script leaves behind (the new release, the previous one after a roll-back, the marker kept
 * after a failed roll-back).
 */

const service = "jma-receipt-weborca";
/** Where cloud-init writes the clinic's id on a real server. */
const clinicEnv = "/etc/orca-fleet/clinic.env";

/** Where the run stopped and why, as the script reports it. */
interface Ending {
  status: UpdateStatus;
  step: UpdateStep;
  reason: string | null;
  rollbackReason?: string;
}

function stampOf(now: Date, withSeparators: boolean): string {
  const iso = now.toISOString();
  const digits = iso.slice(0, 19).replace(/[-:]/g, "");
  return withSeparators ? `${digits}Z` : digits.replace("T", "");
}

/** Masters behind, read from the last answer as the script does (in its order): none when the API did not answer. */
function mastersBehind(state: OrcaState, last: ProbeFields | undefined): string[] {
  return last?.httpStatus === 200 ? mastersOf(state).filter((name) => state.mastersBehind.includes(name)) : [];
}

export function answerOrcaUpdate(
  { instanceId, clinicId }: SimulatedHost,
  orca: OrcaState,
  params: Record<string, string[]>,
  now: Date,
): ToolkitRun {
  const target = params.targetRelease?.[0] ?? "";
  const prefix = params.backupPrefix?.[0] ?? "";
  const timeoutSeconds = whole(params.probeTimeoutSeconds?.[0], 10);
  const minFreeMb = whole(params.minFreeMb?.[0], 2048);
  const story: string[] = [];
  const durationsMs: Partial<Record<UpdateStep, number>> = {};
  const ran = (...steps: UpdateStep[]) => {
    for (const s of steps) durationsMs[s] = 1;
  };
  let state = orca;
  let releaseBefore: string | null = null;
  let resumedFrom: UpdateStep | null = null;
  let backup: UpdateResult["backup"] = null;
  let failedDatabase: string | null = null;
  let last: ProbeFields | undefined;

  const backupOf = (key: string) => ({
    key,
    bytes: 2_048,
    sha256: createHash("sha256").update(key).digest("hex"),
  });

  const end = (ending: Ending): ToolkitRun => {
    const code = ending.status === "rolled-back" ? 1 : ending.status === "rollback-failed" ? 2 : 0;
    const result: UpdateResult = {
      v: 2,
      document: "orca-update",
      instanceId,
      ok: ending.status === "updated" || ending.status === "already-current",
      status: ending.status,
      target,
      releaseBefore,
      releaseAfter: last?.version ?? null,
      step: ending.step,
      reason: ending.reason,
      rollbackReason: ending.rollbackReason ?? null,
      resumedFrom,
      backup,
      failedDatabase,
      durationsMs,
      mastersBehind: mastersBehind(state, last),
      log: `/var/log/orca-fleet/orca-update-${stampOf(now, true)}-1.log`,
      at: `${now.toISOString().slice(0, 19)}Z`,
    };
    story.push(`result: ${ending.status}${ending.reason === null ? "" : ` — ${ending.reason}`}`);
    return { stdout: `${story.join("\n")}\n${formatResultLine(result)}\n`, exitCode: code, orca: state };
  };

  const rollBack = (failedStep: UpdateStep, reason: string, before: string): ToolkitRun => {
    ran("rollback");
    story.push(`${failedStep}: FAILED — ${reason}`, `rollback: putting back release ${before}`);
    if (state.rollbackFails) {
      // The package did not go back; ORCA stays stopped and the marker stays for the next run.
      state = {
        ...state,
        health: "down",
        interruptedUpdate: { target, releaseBefore: before, step: "rollback", backupKey: backup?.key ?? "" },
      };
      last = probe(state, timeoutSeconds, now);
      return end({
        status: "rollback-failed",
        step: failedStep,
        reason,
        rollbackReason: `reinstalling release ${before} failed (exit 100)`,
      });
    }
    failedDatabase = `orca_failed_${stampOf(now, false)}`;
    state = { ...state, version: before, health: "healthy", schemaBehind: false, interruptedUpdate: null };
    last = probe(state, timeoutSeconds, now);
    story.push(`rollback: restored the backup; the failed database is kept as ${failedDatabase}`);
    return end({ status: "rolled-back", step: failedStep, reason });
  };

  // 1. lock and idempotency
  ran("lock");
  if (state.updateLockHeld) {
    return end({ status: "busy", step: "lock", reason: "another orca-update run holds the lock" });
  }
  last = probe(state, timeoutSeconds, now);
  story.push(logLine(last));
  releaseBefore = last.version;
  const marker = state.interruptedUpdate;
  if (marker !== null) {
    resumedFrom = marker.step;
    releaseBefore = marker.releaseBefore;
    backup = backupOf(marker.backupKey);
    if (marker.target !== target || marker.step === "rollback") {
      const reason = `an interrupted run to release ${marker.target} stopped in step ${marker.step}`;
      return rollBack(marker.step, reason, marker.releaseBefore);
    }
    story.push("lock: resuming the update from the backup that run made");
  } else {
    if (last.status === "healthy" && last.version === target) {
      return end({ status: "already-current", step: "lock", reason: null });
    }
    // 2. preflight
    ran("preflight");
    const refuse = (reason: string) => end({ status: "preflight-failed", step: "preflight", reason });
    if (clinicId === undefined) return refuse(`the clinic's id is not in ${clinicEnv}: the backup has no key`);
    if (state.health === "down") return refuse(`${service} is not active`);
    if (last.status !== "healthy") return refuse(`ORCA's API is not healthy before the update (status ${last.status})`);
    if (state.freeDiskMb < minFreeMb + 2 * state.databaseMb) {
      return refuse("not enough free disk for the backup and the packages");
    }
    if (!state.availableReleases.includes(target)) {
      return refuse(`release ${target} is not offered by ORCA's apt repository`);
    }
    // 3. backup
    ran("backup");
    backup = backupOf(`${clinicId}/${prefix}/${instanceId}/${stampOf(now, true)}-orca-${releaseBefore}.dump`);
  }
  const before = releaseBefore ?? state.version;
  // 4. update
  ran("update");
  if (state.installFailsFor.includes(target)) {
    return rollBack("update", `installing release ${target} failed (exit 100)`, before);
  }
  state = {
    ...state,
    version: target,
    health: "healthy",
    schemaBehind: state.updateFailsFor.includes(target),
    interruptedUpdate: null,
  };
  // 5. postcheck
  ran("postcheck");
  last = probe(state, timeoutSeconds, now);
  story.push(logLine(last));
  if (last.version !== target) {
    return rollBack(
      "postcheck",
      `ORCA answers release ${last.version ?? "unknown"} after the update, not ${target}`,
      before,
    );
  }
  if (last.status === "schema-mismatch") {
    return rollBack(
      "postcheck",
      "the database structure did not update (Local_Version differs from New_Version)",
      before,
    );
  }
  if (last.status !== "healthy") {
    return rollBack("postcheck", `ORCA's API is not healthy after the update (status ${last.status})`, before);
  }
  return end({ status: "updated", step: "postcheck", reason: null });
}
