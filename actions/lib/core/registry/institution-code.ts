import { type PrefectureName, prefectureByCode } from "./prefectures.js";

/**
 * The 医療機関コード: 都道府県 (2) + 点数表 (1) + 郡市区 (2) + 医療機関番号 (4) + 検証番号 (1).
 *
 * The 検証番号 follows MHLW 「保険者番号、被保険者証等の記号及び番号並びに医療機関コード及び薬局コード設定要領」
 * 別添２ 第４: weights 2, 1, 2, 1, … from the rightmost digit, a two-digit product counts as the sum of its digits,
 * and the check digit is 10 minus the last digit of the total (0 when that is 0), i.e. the Luhn digit. It runs over
 * the first nine digits, except in 埼玉県, 千葉県, 東京都 and 神奈川県 (11-14), whose legacy numbering runs it over the
 * six digits of 郡市区 + 医療機関番号 only; every current code there follows that rule.
 * Ranges inside 郡市区 and 医療機関番号 are not checked: real codes break them.
 */

/** ORCA is 医科 software: 点数表 1. (3 歯科, 4 調剤, 6 訪問看護 are other systems.) */
export const medicalScoreTable = "1";

const sixDigitRulePrefectures: ReadonlySet<string> = new Set(["11", "12", "13", "14"]);

export type CodeFault =
  | { rule: "code.prefecture"; prefecture: string }
  | { rule: "code.scoreTable"; scoreTable: string }
  | { rule: "code.checkDigit"; expected: string; actual: string };

/** The Luhn check digit of a string of digits. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** The check digit a code's first nine digits call for, by the rule of its prefecture. */
export function expectedCheckDigit(firstNine: string): string {
  const digits = sixDigitRulePrefectures.has(firstNine.slice(0, 2)) ? firstNine.slice(3, 9) : firstNine;
  return String(luhnDigit(digits));
}

/** What is wrong with a ten-digit code, most basic first; empty when it is a valid 医科 code. */
export function checkInstitutionCode(code: string): CodeFault[] {
  if (!/^\d{10}$/.test(code)) throw new RangeError("checkInstitutionCode takes ten digits");
  const faults: CodeFault[] = [];
  const prefecture = code.slice(0, 2);
  if (!prefectureByCode(prefecture)) faults.push({ rule: "code.prefecture", prefecture });
  const scoreTable = code.slice(2, 3);
  if (scoreTable !== medicalScoreTable) faults.push({ rule: "code.scoreTable", scoreTable });
  const expected = expectedCheckDigit(code.slice(0, 9));
  const actual = code.slice(9);
  if (expected !== actual) faults.push({ rule: "code.checkDigit", expected, actual });
  return faults;
}

/** The prefecture a code belongs to, when its first two digits name one. */
export function prefectureOfCode(code: string): PrefectureName | undefined {
  return prefectureByCode(code.slice(0, 2));
}
