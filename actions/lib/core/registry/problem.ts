/** One thing wrong in the registry, where it is and how to fix it; the message is in the fleet's locale. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** The field's dotted path, e.g. orca.version; `(file)` when the problem is the whole file. */
  field: string;
  message: string;
}

/** `clinics/x.yml:12:5 medicalInstitutionCode: ...`, the form compilers and editors link. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  return `${where} ${problem.field}: ${problem.message}`;
}

/** By file, then line, then column: the order a person fixes them in. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}
