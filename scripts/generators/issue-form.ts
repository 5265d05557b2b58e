// The clinic-request issue form: its dropdowns (prefectures, rings, instance types, subnets) come from the schema and
// clinics/fleet.yml, so a fleet change that is not regenerated fails CI instead of offering stale choices.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { fleetSchema } from "../../actions/lib/core/registry/schema.js";
import { clinicRequestForm } from "../../actions/lib/flows/intake/form.js";
import { renderIssueForm } from "../../actions/lib/flows/intake/form-yaml.js";
import type { GeneratedFile } from "../generate.js";

function render(): string {
  const fleet = fleetSchema.parse(parse(readFileSync("clinics/fleet.yml", "utf8")));
  return renderIssueForm(clinicRequestForm(fleet));
}

export const generated: GeneratedFile[] = [{ path: ".github/ISSUE_TEMPLATE/clinic-request.yml", render }];
