import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { render } from "../../../actions/lib/core/i18n/message.js";
import { silentLog } from "../../../actions/lib/core/ports.js";
import { loadRegistry } from "../../../actions/lib/core/registry/load.js";
import { checkRegistry } from "../../../actions/lib/flows/validate/check-registry.js";
import { copyExampleRegistry } from "./example-registry.js";
import { loadShown } from "./shown.js";

/** Each message is a whole sentence in the fleet's locale, true for the value it is about. */

async function problemsWith(edit: (text: string) => string, locale: "ja" | "en" = "en") {
  const dir = copyExampleRegistry("orca-truth-");
  try {
    const fleet = join(dir, "fleet.yml");
    writeFileSync(fleet, readFileSync(fleet, "utf8").replace("locale: ja", `locale: ${locale}`));
    const file = join(dir, "shinjuku-naika.yml");
    writeFileSync(file, edit(readFileSync(file, "utf8")));
    return {
      dir,
      report: await checkRegistry(silentLog, { clinics: dir, workspace: dir }),
      ...(await loadShown(dir)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("registry messages", () => {
  it("says a leading 0 is lost only for a code that has one, in a sentence that names the field", async () => {
    const withoutZero = await problemsWith((t) =>
      t.replace(/medicalInstitutionCode: "(\d+)"/, "medicalInstitutionCode: $1"),
    );
    expect(withoutZero.problems.map((p) => p.message)).toEqual([
      'medicalInstitutionCode is written without quotes, so YAML reads 1318814790 as a number; quote it: "1318814790".',
    ]);
    const withZero = await problemsWith((t) =>
      t.replace(/medicalInstitutionCode: "\d+"/, "medicalInstitutionCode: 0110112489").replace("東京都", "北海道"),
    );
    expect(withZero.problems.map((p) => p.message)).toEqual([
      'medicalInstitutionCode is written without quotes, so YAML reads 0110112489 as a number and drops its leading 0; quote it: "0110112489".',
    ]);
  });

  it("does not show a fixed example code beside a wrong check digit, which would read like the corrected code", async () => {
    const { problems } = await problemsWith((t) =>
      t.replace(/medicalInstitutionCode: "(\d{9})\d"/, 'medicalInstitutionCode: "$19"'),
    );
    expect(problems).toHaveLength(1);
    const message = problems[0]?.message ?? "";
    expect(message).toMatch(
      /^The check digit of "\d{9}9" \(its last digit\) does not match its first nine digits, which give \d, not 9;/,
    );
    expect(message).not.toContain("1318814790");
  });

  it("fails the validate action with a whole sentence in the fleet's locale, with a real plural", async () => {
    const zero = (t: string) => t.replace(/medicalInstitutionCode: "\d+"/, "medicalInstitutionCode: 1318814790");
    const ja = await problemsWith(zero, "ja");
    expect(ja.report.failure).toBe(
      `${ja.dir} に 1 件の問題があります。各問題はファイル上の注記とジョブサマリーに示しています。`,
    );
    const en = await problemsWith(zero, "en");
    expect(en.report.failure).toBe(
      `Found 1 problem in ${en.dir}; each is annotated on its file and listed in the job summary.`,
    );
  });
});

describe("one message model", () => {
  it("a problem carries its rule and values, and is shown in a locale only where it is shown", async () => {
    const dir = copyExampleRegistry("orca-model-");
    try {
      const file = join(dir, "sakai-iin.yml");
      writeFileSync(file, readFileSync(file, "utf8").replace("status: suspended", "status: paused"));
      const { problems, locale } = await loadRegistry(dir);
      expect(locale).toBe("ja");
      const message = problems[0]?.message;
      expect(message?.key).toBe("schema.value");
      expect(message?.values).toMatchObject({ field: "status", value: '"paused"' });
      expect(message && render(message, "en")).toBe(
        '"paused" is not valid; expected one of active, suspended, retired.',
      );
      expect(message && render(message, "ja")).toBe(
        '"paused" は正しくありません。期待する値: active、suspended、retired のいずれか',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
