import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { fleetSchema } from "../../../actions/lib/core/registry/schema.js";
import { clinicRequestForm } from "../../../actions/lib/flows/intake/form.js";

/** The example fleet, so the form in tests offers the same choices as the committed one. */
export const fleet = fleetSchema.parse(parse(readFileSync("clinics/fleet.yml", "utf8")));
export const form = clinicRequestForm(fleet);

export const fixturesDir = "test/fixtures/intake";

/** Every fixture folder: an issue body, and either the answers and clinic file or the problems and comment. */
export function fixtureCases(): string[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function readFixture(name: string, file: string): string {
  return readFileSync(join(fixturesDir, name, file), "utf8");
}

/** A valid body built the way GitHub writes a submitted form, with some answers replaced. */
export function formBody(overrides: Partial<Record<string, string>> = {}): string {
  const answers: Record<string, string> = {
    id: "sakura-naika",
    name: "さくら内科クリニック",
    "medical-institution-code": "1312345676",
    prefecture: "東京都",
    "orca-version": "5.2.0",
    ring: "general",
    "instance-type": "t3.medium",
    subnet: "private-a",
    "maintenance-window": "Sun 01:00-05:00",
    "contact-name": "山田 花子",
    "contact-email": "hanako@sakura-naika.example.jp",
    ...overrides,
  };
  return form.fields.map((f) => `### ${f.label}\n\n${answers[f.id] ?? "_No response_"}`).join("\n\n");
}
