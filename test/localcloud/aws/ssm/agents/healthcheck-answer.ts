import type { HealthcheckResultV2 } from "../../../../../actions/lib/core/result-line.js";
import type { OrcaState } from "../../../orca/state.js";
import type { SysteminfAnswer } from "../../../orca/systeminf.js";
import { logLine, probeWithAnswer } from "./simulated-probe.js";

/**
 * What ssm-documents/src/orca-healthcheck.sh prints on a server whose ORCA is in a given state, without running it:
 * the probe, then what the instance says (services, masters, the server certificate, the data volume), read as the
 * script reads them. The documents' tests run the script against the same state and compare the lines.
 */
type Masters = NonNullable<HealthcheckResultV2["masters"]>;

/** As the script's read_masters 40 1200: at most 40 names of 60 characters, 1,200 characters of JSON in all. */
const maxNames = 40;
const namesBudget = 1_200;

function chars(text: string): number {
  return [...text].length;
}

function mastersOf(answer: SysteminfAnswer): Masters {
  const behind = answer.masters.filter((m) => m.localVersion !== m.newVersion);
  const names: string[] = [];
  let listed = "";
  for (const { name } of behind) {
    const cut = [...name].slice(0, 60).join("");
    const entry = JSON.stringify(cut);
    if (cut === "" || names.length >= maxNames || chars(listed) + chars(entry) + 3 > namesBudget) continue;
    names.push(cut);
    listed += `${listed === "" ? "" : ","}${entry}`;
  }
  const lastUpdateDate = /^\d{4}-\d{2}-\d{2}$/.test(answer.lastUpdateDate) ? answer.lastUpdateDate : null;
  return { behind: behind.length, names, lastUpdateDate };
}

function serverTimeOf(answer: SysteminfAnswer): string | null {
  const { informationDate: date, informationTime: time } = answer;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}:\d{2}$/.test(time) ? `${date}T${time}+09:00` : null;
}

/** df's free share in tenths of a percent, rounded half up in whole numbers as the script does. */
function diskTenths(state: OrcaState): number | null {
  if (state.freeDiskMb > state.diskSizeMb) return null;
  return Math.floor((state.freeDiskMb * 1_000 + Math.floor(state.diskSizeMb / 2)) / state.diskSizeMb);
}

export function answerHealthcheck(
  instanceId: string,
  orca: OrcaState,
  timeoutSeconds: number,
  now: Date,
): { line: HealthcheckResultV2; log: string[] } {
  const { fields, answer } = probeWithAnswer(orca, timeoutSeconds, now);
  const masters = answer === undefined ? null : mastersOf(answer);
  const status = fields.status === "healthy" && (masters?.behind ?? 0) > 0 ? "masters-behind" : fields.status;
  const tenths = diskTenths(orca);
  const disk = tenths === null ? null : { freeMb: orca.freeDiskMb, freePercent: tenths / 10 };
  const line: HealthcheckResultV2 = {
    v: 2,
    document: "orca-healthcheck",
    instanceId,
    ok: status === "healthy",
    ...fields,
    status,
    services: { orca: orca.orcaServiceActive, postgresql: orca.postgresqlActive },
    serverTime: answer === undefined ? null : serverTimeOf(answer),
    masters,
    certificateDaysLeft: orca.certificateDaysLeft,
    disk,
  };
  const diskText =
    tenths === null ? "null" : `{"freeMb":${orca.freeDiskMb},"freePercent":${Math.floor(tenths / 10)}.${tenths % 10}}`;
  const instance = `instance: orca=${orca.orcaServiceActive} postgresql=${orca.postgresqlActive} masters_behind=${masters?.behind ?? 0} certificate_days=${orca.certificateDaysLeft ?? "null"} disk=${diskText}`;
  return { line, log: [logLine(fields), instance] };
}
