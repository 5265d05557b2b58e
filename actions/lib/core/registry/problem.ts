import type { Locale } from "../i18n/locale.js";
import { type Message, render } from "../i18n/message.js";

/** One thing wrong in the registry, where it is and how to fix it; the message is data, rendered at the edge. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** The field's dotted path, e.g. orca.version; `(file)` when the problem is the whole file. */
  field: string;
  /** The rule's message and the values it names, shown in the fleet's locale where it is shown. */
  message: Message;
}

/** `clinics/x.yml:12:5 medicalInstitutionCode: ...`, the form compilers and editors link. */
export function formatProblem(problem: Problem, locale: Locale): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  return `${where} ${problem.field}: ${render(problem.message, locale)}`;
}

/** By file, then line, then column: the order a person fixes them in. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
