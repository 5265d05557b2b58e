import type { HealthClass } from "../../../core/history/records.js";
import type { SiteClinic } from "../site-data.js";

/** What the person asked for: each criterion empty when not used. */
export interface Criteria {
  text: string;
  pref: number | null;
  ring: string;
  release: string;
  /** A health class, or "unknown" for clinics without a health record. */
  health: HealthClass | "unknown" | "";
}

export const noCriteria: Criteria = { text: "", pref: null, ring: "", release: "", health: "" };

/** The text a search matches against, lower-cased once per clinic rather than once per keystroke. */
export function searchKey(clinic: SiteClinic): string {
  return `${clinic.name}\u0000${clinic.id}`.normalize("NFKC").toLowerCase();
}

/** The clinics that meet every criterion, in the list's order; the search matches every word, in name or id. */
export function filterClinics(
  clinics: readonly SiteClinic[],
  keys: readonly string[],
  criteria: Criteria,
): SiteClinic[] {
  const words = criteria.text.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean);
  return clinics.filter((clinic, i) => {
    if (criteria.pref !== null && clinic.pref !== criteria.pref) return false;
    if (criteria.ring !== "" && clinic.ring !== criteria.ring) return false;
    if (criteria.release !== "" && (clinic.release ?? "") !== criteria.release) return false;
    if (criteria.health !== "" && (clinic.health ?? "unknown") !== criteria.health) return false;
    const key = keys[i] ?? "";
    return words.every((word) => key.includes(word));
  });
}
