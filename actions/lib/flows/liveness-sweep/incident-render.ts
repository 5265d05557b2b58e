import type { Locale } from "../../core/i18n/locale.js";
import { codeCell } from "../../core/render/body.js";
import { details, inert, table } from "../../core/render/markdown.js";
import type { SweepClass, UnreachableReason } from "./classify.js";
import { type IncidentState, stateBlock } from "./incident-state.js";
import { say } from "./messages.js";

/** An excerpt of the probe's output: the last lines, capped, echoed inert. */
export const excerptChars = 2_000;
/** Members named in a parent incident; the rest are counted. */
export const membersShown = 50;

export interface IncidentContext {
  locale: Locale;
  /** The policy's flapping window, to say "3 of the last 6". */
  flapping: { failures: number; sweeps: number };
  unreachable?: UnreachableReason;
  excerpt?: string;
  /** The parent's url, when the clinic's incident links to one. */
  parentUrl?: string;
}

export function className(klass: SweepClass, locale: Locale): string {
  return say(`class.${klass}`, locale);
}

export function causeName(state: Pick<IncidentState, "key">, locale: Locale): string {
  const key = state.key;
  if (key === "fleet") return say("cause.fleet", locale);
  for (const dimension of ["subnet", "availability-zone", "ami", "release"] as const) {
    if (key.startsWith(`${dimension}-`))
      return say(`cause.${dimension}`, locale, { value: key.slice(dimension.length + 1) });
  }
  return key;
}

export function incidentTitle(state: IncidentState, locale: Locale): string {
  if (state.kind === "parent")
    return say("parentTitle", locale, { count: state.memberCount ?? 0, cause: causeName(state, locale) });
  if (state.class === undefined || (state.flapping && state.class === "healthy"))
    return say("flappingTitle", locale, { clinic: state.key });
  return say("incidentTitle", locale, { clinic: state.key, class: className(state.class, locale) });
}

/** The last lines of an output, at most `excerptChars`, made inert. */
export function excerptOf(output: string): string {
  const tail = output.length > excerptChars ? output.slice(-excerptChars) : output;
  return tail
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `> ${inert(l)}`)
    .join("\n");
}

/** The issue's body: the hidden state block, then a table a person reads. Bounded by construction. */
export function incidentBody(state: IncidentState, context: IncidentContext): string {
  const { locale } = context;
  const rows: string[][] = [];
  if (state.kind === "parent") {
    const members = state.members ?? [];
    const more = (state.memberCount ?? members.length) - members.length;
    rows.push([
      say("rowMembers", locale),
      `${members.map(inert).join(", ")}${more > 0 ? ` ${say("more", locale, { count: more })}` : ""}`,
    ]);
    rows.push([say("rowSince", locale), state.since]);
  } else {
    rows.push([say("rowClinic", locale), inert(state.key)]);
    if (state.instanceId !== undefined) rows.push([say("rowInstance", locale), `\`${state.instanceId}\``]);
    if (state.class !== undefined) {
      const reason = context.unreachable === undefined ? "" : ` (${say(`reason.${context.unreachable}`, locale)})`;
      rows.push([say("rowClass", locale), `${className(state.class, locale)}${reason}`]);
    }
    if (state.checks.length > 0) rows.push([say("rowChecks", locale), state.checks.map((c) => codeCell(c)).join(", ")]);
    rows.push([say("rowSince", locale), state.since]);
    const notRestartable =
      state.class === "unreachable" || state.class === "clock-skew" || state.class === "schema-mismatch";
    rows.push([
      say("rowTried", locale),
      notRestartable && state.restarts === 0
        ? say("notRestartable", locale)
        : say("tried", locale, { restarts: state.restarts }),
    ]);
    if (state.flapping)
      rows.push([
        say("rowFlapping", locale),
        say("flappingYes", locale, { failures: context.flapping.failures, sweeps: context.flapping.sweeps }),
      ]);
    if (state.parent !== undefined) rows.push([say("rowParent", locale), context.parentUrl ?? `#${state.parent}`]);
  }
  const parts = [
    stateBlock(state),
    say(state.kind === "parent" ? "parentIntro" : "intro", locale),
    "",
    table(["", ""], rows),
  ];
  if (context.excerpt !== undefined && context.excerpt.trim() !== "")
    parts.push("", details(say("excerpt", locale), excerptOf(context.excerpt)));
  return `${parts.join("\n")}\n`;
}
