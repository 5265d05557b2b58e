import { describe, expect, it } from "vitest";
import { renderBakeSummary, renderRollbackSummary } from "../../../actions/lib/ami/summary.js";

const context = { parameter: "/orca-fleet/golden-ami", sourceCommit: "0123456789abcdef0123456789abcdef01234567" };

describe("renderBakeSummary", () => {
  it("says what was recorded, where a rollback goes, and which labels were taken off", () => {
    const text = renderBakeSummary(
      {
        status: "baked",
        amiId: "ami-0a1b2c3d4e5f60718",
        version: 95,
        labels: ["build-42-1", "current"],
        previous: { version: 94, value: "ami-0f9e8d7c6b5a49382", labels: ["build-41-1"] },
        pruned: [{ version: 1, labels: ["build-1-1"] }],
        historySize: 95,
      },
      context,
    );
    expect(text).toMatchInlineSnapshot(`
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

  it("says why nothing was recorded, with Packer's text made inert", () => {
    const text = renderBakeSummary({ status: "refused", reason: "packer build failed: <b>@team</b>" }, context);
    expect(text).toContain("## Golden AMI not recorded");
    expect(text).toContain("&lt;b&gt;@\u200Bteam&lt;/b&gt;");
    expect(text).toContain("`/orca-fleet/golden-ami` is unchanged");
  });
});

describe("renderRollbackSummary", () => {
  it("lists the clinics that would launch on the version next", () => {
    const text = renderRollbackSummary(
      {
        status: "moved",
        target: { version: 3, value: "ami-0a1b2c3d4e5f60718", labels: ["build-3-1"] },
        from: { version: 5, value: "ami-0f9e8d7c6b5a49382", labels: ["current"] },
        launchingNext: ["kobe-motomachi"],
      },
      { parameter: context.parameter, label: "current" },
    );
    expect(text).toContain("## `current` moved to version 3");
    expect(text).toContain("before: version 5 (`ami-0f9e8d7c6b5a49382`)");
    expect(text).toContain("| `kobe-motomachi` |");
  });
});
