import type { Fleet } from "../../core/registry/schema.js";
import { prefectures, rings } from "../../core/registry/schema.js";

/**
 * The clinic-request issue form as data: the generator writes it as YAML for GitHub, and the intake parses issue
 * bodies against the same YAML, so the headings the parser expects are the ones people were shown.
 */

export type FieldId =
  | "id"
  | "name"
  | "medical-institution-code"
  | "prefecture"
  | "orca-version"
  | "ring"
  | "instance-type"
  | "subnet"
  | "maintenance-window"
  | "contact-name"
  | "contact-email";

export interface FormField {
  id: FieldId;
  /** The heading GitHub writes into the issue body (Japanese). */
  label: string;
  description: string;
  /** Where the answer goes in the clinic file, dotted. */
  path: string;
  /** What a valid answer looks like, shown in problems. */
  example: string;
  /** Free text such as names: held to a narrower character set than formatted fields. */
  freeText: boolean;
  /** Present for dropdowns. */
  options?: readonly string[];
}

export interface ClinicRequestForm {
  label: string;
  fields: readonly FormField[];
}

export const requestLabel = "clinic-request";

export function clinicRequestForm(fleet: Fleet): ClinicRequestForm {
  const input = (
    id: FieldId,
    label: string,
    path: string,
    example: string,
    description: string,
    freeText = false,
  ): FormField => ({ id, label, path, example, description, freeText });
  const dropdown = (id: FieldId, label: string, path: string, options: readonly string[], description: string) => ({
    ...input(id, label, path, options[0] ?? "", description),
    options,
  });
  return {
    label: requestLabel,
    fields: [
      input(
        "id",
        "クリニックID",
        "id",
        "sakura-naika",
        "Lower-case letters, digits and hyphens, 3 to 40 characters; becomes clinics/<id>.yml.",
      ),
      input("name", "医療機関名", "name", "さくら内科クリニック", "The clinic's registered name.", true),
      input(
        "medical-institution-code",
        "医療機関コード",
        "medicalInstitutionCode",
        "1312345676",
        "The 10-digit medical institution code (full-width digits are accepted).",
      ),
      dropdown("prefecture", "都道府県", "prefecture", prefectures, "The prefecture the clinic is in."),
      input("orca-version", "ORCAバージョン", "orca.version", "5.2.0", "The WebORCA version to install, e.g. 5.2.0."),
      dropdown("ring", "ロールアウトリング", "orca.ring", rings, "Which rollout ring receives ORCA updates first."),
      dropdown("instance-type", "インスタンスタイプ", "instance.type", fleet.instanceTypes, "The EC2 instance type."),
      dropdown(
        "subnet",
        "サブネット",
        "instance.subnet",
        Object.keys(fleet.subnets),
        "The logical subnet from fleet.yml.",
      ),
      input(
        "maintenance-window",
        "メンテナンス時間帯",
        "maintenanceWindow",
        "Sun 01:00-05:00",
        "Asia/Tokyo: `Sun 01:00-05:00`, `Mon-Fri 22:00-06:00` or `daily 22:00-06:00`.",
      ),
      input("contact-name", "担当者名", "contact.name", "山田 花子", "Who at the clinic to contact.", true),
      input(
        "contact-email",
        "担当者メールアドレス",
        "contact.email",
        "hanako@example.jp",
        "The contact's e-mail address.",
      ),
    ],
  };
}
