import { defaultLocale, type Locale } from "../i18n/locale.js";

import { checkClinicText } from "./check-file.js";
import { checkAgainstFleet, checkUnique, createUniqueIndex } from "./cross-file.js";
import type { LoadedClinic } from "./load.js";
import { compareProblems, type Problem } from "./problem.js";
import type { Clinic, Fleet } from "./schema.js";

export interface ClinicContext {
  /** The fleet the clinic joins; without it, subnet and instance type are not checked. */
  fleet?: Fleet | undefined;
  /** The registry's clinics; the file being checked may be among them (when it is edited) and is then skipped. */
  clinics: readonly LoadedClinic[];
  /** The locale to show messages in when no fleet is given; the fleet's locale wins. */
  locale?: Locale;
}

export interface ClinicTextResult {
  /** The clinic when it passes its own schema; problems may still name cross-file rules. */
  clinic?: Clinic;
  problems: Problem[];
  /** The locale to show the problems in. */
  locale: Locale;
}

/**
 * Validates one clinic file's text against a known fleet and the other clinics, with every rule that
 * `orca-fleet validate` applies; for a file that is not in the registry yet (an intake request).
 * `fileName` is only compared and reported, never opened.
 */
export function validateClinicText(yamlText: string, fileName: string, context: ClinicContext): ClinicTextResult {
  const locale = context.fleet?.locale ?? context.locale ?? defaultLocale;
  const checked = checkClinicText(yamlText, fileName);
  if (context.fleet) checkAgainstFleet(checked, context.fleet);
  const index = createUniqueIndex();
  for (const { file, clinic } of context.clinics) {
    if (file === fileName) continue;
    index.ids.set(clinic.id, file);
    index.codes.set(clinic.medicalInstitutionCode, file);
  }
  checkUnique(checked, index);
  const problems = checked.reporter.problems.sort(compareProblems);
  return checked.clinic ? { clinic: checked.clinic, problems, locale } : { problems, locale };
}
