// The compliance map's one schema: docs/compliance/map.yml is read through it by the generator and by the map's
// test, so the page, the disclosure and the check cannot disagree about what a row means.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

/** Japanese first (the page's language), English for the summary. */
const text = z.strictObject({ ja: z.string().min(1), en: z.string().min(1) });

/**
 * Where a control is enforced: a file and a symbol declared in it. What counts as a declaration depends on the
 * file's type (see symbols.ts): a TypeScript declaration, a shell function or variable, a YAML/JSON key path, an
 * HCL block or attribute path, a systemd `Section.Key`, or a Markdown heading.
 */
export const enforcementSchema = z.strictObject({
  file: z.string().regex(/^[^/].*[^/]$/, "a path relative to the repository root"),
  symbol: z.string().min(1),
});

/** A test that proves a control: its file and its full name as vitest prints it, describe titles joined by " > ". */
export const testRefSchema = z.strictObject({
  file: z.string().regex(/^test\/.+\.test\.ts$/, "a test file under test/, ending in .test.ts"),
  name: z.string().min(1),
});

export const controlSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  /** What the toolkit does, in one or two sentences. */
  does: text,
  enforcedBy: z.array(enforcementSchema).min(1),
  provedBy: z.array(testRefSchema),
});

export const guidelineIds = ["mhlw-ops", "mhlw-plan", "meti-mic"] as const;

/**
 * enforced: the toolkit's controls meet what the fleet can do about it; partial: they meet part of it and a gap
 * remains; gap: the toolkit could enforce it and does not (never claimed); operator: outside the toolkit's reach.
 */
export const statuses = ["enforced", "partial", "gap", "operator"] as const;

export const requirementSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    guideline: z.enum(guidelineIds),
    chapter: z.number().int().positive(),
    /** The 遵守事項 number (①=1); null where the item's number could not be checked against the source text. */
    item: z.number().int().positive().nullable(),
    /** false where the requirement's place (chapter) is our reading and was not found in the source text. */
    chapterChecked: z.boolean().default(true),
    /** The chapter's heading, in the guideline's terms. */
    heading: z.string().min(1),
    /** The requirement in one line, in our own words. */
    requirement: text,
    status: z.enum(statuses),
    controls: z.array(z.string()).default([]),
    /** What remains for the team running orca-fleet (the operator) and for the clinic. */
    remains: z.strictObject({ operator: z.string().min(1), clinic: z.string().min(1) }),
    gap: z.strictObject({ what: text, proposal: text }).optional(),
  })
  .superRefine((row, ctx) => {
    const claims = row.status === "enforced" || row.status === "partial";
    if (claims && row.controls.length === 0) {
      ctx.addIssue({ code: "custom", path: ["controls"], message: `a ${row.status} requirement names its controls` });
    }
    if (!claims && row.controls.length > 0) {
      ctx.addIssue({ code: "custom", path: ["controls"], message: `a ${row.status} requirement claims no control` });
    }
    const needsGap = row.status === "partial" || row.status === "gap";
    if (needsGap !== (row.gap !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["gap"],
        message: needsGap
          ? `a ${row.status} requirement says what is missing and proposes how`
          : "only partial and gap rows have a gap",
      });
    }
  });

export const parties = ["provider", "aws", "orca", "clinic"] as const;
const byParty = z.strictObject({ provider: z.string(), aws: z.string(), orca: z.string(), clinic: z.string() });

export const responsibilitySchema = z.strictObject({
  area: z.string().min(1),
  normal: byParty,
  incident: byParty,
});

/** An answer of the draft disclosure: the toolkit's, from controls, or a blank the operator must fill. */
export const disclosureItemSchema = z
  .strictObject({
    question: z.string().min(1),
    /** Requirements whose controls answer it; their status and controls are rendered as the toolkit's answer. */
    requirements: z.array(z.string()).default([]),
    /** Facts of the toolkit that answer it without a requirement row (e.g. the region list). */
    answer: z.string().optional(),
    /** What the operator must write here; rendered as a plainly marked blank. */
    operator: z.string().optional(),
  })
  .refine((item) => item.requirements.length > 0 || item.answer !== undefined || item.operator !== undefined, {
    message: "an item has the toolkit's answer, requirements that answer it, or the operator's blank",
  });

export const disclosureSectionSchema = z.strictObject({
  number: z.string().min(1),
  title: z.string().min(1),
  items: z.array(disclosureItemSchema).min(1),
});

const sourceSchema = z.strictObject({
  title: z.string().min(1),
  issuer: z.string().min(1),
  edition: z.string(),
});

export const complianceMapSchema = z.strictObject({
  version: z.literal(1),
  sources: z.strictObject({ "mhlw-ops": sourceSchema, "mhlw-plan": sourceSchema, "meti-mic": sourceSchema }),
  controls: z.array(controlSchema).min(1),
  requirements: z.array(requirementSchema).min(1),
  responsibilities: z.array(responsibilitySchema).min(1),
  disclosure: z.strictObject({ intro: z.string().min(1), sections: z.array(disclosureSectionSchema).min(1) }),
});

export type ComplianceMap = z.infer<typeof complianceMapSchema>;
export type Control = z.infer<typeof controlSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type TestRef = z.infer<typeof testRefSchema>;

export const mapPath = "docs/compliance/map.yml";

/** Parses map text; throws zod's error, which names the path of every bad field. */
export function parseComplianceMap(yamlText: string): ComplianceMap {
  return complianceMapSchema.parse(parse(yamlText));
}

export function loadComplianceMap(path = mapPath): ComplianceMap {
  return parseComplianceMap(readFileSync(path, "utf8"));
}
