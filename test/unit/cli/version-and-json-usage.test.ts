import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../../../actions/cli/main.js";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const { version } = JSON.parse(await readFile(join(import.meta.dirname, "../../../package.json"), "utf8")) as {
  version: string;
};

describe("orca-fleet --version and usage errors for machines", () => {
  it("prints package.json's version, as text or JSON", async () => {
    expect(await run("--version")).toEqual({ code: 0, out: `orca-fleet ${version}`, err: "" });
    expect(JSON.parse((await run("--version", "--format", "json")).out)).toEqual({ version });
  });

  it("answers an unknown command or option with one JSON object on stderr when JSON was asked for", async () => {
    const unknown = await run("deploy", "--format=json");
    expect(unknown.code).toBe(2);
    expect(JSON.parse(unknown.err)).toEqual({ error: "usage", message: 'unknown command "deploy"' });
    const badOption = await run("validate", "--frmat", "x", "--format", "json");
    expect(badOption.code).toBe(2);
    expect(JSON.parse(badOption.err)).toMatchObject({ error: "usage", command: "validate" });
    expect(JSON.parse(badOption.err).message).toContain("--frmat");
  });

  it("keeps text usage errors for people", async () => {
    const { code, err } = await run("certs", "sync", "--renew-before", "0");
    expect(code).toBe(2);
    expect(err).toContain('orca-fleet certs: --renew-before must be a whole number of days, not "0"');
    expect(err).toContain("Run `orca-fleet certs --help` for more.");
  });
});
