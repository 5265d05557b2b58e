import type { Locale } from "../i18n/locale.js";
import { formatText, type MessageText } from "../i18n/message.js";

import { type RuleName, ruleMessages } from "./messages.js";
import type { Problem } from "./problem.js";
import type { Position, YamlSource } from "./yaml-source.js";

export type Values = Record<string, string | number | readonly string[]>;

/** Turns a rule broken at a field into a Problem with the field's position and a message in the fleet's locale. */
export interface Reporter {
  readonly file: string;
  readonly locale: Locale;
  readonly problems: Problem[];
  /** `where`: the field's value (default), its key, or a position the caller knows better. */
  add(path: readonly PropertyKey[], rule: RuleName, values?: Values, where?: "key" | "value" | Position): void;
}

export function createReporter(
  file: string,
  locale: Locale,
  source: YamlSource,
  hints: Readonly<Record<string, MessageText>>,
): Reporter {
  const problems: Problem[] = [];
  return {
    file,
    locale,
    problems,
    add(path, rule, values = {}, where = "value") {
      const raw = source.textOf(path);
      const hint = hintFor(hints, path);
      const filled: Record<string, string | number> = {
        value: raw === undefined ? "" : shown(raw),
        raw: raw ?? "",
        hint: hint ? formatText(hint, locale) : "",
      };
      for (const [key, value] of Object.entries(values)) {
        filled[key] = typeof value === "string" || typeof value === "number" ? value : value.join(", ");
      }
      const { line, column } = typeof where === "string" ? source.locate(path, where) : where;
      problems.push({
        file,
        line,
        column,
        field: fieldName(path),
        message: formatText(ruleMessages[rule], locale, filled),
      });
    },
  };
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
