import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * cloud-init/scripts/backup.sh against stand-ins for runuser (pg_dump), pg_restore and the AWS CLI on PATH: what it
 * uploads, under which key, with which encryption and Object Lock retention, and that an unreadable dump is never
 * uploaded. The only change to the script is where it reads the clinic's settings from.
 */

const script = readFileSync("cloud-init/scripts/backup.sh", "utf8");
const dir = mkdtempSync(join(tmpdir(), "orca-fleet-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stub(bin: string, name: string, body: string): void {
  writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
}

function runBackup(dumpReadable: boolean): { status: number | null; awsCalls: string[]; stdout: string } {
  const work = mkdtempSync(join(dir, "run-"));
  const bin = join(work, "bin");
  mkdirSync(bin);
  const calls = join(work, "aws-calls");
  writeFileSync(calls, "");
  stub(bin, "runuser", 'printf "PGDMP dump of %s\\n" "$*"');
  stub(
    bin,
    "pg_restore",
    dumpReadable ? "exit 0" : 'echo "pg_restore: error: input file is not a valid archive" >&2; exit 1',
  );
  stub(bin, "aws", `printf '%s\\n' "$*" >> '${calls}'`);
  const env = join(work, "clinic.env");
  writeFileSync(
    env,
    "CLINIC_ID='umeda-hifuka'\nAWS_REGION='ap-northeast-3'\nBACKUP_BUCKET='orca-fleet-backups'\nBACKUP_RETENTION_DAYS='35'\n",
  );
  const copy = join(work, "backup.sh");
  writeFileSync(copy, script.replace("/etc/orca-fleet/clinic.env", env));
  const run = spawnSync("bash", [copy], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
  });
  return { status: run.status, awsCalls: readFileSync(calls, "utf8").split("\n").filter(Boolean), stdout: run.stdout };
}

describe("cloud-init/scripts/backup.sh", () => {
  it("uploads each dump under a new key, SSE-KMS, with a COMPLIANCE retention of backup.retentionDays", () => {
    const before = Date.now();
    const { status, awsCalls, stdout } = runBackup(true);
    expect(status).toBe(0);
    expect(awsCalls).toHaveLength(1);
    const call = awsCalls[0] ?? "";
    expect(call).toMatch(/^s3api put-object --region ap-northeast-3 --bucket orca-fleet-backups /);
    expect(call).toMatch(/--key umeda-hifuka\/orca-\d{8}T\d{6}Z\.dump /);
    expect(call).toContain("--server-side-encryption aws:kms");
    expect(call).toContain("--checksum-algorithm SHA256");
    expect(call).toContain("--object-lock-mode COMPLIANCE");
    const until = /--object-lock-retain-until-date (\S+)/.exec(call)?.[1] ?? "";
    const days = (Date.parse(until) - before) / 86_400_000;
    expect(days).toBeGreaterThan(34.99);
    expect(days).toBeLessThan(35.01);
    expect(stdout).toContain(`kept until ${until}`);
  });

  it("uploads nothing when the dump cannot be listed by pg_restore", () => {
    const { status, awsCalls } = runBackup(false);
    expect(status).not.toBe(0);
    expect(awsCalls).toEqual([]);
  });
});
