import type { Locale } from "../../core/i18n/locale.js";
import { formatText, render } from "../../core/i18n/message.js";
import type { Problem } from "../../core/registry/problem.js";

import type { ClinicRequestForm, FormField } from "./form.js";
import { formProblemMessages } from "./messages.js";
import type { FormProblem } from "./parse.js";
import { maxBodyBytes } from "./parse.js";

/** One problem as the comment shows it: the field's label, what is wrong and how a valid value looks, the input. */
export interface IntakeProblem {
  field: string;
  message: string;
  value?: string;
}

/** A problem the registry found in the clinic file: its message is data, shown here in the fleet's locale. */
export type ClinicProblem = Pick<Problem, "field" | "message">;

export function describeFormProblem(problem: FormProblem, form: ClinicRequestForm, locale: Locale): IntakeProblem {
  const field = form.fields.find((f) => f.id === problem.field);
  const message = formatText(formProblemMessages[problem.kind], locale, {
    label: field?.label ?? "",
    example: field?.example ?? "",
    options: field?.options?.join(", ") ?? "",
    limit: maxBodyBytes,
  });
  return {
    field: field?.label ?? (locale === "ja" ? "本文" : "body"),
    message,
    ...(problem.value === undefined ? {} : { value: problem.value }),
  };
}

/** Names a registry problem by the form field that fills its path, so the person knows which answer to fix. */
export function describeClinicProblem(
  problem: ClinicProblem,
  form: ClinicRequestForm,
  answers: ReadonlyMap<string, string>,
  locale: Locale,
): IntakeProblem {
  const message = render(problem.message, locale);
  const field: FormField | undefined = form.fields.find(
    (f) => problem.field === f.path || problem.field.startsWith(`${f.path}.`),
  );
  if (field === undefined) return { field: problem.field, message };
  const value = answers.get(field.id);
  return { field: field.label, message, ...(value === undefined ? {} : { value }) };
}
