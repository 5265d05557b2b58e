import { z } from "zod";
import type { MessageText } from "../i18n/message.js";
import { type RuleName, ruleMessages, typeNames } from "./messages.js";
import { knownFields, type Reporter } from "./reporter.js";

/** The params that the schema's refinements attach to their issues: a rule and the values its message names. */
const ruleParams = z.object({ rule: z.string() }).catchall(z.union([z.string(), z.number(), z.array(z.string())]));

function isRuleName(rule: string): rule is RuleName {
  return rule in ruleMessages;
}

function typeName(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/** Reports zod's issues as problems: each at its field, with what a valid value looks like. */
export function reportIssues(
  issues: readonly z.core.$ZodIssue[],
  reporter: Reporter,
  hints: Readonly<Record<string, MessageText>>,
): void {
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code !== "unrecognized_keys" && issue.code !== "custom" && issue.input === undefined) {
      reporter.add(path, "schema.missing", {}, "key");
      continue;
    }
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownFields(hints, path);
        for (const key of issue.keys) reporter.add([...path, key], "schema.unknownKey", { key, known }, "key");
        break;
      }
      case "invalid_type":
        if (typeof issue.input === "number" && issue.expected === "string") {
          // YAML 1.2 reads an unquoted 0110112489 as the number 110112489: say to quote it.
          reporter.add(
            path,
            path.join(".") === "medicalInstitutionCode" ? "schema.codeNumber" : "schema.number",
            // Only a code written with a leading 0 loses it; saying so of 1318814790 would mislead.
            { leadingZero: /^[+-]?0\d/.test(reporter.textOf(path) ?? "") ? "yes" : "no" },
          );
        } else {
          const got = typeNames[typeName(issue.input)];
          reporter.add(path, "schema.type", { got: got ? { key: "type", text: got } : typeName(issue.input) });
        }
        break;
      case "custom": {
        const params = ruleParams.safeParse(issue.params);
        if (params.success && isRuleName(params.data.rule)) reporter.add(path, params.data.rule, params.data);
        else reporter.add(path, "schema.value");
        break;
      }
      default:
        reporter.add(path, "schema.value");
    }
  }
}
