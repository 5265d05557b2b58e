import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../actions/lib/flows/sync-documents/check.js";
import { documentLimits } from "../../../actions/lib/flows/sync-documents/limits.js";
import { readLocalDocuments } from "../../../actions/lib/flows/sync-documents/local-documents.js";
import { local } from "./fixtures.js";

const targetType = "/AWS::EC2::Instance";
const tag = { key: "orca-fleet:source-commit", value: "0123456789abcdef0123456789abcdef01234567" };
const restart = readFileSync("ssm-documents/orca-restart.yml", "utf8");

const fields = (name: string, content: string, t = tag, target = targetType) =>
  checkDocument(local(name, content), target, t).map((p) => `${p.document} ${p.field} ${p.rule}`);

describe("checkDocument", () => {
  it("passes every document ssm-documents/ holds", async () => {
    const docs = await readLocalDocuments("ssm-documents");
    expect(docs.map((d) => d.name)).toEqual(expect.arrayContaining(["orca-healthcheck", "orca-restart"]));
    for (const doc of docs) expect(checkDocument(doc, targetType, tag)).toEqual([]);
  });

  it("names the document and the field for a name outside DocumentName's pattern or with a reserved prefix", () => {
    expect(fields("ab", restart)).toEqual(["ab name namePattern"]);
    expect(fields("orca restart", restart)).toEqual(["orca restart name namePattern"]);
    expect(fields("AWSSupport-orca", restart)).toEqual(["AWSSupport-orca name nameReserved"]);
    expect(fields("Amazon-orca", restart)).toEqual(["Amazon-orca name nameReserved"]);
  });

  it("accepts every name the pattern allows that has no reserved prefix, and refuses every other", () => {
    const pattern = new RegExp(documentLimits.namePattern);
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 140 }), (name) => {
        const reserved = documentLimits.reservedNamePrefixes.some((p) =>
          name.toLowerCase().startsWith(p.toLowerCase()),
        );
        const problems = checkDocument(local(name, restart), targetType, tag).filter((p) => p.field === "name");
        expect(problems.length === 0).toBe(pattern.test(name) && !reserved);
      }),
    );
  });

  it("refuses content over 64 KB, counted in UTF-8 bytes, and empty content", () => {
    const padding = "# 日本語\n".repeat(Math.ceil(documentLimits.contentMaxBytes / 11));
    expect(padding.length).toBeLessThan(documentLimits.contentMaxBytes);
    const problems = checkDocument(local("orca-big", restart + padding), targetType, tag);
    expect(problems).toEqual([
      expect.objectContaining({ document: "orca-big", field: "content", rule: "contentTooLarge" }),
    ]);
    expect(fields("orca-empty", "")).toEqual(["orca-empty content contentEmpty"]);
    expect(fields("orca-bad", "schemaVersion: [")).toEqual(["orca-bad content contentNotYaml"]);
  });

  it("checks each parameter declaration: type, pattern, and a default the pattern accepts", () => {
    const content = [
      'schemaVersion: "2.2"',
      "parameters:",
      "  count:",
      "    type: Integer",
      '    default: "1"',
      "  release:",
      "    type: String",
      '    default: "latest"',
      "    allowedPattern: ^[0-9]+\\.[0-9]+\\.[0-9]+$",
      "  broken:",
      "    type: String",
      "    allowedPattern: ^([0-9]$",
      "  list:",
      "    type: StringList",
      "    default: one",
      "mainSteps: []",
    ].join("\n");
    expect(fields("orca-params", content)).toEqual([
      "orca-params parameters.count.type parameterType",
      "orca-params parameters.release.default parameterDefault",
      "orca-params parameters.broken.allowedPattern parameterPattern",
      "orca-params parameters.list.default parameterDefault",
    ]);
  });

  it("checks the target type and the source-commit tag against TargetType, TagKey and TagValue", () => {
    expect(fields("orca-restart", restart, tag, "AWS::EC2::Instance")).toEqual(["orca-restart targetType targetType"]);
    expect(fields("orca-restart", restart, { key: "", value: "x" })).toEqual(["orca-restart tag tagKey"]);
    expect(fields("orca-restart", restart, { key: "k", value: "a;b" })).toEqual(["orca-restart tag tagValue"]);
    expect(fields("orca-restart", restart, { key: "k", value: "x".repeat(257) })).toEqual([
      "orca-restart tag tagValue",
    ]);
  });
});
