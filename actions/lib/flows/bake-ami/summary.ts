import type { Locale } from "../../core/i18n/locale.js";
import { type Message, type MessageValue, render } from "../../core/i18n/message.js";
import { inert, table } from "../../core/render/markdown.js";
import type { BakeOutcome } from "./bake.js";
import { maxParameterVersions } from "./label-plan.js";
import { type amiMessages, note } from "./messages.js";
import type { RollbackOutcome } from "./rollback.js";

const code = (text: string) => `\`${text.replaceAll("`", "")}\``;

type AmiKey = keyof typeof amiMessages;
type Say = (key: AmiKey, values?: Readonly<Record<string, MessageValue>>) => string;

function sayer(locale: Locale): Say {
  return (key, values) => render(note(key, values), locale);
}

/** A refused bake or rollback: the title, why (text from Packer and AWS echoed inert), and what stayed as it was. */
function refusal(locale: Locale, title: AmiKey, reason: Message, kept: AmiKey, parameter: string): string {
  const t = sayer(locale);
  return [`## ${t(title)}`, "", render(reason, locale, inert), "", t(kept, { parameter: code(parameter) })].join("\n");
}

/** The job summary of a bake, in the fleet's locale: what was recorded where, what was pruned, or why nothing was. */
export function renderBakeSummary(
  outcome: BakeOutcome,
  context: { parameter: string; sourceCommit: string },
  locale: Locale,
): string {
  if (outcome.status === "refused")
    return refusal(locale, "notRecordedTitle", outcome.reason, "keptImage", context.parameter);
  const t = sayer(locale);
  const rows = [
    [t("rowAmi"), code(outcome.amiId)],
    [t("rowParameter"), t("parameterVersion", { parameter: code(context.parameter), version: outcome.version })],
    [t("rowLabels"), outcome.labels.map(code).join(", ")],
    [t("rowSourceCommit"), code(context.sourceCommit)],
    [
      t("rowBefore"),
      outcome.previous === undefined
        ? t("noEarlierVersion")
        : t("rollBackWith", { version: outcome.previous.version, value: code(outcome.previous.value) }),
    ],
  ];
  const pruned =
    outcome.pruned.length === 0
      ? []
      : [
          "",
          t("pruned", { size: outcome.historySize, max: maxParameterVersions }),
          "",
          table(
            [t("colVersion"), t("colLabelsTakenOff")],
            outcome.pruned.map((entry) => [String(entry.version), entry.labels.map(code).join(", ")]),
          ),
        ];
  return [`## ${t("bakedTitle")}`, "", table(["", t("colThisBake")], rows), ...pruned].join("\n");
}

/** The job summary of a rollback, in the fleet's locale: where `current` went and who launches on it next. */
export function renderRollbackSummary(
  outcome: RollbackOutcome,
  context: { parameter: string; label: string },
  locale: Locale,
): string {
  if (outcome.status === "refused")
    return refusal(locale, "rollbackRefusedTitle", outcome.reason, "unchanged", context.parameter);
  const t = sayer(locale);
  const title = t(outcome.status === "moved" ? "movedTitle" : "alreadyTitle", {
    label: code(context.label),
    version: outcome.target.version,
  });
  const from =
    outcome.from === undefined
      ? t("fromNone")
      : t("fromVersion", { version: outcome.from.version, value: code(outcome.from.value) });
  const next =
    outcome.launchingNext.length === 0
      ? t("nobodyWaiting")
      : `${t("launchingNext")}\n\n${table(
          [t("colClinic")],
          outcome.launchingNext.map((id) => [code(id)]),
        )}`;
  return [
    `## ${title}`,
    "",
    t("rollbackState", { parameter: code(context.parameter), value: code(outcome.target.value), from }),
    "",
    next,
  ].join("\n");
}
