import { Document, isScalar } from "yaml";
import { clinicIdPattern } from "../../core/registry/schema.js";
import type { FieldId } from "./form.js";
import type { Answers } from "./parse.js";

/** The first line of every clinic file: editors validate it against the generated JSON schema. */
export const clinicFileHeader = "# yaml-language-server: $schema=../schema/clinic.schema.json";

/** Intake's branches: `clinic-request/<issue number>`. */
export const requestBranchPrefix = "clinic-request/";

export function requestBranch(issueNumber: number): string {
  return `${requestBranchPrefix}${issueNumber}`;
}

/** The file a clinic id names. The id was validated already; the pattern is checked again because it becomes a path. */
export function clinicFilePath(id: string): string {
  if (!clinicIdPattern.test(id)) throw new Error(`refusing to build a path from the clinic id "${id}"`);
  return `clinics/${id}.yml`;
}

/** The name a request's file is validated under: only compared and reported, never opened or written. */
export function requestedFileName(id: string): string {
  return `clinics/${id}.yml`;
}

export function isClinicFilePath(path: string): boolean {
  return /^clinics\/[^/]+\.yml$/.test(path) && path !== "clinics/fleet.yml";
}

/** Strings that YAML would read as numbers or that look like them, quoted as in the hand-written clinic files. */
const quoted: readonly (readonly string[])[] = [["medicalInstitutionCode"], ["orca", "version"]];

/** Writes a new clinic's file from the form's answers, in the key order and style of the files in clinics/. */
export function renderClinicFile(answers: Answers): string {
  const answer = (id: FieldId): string => {
    const value = answers.get(id);
    if (value === undefined) throw new Error(`the answer for ${id} is missing`);
    return value;
  };
  const doc = new Document({
    id: answer("id"),
    name: answer("name"),
    medicalInstitutionCode: answer("medical-institution-code"),
    prefecture: answer("prefecture"),
    status: "active",
    orca: { version: answer("orca-version"), ring: answer("ring") },
    instance: { type: answer("instance-type"), subnet: answer("subnet") },
    maintenanceWindow: answer("maintenance-window"),
    contact: { name: answer("contact-name"), email: answer("contact-email") },
  });
  for (const path of quoted) {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.type = "QUOTE_DOUBLE";
  }
  return `${clinicFileHeader}\n${doc.toString({ lineWidth: 0 })}`;
}
