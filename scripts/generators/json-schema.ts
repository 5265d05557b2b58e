// The JSON Schemas that editors use to complete and check clinic files and fleet.yml, derived from the one zod
// schema, with each field described by the English hint its error messages use. Refinements (check digits,
// windows, cross-file rules) are not expressible there: `orca-fleet validate` has the last word.
import { z } from "zod";
import type { MessageText } from "../../actions/lib/core/i18n/message.js";
import { formatText } from "../../actions/lib/core/i18n/message.js";
import { clinicHints, fleetHints } from "../../actions/lib/core/registry/messages.js";
import { hintFor } from "../../actions/lib/core/registry/reporter.js";
import { clinicSchema, fleetSchema } from "../../actions/lib/core/registry/schema.js";
import type { GeneratedFile } from "../generate.js";

/** The field path of a JSON Schema path: ["properties","orca","properties","ring"] is orca.ring. */
function fieldPath(jsonPath: readonly (string | number)[]): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let i = 0; i < jsonPath.length; i++) {
    const segment = jsonPath[i];
    if (segment === "properties") path.push(String(jsonPath[++i]));
    else if (segment === "items" || segment === "additionalProperties") path.push(0);
  }
  return path;
}

function render(schema: z.ZodType, hints: Readonly<Record<string, MessageText>>, id: string, title: string): string {
  const json = z.toJSONSchema(schema, {
    // "input": what a person writes, so fields with defaults (locale, ami.label) are optional.
    io: "input",
    target: "draft-2020-12",
    override: ({ jsonSchema, path }) => {
      const hint = hintFor(hints, fieldPath(path));
      // propertyNames describe the logical names, not the values under them.
      if (hint && path.length > 0 && !path.includes("propertyNames")) jsonSchema.description = formatText(hint, "en");
    },
  });
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}

export const generated: GeneratedFile[] = [
  {
    path: "schema/clinic.schema.json",
    render: () =>
      render(
        clinicSchema,
        clinicHints,
        "https://orca-fleet.invalid/schema/clinic.schema.json",
        "orca-fleet clinic (clinics/<id>.yml)",
      ),
  },
  {
    path: "schema/fleet.schema.json",
    render: () =>
      render(
        fleetSchema,
        fleetHints,
        "https://orca-fleet.invalid/schema/fleet.schema.json",
        "orca-fleet fleet (clinics/fleet.yml)",
      ),
  },
];
