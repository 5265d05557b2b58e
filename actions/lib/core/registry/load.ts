import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { defaultLocale, type Locale } from "../i18n/locale.js";

import { type CheckedFleet, checkClinicContent, checkFleetContent, fileStem } from "./check-file.js";
import { checkAgainstFleet, checkUnique, createUniqueIndex } from "./cross-file.js";
import { maxClinicBytes, maxFleetBytes, readBoundedText } from "./file-text.js";
import { compareProblems, type Problem } from "./problem.js";
import { ruleMessage } from "./reporter.js";
import type { Clinic, Fleet } from "./schema.js";

export interface LoadedClinic {
  /** The path as read, e.g. clinics/shinjuku-naika.yml. */
  file: string;
  clinic: Clinic;
}

export interface RegistryResult {
  /** Present when fleet.yml passes its schema. */
  fleet?: Fleet;
  /** Every clinic file that passes its own schema; cross-file problems do not remove a clinic from this list. */
  clinics: LoadedClinic[];
  /** Everything wrong, sorted by file and position; the registry is valid when this is empty. */
  problems: Problem[];
  /** The locale to show the problems in: fleet.yml's, as far as it can be read, else the default. */
  locale: Locale;
}

export const fleetFileName = "fleet.yml";

/**
 * Reads and validates a registry folder: fleet.yml and one <id>.yml per clinic. Reports every problem of every
 * file in one pass instead of stopping at the first. Only the folder's own entries are read: no name from inside a
 * file is ever used as a path.
 */
export async function loadRegistry(dir: string): Promise<RegistryResult> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return {
      clinics: [],
      problems: [wholeFileProblem(dir, "(directory)", "registry.noDirectory")],
      locale: defaultLocale,
    };
  }
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  // A link could lead outside the repository: it is reported, never followed.
  const links = entries
    .filter((entry) => entry.isSymbolicLink() && /\.ya?ml$/.test(entry.name))
    .map((entry) => entry.name);

  const problems: Problem[] = [];
  let fleetCheck: CheckedFleet | undefined;
  if (names.includes(fleetFileName)) {
    const file = join(dir, fleetFileName);
    fleetCheck = checkFleetContent(await readBoundedText(file, maxFleetBytes), file);
    problems.push(...fleetCheck.reporter.problems);
  }
  const locale = fleetCheck?.locale ?? defaultLocale;
  if (!fleetCheck) problems.push(wholeFileProblem(join(dir, fleetFileName), "(file)", "registry.noFleet"));
  const fleet = fleetCheck?.fleet;

  for (const name of links) problems.push(wholeFileProblem(join(dir, name), "(file)", "registry.link"));
  for (const name of names.filter((n) => n.endsWith(".yaml"))) {
    problems.push(
      wholeFileProblem(join(dir, name), "(file)", "registry.extension", {
        expectedFile: `${fileStem(name)}.yml`,
      }),
    );
  }

  const files = names.filter((n) => n.endsWith(".yml") && n !== fleetFileName).map((n) => join(dir, n));
  const reads = await Promise.all(
    files.map(async (file) => ({ file, content: await readBoundedText(file, maxClinicBytes) })),
  );
  const index = createUniqueIndex();
  const clinics: LoadedClinic[] = [];
  for (const { file, content } of reads) {
    const checked = checkClinicContent(content, file);
    if (fleet) checkAgainstFleet(checked, fleet);
    checkUnique(checked, index);
    problems.push(...checked.reporter.problems);
    if (checked.clinic) clinics.push({ file, clinic: checked.clinic });
  }

  problems.sort(compareProblems);
  return fleet ? { fleet, clinics, problems, locale } : { clinics, problems, locale };
}

/** A problem about a file or folder as a whole, which has no position inside it. */
function wholeFileProblem(
  file: string,
  field: string,
  rule: "registry.noDirectory" | "registry.noFleet" | "registry.extension" | "registry.link",
  values: Record<string, string> = {},
): Problem {
  return { file, field, message: ruleMessage(rule, values) };
}
