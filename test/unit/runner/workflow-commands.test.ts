import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseAnnotations, parseOutputFile } from "../../localcloud/runner/workflow-commands.js";

/** @actions/core is the oracle: what it writes, the runner's parsers must read back. */
describe("the runner's file and stdout protocols", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("reads back outputs that @actions/core writes, multi-line values included", async () => {
    const dir = await mkdtemp(join(tmpdir(), "outputs-"));
    const file = join(dir, "output");
    await writeFile(file, "");
    vi.stubEnv("GITHUB_OUTPUT", file);
    core.setOutput("plan", "line one\nline two");
    core.setOutput("count", 3);
    core.setOutput("empty", "");
    expect(parseOutputFile(await readFile(file, "utf8"))).toEqual({
      plan: "line one\nline two",
      count: "3",
      empty: "",
    });
    await rm(dir, { recursive: true });
  });

  it("reads the legacy name=value form too", () => {
    expect(parseOutputFile("a=1\nb=x=y\n")).toEqual({ a: "1", b: "x=y" });
  });

  it("refuses a heredoc without its closing delimiter", () => {
    expect(() => parseOutputFile("a<<EOF\nvalue\n")).toThrow(/no closing delimiter EOF/);
  });

  it("reads back annotations that @actions/core prints, with their escapes", () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    core.error("bad code: 50%\nsecond line", { file: "clinics/a,b.yml", startLine: 4, startColumn: 2, title: "x:y" });
    core.warning("look");
    core.notice("fyi", { file: "clinics/fleet.yml" });
    core.info("::not a command");
    expect(parseAnnotations(printed.join(""))).toEqual([
      { level: "error", message: "bad code: 50%\nsecond line", file: "clinics/a,b.yml", line: 4, col: 2, title: "x:y" },
      { level: "warning", message: "look" },
      { level: "notice", message: "fyi", file: "clinics/fleet.yml" },
    ]);
  });
});
