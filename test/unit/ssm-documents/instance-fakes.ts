import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OrcaState } from "../../localcloud/orca/state.js";

/**
 * The parts of a clinic server that orca-healthcheck reads besides ORCA's API, made to match a simulated ORCA
 * state: `systemctl is-active` answers, `df` of the data volume, and a jma-receipt.conf whose SERVER_CRT the
 * stand-in openssl says expires in the state's days (plus half a day, so whole days left are exact).
 */
export interface InstanceFakes {
  parameters: Record<string, string[]>;
  systemctl: string;
  commands: Record<string, string>;
}

const dir = mkdtempSync(join(tmpdir(), "orca-fleet-instance-"));

export function instanceFakes(state: OrcaState): InstanceFakes {
  const days = state.certificateDaysLeft;
  const conf = join(dir, `jma-receipt-${days ?? "none"}.conf`);
  // The certificate's end date is answered by a stand-in openssl, half a day into the day the state names: a real
  // certificate made with `-days N` ends N days from the second it was made, so a run within that second would see
  // N whole days left instead of N - 1 (and openssl makes no certificate that has already expired).
  const serverCrt = days === null ? [] : [`SERVER_CRT = ${join(dir, "server.crt")}`];
  const openssl =
    days === null ? {} : { openssl: `echo "notAfter=$(date -u -d '${days} days 12 hours' '+%b %e %H:%M:%S %Y GMT')"` };
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
