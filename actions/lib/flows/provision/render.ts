import type { Locale } from "../../core/i18n/locale.js";
import { formatText, type MessageText } from "../../core/i18n/message.js";

import { details, inert, table } from "../../core/render/markdown.js";
import type { ApplyResult, ClinicResult } from "./apply.js";
import { messages } from "./messages.js";
import type { PlannedClinic, ProvisionPlan } from "./plan.js";
import type { AmiUnresolved, ResolvedAmi } from "./resolve-ami.js";

/** Lists longer than this fold into <details>, so a large fleet's comment stays readable. */
const foldAbove = 10;

/** An echoed value is cut to this many characters, so that every row has a bound. */
const cellChars = 64;

const code = (text: string) => {
  const plain = text.replace(/`/g, "");
  return `\`${plain.length > cellChars ? `${plain.slice(0, cellChars - 1)}…` : plain}\``;
};

/**
 * Characters each list of a plan or a result may take. Their sum, with the headings and the reviewed-plan block
 * (at most reviewedPlanMaxChars), stays under GitHub's 65,536 by construction, however large the fleet: a list
 * that would not fit shows its first rows and says how many more there are.
 */
export const sectionBudget = { create: 14_000, retired: 4_000, orphans: 4_000, suspended: 4_000, present: 6_000 };
export const resultBudget = { instances: 40_000, problems: 16_000 };

/** The sticky plan comment on a pull request that changes clinics/. */
/** `proposed` on the pull request, where merging applies it; `applied` beside the result of the apply it led to. */
export type PlanStage = "proposed" | "applied";

export function renderPlan(
  plan: ProvisionPlan,
  locale: Locale,
  ami?: ResolvedAmi,
  stage: PlanStage = "proposed",
  notes: readonly string[] = [],
): string {
  const t = translator(locale);
  const parts = [
    `### ${t(messages.planTitle)}`,
    t(messages.planSummary, {
      create: plan.create.length,
      present: plan.present.length,
      suspended: plan.suspended.length,
      retired: plan.retired.length,
      orphans: plan.orphans.length,
    }),
  ];
  parts.push(...notes);
  if (plan.create.length === 0) parts.push(t(messages.planNothing));
  else {
    if (ami !== undefined) parts.push(t(messages.planAmi, { selector: ami.selector, amiId: code(ami.amiId) }));
    const rows = plan.create.map(({ clinic, file }) => [
      code(clinic.id),
      inert(clinic.name),
      code(clinic.instance.type),
      code(clinic.instance.subnet),
      code(clinic.orca.version),
      code(file),
    ]);
    parts.push(
      section(
        `${t(messages.toCreate)} (${rows.length})`,
        boundedTable(
          [
            messages.colClinic,
            messages.colName,
            messages.colType,
            messages.colSubnet,
            messages.colOrca,
            messages.colFile,
          ].map((m) => t(m)),
          rows,
          sectionBudget.create,
          t,
        ),
      ),
    );
  }
  if (plan.retired.length > 0)
    parts.push(
      section(`${t(messages.retired)} (${plan.retired.length})`, clinicTable(plan.retired, t, sectionBudget.retired)),
    );
  if (plan.orphans.length > 0) {
    const rows = plan.orphans.map((o) => [
      code(o.instanceId),
      code(o.clinicId),
      code(o.state),
      code(o.privateIpAddress ?? "-"),
    ]);
    parts.push(
      section(
        `${t(messages.orphans)} (${rows.length})`,
        boundedTable(
          [messages.colInstance, messages.colClinic, messages.colState, messages.colIp].map((m) => t(m)),
          rows,
          sectionBudget.orphans,
          t,
        ),
      ),
    );
  }
  if (plan.suspended.length > 0) {
    parts.push(
      section(
        `${t(messages.suspended)} (${plan.suspended.length})`,
        clinicTable(plan.suspended, t, sectionBudget.suspended),
      ),
    );
  }
  if (plan.present.length > 0) {
    parts.push(
      details(`${t(messages.present)} (${plan.present.length})`, clinicTable(plan.present, t, sectionBudget.present)),
    );
  }
  const footer = stage === "proposed" ? messages.planFooter : messages.appliedPlanFooter;
  parts.push(`<sub>${t(footer, { plannedAt: plan.plannedAt })}</sub>`);
  return `${parts.join("\n\n")}\n`;
}

/** Why the golden AMI cannot be resolved and what to do, in the fleet's locale, for the plan, apply and the CLI. */
export function renderAmiUnresolved(selector: string, reason: AmiUnresolved, locale: Locale): string {
  const t = translator(locale);
  return t(messages.amiMissing, { selector, reason: amiReason(selector, reason, t) });
}

function amiReason(selector: string, reason: AmiUnresolved, t: Translate): string {
  switch (reason.kind) {
    case "parameter-missing":
      return t(messages.amiParameterMissing, { code: code(reason.code) });
    case "label-missing":
      // The label is what follows the parameter's name in `<parameter>:<label>`.
      return t(messages.amiLabelMissing, { code: code(reason.code), label: code(selector.split(":").at(-1) ?? "") });
    case "not-an-ami":
      return t(messages.amiNotAnImage, { value: code(reason.value.slice(0, 80)) });
    case "access-denied":
      return t(messages.amiAccessDenied, { code: code(reason.code) });
  }
}

/** The line on clinics another apply holds names this many; the table lists them all. */
const elsewhereNamed = 20;

/** The comment on the merged pull request, and the job summary, after apply. */
export function renderApplyResult(result: ApplyResult, locale: Locale): string {
  const t = translator(locale);
  const count = (outcome: ClinicResult["outcome"]) => result.results.filter((r) => r.outcome === outcome).length;
  const parts = [`### ${t(messages.resultTitle)}`];
  if (result.results.length === 0) {
    parts.push(t(messages.resultNothing));
    return `${parts.join("\n\n")}\n`;
  }
  parts.push(
    t(messages.resultSummary, { ready: count("ready"), notReady: count("not-ready"), failed: count("failed") }),
  );
  const elsewhere = result.results.filter((r) => r.launchedElsewhere !== undefined);
  if (elsewhere.length > 0) {
    const runs = [...new Set(elsewhere.map((r) => r.launchedElsewhere))].map((run) => code(run ?? "")).join(", ");
    const named = elsewhere.slice(0, elsewhereNamed).map((r) => code(r.clinicId));
    const more = elsewhere.length > elsewhereNamed ? [`+${elsewhere.length - elsewhereNamed}`] : [];
    const clinics = [...named, ...more].join(", ");
    parts.push(t(messages.resultLaunchedElsewhere, { count: elsewhere.length, runs, clinics }));
  }
  if (result.ami !== undefined)
    parts.push(t(messages.resultAmi, { amiId: code(result.ami.amiId), selector: result.ami.selector }));
  parts.push(
    section(
      `${t(messages.resultInstances)} (${result.results.length})`,
      resultTable(result.results, t, resultBudget.instances),
    ),
  );
  const troubled = result.results.filter((r) => r.problem !== undefined);
  if (troubled.length > 0) {
    const lines = troubled.map((r) =>
      r.problem === undefined
        ? ""
        : `- ${code(r.clinicId)}: ${code(r.problem.code)} ${inert(r.problem.detail.slice(0, 300))}\n  ${formatText(r.problem.hint, locale)}`,
    );
    parts.push(
      section(`${t(messages.problems)} (${troubled.length})`, withinBudget(lines, resultBudget.problems, t).join("\n")),
    );
  }
  return `${parts.join("\n\n")}\n`;
}

/** The comment on the clinic-request issue: its clinics' servers, and whether the request is done. */
export function renderIssueResult(results: readonly ClinicResult[], locale: Locale): string {
  const t = translator(locale);
  const done = results.length > 0 && results.every((r) => r.outcome === "ready");
  const head = done
    ? t(messages.issueReady, { clinics: results.map((r) => code(r.clinicId)).join(", ") })
    : t(messages.issueNotReady);
  return `${head}\n\n${resultTable(results, t, resultBudget.instances)}\n`;
}

type Translate = (message: MessageText, values?: Record<string, string | number>) => string;

function translator(locale: Locale): Translate {
  return (message, values = {}) => formatText(message, locale, values);
}

function resultTable(results: readonly ClinicResult[], t: Translate, budget: number): string {
  const outcome = {
    ready: messages.outcomeReady,
    "not-ready": messages.outcomeNotReady,
    failed: messages.outcomeFailed,
  };
  const rows = results.map((r) => [
    code(r.clinicId),
    inert(r.clinicName),
    code(r.instance?.instanceId ?? "-"),
    code(r.instance?.privateIpAddress ?? "-"),
    code(r.instance?.state ?? "-"),
    code(r.instance?.agent ?? "-"),
    code(r.orca ?? "-"),
    t(outcome[r.outcome]),
  ]);
  return boundedTable(
    [
      messages.colClinic,
      messages.colName,
      messages.colInstance,
      messages.colIp,
      messages.colState,
      messages.colAgent,
      messages.colHealthcheck,
      messages.colOutcome,
    ].map((m) => t(m)),
    rows,
    budget,
    t,
  );
}

/** Instances listed per clinic; a clinic with more is a person's problem the count already shows. */
const instancesPerClinic = 3;

function clinicTable(entries: readonly PlannedClinic[], t: Translate, budget: number): string {
  const rows = entries.map(({ clinic, instances }) => [
    code(clinic.id),
    inert(clinic.name),
    instances.length === 0
      ? t(messages.none)
      : [
          ...instances.slice(0, instancesPerClinic).map((i) => `${code(i.instanceId)} (${i.state})`),
          ...(instances.length > instancesPerClinic ? [`+${instances.length - instancesPerClinic}`] : []),
        ].join(", "),
  ]);
  return boundedTable(
    [messages.colClinic, messages.colName, messages.colInstance].map((m) => t(m)),
    rows,
    budget,
    t,
  );
}

/** A table of as many rows as fit in `budget` characters, then a line saying how many were left out. */
function boundedTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  budget: number,
  t: Translate,
): string {
  const head = table(headers, []);
  const kept = fitting(
    rows.map((cells) => `| ${cells.join(" | ")} |`.length),
    budget - head.length,
  );
  const shown = table(headers, rows.slice(0, kept));
  return kept === rows.length ? shown : `${shown}\n\n${t(messages.moreRows, { count: rows.length - kept })}`;
}

/** The lines that fit in `budget` characters, then a line saying how many were left out. */
function withinBudget(lines: readonly string[], budget: number, t: Translate): string[] {
  const kept = fitting(
    lines.map((line) => line.length),
    budget,
  );
  return kept === lines.length
    ? [...lines]
    : [...lines.slice(0, kept), t(messages.moreRows, { count: lines.length - kept })];
}

/** Room kept for the "and N more" line. */
const moreLineChars = 300;

/** How many of the leading items (by length, one newline each) fit in the budget, leaving room for the more line. */
function fitting(lengths: readonly number[], budget: number): number {
  let used = 0;
  for (const [index, length] of lengths.entries()) {
    if (used + length + 1 > budget - moreLineChars) return index;
    used += length + 1;
  }
  return lengths.length;
}

/** A heading with its body, folded when the body is long. */
function section(title: string, body: string): string {
  const lines = body.split("\n").length;
  return lines > foldAbove + 2 ? details(title, body) : `**${title}**\n\n${body}`;
}
