import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyExampleRegistry, examples } from "./example-registry.js";
import { loadShown } from "./shown.js";

let dir: string;

beforeEach(() => {
  dir = copyExampleRegistry("orca-registry-");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadRegistry", () => {
  it("reports a folder that is not there instead of throwing", async () => {
    const result = await loadShown(join(dir, "nope"));
    expect(result).toEqual({
      clinics: [],
      problems: [{ file: join(dir, "nope"), field: "(directory)", message: expect.stringContaining("clinics/") }],
      locale: "ja",
    });
  });

  it("asks for .yml when a file ends in .yaml, which would otherwise be ignored", async () => {
    writeFileSync(join(dir, "extra-clinic.yaml"), "id: extra-clinic\n");
    const { problems } = await loadShown(dir);
    expect(problems).toEqual([
      { file: join(dir, "extra-clinic.yaml"), field: "(file)", message: expect.stringContaining("extra-clinic.yml") },
    ]);
  });

  it("reports a symbolic link instead of following it out of the folder", async () => {
    symlinkSync("/etc/passwd", join(dir, "passwd.yml"));
    const { clinics, problems } = await loadShown(dir);
    expect(clinics).toHaveLength(14);
    expect(problems).toEqual([
      { file: join(dir, "passwd.yml"), field: "(file)", message: expect.stringContaining("シンボリックリンク") },
    ]);
  });

  it("reads only the folder's own files, not subfolders or other names", async () => {
    mkdirSync(join(dir, "archive.yml"));
    writeFileSync(join(dir, "README.md"), "# notes\n");
    const { clinics, problems } = await loadShown(dir);
    expect(problems).toEqual([]);
    expect(clinics).toHaveLength(14);
  });

  it("keeps a clinic that passes its schema even when a cross-file rule fails, and reports the rule", async () => {
    writeFileSync(
      join(dir, "fleet.yml"),
      readFileSync(join(examples, "fleet.yml"), "utf8").replace("  private-d:", "  private-x:"),
    );
    const { clinics, problems } = await loadShown(dir);
    expect(clinics).toHaveLength(14);
    expect(problems.map((p) => p.field)).toEqual([
      "instance.subnet",
      "instance.subnet",
      "instance.subnet",
      "instance.subnet",
    ]);
  });

  it("reports the second of two clinics with one code, and names the first", async () => {
    writeFileSync(
      join(dir, "zz-copy.yml"),
      readFileSync(join(examples, "umeda-hifuka.yml"), "utf8").replace("id: umeda-hifuka", "id: zz-copy"),
    );
    const { problems } = await loadShown(dir);
    expect(problems).toEqual([
      {
        file: join(dir, "zz-copy.yml"),
        line: 4,
        column: 25,
        field: "medicalInstitutionCode",
        message: expect.stringContaining(join(dir, "umeda-hifuka.yml")),
      },
    ]);
  });

  it("checks clinics against fleet.yml's own locale, in English when it says en", async () => {
    writeFileSync(
      join(dir, "fleet.yml"),
      readFileSync(join(examples, "fleet.yml"), "utf8").replace("locale: ja", "locale: en"),
    );
    writeFileSync(
      join(dir, "sakai-iin.yml"),
      readFileSync(join(examples, "sakai-iin.yml"), "utf8").replace("status: suspended", "status: paused"),
    );
    const { problems } = await loadShown(dir);
    expect(problems).toEqual([
      {
        file: join(dir, "sakai-iin.yml"),
        line: 6,
        column: 9,
        field: "status",
        message: '"paused" is not valid; expected one of active, suspended, retired.',
      },
    ]);
  });
});
