import { parseIssue } from "@github/issue-parser";
import type { ClinicRequestForm, FieldId, FormField } from "./form.js";
import { renderIssueForm } from "./form-yaml.js";

/** GitHub caps bodies at 65,536 characters; a form body is a few hundred bytes, so anything this large is refused. */
export const maxBodyBytes = 64 * 1024;

export type FormProblemKind =
  | "too-large"
  | "missing-heading"
  | "duplicate-heading"
  | "unknown-heading"
  | "out-of-order"
  | "no-response"
  | "several-values"
  | "not-an-option"
  | "multi-line"
  | "forbidden-characters";

export interface FormProblem {
  /** The form field, or "body" for the issue body as a whole. */
  field: FieldId | "body";
  kind: FormProblemKind;
  /** The offending text (a heading or an answer), to echo inert. */
  value?: string;
}

/** Every field's answer, normalised; complete whenever parsing succeeded. */
export type Answers = ReadonlyMap<FieldId, string>;

export type ParseOutcome = { ok: true; answers: Answers } | { ok: false; problems: FormProblem[] };

/** What the issue-parser library sees as a heading: `###` and the rest of that line. */
const headingPattern = /### *(.*?)\s*[\r\n]+/g;
/** Invisible or control characters (U+202E, zero-width spaces, ...) have no place in any answer. */
const invisible = /[\p{Cc}\p{Cf}]/u;
/** Characters with meaning to a shell, to Actions expressions or to markdown and HTML. */
const metacharacters = /[`$;|&<>\\{}[\]#*]/u;
/** Names: letters in any script, digits, spaces and the punctuation real clinic and person names use. */
const freeTextAllowed = /^[\p{L}\p{M}\p{N}\p{Zs}・.,'’()-]+$/u;

/**
 * Parses a clinic-request body against the form: refuses oversized bodies before parsing, checks that every heading
 * is present once and in order (the parser silently merges or drops what does not match), then reads the answers,
 * normalised (NFKC, trimmed), and checks each one's shape. Values are judged as clinic data later.
 */
export function parseRequest(body: string, form: ClinicRequestForm): ParseOutcome {
  if (Buffer.byteLength(body, "utf8") > maxBodyBytes)
    return { ok: false, problems: [{ field: "body", kind: "too-large" }] };
  const structure = checkHeadings(body, form);
  if (structure.length > 0) return { ok: false, problems: structure };

  const parsed = parseIssue(body.replace(/\r\n/g, "\n"), renderIssueForm(form));
  const problems: FormProblem[] = [];
  const answers = new Map<FieldId, string>();
  for (const field of form.fields) {
    const result = readAnswer(field, parsed[field.id]);
    if (typeof result === "string") answers.set(field.id, result);
    else problems.push(result);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, answers };
}

function checkHeadings(body: string, form: ClinicRequestForm): FormProblem[] {
  const byLabel = new Map(form.fields.map((f) => [f.label, f] as const));
  const seen: FormField[] = [];
  const problems: FormProblem[] = [];
  for (const match of body.matchAll(headingPattern)) {
    const heading = (match[1] ?? "").trim();
    const field = byLabel.get(heading);
    if (field === undefined) problems.push({ field: "body", kind: "unknown-heading", value: heading });
    else if (seen.includes(field)) problems.push({ field: field.id, kind: "duplicate-heading" });
    else seen.push(field);
  }
  for (const field of form.fields)
    if (!seen.includes(field)) problems.push({ field: field.id, kind: "missing-heading" });
  if (problems.length > 0) return problems;
  const outOfPlace = seen.find((field, index) => form.fields[index] !== field);
  return outOfPlace === undefined ? [] : [{ field: outOfPlace.id, kind: "out-of-order" }];
}

function readAnswer(field: FormField, raw: unknown): string | FormProblem {
  const values = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw.filter((v) => typeof v === "string") : [];
  if (values.length === 0) return { field: field.id, kind: "no-response" };
  if (values.length > 1) return { field: field.id, kind: "several-values", value: values.join(", ") };
  const value = (values[0] ?? "").normalize("NFKC").trim();
  if (value === "" || value === "_No response_") return { field: field.id, kind: "no-response" };
  if (value.includes("\n")) return { field: field.id, kind: "multi-line", value };
  if (invisible.test(value) || metacharacters.test(value) || (field.freeText && !freeTextAllowed.test(value)))
    return { field: field.id, kind: "forbidden-characters", value };
  if (field.options !== undefined && !field.options.includes(value))
    return { field: field.id, kind: "not-an-option", value };
  return value;
}
