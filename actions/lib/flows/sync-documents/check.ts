import { parse } from "yaml";
import { z } from "zod";
import { documentLimits } from "./limits.js";
import type { LocalDocument } from "./local-documents.js";

/** What is wrong with one field of one document, as data; messages.ts words it in the fleet's locale. */
export interface DocumentProblem {
  document: string;
  file: string;
  /** The field named in the error: name, content, targetType, tag, or parameters.<name>.<part>. */
  field: string;
  rule: ProblemRule;
  values: Readonly<Record<string, string | number>>;
}

export type ProblemRule =
  | "namePattern"
  | "nameReserved"
  | "contentEmpty"
  | "contentTooLarge"
  | "contentNotYaml"
  | "parameterType"
  | "parameterPattern"
  | "parameterDefault"
  | "targetType"
  | "tagKey"
  | "tagValue";

const declaration = z.looseObject({
  type: z.unknown(),
  default: z.unknown().optional(),
  allowedPattern: z.unknown().optional(),
});
const contentShape = z.looseObject({ parameters: z.record(z.string(), declaration).optional() });

const namePattern = new RegExp(documentLimits.namePattern);
const targetTypePattern = new RegExp(documentLimits.targetTypePattern);
// TagKey and TagValue use Unicode classes (\p{L}): the u flag reads them as AWS does.
const tagPattern = new RegExp(documentLimits.tagPattern, "u");

/** The tag every synced document carries: key and value, checked against TagKey and TagValue. */
export interface DocumentTag {
  key: string;
  value: string;
}

/**
 * Every problem that would make SSM refuse the document (or that would let a command fail at send time), found
 * before any call: the name, the content's size, the content as YAML, and each parameter declaration.
 */
export function checkDocument(doc: LocalDocument, targetType: string, tag: DocumentTag): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const add = (field: string, rule: ProblemRule, values: Record<string, string | number> = {}) =>
    problems.push({ document: doc.name, file: doc.file, field, rule, values });

  if (!namePattern.test(doc.name)) add("name", "namePattern", { pattern: documentLimits.namePattern });
  const reserved = documentLimits.reservedNamePrefixes.find((p) => doc.name.toLowerCase().startsWith(p.toLowerCase()));
  if (reserved !== undefined) add("name", "nameReserved", { prefix: reserved });

  const bytes = Buffer.byteLength(doc.content, "utf8");
  if (bytes < documentLimits.contentMinLength) add("content", "contentEmpty");
  if (bytes > documentLimits.contentMaxBytes)
    add("content", "contentTooLarge", { bytes, max: documentLimits.contentMaxBytes });

  if (!targetTypePattern.test(targetType) || targetType.length > documentLimits.targetTypeMaxLength) {
    add("targetType", "targetType", { value: targetType, pattern: documentLimits.targetTypePattern });
  }
  if (tag.key.length < 1 || tag.key.length > documentLimits.tagKeyMaxLength || !tagPattern.test(tag.key)) {
    add("tag", "tagKey", { value: tag.key, max: documentLimits.tagKeyMaxLength });
  }
  if (tag.value.length > documentLimits.tagValueMaxLength || !tagPattern.test(tag.value)) {
    add("tag", "tagValue", { value: tag.value, max: documentLimits.tagValueMaxLength });
  }

  if (bytes > 0) {
    const parsed = readContent(doc.content);
    if (parsed === undefined) add("content", "contentNotYaml");
    else {
      for (const [name, p] of Object.entries(parsed.parameters ?? {})) {
        checkParameter(p, (part, rule, values) => add(`parameters.${name}.${part}`, rule, values));
      }
    }
  }
  return problems;
}

function readContent(content: string): z.infer<typeof contentShape> | undefined {
  try {
    const parsed = contentShape.safeParse(parse(content));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

type AddProblem = (part: string, rule: ProblemRule, values?: Record<string, string | number>) => void;

function checkParameter(p: z.infer<typeof declaration>, add: AddProblem): void {
  const types: readonly unknown[] = documentLimits.parameterTypes;
  if (!types.includes(p.type)) {
    add("type", "parameterType", { value: String(p.type), allowed: documentLimits.parameterTypes.join(", ") });
  }
  let pattern: RegExp | undefined;
  if (p.allowedPattern !== undefined) {
    try {
      if (typeof p.allowedPattern !== "string") throw new TypeError("not a string");
      pattern = new RegExp(p.allowedPattern);
    } catch {
      add("allowedPattern", "parameterPattern", { value: String(p.allowedPattern) });
    }
  }
  if (p.default === undefined) return;
  // DocumentParameterDefaultValue is a string: a String's default is one, a StringList's a list of them.
  const values = Array.isArray(p.default) ? p.default : [p.default];
  const wrongShape = p.type === "StringList" ? !Array.isArray(p.default) : Array.isArray(p.default);
  const bad = values.find((v) => typeof v !== "string" || (pattern !== undefined && !pattern.test(v)));
  if (wrongShape || bad !== undefined) {
    add("default", "parameterDefault", {
      value: JSON.stringify(bad ?? p.default),
      pattern: typeof p.allowedPattern === "string" ? p.allowedPattern : "-",
    });
  }
}
