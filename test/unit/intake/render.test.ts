import { describe, expect, it } from "vitest";
import { revealInvisible } from "../../../actions/lib/core/render/body.js";
import { marker } from "../../../actions/lib/core/render/markdown.js";
import { parseRequest } from "../../../actions/lib/flows/intake/parse.js";
import { describeClinicProblem } from "../../../actions/lib/flows/intake/problems.js";
import {
  pullTitle,
  renderProblemsComment,
  renderPullBody,
  renderPullComment,
  renderUnauthorisedComment,
} from "../../../actions/lib/flows/intake/render.js";
import { form, formBody } from "./fixtures.js";

function answersOf(body: string) {
  const result = parseRequest(body, form);
  if (!result.ok) throw new Error(`fixture body did not parse: ${JSON.stringify(result.problems)}`);
  return result.answers;
}

describe("renderProblemsComment", () => {
  const hostile = "@octocat #123 <!-- orca-fleet:intake --> [x](https://evil.example) <img src=x>";
  const comment = renderProblemsComment([{ field: "医療機関名", message: "使えません", value: hostile }], "ja");

  it("echoes user text inert: no mention, no issue link, no HTML, no marker, no link", () => {
    // A code span renders literally: nothing in it mentions, links or is HTML, and it copies as written.
    const outsideCode = comment.replace(/`[^`]*`/g, "");
    expect(comment).toContain(`| \`${hostile}\` |`);
    expect(outsideCode).not.toMatch(/@octocat/);
    expect(outsideCode).not.toMatch(/#123/);
    expect(outsideCode).not.toContain("<!--");
    expect(comment.startsWith(marker("intake"))).toBe(false);
    expect(outsideCode).not.toContain("<img");
    expect(outsideCode).not.toContain("](https://");
    expect(comment).not.toMatch(/\u200B|\u200C|\u200D|\u2060|\uFEFF/);
    expect(comment).toMatchSnapshot();
  });

  it("names each field and keeps one table row per problem", () => {
    const two = renderProblemsComment(
      [
        { field: "医療機関コード", message: "検証番号が一致しません" },
        { field: "都道府県", message: "選択肢にない値です", value: "Tokyo" },
      ],
      "ja",
    );
    expect(two.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))).toHaveLength(3);
    expect(two).toContain("| 医療機関コード | 検証番号が一致しません |  |");
    expect(two).toContain("| 都道府県 | 選択肢にない値です | `Tokyo` |");
  });

  it("speaks English when the fleet's locale is en", () => {
    expect(renderProblemsComment([], "en")).toContain("needs changes");
  });
});

describe("revealInvisible", () => {
  it("shows right-to-left overrides and zero-width characters as code points", () => {
    expect(revealInvisible("ab\u202Ec\u200Bd")).toBe("ab[U+202E]c[U+200B]d");
  });
});

describe("describeClinicProblem", () => {
  it("names a registry problem by the form field that fills its path, with the given answer", () => {
    const answers = answersOf(formBody({ "orca-version": "5.2" }));
    const message = { key: "k", text: { ja: "x.y.z", en: "x.y.z in English" } };
    expect(describeClinicProblem({ field: "orca.version", message }, form, answers, "ja")).toEqual({
      field: "ORCAバージョン",
      message: "x.y.z",
      value: "5.2",
    });
  });

  it("keeps the registry's field when no form field fills it", () => {
    const answers = answersOf(formBody());
    const message = { key: "k", text: { ja: "m", en: "m in English" } };
    expect(describeClinicProblem({ field: "status", message }, form, answers, "ja")).toEqual({
      field: "status",
      message: "m",
    });
  });
});

describe("pull request text", () => {
  const answers = answersOf(formBody());

  it("closes the issue and shows the clinic as a table", () => {
    const body = renderPullBody(42, answers, form, "ja");
    expect(body).toContain("Closes #42");
    expect(body).toContain("| クリニックID | `id` | `sakura-naika` |");
    expect(body).toContain("| 都道府県 | `prefecture` | `東京都` |");
    expect(body).toMatchSnapshot();
  });

  it("titles the pull request by the clinic id", () => {
    expect(pullTitle(answers, "ja")).toBe("クリニック追加: sakura-naika");
    expect(pullTitle(answers, "en")).toBe("Add clinic sakura-naika");
  });

  it("says whether the pull request was opened or its file updated", () => {
    const url = "https://github.example/o/r/pull/7";
    const opened = renderPullComment("opened", url, "clinics/sakura-naika.yml", "ja");
    const updated = renderPullComment("updated", url, "clinics/sakura-naika.yml", "ja");
    expect(opened).toContain("プルリクエストを作成しました");
    expect(opened).toContain(url);
    expect(updated).toContain("プルリクエストを更新しました");
    expect(updated).toContain("最新の編集内容");
    expect(renderPullComment("current", url, "clinics/sakura-naika.yml", "en")).toContain(url);
  });
});

describe("renderUnauthorisedComment", () => {
  it("is polite, says nothing was created and names the team when one is configured", () => {
    const text = renderUnauthorisedComment("acme/sre", "ja");
    expect(text).toContain("ありがとうございます");
    expect(text).toContain("何も作成していません");
    expect(text).toContain("acme/sre");
    expect(renderUnauthorisedComment(undefined, "en")).not.toContain("team");
  });
});
