import { describe, expect, it } from "vitest";
import { render } from "../../../actions/lib/core/i18n/message.js";
import type { BakeOutcome } from "../../../actions/lib/flows/bake-ami/bake.js";
import { amiMessages, note } from "../../../actions/lib/flows/bake-ami/messages.js";
import type { RollbackOutcome } from "../../../actions/lib/flows/bake-ami/rollback.js";
import { renderBakeSummary, renderRollbackSummary } from "../../../actions/lib/flows/bake-ami/summary.js";

const context = { parameter: "/orca-fleet/golden-ami", sourceCommit: "0123456789abcdef0123456789abcdef01234567" };

const baked: BakeOutcome = {
  status: "baked",
  amiId: "ami-0a1b2c3d4e5f60718",
  version: 95,
  labels: ["build-42-1", "current"],
  previous: { version: 94, value: "ami-0f9e8d7c6b5a49382", labels: ["build-41-1"] },
  pruned: [{ version: 1, labels: ["build-1-1"] }],
  historySize: 95,
};

const blocked: BakeOutcome = {
  status: "refused",
  reason: note("historyBlocked", { version: 1, count: 100, labels: "current", currentLabel: "current" }),
};

const moved: RollbackOutcome = {
  status: "moved",
  target: { version: 3, value: "ami-0a1b2c3d4e5f60718", labels: ["build-3-1"] },
  from: { version: 5, value: "ami-0f9e8d7c6b5a49382", labels: ["current"] },
  launchingNext: ["kobe-motomachi"],
};

describe("amiMessages", () => {
  it("has every message in Japanese, with the same placeholders as in English", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, message] of Object.entries(amiMessages)) {
      expect(message.ja, key).toBeTruthy();
      expect(placeholders(message.ja), key).toEqual(placeholders(message.en));
    }
  });
});

describe("say", () => {
  it("renders a reason inside a refusal in the same locale", () => {
    const reason = note("parameterUnchanged", {
      reason: note("noArtifact", { source: note("sourceStream") }),
      parameter: "/p",
    });
    expect(render(reason, "en")).toBe("the build's artifact lines: no artifact; /p is unchanged");
    expect(render(reason, "ja")).toBe("ビルドの artifact 行: artifact がありません。/p は変更していません");
  });
});

describe("renderBakeSummary", () => {
  it("says what was recorded, where a rollback goes, and which labels were taken off, in English", () => {
    expect(renderBakeSummary(baked, context, "en")).toMatchInlineSnapshot(`
      "## Golden AMI baked

      |  | This bake |
      | --- | --- |
      | AMI | \`ami-0a1b2c3d4e5f60718\` |
      | Parameter | \`/orca-fleet/golden-ami\` version 95 |
      | Labels | \`build-42-1\`, \`current\` |
      | Source commit | \`0123456789abcdef0123456789abcdef01234567\` |
      | Before | version 94 (\`ami-0f9e8d7c6b5a49382\`); roll back with \`rollback-to: 94\` |

      The history holds 95 of AWS's 100 versions. So that the next bakes can still write, build labels were taken off versions that are neither current nor among the newest builds:

      | Version | Labels taken off |
      | --- | --- |
      | 1 | \`build-1-1\` |"
    `);
  });

  it("says the same in Japanese", () => {
    expect(renderBakeSummary(baked, context, "ja")).toMatchInlineSnapshot(`
      "## ゴールデン AMI を作成しました

      |  | 今回のベイク |
      | --- | --- |
      | AMI | \`ami-0a1b2c3d4e5f60718\` |
      | パラメータ | \`/orca-fleet/golden-ami\` バージョン 95 |
      | ラベル | \`build-42-1\`, \`current\` |
      | ソースコミット | \`0123456789abcdef0123456789abcdef01234567\` |
      | 以前 | バージョン 94（\`ami-0f9e8d7c6b5a49382\`）。\`rollback-to: 94\` で戻せます |

      履歴は AWS の上限 100 バージョンのうち 95 を使っています。次のベイクも書き込めるよう、現行でも最新のビルドでもないバージョンからビルドラベルを外しました:

      | バージョン | 外したラベル |
      | --- | --- |
      | 1 | \`build-1-1\` |"
    `);
  });

  it("says why nothing was recorded, with Packer's text made inert, in each locale", () => {
    const failed: BakeOutcome = {
      status: "refused",
      reason: note("buildFailedWith", { exitCode: 1, errors: "<b>@team</b>" }),
    };
    const en = renderBakeSummary(failed, context, "en");
    expect(en).toContain("## Golden AMI not recorded");
    expect(en).toContain("packer build failed (exit code 1): `<b>@team</b>`");
    expect(en).toContain("`/orca-fleet/golden-ami` is unchanged");
    const ja = renderBakeSummary(failed, context, "ja");
    expect(ja).toContain("## ゴールデン AMI は記録されていません");
    expect(ja).toContain("packer build が失敗しました（終了コード 1）: `<b>@team</b>`");
    expect(ja).toContain("`/orca-fleet/golden-ami` は変更していません");
  });

  it("explains a blocked history in each locale", () => {
    expect(renderBakeSummary(blocked, context, "en")).toContain(
      "version 1, the oldest of 100, is labelled current, so AWS cannot drop it to make room",
    );
    expect(renderBakeSummary(blocked, context, "ja")).toContain(
      "最も古いバージョン 1（全 100 件）にラベル current が付いているため",
    );
  });
});

describe("renderRollbackSummary", () => {
  const rollbackContext = { parameter: context.parameter, label: "current" };

  it("lists the clinics that would launch on the version next, in English", () => {
    const text = renderRollbackSummary(moved, rollbackContext, "en");
    expect(text).toContain("## `current` moved to version 3");
    expect(text).toContain("before: version 5 (`ami-0f9e8d7c6b5a49382`)");
    expect(text).toContain("| `kobe-motomachi` |");
  });

  it("and in Japanese", () => {
    expect(renderRollbackSummary(moved, rollbackContext, "ja")).toMatchInlineSnapshot(`
      "## \`current\` をバージョン 3 に移しました

      \`/orca-fleet/golden-ami\`: \`ami-0a1b2c3d4e5f60718\`（以前: バージョン 5（\`ami-0f9e8d7c6b5a49382\`））。稼働中のインスタンスのイメージは変わりません。

      次のクリニックはまだインスタンスがなく、次にこのイメージから起動します:

      | クリニック |
      | --- |
      | \`kobe-motomachi\` |"
    `);
  });

  it("says why a rollback was refused in each locale", () => {
    const refused: RollbackOutcome = { status: "refused", reason: note("noSuchVersion", { selector: "build-0-1" }) };
    expect(renderRollbackSummary(refused, rollbackContext, "en")).toContain("## Rollback refused");
    expect(renderRollbackSummary(refused, rollbackContext, "ja")).toContain(
      "パラメータに「build-0-1」というバージョンはありません",
    );
  });
});
