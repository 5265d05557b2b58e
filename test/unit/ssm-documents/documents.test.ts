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

  it("is the generator's current output", () => {
    expect(text).toBe(renderDocument(doc));
    expect(generated.map((g) => g.path)).toContain(join(toolkitDocumentsDir, `${doc.name}.yml`));
  });

  it("is a schema 2.2 Command document with one aws:runShellScript step", () => {
    expect(parsed.schemaVersion).toBe("2.2");
    expect(parsed.steps.map((s) => s.action)).toEqual(["aws:runShellScript"]);
    expect(parsed.steps[0]?.inputs.timeoutSeconds).toBe("{{ executionTimeout }}");
  });

  it("anchors every parameter's allowedPattern, and every default passes it", () => {
    for (const [name, p] of Object.entries(parsed.parameters)) {
      expect(p.allowedPattern, name).toMatch(/^\^.*\$$/);
      expect(String(p.default), name).toMatch(new RegExp(p.allowedPattern ?? "(?!)"));
    }
  });

  it("refuses a parameter value that could inject shell", () => {
    expect(() => resolveParameters(parsed, { orcaUrl: ["https://localhost:8000'; rm -rf / #"] })).toThrow(
      /does not match the allowed pattern/,
    );
    expect(() => resolveParameters(parsed, { tlsDir: ["/etc/$(reboot)"] })).toThrow(/allowed pattern/);
  });

  it("is shellcheck-clean with its defaults substituted", () => {
    const step = parsed.steps[0];
    if (!step) throw new Error("no step");
    const script = renderRunCommand(step, resolveParameters(parsed, {}));
    const result = spawnSync("shellcheck", ["--shell=bash", "--severity=style", "-"], {
      input: script,
      encoding: "utf8",
    });
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  });
});
