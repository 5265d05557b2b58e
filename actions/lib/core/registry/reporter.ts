import type { Message, MessageText, MessageValue } from "../i18n/message.js";

import { type RuleName, ruleMessages } from "./messages.js";
import type { Problem } from "./problem.js";
import type { Position, YamlSource } from "./yaml-source.js";

export type Values = Record<string, string | number | readonly string[] | Message>;

/** A file with more problems lists only this many, then how many more: a generated file with 200,000 unknown keys
 * must neither flood the log nor cost a lookup per key. */
export const maxProblemsPerFile = 50;

/** Turns a rule broken at a field into a Problem with the field's position and its message as data. */
export interface Reporter {
  readonly file: string;
  /** At most maxProblemsPerFile, and then one more problem that says how many were left out. */
  readonly problems: Problem[];
  /** The text of a scalar field as written in the file. */
  textOf(path: readonly PropertyKey[]): string | undefined;
  /** `where`: the field's value (default), its key, or a position the caller knows better. */
  add(path: readonly PropertyKey[], rule: RuleName, values?: Values, where?: "key" | "value" | Position): void;
}

/** A rule's message with the values it names; rendered in a locale only where it is shown. */
export function ruleMessage(rule: RuleName, values: Readonly<Record<string, MessageValue>> = {}): Message {
  return { key: rule, text: ruleMessages[rule], values };
}

export function createReporter(
  file: string,
  source: YamlSource,
  hints: Readonly<Record<string, MessageText>>,
): Reporter {
  const kept: Problem[] = [];
  let total = 0;
  return {
    file,
    get problems() {
      if (total === kept.length) return [...kept];
      const more = ruleMessage("registry.moreProblems", { total, shown: kept.length });
      return [...kept, { file, field: fieldName([]), message: more }];
    },
    textOf: (path) => source.textOf(path),
    add(path, rule, values = {}, where = "value") {
      total++;
      // Past the bound a problem is only counted: no lookup, no rendering.
      if (kept.length >= maxProblemsPerFile) return;
      const raw = source.textOf(path);
      const hint = hintFor(hints, path);
      const filled: Record<string, MessageValue> = {
        field: fieldName(path),
        value: raw === undefined ? "" : shown(raw),
        raw: raw ?? "",
        hint: hint ? { key: "hint", text: hint } : "",
      };
      for (const [key, value] of Object.entries(values)) {
        filled[key] = isList(value) ? value.join(", ") : value;
      }
      const { line, column } = typeof where === "string" ? source.locate(path, where) : where;
      kept.push({
        file,
        line,
        column,
        field: fieldName(path),
        message: ruleMessage(rule, filled),
      });
    },
  };
}

function isList(value: Values[string]): value is readonly string[] {
  return Array.isArray(value);
}

export function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(file)" : path.map(String).join(".");
}

/** Hint keys use `*` for list indexes and for the logical names under securityGroups and subnets. */
function hintKeys(path: readonly PropertyKey[]): string[] {
  const generic = path.map((segment) => (typeof segment === "number" ? "*" : String(segment)));
  const named = generic.map((segment, index) => (index === 1 ? "*" : segment));
  return [generic.join("."), named.join(".")];
}

export function hintFor(
  hints: Readonly<Record<string, MessageText>>,
  path: readonly PropertyKey[],
): MessageText | undefined {
  for (const key of hintKeys(path)) {
    const hint = hints[key];
    if (hint) return hint;
  }
  return undefined;
}

/** The names of the fields a mapping may hold, from the hints of its children. */
export function knownFields(hints: Readonly<Record<string, MessageText>>, parent: readonly PropertyKey[]): string[] {
  const fields = new Set<string>();
  for (const prefix of hintKeys(parent)) {
    for (const key of Object.keys(hints)) {
      const rest = prefix === "" ? key : key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : undefined;
      if (rest && !rest.includes(".") && rest !== "*") fields.add(rest);
    }
  }
  return [...fields];
}

const maxShown = 60;

/** A value as written, on one line, quoted unless the file quoted it. */
function shown(raw: string): string {
  const line = raw.replace(/\s*\n\s*/g, " ");
  const short = line.length > maxShown ? `${line.slice(0, maxShown - 1)}…` : line;
  return /^["']/.test(short) ? short : `"${short}"`;
}
