import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadShown, validateShown } from "./shown.js";

const examples = join(import.meta.dirname, "../../../clinics");
const registry = await loadShown(examples);
const fleet = registry.fleet;
const shinjuku = readFileSync(join(examples, "shinjuku-naika.yml"), "utf8");

/** A new clinic, as an intake request would write it. */
function request(changes: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    id: "ikebukuro-naika",
    name: "池袋内科",
    medicalInstitutionCode: '"1318814790"',
    prefecture: "東京都",
    subnet: "private-a",
    type: "t3.medium",
    window: "Sun 01:00-05:00",
    ...changes,
  };
  return `id: ${fields.id}
name: ${fields.name}
medicalInstitutionCode: ${fields.medicalInstitutionCode}
prefecture: ${fields.prefecture}
status: active
orca:
  version: "5.2.0"
  ring: general
instance:
  type: ${fields.type}
  subnet: ${fields.subnet}
maintenanceWindow: ${fields.window}
contact:
  name: 佐藤 美咲
  email: it@ikebukuro.example.jp
`;
}

const fieldsOf = (result: { problems: { field: string; line?: number }[] }) =>
  result.problems.map(({ field, line }) => ({ field, line }));

describe("validateClinicText", () => {
  it("passes the example registry as it is", () => {
    expect(registry.problems).toEqual([]);
    expect(fleet).toBeDefined();
  });

  it("checks a new file against the fleet and every other clinic", () => {
    const context = { fleet, clinics: registry.clinics };
    const fresh = request({ medicalInstitutionCode: '"2710211463"', prefecture: "大阪府" });
    // 2710211463 belongs to umeda-hifuka already.
    expect(fieldsOf(validateShown(fresh, "clinics/ikebukuro-naika.yml", context))).toEqual([
      { field: "medicalInstitutionCode", line: 3 },
    ]);
    const clash = validateShown(request({ id: "shinjuku-naika" }), "clinics/shinjuku-naika.yml", {
      fleet,
      clinics: registry.clinics.map((c) => ({ ...c, file: join("elsewhere", c.file) })),
    });
    expect(clash.problems.map((p) => p.message)).toEqual([
      expect.stringContaining("shinjuku-naika.yml の id として使われています"),
      expect.stringContaining("医療機関コードとして使われています"),
    ]);
  });

  it("skips the file itself among the clinics, so an edited file does not clash with its old self", () => {
    const file = join(examples, "shinjuku-naika.yml");
    expect(validateShown(shinjuku, file, { fleet, clinics: registry.clinics }).problems).toEqual([]);
  });

  it("returns the clinic when it passes its schema", () => {
    const result = validateShown(request(), "clinics/ikebukuro-naika.yml", { fleet, clinics: [] });
    expect(result.problems).toEqual([]);
    expect(result.clinic).toMatchObject({ id: "ikebukuro-naika", orca: { ring: "general" } });
  });

  it("checks subnet and instance type only when it knows the fleet", () => {
    const text = request({ subnet: "public-a", type: "p5.48xlarge" });
    expect(fieldsOf(validateShown(text, "ikebukuro-naika.yml", { fleet, clinics: [] }))).toEqual([
      { field: "instance.type", line: 10 },
      { field: "instance.subnet", line: 11 },
    ]);
    expect(validateShown(text, "ikebukuro-naika.yml", { clinics: [] }).problems).toEqual([]);
  });

  it("reports every problem of a file in one pass", () => {
    const text = request({
      id: "Ikebukuro",
      medicalInstitutionCode: '"1318814791"',
      prefecture: "東京",
      window: "Sun 05:00-05:00",
    }).replace("it@ikebukuro.example.jp", "not-an-address");
    expect(fieldsOf(validateShown(text, "x.yml", { fleet, clinics: [] }))).toEqual([
      { field: "id", line: 1 },
      { field: "medicalInstitutionCode", line: 3 },
      { field: "prefecture", line: 4 },
      { field: "maintenanceWindow", line: 12 },
      { field: "contact.email", line: 15 },
    ]);
  });

  it("writes messages in the fleet's locale, English when asked, and says what a valid value looks like", () => {
    const text = request({ window: "Mon 25:00-26:00" });
    const [ja] = validateShown(text, "ikebukuro-naika.yml", { fleet, clinics: [] }).problems;
    expect(ja?.message).toContain("00:00〜23:59");
    const [en] = validateShown(text, "ikebukuro-naika.yml", { clinics: [], locale: "en" }).problems;
    expect(en?.message).toBe(
      '25:00 in "Mon 25:00-26:00" is not a time of day; use HH:MM from 00:00 to 23:59, e.g. "Sun 01:00-05:00".',
    );
  });

  it("reports a missing field at its mapping and an unknown one at its key", () => {
    const text = request().replace("  ring: general\n", "  rings: general\n");
    expect(validateShown(text, "ikebukuro-naika.yml", { clinics: [], locale: "en" }).problems).toEqual([
      {
        file: "ikebukuro-naika.yml",
        line: 7,
        column: 3,
        field: "orca.ring",
        message: "orca.ring is missing; expected one of canary, early, general.",
      },
      {
        file: "ikebukuro-naika.yml",
        line: 8,
        column: 3,
        field: "orca.rings",
        message: "rings is not a field here; the fields here are version, ring.",
      },
    ]);
  });

  it("says to quote a version written as a number", () => {
    const text = request().replace('version: "5.2.0"', "version: 5.2");
    const [problem] = validateShown(text, "ikebukuro-naika.yml", { clinics: [], locale: "en" }).problems;
    expect(problem).toMatchObject({ field: "orca.version", line: 7 });
    expect(problem?.message).toContain('quote it: "5.2"');
  });

  it("refuses ids that some systems cannot use as file names", () => {
    for (const id of ["con", "nul", "aux", "prn", "com1", "lpt9"]) {
      const result = validateShown(request({ id }), `clinics/${id}.yml`, { clinics: [] });
      expect(fieldsOf(result)).toEqual([{ field: "id", line: 1 }]);
      expect(result.problems[0]?.message).toContain("nul");
    }
    expect(validateShown(request({ id: "console" }), "clinics/console.yml", { clinics: [] }).problems).toEqual([]);
  });

  it("never opens the file name it is given", () => {
    const result = validateShown(request({ id: "passwd" }), "../../etc/passwd.yml", { clinics: [] });
    expect(result.problems).toEqual([]);
  });
});
