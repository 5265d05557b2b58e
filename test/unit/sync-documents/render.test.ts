import { describe, expect, it } from "vitest";
import type { DocumentResult } from "../../../actions/lib/flows/sync-documents/apply.js";
import { checkDocument } from "../../../actions/lib/flows/sync-documents/check.js";
import { planDocuments } from "../../../actions/lib/flows/sync-documents/plan.js";
import {
  applyFailureText,
  problemText,
  renderApplied,
  renderPlan,
  renderRefusal,
} from "../../../actions/lib/flows/sync-documents/render.js";
import { local, remoteMap, yaml } from "./fixtures.js";

const restart = yaml("restart ORCA", { waitSeconds: "60", orcaUrl: "https://localhost:8000" }, ["restart", "probe"]);
const longer = yaml("restart ORCA", { waitSeconds: "90", orcaUrl: "https://localhost:8000" }, ["restart", "probe"]);
const tag = { key: "orca-fleet:source-commit", value: "c0ffee0" };

describe("sync-documents' renderers", () => {
  const plan = planDocuments(
    [local("orca-restart", longer), local("orca-healthcheck", restart), local("orca-update", restart)],
    remoteMap(
      new Map([
        ["orca-restart", { versions: [restart], defaultIndex: 0 }],
        ["orca-healthcheck", { versions: [restart], defaultIndex: 0 }],
      ]),
    ),
  );

  it("renders the plan in Japanese and in English", () => {
    expect(renderPlan(plan, "ja")).toMatchSnapshot();
    const en = renderPlan(plan, "en");
    expect(en).toContain("1 to create, 1 to update, 0 to make default, 1 unchanged.");
    expect(en).toContain(
      `| \`orca-restart\` | update | \`1\` | \`${local("x", longer).hash.slice(0, 12)}\` | parameters changed: \`waitSeconds\`; +1 −1 lines |`,
    );
    expect(en).toMatch(/\| `orca-update` \| create \| not in SSM \| `[0-9a-f]{12}` \| new document, \d+ lines \|/);
  });

  it("renders the apply's outcomes, with what to do when SSM refused a revert", () => {
    const results: DocumentResult[] = [
      { name: "orca-healthcheck", outcome: "unchanged", version: "1" },
      { name: "orca-restart", outcome: "failed", version: "1", error: "DuplicateDocumentContent" },
      { name: "orca-update", outcome: "created", version: "1" },
    ];
    const en = renderApplied(results, { locale: "en", sourceCommit: "0123456789abcdef" });
    expect(en).toContain("1 created, 0 updated, 0 made default, 1 unchanged, 1 failed.");
    expect(en).toContain("| `orca-restart` | failed: `DuplicateDocumentContent` | `1` |");
    expect(en).toContain("update-document-default-version");
    expect(renderApplied(results, { locale: "ja", sourceCommit: "0123456789abcdef" })).toMatchSnapshot();
  });

  it("names the document and the field of each problem, and keeps echoed values from breaking the table", () => {
    const bad = local("aws|orca", "x: [");
    const problems = checkDocument(bad, "/AWS::EC2::Instance", tag);
    expect(problems.map((p) => problemText(p, "en"))).toEqual([
      "ssm-documents/aws|orca.yml: name: the name must match ^[a-zA-Z0-9_\\-.]{3,128}$ (3-128 letters, digits, underscores, hyphens and dots); rename the file",
      "ssm-documents/aws|orca.yml: name: the name starts with aws, a prefix AWS reserves; rename the file",
      "ssm-documents/aws|orca.yml: content: the content is not a YAML mapping; regenerate it with npm run generate",
    ]);
    const body = renderRefusal(problems, "en");
    // Three problems, three rows: a pipe in a name is escaped, not a new cell.
    expect(body.split("\n").filter((l) => l.startsWith("| `aws\\|orca`"))).toHaveLength(3);
  });

  it("stays under GitHub's 65,536 characters whatever the folder holds", () => {
    const many = Array.from({ length: 300 }, (_, i) => local(`orca-${"x".repeat(100)}-${i}`, `${restart}#${i}\n`));
    const manyPlan = planDocuments(many, new Map());
    const planBody = renderPlan(manyPlan, "ja");
    expect(planBody.length).toBeLessThan(65_536);
    expect(planBody).toContain("…ほか 200 件");
    const problems = many.flatMap((d) =>
      checkDocument({ ...d, name: `aws-${"y".repeat(500)}` }, "/AWS::EC2::Instance", tag),
    );
    expect(renderRefusal(problems, "en").length).toBeLessThan(65_536);
  });
});

describe("applyFailureText", () => {
  it("names each failed document and its error code, with a real plural, in the fleet's locale", () => {
    const one: DocumentResult[] = [
      { name: "orca-restart", outcome: "failed", version: "1", error: "DuplicateDocumentContent" },
    ];
    const two: DocumentResult[] = [...one, { name: "orca-update", outcome: "failed", version: undefined }];
    expect(applyFailureText(one, "en")).toBe(
      "1 document was not synced (orca-restart: DuplicateDocumentContent); the job summary says what to do.",
    );
    expect(applyFailureText(two, "en")).toBe(
      "2 documents were not synced (orca-restart: DuplicateDocumentContent, orca-update: Error); the job summary says what to do.",
    );
    expect(applyFailureText(two, "ja")).toContain("2 件のドキュメントを同期できませんでした");
  });
});
