import { describe, expect, it } from "vitest";
import { maxAliasCount, readYaml } from "../../../actions/lib/core/registry/yaml-source.js";

const faultsOf = (text: string) =>
  readYaml(text).faults.map(({ fault, path, position }) => ({ ...fault, path, ...position }));

describe("readYaml", () => {
  it("reads a mapping as YAML 1.2: 0110112489 is a number, yes and on are text", () => {
    expect(readYaml("code: 0110112489\nflag: yes\nother: on\n").value).toEqual({
      code: 110112489,
      flag: "yes",
      other: "on",
    });
  });

  it("reports a duplicate key at the second one, still reading the rest", () => {
    const source = readYaml("a: 1\nb:\n  c: 1\n  c: 2\n");
    expect(faultsOf("a: 1\nb:\n  c: 1\n  c: 2\n")).toEqual([
      { rule: "yaml.duplicateKey", key: "c", path: ["b", "c"], line: 4, column: 3 },
    ]);
    expect(source.value).toEqual({ a: 1, b: { c: 2 } });
  });

  it("rejects custom tags and YAML 1.1 tags, but not the core schema's", () => {
    expect(faultsOf("a: !secret x\n")).toEqual([{ rule: "yaml.tag", tag: "!secret", path: ["a"], line: 1, column: 4 }]);
    expect(faultsOf("a: !!binary aGVsbG8=\n")).toMatchObject([{ rule: "yaml.tag", tag: "!!binary" }]);
    expect(faultsOf("a: !!timestamp 2026-01-01\n")).toMatchObject([{ rule: "yaml.tag" }]);
    expect(readYaml("a: !!str 12\n").value).toEqual({ a: "12" });
  });

  it("allows a few aliases and rejects expansion beyond the bound", () => {
    expect(readYaml("a: &x t3.medium\nb: *x\n").value).toEqual({ a: "t3.medium", b: "t3.medium" });
    const aliases = Array.from({ length: maxAliasCount + 2 }, () => "*x").join(", ");
    expect(faultsOf(`a: &x [1, 2]\nb: [${aliases}]\n`)).toMatchObject([
      { rule: "yaml.aliases", max: maxAliasCount, path: [] },
    ]);
  });

  it("treats << as an ordinary key, not a merge", () => {
    expect(readYaml("<<: { a: 1 }\n").value).toEqual({ "<<": { a: 1 } });
  });

  it("rejects a second document where it starts", () => {
    expect(faultsOf("a: 1\n---\nb: 2\n")).toEqual([{ rule: "yaml.multipleDocuments", path: [], line: 2, column: 1 }]);
  });

  it("rejects a root that is not a mapping, and an empty file", () => {
    expect(faultsOf("- a\n- b\n")).toEqual([{ rule: "yaml.notMapping", path: [], line: 1, column: 1 }]);
    expect(faultsOf("just text\n")).toMatchObject([{ rule: "yaml.notMapping" }]);
    expect(faultsOf("")).toEqual([{ rule: "yaml.empty", path: [], line: 1, column: 1 }]);
    expect(faultsOf("# only a comment\n")).toMatchObject([{ rule: "yaml.empty" }]);
  });

  it("reports a syntax error at its position and reads nothing", () => {
    const source = readYaml("a: 1\nb: [1, 2\n");
    expect(source.faults).toMatchObject([{ fault: { rule: "yaml.syntax" } }]);
    expect(source.faults[0]?.position.line).toBeGreaterThanOrEqual(2);
    expect(source.value).toBeUndefined();
  });

  it("locates values, keys, and the nearest enclosing node of an absent field", () => {
    const source = readYaml("# c\nid: x\norca:\n  version: 5.2\n  ring: canary\nlist: [a, b]\n");
    expect(source.locate(["orca", "ring"])).toEqual({ line: 5, column: 9 });
    expect(source.locate(["orca", "ring"], "key")).toEqual({ line: 5, column: 3 });
    expect(source.locate(["list", 1])).toEqual({ line: 6, column: 11 });
    expect(source.locate(["orca", "missing"])).toEqual({ line: 4, column: 3 });
    expect(source.locate([])).toEqual({ line: 2, column: 1 });
    expect(source.textOf(["orca", "version"])).toBe("5.2");
    expect(source.textOf(["orca"])).toBeUndefined();
  });
});
