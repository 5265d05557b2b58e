import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResultLine } from "../../../actions/lib/core/result-line.js";
import type { UpdateResult } from "../../../actions/lib/core/update-result.js";
import { answerToolkitDocument } from "../../localcloud/aws/ssm/agents/toolkit-answers.js";
import { defaultOrcaState, type OrcaState } from "../../localcloud/orca/state.js";
import { type PostgresCluster, runUpdateOnFakeServer, startPostgres } from "./fake-update-server.js";

/**
 * orca-update's real script (on a fake server over a real PostgreSQL) and the local cloud's simulator, on the same
 * scenarios: both print lines that pass contract v2, and the lines agree on everything but times, sizes and hashes.
 */
const instanceId = "i-0123456789abcdef0";
const clinicId = "sakura-clinic";
const backupKey = `${clinicId}/rollout/5.2.1/canary-w0/${instanceId}/20261130T010203Z-orca-5.2.0.dump`;
let pg: PostgresCluster;

beforeAll(() => {
  pg = startPostgres();
}, 120_000);
afterAll(() => pg?.stop());

function lineOf(stdout: string): UpdateResult {
  const parsed = parseResultLine(stdout);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${stdout}`);
  if (parsed.result.document !== "orca-update") throw new Error(`not orca-update's line\n${stdout}`);
  return parsed.result;
}

/** What must be equal: everything but when, how long, the log's name, and the backup's bytes. */
function verdict(line: UpdateResult) {
  const { at: _at, log: _log, durationsMs, backup, failedDatabase, ...rest } = line;
  return {
    ...rest,
    steps: Object.keys(durationsMs),
    backupKey: backup?.key.replace(/[0-9]{8}T[0-9]{6}Z/, "STAMP") ?? null,
    failedDatabase: failedDatabase?.replace(/[0-9]{14}$/, "STAMP") ?? null,
  };
}

describe("orca-update: the real script and the simulator print the same line", () => {
  it.each<[string, Partial<OrcaState>, string, UpdateResult["status"]]>([
    ["an update with a master behind", { mastersBehind: ["病名マスタ"] }, "5.2.1", "updated"],
    ["a server already at the target", { version: "5.2.1" }, "5.2.1", "already-current"],
    ["a held lock", { updateLockHeld: true }, "5.2.1", "busy"],
    ["too little disk", { freeDiskMb: 50 }, "5.2.1", "preflight-failed"],
    ["a stopped ORCA", { health: "down" }, "5.2.1", "preflight-failed"],
    ["a release the repository does not offer", {}, "5.2.9", "preflight-failed"],
    ["a failing install", { installFailsFor: ["5.2.1"] }, "5.2.1", "rolled-back"],
    ["a program update that leaves the structure behind", { updateFailsFor: ["5.2.1"] }, "5.2.1", "rolled-back"],
    ["a failing roll-back", { installFailsFor: ["5.2.1"], rollbackFails: true }, "5.2.1", "rollback-failed"],
    [
      "an interrupted run to the same target",
      { health: "down", interruptedUpdate: { target: "5.2.1", releaseBefore: "5.2.0", step: "update", backupKey } },
      "5.2.1",
      "updated",
    ],
    [
      "an interrupted run to another target",
      { health: "down", interruptedUpdate: { target: "5.2.1", releaseBefore: "5.2.0", step: "postcheck", backupKey } },
      "5.2.0",
      "rolled-back",
    ],
  ])(
    "%s",
    async (_name, patch, target, status) => {
      const state = { ...defaultOrcaState(), ...patch };
      const params = {
        targetRelease: [target],
        backupBucket: ["orca-fleet-backups-test"],
        backupPrefix: ["rollout/5.2.1/canary-w0"],
        orcaUrl: ["http://localhost:8000"],
        apiWaitSeconds: ["2"],
        minFreeMb: ["100"],
      };
      const run = await runUpdateOnFakeServer(state, instanceId, clinicId, params, pg);
      const line = lineOf(run.stdout);
      const simulated = answerToolkitDocument("orca-update", { instanceId, clinicId }, state, params, new Date());
      expect(line.status, run.stdout).toBe(status);
      expect(verdict(lineOf(simulated.stdout))).toEqual(verdict(line));
      expect(simulated.exitCode).toBe(run.exitCode);
      expect(run.stdout.length).toBeLessThanOrEqual(2_500);
    },
    180_000,
  );
});
