import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BodyTooLongError,
  bodyBudget,
  boundedBody,
  codeCell,
  codeSpan,
  cut,
  githubBodyLimit,
  maxEchoed,
} from "../../../actions/lib/core/render/body.js";

const more = (omitted: number) => `${omitted} more not shown.`;

describe("boundedBody", () => {
  it("keeps every row that fits and says how many did not, within the budget whatever the rows", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3000 }), { maxLength: 200 }), (rows) => {
        const body = boundedBody({ before: ["# Title", ""], rows, after: ["", "end"], more });
        expect(body.length).toBeLessThanOrEqual(bodyBudget);
        const shown = rows.filter((row) => body.includes(row)).length;
        if (body.includes("more not shown.")) expect(body).toContain(`${rows.length - shown} more not shown.`);
        expect(body.startsWith("# Title\n")).toBe(true);
        expect(body.endsWith("\n\nend")).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("shows every row when they fit, without a summary line", () => {
    expect(boundedBody({ before: ["head"], rows: ["a", "b"], after: ["tail"], more })).toBe("head\na\nb\ntail");
  });

  it("refuses fixed parts that alone exceed the budget: a renderer bug, not a body to cut", () => {
    expect(() => boundedBody({ before: ["x".repeat(bodyBudget)], rows: [], more })).toThrow(BodyTooLongError);
  });

  it("stays below GitHub's limit with the marker line the adapters add", () => {
    expect(bodyBudget + 100).toBeLessThan(githubBodyLimit);
  });
});

describe("codeSpan", () => {
  it("echoes a value literally, with a fence longer than any backtick run inside it", () => {
    expect(codeSpan("hanako@sakura.example.jp")).toBe("`hanako@sakura.example.jp`");
    expect(codeSpan("a `b` c")).toBe("``a `b` c``");
    expect(codeSpan("``x")).toBe("``` ``x ```");
    expect(codeSpan("www.evil.example @team #12")).toBe("`www.evil.example @team #12`");
    expect(codeSpan("")).toBe("");
  });

  it("adds no invisible character: what a person copies is what was written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(codeSpan(text)).not.toMatch(/\u200B|\u200C|\u200D|\u2060|\uFEFF/);
      }),
    );
  });

  it("reveals invisible characters, keeps one line and cuts to a bound", () => {
    expect(codeSpan("ab\u202Ec\u200Bd\ne")).toBe("`ab[U+202E]c[U+200B]d e`");
    const long = codeSpan("あ".repeat(maxEchoed * 10));
    expect(long.length).toBe(maxEchoed + 2);
    expect(long.endsWith("…`")).toBe(true);
  });

  it("escapes a pipe only in a table cell, where GitHub's table undoes it", () => {
    expect(codeCell("a|b")).toBe("`a\\|b`");
    expect(codeSpan("a|b")).toBe("`a|b`");
  });

  it("cuts by whole code points, never splitting a surrogate pair", () => {
    expect(cut("𠀋".repeat(5), 3)).toBe("𠀋𠀋…");
  });
});

describe("boundedBody's row bound", () => {
  it("stops at maxRows even when more would fit, and counts the rest", () => {
    expect(boundedBody({ before: ["h"], rows: ["a", "b", "c"], more, maxRows: 2 })).toBe("h\na\nb\n1 more not shown.");
  });
});
