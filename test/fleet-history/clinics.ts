import { expectedCheckDigit } from "../../actions/lib/core/registry/institution-code.js";
import { prefectures } from "../../actions/lib/core/registry/prefectures.js";
import type { Clinic } from "../../actions/lib/core/registry/schema.js";
import type { Random } from "./random.js";

/** Clinics per prefecture roughly as people are (thousands of residents, 2020 census, rounded). */
const population = [
  5225, 1238, 1211, 2302, 960, 1068, 1833, 2867, 1933, 1939, 7345, 6284, 14048, 9237, 2201, 1035, 1133, 767, 810, 2048,
  1979, 3633, 7542, 1770, 1414, 2578, 8838, 5465, 1324, 923, 553, 671, 1888, 2800, 1342, 720, 950, 1335, 692, 5135, 811,
  1312, 1738, 1124, 1070, 1588, 1467,
];
const total = population.reduce((a, b) => a + b, 0);

const places = [
  "さくら",
  "みどり",
  "あおば",
  "ひかり",
  "なかむら",
  "やまもと",
  "いずみ",
  "ひまわり",
  "すずらん",
  "かえで",
  "駅前",
  "中央",
  "北口",
  "南町",
  "本町",
  "青葉台",
  "緑が丘",
  "桜台",
];
const kinds = [
  "内科クリニック",
  "整形外科",
  "小児科医院",
  "眼科",
  "皮膚科クリニック",
  "耳鼻咽喉科",
  "内科・循環器科",
  "診療所",
  "ファミリークリニック",
  "医院",
];

function prefectureIndex(random: Random): number {
  let left = random.next() * total;
  for (let i = 0; i < population.length; i += 1) {
    left -= population[i] ?? 0;
    if (left < 0) return i;
  }
  return 12;
}

/** The release each ring is asked for: canary and early lead with the next one, general waits. */
export const askedRelease = { canary: "5.2.1", early: "5.2.1", general: "5.2.0" } as const;

/** A made-up but valid registry entry, contact details included: the site must leave them out. */
export function madeUpClinic(index: number, random: Random): Clinic {
  const pref = prefectureIndex(random);
  const prefCode = String(pref + 1).padStart(2, "0");
  const firstNine = `${prefCode}1${String(10 + random.int(89)).padStart(2, "0")}${String(index % 10_000).padStart(4, "0")}`;
  const ring = index % 50 === 0 ? "canary" : index % 5 === 1 ? "early" : "general";
  return {
    id: `clinic-${String(index).padStart(5, "0")}`,
    name: `${random.pick(places)}${random.pick(kinds)}`,
    medicalInstitutionCode: `${firstNine}${expectedCheckDigit(firstNine)}`,
    prefecture: prefectures[pref] ?? "東京都",
    status: "active",
    orca: { version: askedRelease[ring], ring },
    instance: { type: "t3.medium", subnet: "private-a" },
    maintenanceWindow: "Sun 01:00-05:00",
    contact: { name: `担当 ${index}`, email: `contact-${index}@clinic.example.jp` },
  };
}
