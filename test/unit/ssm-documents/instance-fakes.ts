import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OrcaState } from "../../localcloud/orca/state.js";

/**
 * The parts of a clinic server that orca-healthcheck reads besides ORCA's API, made to match a simulated ORCA
 * state: `systemctl is-active` answers, `df` of the data volume, and a jma-receipt.conf whose SERVER_CRT is a real
 * certificate expiring in the state's days (plus the part of a day the run takes, so whole days left are exact).
 */
export interface InstanceFakes {
  parameters: Record<string, string[]>;
  systemctl: string;
  commands: Record<string, string>;
}

const dir = mkdtempSync(join(tmpdir(), "orca-fleet-instance-"));
const certificates = new Map<number, string>();

/** A self-signed certificate valid for `days` days from now; one per length, made once. */
export function certificateFor(days: number): string {
  const known = certificates.get(days);
  if (known !== undefined) return known;
  const path = join(dir, `server-${days}.crt`);
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-keyout", join(dir, `server-${days}.key`), "-out", path, "-subj", "/CN=localhost", "-days", String(days)],
    ],
    { stdio: "ignore" },
  );
  certificates.set(days, path);
  return path;
}

export function instanceFakes(state: OrcaState): InstanceFakes {
  const days = state.certificateDaysLeft;
  const conf = join(dir, `jma-receipt-${days ?? "none"}.conf`);
  // openssl makes no certificate that has already expired: an expired one is answered by a stand-in openssl, half a
  // day into the day the state names.
  const expired = days !== null && days < 0;
  const serverCrt =
    days === null ? [] : [`SERVER_CRT = ${expired ? "/nonexistent/server.crt" : certificateFor(days + 1)}`];
  const openssl = expired
    ? { openssl: `echo "notAfter=$(date -u -d '${days + 1} days -12 hours' '+%b %e %H:%M:%S %Y GMT')"` }
    : {};
  writeFileSync(conf, ["# jma-receipt.conf (test)", "PORT=8000", ...serverCrt, ""].join("\n"));
  const exit = (active: boolean) => (active ? 0 : 3);
  const used = state.diskSizeMb - state.freeDiskMb;
  return {
    parameters: { orcaConfFile: [conf], dataDir: ["/var/lib/postgresql"] },
    systemctl: [
      'case "$*" in',
      `  "is-active --quiet jma-receipt-weborca") exit ${exit(state.orcaServiceActive)} ;;`,
      `  "is-active --quiet postgresql") exit ${exit(state.postgresqlActive)} ;;`,
      "esac",
    ].join("\n"),
    commands: {
      ...openssl,
      df: [
        '[[ "$*" == "-Pm /var/lib/postgresql" ]] || exit 1',
        "echo 'Filesystem     1048576-blocks  Used Available Capacity Mounted on'",
        `echo '/dev/nvme0n1p1 ${state.diskSizeMb} ${used} ${state.freeDiskMb} ${Math.round((used * 100) / state.diskSizeMb)}% /'`,
      ].join("\n"),
    },
  };
}
