import { healthClasses } from "../../core/history/records.js";
import type { Locale } from "../../core/i18n/locale.js";
import { type Translate, translator } from "../../core/i18n/message.js";
import { inert, table } from "../../core/render/markdown.js";
import { tokyoTime } from "../rollout/render.js";
import { healthWords, outcomeWords, registryWords, statusMessages } from "./messages.js";
import { type ClinicStatus, type FleetStatus, needsAttention, runningVersion } from "./model.js";

/** A text listing never grows past this many clinics: a 5,000-clinic fleet reads as counts and what needs a look. */
export const listLimit = 50;

/** The fleet's status as a person reads it: counts, then every clinic (a small fleet) or those that need a look. */
export function renderFleetStatus(status: FleetStatus, locale: Locale): string {
  const say = translator(locale);
  const c = status.counts;
  const lines = [say(statusMessages.title, { at: tokyoTime(status.at) }), historyLine(status, say), ""];
  lines.push(
    say(statusMessages.countClinics, {
      clinics: c.clinics,
      withInstance: c.withInstance,
      states: tally(c.byState, say),
    }),
    say(statusMessages.countReleases, { releases: tally(c.byRelease, say) }),
    say(statusMessages.countHealth, {
      health: tally(
        Object.fromEntries(healthClasses.flatMap((k) => (c.byHealth[k] ? [[say(healthWords[k]), c.byHealth[k]]] : []))),
        say,
      ),
      none: c.noHealth,
    }),
    say(statusMessages.countAttention, {
      incidents: c.openIncidents,
      failed: c.rolloutFailed,
      orphans: c.unregistered,
    }),
    "",
  );
  const all = status.clinics.length <= listLimit;
  const rows = all ? status.clinics : status.clinics.filter(needsAttention);
  if (rows.length === 0) {
    lines.push(say(statusMessages.noAttention));
    return lines.join("\n");
  }
  const shown = rows.slice(0, listLimit);
  lines.push(
    all ? say(statusMessages.listAll) : say(statusMessages.listAttention, { shown: shown.length, total: rows.length }),
    "",
    statusTable(shown, status, say),
  );
  if (rows.length > shown.length) lines.push("", say(statusMessages.more, { count: rows.length - shown.length }));
  return lines.join("\n");
}

/** One clinic's status: the same row, with the sources said. */
export function renderClinicStatus(status: FleetStatus, clinicId: string, locale: Locale): string {
  const say = translator(locale);
  const row = status.clinics.find((r) => r.clinicId === clinicId);
  const title = say(statusMessages.clinicTitle, { clinic: clinicId, at: tokyoTime(status.at) });
  if (row === undefined) return [title, "", say(statusMessages.unknownClinic, { clinic: clinicId })].join("\n");
  return [title, historyLine(status, say), "", statusTable([row], status, say)].join("\n");
}

function historyLine(status: FleetStatus, say: Translate): string {
  const h = status.history;
  if (h.kind === "read") return say(statusMessages.historyRead, { from: h.from });
  if (h.kind === "unreadable") return say(statusMessages.historyUnreadable, { detail: h.detail });
  return say(statusMessages.historyNotGiven);
}

function statusTable(rows: readonly ClinicStatus[], status: FleetStatus, say: Translate): string {
  const headers = [
    "headClinic",
    "headRegistry",
    "headInstance",
    "headState",
    "headRelease",
    "headHealth",
    "headIncidents",
  ] as const;
  const historyRead = status.history.kind === "read";
  return table(
    headers.map((h) => say(statusMessages[h])),
    rows.map((row) => [
      row.clinicId,
      say(registryWords[row.registry]),
      instanceCell(row, say),
      row.state ?? "-",
      releaseCell(row, say),
      row.health === undefined
        ? say(historyRead ? statusMessages.noData : statusMessages.notRead)
        : say(statusMessages.healthSince, {
            class: say(healthWords[row.health.class]),
            since: tokyoTime(row.health.since),
          }),
      row.incidents === undefined
        ? say(statusMessages.notRead)
        : row.incidents.length === 0
          ? say(statusMessages.none)
          : row.incidents.map((n) => `#${n}`).join(" "),
    ]),
  );
}

function instanceCell(row: ClinicStatus, say: Translate): string {
  if (row.instanceId === undefined) return say(statusMessages.noInstance);
  return row.duplicates === 0
    ? row.instanceId
    : say(statusMessages.duplicates, { instance: row.instanceId, count: row.duplicates });
}

function releaseCell(row: ClinicStatus, say: Translate): string {
  const r = row.release;
  const release =
    r.kind === "recorded"
      ? say(statusMessages.releaseRecorded, {
          version: r.version,
          outcome: say(outcomeWords[r.outcome]),
          at: tokyoTime(r.at),
        })
      : r.kind === "launched"
        ? say(statusMessages.releaseLaunched, { version: r.version })
        : r.kind === "unreadable"
          ? say(statusMessages.releaseUnreadable, { detail: inert(r.detail) })
          : "-";
  const wanted = row.desiredVersion;
  return wanted !== undefined && row.instanceId !== undefined && runningVersion(r) !== wanted
    ? say(statusMessages.releaseWants, { release, version: wanted })
    : release;
}

/** `running 3, stopped 1`, largest first; "none" when empty. */
function tally(counts: Readonly<Record<string, number>>, say: Translate): string {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  return entries.length === 0 ? say(statusMessages.none) : entries.map(([k, n]) => `${k} ${n}`).join(", ");
}
