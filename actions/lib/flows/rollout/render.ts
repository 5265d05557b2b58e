import type { Locale } from "../../core/i18n/locale.js";
import { translator } from "../../core/i18n/message.js";
import { details, table } from "../../core/render/markdown.js";
import { applyMessages } from "./apply-messages.js";
import type { FreezeCause } from "./freeze-calendar.js";
import { exclusionWords, failureWords, freezeWords, rolloutMessages, stateWords, waitWords } from "./messages.js";
import type { RingPlan, RolloutPlan, WaitingClinic } from "./plan-types.js";

/**
 * The rollout plan as a person reads it, in the fleet's locale: a title, then per ring its state and a table of its
 * clinics (now, waiting with the reason and the earliest start, in flight, current, failed), then what is refused and
 * what the rollout leaves alone. Clinic ids and versions are registry-validated slugs, so the text is safe to echo.
 */
type Text = Readonly<Record<Locale, string>>;

export interface RenderOptions {
  /** Rows shown per ring (the rest counted), and each ring's table folded: for comments, bounded by construction. */
  maxRowsPerRing?: number;
}

export function renderRolloutPlan(plan: RolloutPlan, locale: Locale, options: RenderOptions = {}): string {
  const say = translator(locale);
  const lines = [say(rolloutMessages.title, { at: tokyoTime(plan.plannedAt), status: say(stateWords[plan.status]) })];
  const halt = plan.halt;
  if (halt !== undefined) {
    const values = {
      ring: halt.ring,
      wave: halt.wave + 1,
      failures: halt.failures,
      budget: halt.budget,
      clinics: halt.clinics.join(", "),
    };
    lines.push(
      say(halt.reason === "rollback-failed" ? rolloutMessages.haltRollbackFailed : rolloutMessages.haltBudget, values),
    );
  }
  for (const ring of plan.rings) lines.push("", ...renderRing(ring, say, options.maxRowsPerRing));
  const cap = options.maxRowsPerRing ?? Number.POSITIVE_INFINITY;
  if (plan.refused.length > 0) {
    lines.push("");
    for (const r of plan.refused.slice(0, cap))
      lines.push(say(rolloutMessages.refused, { clinic: r.clinicId, from: r.from ?? "?", to: r.to }));
  }
  if (plan.excluded.length > 0) {
    lines.push("");
    for (const e of plan.excluded.slice(0, cap)) {
      const reason = say(exclusionWords[e.reason], { detail: e.detail ?? "" });
      lines.push(say(rolloutMessages.excluded, { clinic: e.clinicId, reason }));
    }
  }
  return lines.join("\n");
}

type Say = (text: Text, values?: Record<string, string | number>) => string;

function renderRing(ring: RingPlan, say: Say, maxRows?: number): string[] {
  const state = [say(stateWords[ring.state])];
  if (ring.now !== undefined)
    state.push(say(rolloutMessages.waveNow, { wave: ring.now.wave + 1, size: ring.now.size }));
  if (ring.state === "baking" && ring.bakeUntil !== undefined) {
    state.push(say(rolloutMessages.ringBakeUntil, { until: tokyoTime(ring.bakeUntil) }));
  }
  const head = say(rolloutMessages.ringLine, { ring: ring.ring, state: state.join(", ") });
  const version = (from: string | null, to: string) => `${from ?? "?"} → ${to}`;
  const rows: string[][] = [
    ...(ring.now?.clinics ?? []).map((c) => [
      c.clinicId,
      version(c.from, c.to),
      say(rolloutMessages.now, { wave: (ring.now?.wave ?? 0) + 1 }),
      "-",
    ]),
    ...ring.inProgress.map((c) => [c.clinicId, version(c.from, c.to), say(rolloutMessages.inProgress), "-"]),
    ...ring.waiting.map((c) => [
      c.clinicId,
      version(c.from, c.to),
      say(rolloutMessages.waiting, { reason: waitText(c, say) }),
      c.earliestStart === null ? say(rolloutMessages.none) : tokyoTime(c.earliestStart),
    ]),
    ...ring.failed.map((c) => {
      const failure = say(failureWords[c.failure]) + (c.acknowledged ? `, ${say(rolloutMessages.acknowledged)}` : "");
      return [c.clinicId, version(c.from, c.to), say(rolloutMessages.failed, { failure, wave: c.wave + 1 }), "-"];
    }),
    ...ring.current.map((c) => [c.clinicId, c.to, say(rolloutMessages.current), "-"]),
  ];
  if (rows.length === 0) return [head];
  const shown = maxRows === undefined ? rows : rows.slice(0, maxRows);
  const headers = [
    rolloutMessages.headClinic,
    rolloutMessages.headVersion,
    rolloutMessages.headWhat,
    rolloutMessages.headEarliest,
  ].map((h) => say(h));
  if (maxRows === undefined) return [head, table(headers, rows)];
  const more =
    rows.length > shown.length ? `\n\n${say(applyMessages.more, { count: rows.length - shown.length })}` : "";
  return [
    head,
    details(say(applyMessages.planFolded, { ring: ring.ring, count: rows.length }), table(headers, shown) + more),
  ];
}

function waitText(c: WaitingClinic, say: Say): string {
  const base = say(waitWords[c.reason], { ring: c.ring ?? "", until: c.until === undefined ? "" : tokyoTime(c.until) });
  return c.freeze === undefined ? base : `${base}: ${freezeText(c.freeze, say)}`;
}

function freezeText(cause: FreezeCause, say: Say): string {
  switch (cause.kind) {
    case "days-of-month":
      return say(freezeWords["days-of-month"], { from: cause.from, to: cause.to });
    case "holiday":
      return say(freezeWords.holiday, { name: say(cause.name) });
    case "range":
      return say(freezeWords.range, { name: cause.name });
  }
}

/** `2026-11-15 02:00`: Tokyo wall time, which every window and freeze is written in. */
export function tokyoTime(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
