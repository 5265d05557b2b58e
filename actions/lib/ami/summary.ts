import { inert, table } from "../render/markdown.js";
import type { BakeOutcome } from "./bake.js";
import { maxParameterVersions } from "./label-plan.js";
import type { RollbackOutcome } from "./rollback.js";

const code = (text: string) => `\`${text.replaceAll("`", "")}\``;

/** The job summary of a bake: what was recorded where, what was pruned, or why nothing was. */
export function renderBakeSummary(outcome: BakeOutcome, context: { parameter: string; sourceCommit: string }): string {
  if (outcome.status === "refused") {
    return [
      "## Golden AMI not recorded",
      "",
      inert(outcome.reason),
      "",
      `${code(context.parameter)} is unchanged: provisioning keeps launching from the image it had.`,
    ].join("\n");
  }
  const rows = [
    ["AMI", code(outcome.amiId)],
    ["Parameter", `${code(context.parameter)} version ${outcome.version}`],
    ["Labels", outcome.labels.map(code).join(", ")],
    ["Source commit", code(context.sourceCommit)],
    [
      "Before",
      outcome.previous === undefined
        ? "no earlier version"
        : `version ${outcome.previous.version} (${code(outcome.previous.value)}); roll back with \`rollback-to: ${outcome.previous.version}\``,
    ],
  ];
  const pruned =
    outcome.pruned.length === 0
      ? []
      : [
          "",
          `The history holds ${outcome.historySize} of AWS's ${maxParameterVersions} versions. So that the next bakes can still write, build labels were taken off versions that are neither current nor among the newest builds:`,
          "",
          table(
            ["Version", "Labels taken off"],
            outcome.pruned.map((entry) => [String(entry.version), entry.labels.map(code).join(", ")]),
          ),
        ];
  return ["## Golden AMI baked", "", table(["", "This bake"], rows), ...pruned].join("\n");
}

/** The job summary of a rollback: where `current` went and who launches on it next. */
export function renderRollbackSummary(outcome: RollbackOutcome, context: { parameter: string; label: string }): string {
  if (outcome.status === "refused") {
    return ["## Rollback refused", "", inert(outcome.reason), "", `${code(context.parameter)} is unchanged.`].join(
      "\n",
    );
  }
  const title =
    outcome.status === "moved"
      ? `## ${code(context.label)} moved to version ${outcome.target.version}`
      : `## ${code(context.label)} already on version ${outcome.target.version}`;
  const from =
    outcome.from === undefined ? "no version" : `version ${outcome.from.version} (${code(outcome.from.value)})`;
  const next =
    outcome.launchingNext.length === 0
      ? "No clinic is waiting for an instance: the next one to be added launches from it."
      : `These clinics have no instance yet and would launch on it next:\n\n${table(
          ["Clinic"],
          outcome.launchingNext.map((id) => [code(id)]),
        )}`;
  return [
    title,
    "",
    `${code(context.parameter)}: ${code(outcome.target.value)}, before: ${from}. Running instances keep their image.`,
    "",
    next,
  ].join("\n");
}
