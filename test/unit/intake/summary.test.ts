import { describe, expect, it } from "vitest";
import { renderIntakeSummary } from "../../../actions/lib/flows/intake/summary.js";

const opened = {
  outcome: "pr-opened",
  path: "clinics/ueno-naika.yml",
  file: "created",
  pull: { number: 7, url: "https://github.example/o/r/pull/7", outcome: "updated" },
  comment: "unchanged",
} as const;

describe("renderIntakeSummary", () => {
  it("tells, in Japanese, what a run that opened a pull request changed", () => {
    const text = renderIntakeSummary(3, opened, "ja");
    expect(text).toContain("## Issue #3 のクリニック追加依頼");
    expect(text).toContain("| `clinics/ueno-naika.yml` | 作成 |");
    expect(text).toContain("| プルリクエスト #7 | 更新 |");
    expect(text).toContain("| Issue のコメント | 変更なし |");
  });

  it("tells the same in English", () => {
    const text = renderIntakeSummary(3, opened, "en");
    expect(text).toContain("## Clinic intake for issue #3");
    expect(text).toContain("| pull request #7 | updated |");
  });

  it("counts the problems of a request that needs changes, and says why nothing was done otherwise", () => {
    const problems = [
      { field: "id", message: "x" },
      { field: "name", message: "y" },
    ];
    const needsChanges = { outcome: "needs-changes", problems, comment: "created" } as const;
    expect(renderIntakeSummary(1, needsChanges, "ja")).toContain("2 件の問題があります(コメント: 作成");
    expect(renderIntakeSummary(1, { outcome: "ignored", reason: "closed" }, "en")).toContain("the issue is closed");
    expect(renderIntakeSummary(1, { outcome: "unauthorised", comment: "created" }, "ja")).toContain("権限がありません");
  });
});
