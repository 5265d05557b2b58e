import { describe, expect, it } from "vitest";
import { githubBodyLimit } from "../../../actions/lib/core/render/body.js";
import { maxBodyBytes, parseRequest } from "../../../actions/lib/flows/intake/parse.js";
import { describeFormProblem } from "../../../actions/lib/flows/intake/problems.js";
import { renderProblemsComment, renderPullBody } from "../../../actions/lib/flows/intake/render.js";
import { form, formBody } from "./fixtures.js";

/** The intake's comment and pull request body stay under GitHub's limit whatever the request holds. */

function problemsOf(body: string) {
  const result = parseRequest(body, form);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => describeFormProblem(p, form, "ja"));
}

describe("the intake's bodies", () => {
  it("a 60 KB answer of characters that need escaping makes a comment under the limit, not 300,000 characters", () => {
    const body = formBody({ name: "&<>|".repeat(15_000) });
    expect(Buffer.byteLength(body)).toBeLessThan(maxBodyBytes);
    const comment = renderProblemsComment(problemsOf(body), "ja");
    expect(comment.length).toBeLessThan(githubBodyLimit);
    expect(comment).toContain("…");
  });

  it("many problems: the rows that do not fit are counted, in the locale", () => {
    const problems = Array.from({ length: 2000 }, (_, i) => ({
      field: `項目 ${i}`,
      message: "x".repeat(500),
      value: "y".repeat(500),
    }));
    const ja = renderProblemsComment(problems, "ja");
    const en = renderProblemsComment(problems, "en");
    expect(ja.length).toBeLessThan(githubBodyLimit);
    expect(ja).toMatch(/ほかの \d+ 行は表示していません/);
    expect(en).toMatch(/\d+ more rows are not shown, to keep this comment within GitHub's size limit/);
  });

  it("an e-mail address and a www. link are code spans: nothing links, nothing invisible is added", () => {
    const answers = new Map(
      form.fields.map((f) => [f.id, f.id === "contact-email" ? "it@clinic.example.jp" : "www.evil.example"]),
    );
    const body = renderPullBody(7, answers, form, "en");
    expect(body).toContain("`it@clinic.example.jp`");
    expect(body).toContain("`www.evil.example`");
    expect(body.replace(/`[^`]*`/g, "")).not.toContain("www.");
    expect(body).not.toMatch(/\u200B|\u200C|\u200D|\u2060|\uFEFF/);
  });
});
