import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toolkitDocuments } from "../../../ssm-documents/src/documents.js";
import { generated, renderDocument } from "../../../ssm-documents/src/generate.js";
import {
  parseCommandDocument,
  renderRunCommand,
  resolveParameters,
} from "../../localcloud/aws/ssm/documents/content.js";
import { toolkitDocumentsDir } from "../../localcloud/aws/ssm/documents/toolkit.js";

describe.each(toolkitDocuments)("ssm-documents/$name.yml", (doc) => {
  const text = readFileSync(join(toolkitDocumentsDir, `${doc.name}.yml`), "utf8");
  const parsed = parseCommandDocument(text, "YAML");
  // A value for each parameter that has no default: SSM refuses a command without one.
  const required = Object.fromEntries(
    Object.entries(doc.parameters).flatMap(([name, p]) => (p.default === undefined ? [[name, [p.example ?? ""]]] : [])),
  );

  it("is the generator's current output", () => {
    expect(text).toBe(renderDocument(doc));
    expect(generated.map((g) => g.path)).toContain(join(toolkitDocumentsDir, `${doc.name}.yml`));
  });

  it("is a schema 2.2 Command document with one aws:runShellScript step", () => {
    expect(parsed.schemaVersion).toBe("2.2");
    expect(parsed.steps.map((s) => s.action)).toEqual(["aws:runShellScript"]);
    expect(parsed.steps[0]?.inputs.timeoutSeconds).toBe("{{ executionTimeout }}");
  });

  it("anchors every parameter's allowedPattern, and every default (or a required one's example) passes it", () => {
    for (const [name, p] of Object.entries(parsed.parameters)) {
      expect(p.allowedPattern, name).toMatch(/^\^.*\$$/);
      const value = p.default === undefined ? required[name]?.[0] : String(p.default);
      expect(value, name).toMatch(new RegExp(p.allowedPattern ?? "(?!)"));
    }
  });

  it("refuses a parameter value that could inject shell", () => {
    expect(() => resolveParameters(parsed, { ...required, orcaUrl: ["https://localhost:8000'; rm -rf / #"] })).toThrow(
      /does not match the allowed pattern/,
    );
    expect(() => resolveParameters(parsed, { ...required, tlsDir: ["/etc/$(reboot)"] })).toThrow(/allowed pattern/);
  });

  it("is shellcheck-clean with its defaults substituted", () => {
    const step = parsed.steps[0];
    if (!step) throw new Error("no step");
    const script = renderRunCommand(step, resolveParameters(parsed, required));
    const result = spawnSync("shellcheck", ["--shell=bash", "--severity=style", "-"], {
      input: script,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("ssm-documents/orca-update.yml's parameters", () => {
  const parsed = parseCommandDocument(readFileSync(join(toolkitDocumentsDir, "orca-update.yml"), "utf8"), "YAML");
  const given = {
    targetRelease: ["5.2.1"],
    backupBucket: ["orca-fleet-backups"],
    backupPrefix: ["clinics/1310000001"],
  };

  it("requires the target release and where the backup goes, with no default to fall back on", () => {
    expect(() => resolveParameters(parsed, {})).toThrow(/"targetRelease" is required/);
    const { backupBucket: _bucket, ...withoutBucket } = given;
    expect(() => resolveParameters(parsed, withoutBucket)).toThrow(/"backupBucket" is required/);
  });

  it.each([
    ["targetRelease", "5.2"],
    ["targetRelease", "5.2.1; reboot"],
    ["backupBucket", "Orca_Backups"],
    ["backupPrefix", "/clinics/1310000001"],
    ["backupPrefix", "clinics/1310000001/"],
    ["backupPrefix", "clinics/$(id)"],
    ["kmsKeyId", "alias/x y"],
    ["apiWaitSeconds", "0"],
    ["apiWaitSeconds", "901"],
    ["backupGenerations", "31"],
    ["minFreeMb", "0"],
  ])("refuses %s = %j", (name, value) => {
    expect(() => resolveParameters(parsed, { ...given, [name]: [value] })).toThrow(
      /does not match the allowed pattern/,
    );
  });

  it("takes a KMS key as an id, an alias or an ARN, or none for the bucket's default", () => {
    for (const key of ["", "alias/orca-fleet-backups", "1234abcd-12ab-34cd-56ef-1234567890ab"]) {
      expect(resolveParameters(parsed, { ...given, kmsKeyId: [key] }).kmsKeyId).toEqual([key]);
    }
    const arn = "arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    expect(resolveParameters(parsed, { ...given, kmsKeyId: [arn] }).kmsKeyId).toEqual([arn]);
  });
});
