import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  createInputReader,
  optional,
  readBotLogin,
  readHistoryBranch,
  readRegion,
  readRegistryFolder,
  readSourceCommit,
  readToken,
} from "../../../actions/lib/core/inputs.js";

/** Inputs as the runner hands them over, and what the reader said back. */
function source(given: Record<string, string>) {
  const warnings: string[] = [];
  const secrets: string[] = [];
  return {
    warnings,
    secrets,
    getInput: (name: string) => given[name] ?? "",
    warning: (message: string) => warnings.push(message),
    setSecret: (secret: string) => secrets.push(secret),
  };
}

describe("createInputReader", () => {
  it("returns the parsed value, and names the input and the expected form when it is invalid", () => {
    const reader = createInputReader(source({ count: "7", mode: "destroy" }));
    expect(reader.read("count", z.coerce.number().int(), "a whole number")).toBe(7);
    expect(() => reader.read("mode", z.enum(["plan", "apply"]), "plan or apply")).toThrow(
      'input "mode" is "destroy"; expected plan or apply',
    );
  });

  it("reads an empty input as undefined through optional()", () => {
    const reader = createInputReader(source({}));
    expect(reader.read("region", optional(z.enum(["ap-northeast-1"])), "a region")).toBeUndefined();
  });

  it("accepts a deprecated name with a warning that names the new one", () => {
    const given = source({ "clinics-dir": "registry" });
    expect(readRegistryFolder(createInputReader(given))).toBe("registry");
    expect(given.warnings).toEqual([
      'input "clinics-dir" is deprecated and will be removed in the next release: use "clinics" instead',
    ]);
  });

  it("names the deprecated input when its value is invalid", () => {
    const reader = createInputReader(source({ path: "../outside" }));
    const inside = { schema: z.string().refine((p) => !p.startsWith("..")), expected: "a folder inside" };
    expect(() => readRegistryFolder(reader, inside)).toThrow('input "path" is "../outside"; expected a folder inside');
  });

  it("refuses a new and an old name that disagree, and takes them when they agree", () => {
    expect(() => readRegistryFolder(createInputReader(source({ clinics: "a", path: "b" })))).toThrow(
      /inputs "clinics" \("a"\) and "path" \("b"\) disagree/,
    );
    const agreeing = source({ clinics: "a", path: "a" });
    expect(readRegistryFolder(createInputReader(agreeing))).toBe("a");
    expect(agreeing.warnings).toHaveLength(1);
  });

  it("falls back to clinics when no name is given, without a warning", () => {
    const given = source({});
    expect(readRegistryFolder(createInputReader(given))).toBe("clinics");
    expect(given.warnings).toEqual([]);
  });

  it("prefers the current name over any deprecated one, whatever the values", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (folder) => {
        const given = source({ clinics: folder });
        return readRegistryFolder(createInputReader(given)) === folder && given.warnings.length === 0;
      }),
    );
  });

  it("masks the token before checking it, and never echoes it in an error", () => {
    const given = source({ token: "ghs_secret" });
    expect(readToken(createInputReader(given))).toBe("ghs_secret");
    expect(given.secrets).toEqual(["ghs_secret"]);
    expect(() => readToken(createInputReader(source({})))).toThrow('input "token" is empty; expected a GitHub token');
  });

  it("checks runner variables and says the runner sets them", () => {
    const reader = createInputReader(source({}), { GITHUB_RUN_ID: "abc" });
    expect(() => reader.env("GITHUB_RUN_ID", z.string().regex(/^\d+$/), "the run's number")).toThrow(
      `GITHUB_RUN_ID is "abc"; expected the run's number (the runner sets it)`,
    );
  });

  it("reads the inputs several actions share by one rule each", () => {
    const reader = createInputReader(
      source({ region: "ap-northeast-3", "bot-login": "bot", "history-branch": "fleet-status" }),
    );
    expect(readRegion(reader)).toBe("ap-northeast-3");
    expect(readBotLogin(reader)).toBe("bot");
    expect(readHistoryBranch(reader)).toBe("fleet-status");
    expect(readRegion(createInputReader(source({})))).toBeUndefined();
    expect(() => readRegion(createInputReader(source({ region: "us-east-1" })))).toThrow(
      'input "region" is "us-east-1"; expected empty (use fleet.yml) or one of ap-northeast-1, ap-northeast-3',
    );
    for (const bad of ["../main", "-x", "a..b", "ends/"])
      expect(() => readHistoryBranch(createInputReader(source({ "history-branch": bad })))).toThrow(
        `input "history-branch" is "${bad}"`,
      );
    expect(() => readBotLogin(createInputReader(source({})))).toThrow('input "bot-login" is ""');
  });

  it("takes the given source commit, else the run's own", () => {
    expect(
      readSourceCommit(createInputReader(source({ "source-commit": "abc1234" }), { GITHUB_SHA: "f".repeat(40) })),
    ).toBe("abc1234");
    expect(readSourceCommit(createInputReader(source({}), { GITHUB_SHA: "f".repeat(40) }))).toBe("f".repeat(40));
    expect(() => readSourceCommit(createInputReader(source({ "source-commit": "main" }), {}))).toThrow(
      'input "source-commit" is "main"; expected empty or a commit SHA',
    );
  });
});
