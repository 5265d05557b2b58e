import { describe, expect, it } from "vitest";
import { renderClinicFile } from "../../../actions/lib/flows/intake/clinic-file.js";
import { maxBodyBytes, parseRequest } from "../../../actions/lib/flows/intake/parse.js";
import { describeFormProblem } from "../../../actions/lib/flows/intake/problems.js";
import { renderProblemsComment } from "../../../actions/lib/flows/intake/render.js";
import { fixtureCases, form, formBody, readFixture } from "./fixtures.js";

describe("parseRequest on the fixture folders", () => {
  for (const name of fixtureCases()) {
    it(name, () => {
      const result = parseRequest(readFixture(name, "issue.txt"), form);
      const expected: unknown = JSON.parse(readFixture(name, "expected.json"));
      if (result.ok) {
        expect({ answers: Object.fromEntries(result.answers) }).toEqual(expected);
        expect(renderClinicFile(result.answers)).toBe(readFixture(name, "clinic.yml"));
      } else {
        expect({ problems: result.problems }).toEqual(expected);
        const described = result.problems.map((p) => describeFormProblem(p, form, "ja"));
        expect(renderProblemsComment(described, "ja")).toBe(readFixture(name, "comment.txt"));
      }
    });
  }
});

describe("parseRequest", () => {
  it("refuses a body over 64 KiB before reading it", () => {
    const body = formBody({ name: "あ".repeat(maxBodyBytes / 3 + 1) });
    expect(parseRequest(body, form)).toEqual({ ok: false, problems: [{ field: "body", kind: "too-large" }] });
  });

  it("normalises full-width digits and surrounding spaces", () => {
    const result = parseRequest(formBody({ "medical-institution-code": " １３１２３４５６７６ " }), form);
    expect(result.ok && result.answers.get("medical-institution-code")).toBe("1312345676");
  });

  it("treats _No response_ in a required field as missing, whatever the form promised", () => {
    const result = parseRequest(formBody({ "contact-email": "_No response_" }), form);
    expect(result).toEqual({ ok: false, problems: [{ field: "contact-email", kind: "no-response" }] });
  });

  it("accepts names in any script with the punctuation real names use", () => {
    for (const name of ["医療法人社団 さくら会・さくら内科", "O'Brien Clinic", "Клиника 1", "やまだ(分院)"]) {
      expect(parseRequest(formBody({ name }), form).ok, name).toBe(true);
    }
  });

  it("refuses the characters that mean something to a shell, to Actions or to markdown in every field", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Actions expression is the hostile input under test
    for (const hostile of ["${{ secrets.X }}", "a;b", "a|b", "a`b`", "<b>", "[x](y)", "a#1", "a&b", "a\\b"]) {
      for (const field of form.fields.filter((f) => f.options === undefined)) {
        const result = parseRequest(formBody({ [field.id]: hostile }), form);
        expect(result.ok, `${field.id}: ${hostile}`).toBe(false);
      }
    }
  });

  it("refuses a dropdown value that the form does not offer", () => {
    const result = parseRequest(formBody({ subnet: "public-a" }), form);
    expect(result).toEqual({ ok: false, problems: [{ field: "subnet", kind: "not-an-option", value: "public-a" }] });
  });
});
