import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { cli } from "../../../actions/cli/main.js";

const examples = join(import.meta.dirname, "../../../clinics");
const fixtures = join(import.meta.dirname, "../../fixtures/registry");

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("orca-fleet", () => {
  it("lists its commands on --help and exits 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const { code, out } = await run(flag);
      expect(code).toBe(0);
      expect(out).toContain("Usage: orca-fleet <command>");
      expect(out).toMatch(/^ {2}validate {2}check fleet\.yml/m);
    }
  });

  it("prints the overview on stderr and exits 2 without a command or with an unknown one", async () => {
    expect(await run()).toMatchObject({ code: 2, out: "", err: expect.stringContaining("Commands:") });
    expect(await run("deploy")).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "deploy"') });
  });
});

describe("orca-fleet validate", () => {
  it("shows its own help", async () => {
    const { code, out } = await run("validate", "--help");
    expect(code).toBe(0);
    expect(out).toContain("Usage: orca-fleet validate [DIR] [--format text|json]");
    expect(out).toContain("Exit codes: 0 valid, 1 problems found, 2 usage error.");
  });

  it("exits 0 on the example registry and says how many clinics it checked", async () => {
    const { code, out, err } = await run("validate", examples);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toBe("14 件の医療機関を確認しました。問題はありません。");
  });

  it("prints each problem as file:line:column field: message, then a count on stderr, and exits 1", async () => {
    const dir = join(fixtures, "window-25");
    const { code, out, err } = await run("validate", dir);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(`^${dir}/umeda-hifuka\\.yml:13:20 maintenanceWindow: "Mon 25:00-26:00" の 25:00 は`),
      ),
      expect.stringMatching(/:13:20 maintenanceWindow: "Mon 25:00-26:00" の 26:00 は/),
    ]);
    expect(err).toBe("1 ファイルに 2 件の問題があります。");
  });

  it("writes JSON for machines with --format json", async () => {
    const { code, out } = await run("validate", join(fixtures, "english-locale"), "--format", "json");
    expect(code).toBe(1);
    const report = z
      .object({
        valid: z.boolean(),
        clinics: z.number(),
        problems: z.array(
          z.object({ file: z.string(), line: z.number(), column: z.number(), field: z.string(), message: z.string() }),
        ),
      })
      .parse(JSON.parse(out));
    expect(report).toMatchObject({
      valid: false,
      clinics: 0,
      problems: [{ line: 4, column: 25, field: "medicalInstitutionCode" }],
    });
    expect(report.problems[0]?.message).toContain("which give 0, not 1");
  });

  it("exits 2 with the usage line on a bad command line", async () => {
    for (const argv of [
      ["validate", "--format", "xml", examples],
      ["validate", "--colour"],
      ["validate", examples, examples],
      ["validate", join(examples, "missing")],
      ["validate", join(examples, "fleet.yml")],
    ]) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(" ")).toBe(2);
      expect(out).toBe("");
      expect(err).toContain("Usage: orca-fleet validate [DIR]");
    }
  });
});

describe("orca-fleet validate inside GitHub Actions", () => {
  it("also writes an ::error annotation per problem, with the file relative to the workspace", async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const workspace = join(import.meta.dirname, "../../..");
      const code = await cli(["validate", join(fixtures, "unknown-subnet")], {
        out: () => undefined,
        err: () => undefined,
        actions: { workspace },
      });
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual([
      expect.stringMatching(
        /^::error title=instance\.subnet,file=test\/fixtures\/registry\/unknown-subnet\/umeda-hifuka\.yml,line=12,col=11::instance\.subnet: "private-z" /,
      ),
    ]);
  });
});
