import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { rings } from "../../../actions/lib/core/registry/schema.js";
import { loadShown } from "./shown.js";

const repo = join(import.meta.dirname, "../../..");
const clinicsDir = join(repo, "clinics");
const files = readdirSync(clinicsDir).filter((name) => name.endsWith(".yml"));

describe("the example registry", () => {
  it("is valid and covers what the demo needs: 12+ clinics, 東京都 and 大阪府, every ring, one suspended", async () => {
    const { fleet, clinics, problems } = await loadShown(clinicsDir);
    expect(problems).toEqual([]);
    expect(fleet).toMatchObject({ region: "ap-northeast-1", locale: "ja" });
    expect(clinics.length).toBeGreaterThanOrEqual(12);
    const all = clinics.map((c) => c.clinic);
    expect(all.map((c) => c.prefecture)).toEqual(expect.arrayContaining(["東京都", "大阪府"]));
    expect(new Set(all.map((c) => c.orca.ring))).toEqual(new Set(rings));
    expect(all.some((c) => c.status === "suspended")).toBe(true);
  });

  it("points every file at its JSON Schema on the first line", () => {
    for (const name of files) {
      const schema = name === "fleet.yml" ? "fleet" : "clinic";
      expect(readFileSync(join(clinicsDir, name), "utf8").split("\n", 1)[0]).toBe(
        `# yaml-language-server: $schema=../schema/${schema}.schema.json`,
      );
    }
  });

  it("passes the generated JSON Schemas, which reject what the schema rejects", () => {
    const ajv = new Ajv2020({ allErrors: true });
    const addFormats = "default" in addFormatsModule ? addFormatsModule.default : addFormatsModule;
    addFormats(ajv);
    const load = (name: string) => JSON.parse(readFileSync(join(repo, "schema", name), "utf8"));
    const clinic = ajv.compile(load("clinic.schema.json"));
    const fleet = ajv.compile(load("fleet.schema.json"));
    for (const name of files) {
      const value = parse(readFileSync(join(clinicsDir, name), "utf8"));
      expect(name === "fleet.yml" ? fleet(value) : clinic(value), name).toBe(true);
    }
    const umeda = parse(readFileSync(join(clinicsDir, "umeda-hifuka.yml"), "utf8"));
    expect(clinic({ ...umeda, maintenanceWindow: "Mon 25:00-26:00" })).toBe(false);
    expect(clinic({ ...umeda, medicalInstitutionCode: 2710211463 })).toBe(false);
    expect(clinic({ ...umeda, extra: true })).toBe(false);
  });
});
