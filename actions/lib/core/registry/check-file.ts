import { basename } from "node:path";
import { z } from "zod";
import { defaultLocale, type Locale } from "../i18n/locale.js";
import type { MessageText } from "../i18n/message.js";
import { boundedText, type FileText, maxClinicBytes, maxFleetBytes } from "./file-text.js";
import { prefectureOfCode } from "./institution-code.js";
import { reportIssues } from "./issues.js";
import { clinicHints, fleetHints } from "./messages.js";
import { createReporter, type Reporter } from "./reporter.js";
import { type Clinic, clinicSchema, type Fleet, fleetSchema } from "./schema.js";
import { readYaml, unreadSource } from "./yaml-source.js";

/**
 * The checks of one file on its own: strict YAML, the schema, and for a clinic the rules between its own fields
 * and its file name. Rules across files (fleet.yml, uniqueness) are in cross-file.ts.
 */

/** The fields that cross-file rules need, each kept only when it is valid on its own, so that a file with an
 * unrelated mistake still takes part in those rules and every problem shows in one run. */
const clinicKeysSchema = z
  .object({
    id: clinicSchema.shape.id.optional().catch(undefined),
    medicalInstitutionCode: clinicSchema.shape.medicalInstitutionCode.optional().catch(undefined),
    prefecture: clinicSchema.shape.prefecture.optional().catch(undefined),
    instance: z
      .object({ type: z.string().optional().catch(undefined), subnet: z.string().optional().catch(undefined) })
      .optional()
      .catch(undefined),
    orca: z
      .object({ ring: clinicSchema.shape.orca.shape.ring.optional().catch(undefined) })
      .optional()
      .catch(undefined),
    maintenanceWindow: clinicSchema.shape.maintenanceWindow.optional().catch(undefined),
  })
  .catch({});
export type ClinicKeys = z.infer<typeof clinicKeysSchema>;

export interface CheckedClinic {
  file: string;
  clinic?: Clinic;
  keys: ClinicKeys;
  reporter: Reporter;
}

export function checkClinicText(text: string, file: string): CheckedClinic {
  return checkClinicContent(boundedText(text, maxClinicBytes), file);
}

/** A clinic file as read by readBoundedText: a refused file is one problem, and is not parsed. */
export function checkClinicContent(content: FileText, file: string): CheckedClinic {
  const { reporter, read } = checkYaml(content, file, clinicSchema, clinicHints);
  if (read === undefined) return { file, keys: {}, reporter };
  const { value, parsed } = read;
  // A valid clinic already is its keys; only an invalid one needs the lenient second pass.
  const keys: ClinicKeys = parsed.success ? parsed.data : clinicKeysSchema.parse(value);

  const stem = fileStem(file);
  if (keys.id !== undefined && keys.id !== stem) {
    reporter.add(["id"], "registry.idMismatch", { stem, expectedFile: `${keys.id}.yml` });
  }
  const codePrefecture = keys.medicalInstitutionCode && prefectureOfCode(keys.medicalInstitutionCode);
  if (codePrefecture && keys.prefecture && codePrefecture !== keys.prefecture) {
    reporter.add(["medicalInstitutionCode"], "code.prefectureMismatch", {
      codePrefecture,
      prefecture: keys.prefecture,
    });
  }
  return parsed.success ? { file, clinic: parsed.data, keys, reporter } : { file, keys, reporter };
}

export interface CheckedFleet {
  fleet?: Fleet;
  locale: Locale;
  reporter: Reporter;
}

const fleetLocaleSchema = z.object({ locale: fleetSchema.shape.locale.catch("ja") }).catch({ locale: "ja" });

export function checkFleetText(text: string, file: string): CheckedFleet {
  return checkFleetContent(boundedText(text, maxFleetBytes), file);
}

export function checkFleetContent(content: FileText, file: string): CheckedFleet {
  const { reporter, read } = checkYaml(content, file, fleetSchema, fleetHints);
  if (read === undefined) return { locale: defaultLocale, reporter };
  const { value, parsed } = read;
  if (parsed.success) return { fleet: parsed.data, locale: parsed.data.locale, reporter };
  // Messages about fleet.yml itself are in the locale it asks for, when that much of it can be read.
  return { locale: fleetLocaleSchema.parse(value).locale, reporter };
}

/**
 * The steps every registry file takes: strict YAML, then the schema, each fault and issue reported with the file's
 * hints. A refused file (too large, not text) is that one problem and is not read.
 */
function checkYaml<T>(
  content: FileText,
  file: string,
  schema: z.ZodType<T>,
  hints: Readonly<Record<string, MessageText>>,
): { reporter: Reporter; read?: { value: unknown; parsed: z.ZodSafeParseResult<T> } } {
  if ("refused" in content) {
    const reporter = createReporter(file, unreadSource, hints);
    reporter.add([], content.refused.rule, content.refused);
    return { reporter };
  }
  const source = readYaml(content.text);
  const reporter = createReporter(file, source, hints);
  for (const { fault, path, position } of source.faults) reporter.add(path, fault.rule, fault, position);
  const parsed = schema.safeParse(source.value, { reportInput: true });
  if (source.value !== undefined && !parsed.success) reportIssues(parsed.error.issues, reporter, hints);
  return { reporter, read: { value: source.value, parsed } };
}

/** The file's name without its folder and extension, which a clinic's id must equal. */
export function fileStem(file: string): string {
  return basename(file).replace(/\.ya?ml$/, "");
}
