import { describe, expect, it } from "vitest";
import { checkCaKey, looksLikeCaKey } from "../../../actions/lib/flows/doctor/ca-key-check.js";

describe("doctor's check of where the CA key lives", () => {
  it("passes for the protected parameter, and for the operator's folder by elimination", () => {
    expect(checkCaKey({ parameterType: "SecureString", keysInRepository: [] })).toMatchObject({
      ok: true,
      said: { key: "caKeyInParameter" },
    });
    expect(checkCaKey({ parameterType: undefined, keysInRepository: [] })).toMatchObject({
      ok: true,
      said: { key: "caKeyInFolder" },
    });
  });

  it("misses a CA key inside the repository, and one kept in plain text, each with its fix", () => {
    const inRepo = checkCaKey({ parameterType: "SecureString", keysInRepository: ["secrets/ca.key"] });
    expect(inRepo).toMatchObject({
      ok: false,
      said: { values: { files: "secrets/ca.key" } },
      fix: { key: "caKeyInRepositoryFix" },
    });
    expect(checkCaKey({ parameterType: "String", keysInRepository: [] })).toMatchObject({ ok: false });
  });

  it("knows the CA folder's key file by its name, wherever it sits", () => {
    expect(["ca.key", "ops/ca/ca.key"].every(looksLikeCaKey)).toBe(true);
    expect(["ca.key.md", "docs/myca.key", "ca.crt"].some(looksLikeCaKey)).toBe(false);
  });
});
