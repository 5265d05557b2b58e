import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cli } from "../../../actions/cli/main.js";
import { loadShown } from "./shown.js";

/**
 * Each folder under test/fixtures/registry is a small registry with one thing right or wrong; its expected.json
 * names every problem's file, position and field, and a piece of its message.
 */
const root = join(import.meta.dirname, "../../fixtures/registry");
const expectedSchema = z.object({
  problems: z.array(
    z.object({
      file: z.string(),
      line: z.number().optional(),
      column: z.number().optional(),
      field: z.string(),
      says: z.string(),
    }),
  ),
});

const cases = readdirSync(root).sort();

describe.each(cases)("registry fixture %s", (name) => {
  const dir = join(root, name);
  const expected = expectedSchema.parse(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"))).problems;

  it("loadRegistry reports exactly the expected problems, each at its file, line and field", async () => {
    const { problems } = await loadShown(dir);
    expect(problems.map(({ file, line, column, field }) => ({ file, line, column, field }))).toEqual(
      expected.map(({ file, line, column, field }) => ({ file: join(dir, file), line, column, field })),
    );
    problems.forEach((problem, i) => {
      expect(problem.message).toContain(expected[i]?.says);
    });
  });

  it("orca-fleet validate prints file:line:column field: and exits 1 on problems, 0 without", async () => {
    const out: string[] = [];
    const code = await cli(["validate", dir], { out: (text) => out.push(text), err: (text) => out.push(text) });
    expect(code).toBe(expected.length > 0 ? 1 : 0);
    for (const problem of expected) {
      const where = [join(dir, problem.file), problem.line, problem.column].filter((p) => p !== undefined).join(":");
      expect(out).toContainEqual(expect.stringContaining(`${where} ${problem.field}: `));
    }
  });
});

it("has a fixture for every case the issue lists", () => {
  expect(cases).toEqual(
    expect.arrayContaining([
      "bad-check-digit",
      "prefecture-48",
      "score-table-2",
      "duplicate-code",
      "id-mismatch",
      "id-path-traversal",
      "unknown-subnet",
      "window-25",
      "region-us-east-1",
      "unquoted-code",
      "duplicate-key",
      "crossing-midnight",
      "emoji-name",
    ]),
  );
});
