import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jmaReceiptVersion, type OrcaState } from "../../localcloud/orca/state.js";
import { renderDocumentScript } from "./render-script.js";
import { runCaptured, type ScriptRun } from "./run-document.js";

/**
 * orca-update's real script on a fake clinic server built from a simulated ORCA's state: the bats stubs
 * (test/bats/stubs) on PATH stand for systemctl, apt, aws, curl and ORCA's setup programs, and a real PostgreSQL
 * cluster (test/bats/pg-cluster.bash) holds the `orca` database, so both the script and the local cloud's simulator
 * can be run on one scenario and their result lines compared.
 */
const root = join(import.meta.dirname, "..", "..", "..");
const bats = join(root, "test", "bats");

export interface PostgresCluster {
  env: Record<string, string>;
  stop(): void;
}

function bash(script: string, env: Record<string, string> = {}): string {
  return execFileSync("/bin/bash", ["-c", `source '${join(bats, "pg-cluster.bash")}'; ${script}`], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

export function startPostgres(): PostgresCluster {
  const dir = mkdtempSync(join(tmpdir(), "orca-fleet-pg-"));
  const env = Object.fromEntries(
    bash(`pg_cluster_start '${dir}'`)
      .trim()
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return {
    env,
    stop: () => {
      bash(`pg_cluster_stop '${dir}'`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const packageOf = (release: string) => `1:${release}-1`;

/** Lays out the fake server for `state` under a new folder, loads its database, and returns the script's env. */
function layOut(state: OrcaState, pg: PostgresCluster): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "orca-fleet-update-"));
  const fake = join(dir, "fake");
  for (const sub of ["running", "fail", "stuck", "s3"]) mkdirSync(join(fake, sub), { recursive: true });
  const offered = new Set([...state.availableReleases, state.version].map(packageOf));
  writeFileSync(join(fake, "installed"), `${packageOf(state.version)}\n`);
  writeFileSync(join(fake, "available"), `${[...offered].join("\n")}\n`);
  writeFileSync(join(fake, "free-mb"), `${state.freeDiskMb}\n`);
  writeFileSync(join(fake, "masters-behind"), state.mastersBehind.map((m) => `${m}\n`).join(""));
  writeFileSync(join(fake, "calls.log"), "");
  writeFileSync(join(fake, "running", "postgresql"), "");
  if (state.health !== "down") writeFileSync(join(fake, "running", "jma-receipt-weborca"), "");
  for (const r of state.installFailsFor) writeFileSync(join(fake, "fail", `install-${r}`), "100");
  for (const r of state.updateFailsFor) writeFileSync(join(fake, "stuck", r), "");
  const previous = state.interruptedUpdate?.releaseBefore ?? state.version;
  if (state.rollbackFails) writeFileSync(join(fake, "fail", `install-${previous}`), "100");
  const structure = state.schemaBehind ? "000000-0" : jmaReceiptVersion(state.version, 1);
  bash(`orca_fixture_load '${structure}' >/dev/null`, pg.env);
  const env = {
    ...pg.env,
    ORCA_FAKE: fake,
    ORCA_FLEET_LOCK_FILE: join(dir, "orca-fleet-update.lock"),
    ORCA_FLEET_STATE_DIR: join(dir, "state"),
    ORCA_FLEET_LOG_DIR: join(dir, "log"),
    ORCA_FLEET_BACKUP_DIR: join(dir, "backups"),
    ORCA_FLEET_PG_RUNAS: "",
  };
  const marker = state.interruptedUpdate;
  if (marker !== null) {
    // What the interrupted run left: its verified backup of the database before the update, and its marker.
    mkdirSync(env.ORCA_FLEET_BACKUP_DIR);
    mkdirSync(env.ORCA_FLEET_STATE_DIR);
    const file = join(env.ORCA_FLEET_BACKUP_DIR, `orca-${marker.releaseBefore}-interrupted.dump`);
    execFileSync("/bin/bash", ["-c", `pg_dump -Fc orca > '${file}'`], { env: { ...process.env, ...env } });
    const dump = readFileSync(file);
    writeFileSync(
      join(env.ORCA_FLEET_STATE_DIR, "update.marker"),
      [
        `target=${marker.target}`,
        `release_before=${marker.releaseBefore}`,
        `package_before=${packageOf(marker.releaseBefore)}`,
        `step=${marker.step}`,
        `backup_file=${file}`,
        `backup_key=${marker.backupKey}`,
        `backup_bytes=${dump.length}`,
        `backup_sha256=${createHash("sha256").update(dump).digest("hex")}`,
        "",
      ].join("\n"),
    );
  }
  return { dir, env };
}

/**
 * Runs orca-update with `parameters` on the fake server for `state`, as `instanceId` of clinic `clinicId` (written
 * where cloud-init writes it); `updateLockHeld` runs it under another's lock.
 */
export async function runUpdateOnFakeServer(
  state: OrcaState,
  instanceId: string,
  clinicId: string,
  parameters: Record<string, string[]>,
  pg: PostgresCluster,
): Promise<ScriptRun> {
  const { dir, env } = layOut(state, pg);
  const script = join(dir, "orca-update.sh");
  writeFileSync(script, renderDocumentScript("orca-update", parameters));
  const clinicEnv = join(dir, "clinic.env");
  writeFileSync(clinicEnv, `CLINIC_ID='${clinicId}'\n`);
  const pgBin = env.PG_BIN ?? "";
  // flock(1) holds the lock the way another orca-update would while this one starts.
  const argv = state.updateLockHeld ? ["flock", env.ORCA_FLEET_LOCK_FILE ?? "", "bash", script] : ["bash", script];
  try {
    return await runCaptured(argv, {
      ...env,
      PATH: `${join(bats, "stubs")}:${pgBin}:${process.env.PATH ?? "/usr/bin:/bin"}`,
      AWS_SSM_INSTANCE_ID: instanceId,
      ORCA_FLEET_CLINIC_ENV: clinicEnv,
      LANG: "C.UTF-8",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
