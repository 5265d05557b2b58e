import type { Locale } from "./i18n/locale.js";
import { translator } from "./i18n/message.js";
import { inert } from "./render/markdown.js";
import { type UpdateResult, type UpdateStep, updateSteps } from "./update-result.js";
import { updateResultMessages as m, runbookPath, statusTexts, stepTexts } from "./update-result-messages.js";

/**
 * One orca-update result line told to a person, as markdown lines in the fleet's locale: how it ended, why, the
 * backup, the durations, the masters left for a person, and what to do next. Everything the server reported is
 * echoed inert (it is text from outside).
 */
export function renderUpdateResult(result: UpdateResult, locale: Locale): string {
  const t = translator(locale);
  const step = (name: UpdateStep) => t(stepTexts[name]);
  const release = (r: string | null) => (r === null ? t(m.unknownRelease) : inert(r));
  const heading = t(m.heading, {
    instance: inert(result.instanceId),
    status: t(statusTexts[result.status]),
    target: inert(result.target),
  });
  const lines = [t(m.releases, { before: release(result.releaseBefore), after: release(result.releaseAfter) })];
  if (result.resumedFrom !== null) lines.push(t(m.resumed, { step: step(result.resumedFrom) }));
  if (result.reason !== null) lines.push(t(m.failedAt, { step: step(result.step), reason: inert(result.reason) }));
  if (result.rollbackReason !== null) lines.push(t(m.rollbackReason, { reason: inert(result.rollbackReason) }));
  if (result.backup !== null) {
    const { key, bytes, sha256 } = result.backup;
    lines.push(t(m.backup, { key: code(key), size: size(bytes), sha: code(sha256.slice(0, 12)) }));
  }
  if (result.failedDatabase !== null) lines.push(t(m.failedDatabase, { name: code(result.failedDatabase) }));
  const durations = updateSteps.flatMap((name) => {
    const ms = result.durationsMs[name];
    return ms === undefined ? [] : [t(m.seconds, { step: step(name), seconds: (ms / 1000).toFixed(1) })];
  });
  if (durations.length > 0) lines.push(t(m.durations, { list: durations.join(", ") }));
  if (result.mastersBehind.length > 0) {
    const names = result.mastersBehind.map(inert).join(locale === "ja" ? "、" : ", ");
    lines.push(t(m.mastersBehind, { count: result.mastersBehind.length, names }));
  }
  const next = nextStep(result);
  if (next !== undefined) lines.push(t(next, { runbook: runbookPath }));
  if (result.status !== "updated" && result.status !== "already-current") {
    lines.push(t(m.log, { path: code(result.log) }));
  }
  return [`**${heading}**`, ...lines.map((line) => `- ${line}`)].join("\n");
}

function nextStep(result: UpdateResult): Readonly<Record<Locale, string>> | undefined {
  switch (result.status) {
    case "busy":
      return m.nextBusy;
    case "preflight-failed":
      return m.nextPreflight;
    case "rolled-back":
      return m.nextRolledBack;
    case "rollback-failed":
      return m.nextRollbackFailed;
    default:
      return undefined;
  }
}

/** A server-reported name as a code span: shown verbatim (no escapes), and it cannot close the span or break the line. */
function code(text: string): string {
  return `\`${[...text].filter((c) => c !== "`" && (c.codePointAt(0) ?? 0) >= 0x20).join("")}\``;
}

function size(bytes: number): string {
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toFixed(1)} MiB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}
