import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkInstitutionCode,
  expectedCheckDigit,
  luhnDigit,
  prefectureOfCode,
} from "../../../actions/lib/core/registry/institution-code.js";
import { validateShown } from "./shown.js";

const rules = (code: string) => checkInstitutionCode(code).map((fault) => fault.rule);

describe("luhnDigit", () => {
  it("weights 2, 1, … from the right and counts a two-digit product as the sum of its digits", () => {
    // 341071236 from the right: 6·2=12→3, 3, 2·2=4, 1, 7·2=14→5, 0, 1·2=2, 4, 3·2=6; total 28; 10−8 = 2
    expect(luhnDigit("341071236")).toBe(2);
    // 881479 from the right: 9·2=18→9, 7, 4·2=8, 1, 8·2=16→7, 8; total 40, which ends in 0
    expect(luhnDigit("881479")).toBe(0);
    expect(luhnDigit("5")).toBe(9); // 5·2 = 10 → 1; 10−1 = 9
  });
});

describe("checkInstitutionCode", () => {
  it("accepts real codes under the nine-digit rule", () => {
    expect(rules("3410712362")).toEqual([]); // MHLW's own example, 広島県
    expect(rules("0110112489")).toEqual([]); // 北海道
  });

  it("accepts real codes under the six-digit rule of prefectures 11-14", () => {
    expect(rules("1318814790")).toEqual([]); // 東京都: Luhn over 881479 only
    expect(expectedCheckDigit("131881479")).toBe("0");
    // The same nine digits under the nine-digit rule would call for 3: the prefecture picks the rule.
    expect(luhnDigit("131881479")).toBe(3);
  });

  it("rejects a wrong check digit and says which digit is expected", () => {
    expect(checkInstitutionCode("1311234567")).toEqual([{ rule: "code.checkDigit", expected: "6", actual: "7" }]);
    expect(checkInstitutionCode("3410712363")).toEqual([{ rule: "code.checkDigit", expected: "2", actual: "3" }]);
  });

  it("rejects prefectures outside 01-47", () => {
    expect(rules("4810123457")).toEqual(["code.prefecture"]);
    expect(rules(`001012345${luhnDigit("001012345")}`)).toEqual(["code.prefecture"]);
  });

  it("rejects every 点数表 but 1 (医科)", () => {
    for (const table of ["0", "2", "3", "4", "6"]) expect(rules(`13${table}8814790`)).toEqual(["code.scoreTable"]);
  });

  it("reports every fault of a code at once", () => {
    expect(rules("4830000001")).toEqual(["code.prefecture", "code.scoreTable", "code.checkDigit"]);
  });

  it("names the prefecture of a code", () => {
    expect(prefectureOfCode("1318814790")).toBe("東京都");
    expect(prefectureOfCode("2710211463")).toBe("大阪府");
    expect(prefectureOfCode("4810123457")).toBeUndefined();
  });
});

/** Nine digits of a 医科 code: a prefecture 01-47, 点数表 1, then six free digits. */
const firstNine = fc
  .tuple(fc.integer({ min: 1, max: 47 }), fc.stringMatching(/^\d{6}$/))
  .map(([prefecture, rest]) => `${String(prefecture).padStart(2, "0")}1${rest}`);

const validCode = firstNine.map((nine) => `${nine}${expectedCheckDigit(nine)}`);

describe("properties", () => {
  it("exactly one of the ten possible last digits completes any nine digits to a valid code", () => {
    fc.assert(
      fc.property(firstNine, (nine) => {
        const valid = [..."0123456789"].filter((last) => checkInstitutionCode(`${nine}${last}`).length === 0);
        expect(valid).toHaveLength(1);
      }),
    );
  });

  it("rejects a valid code with any one of its last eight digits changed", () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 2, max: 9 }), fc.integer({ min: 1, max: 9 }), (code, at, shift) => {
        const changed = `${code.slice(0, at)}${(Number(code[at]) + shift) % 10}${code.slice(at + 1)}`;
        expect(checkInstitutionCode(changed)).not.toEqual([]);
      }),
    );
  });

  it("rejects a clinic whose code has any one digit changed, the prefecture digits included", () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (code, at, shift) => {
        const prefecture = prefectureOfCode(code);
        const changed = `${code.slice(0, at)}${(Number(code[at]) + shift) % 10}${code.slice(at + 1)}`;
        const text = clinicText(changed, prefecture ?? "");
        const { problems } = validateShown(text, "clinics/sakura-naika.yml", { clinics: [] });
        expect(problems.map((p) => p.field)).toContain("medicalInstitutionCode");
        // …and the file is valid with the code as it was.
        expect(
          validateShown(clinicText(code, prefecture ?? ""), "clinics/sakura-naika.yml", { clinics: [] }).problems,
        ).toEqual([]);
      }),
    );
  });
});

function clinicText(code: string, prefecture: string): string {
  return `id: sakura-naika
name: さくら内科
medicalInstitutionCode: "${code}"
prefecture: ${prefecture}
status: active
orca: { version: "5.2.0", ring: general }
instance: { type: t3.medium, subnet: private-a }
maintenanceWindow: Sun 01:00-05:00
contact: { name: 佐藤 美咲, email: it@sakura.example.jp }
`;
}
