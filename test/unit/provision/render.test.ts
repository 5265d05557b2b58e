import { describe, expect, it } from "vitest";
import type { ApplyResult } from "../../../actions/lib/flows/provision/apply.js";
import { planProvision } from "../../../actions/lib/flows/provision/plan.js";
import { explain } from "../../../actions/lib/flows/provision/problems.js";
import { renderApplyResult, renderIssueResult, renderPlan } from "../../../actions/lib/flows/provision/render.js";
import { clinic, fixedClock, instance } from "./fixtures.js";

const ami = { amiId: "ami-0123456789abcdef0", selector: "/orca-fleet/golden-ami:current", version: 3 };

const plan = planProvision({
  clinics: [
    clinic("aoba-naika", "active", "青葉内科 <script>@team"),
    clinic("kita-geka"),
    clinic("resting", "suspended"),
    clinic("gone", "retired"),
  ],
  instances: [instance("i-0kita", "kita-geka"), instance("i-0gone", "gone", "stopped"), instance("i-0lost", "nobody")],
  clock: fixedClock,
});

const result: ApplyResult = {
  ami,
  results: [
    {
      clinicId: "aoba-naika",
      clinicName: "青葉内科",
      outcome: "ready",
      instance: { instanceId: "i-0aoba", state: "running", privateIpAddress: "10.0.3.7", agent: "Online" },
      orca: "healthy",
    },
    {
      clinicId: "kita-geka",
      clinicName: "北外科",
      outcome: "not-ready",
      instance: { instanceId: "i-0kita", state: "running", privateIpAddress: "10.0.3.8", agent: "Online" },
      orca: "unreachable",
      problem: explain("FirstBootFailed", "unreachable; orca not active, postgresql active"),
    },
    {
      clinicId: "minato-ganka",
      clinicName: "みなと眼科",
      outcome: "failed",
      problem: explain("InsufficientInstanceCapacity", "We currently do not have sufficient t3.large capacity"),
    },
  ],
};

describe("renderPlan", () => {
  it("renders each list in Japanese by default", () => {
    const text = renderPlan(plan, "ja", ami);
    expect(text).toMatchSnapshot();
    expect(text).toContain("作成 1 件、既存 1 件、休止 1 件、インスタンスの残る廃止 1 件、孤児 1 件。");
    expect(text).toContain("`i-0lost`");
    expect(text).toContain("<details><summary>作成済み (1)</summary>");
  });

  it("renders English and echoes clinic names inert", () => {
    const text = renderPlan(plan, "en", ami);
    expect(text).toMatchSnapshot();
    expect(text).toContain("1 to create");
    expect(text).toContain("青葉内科 `<script>@team`");
    expect(text).not.toMatch(/\u200B/);
    expect(text.replace(/`[^`]*`/g, "")).not.toContain("<script>");
  });

  it("folds a long list of clinics to create", () => {
    const many = planProvision({
      clinics: Array.from({ length: 12 }, (_, i) => clinic(`clinic-${i}`)),
      instances: [],
      clock: fixedClock,
    });
    expect(renderPlan(many, "en")).toContain("<details><summary>To create (12)</summary>");
  });

  it("says merging applies the plan only where it is proposed, not beside the apply it led to", () => {
    expect(renderPlan(plan, "en", ami)).toContain("Merging applies it");
    const applied = renderPlan(plan, "ja", ami, "applied");
    expect(applied).toContain("適用の直前");
    expect(applied).not.toContain("マージすると適用されます");
  });
});

describe("renderApplyResult", () => {
  it("lists each clinic's instance, private IP and state, and how to fix each failure", () => {
    const text = renderApplyResult(result, "ja");
    expect(text).toMatchSnapshot();
    expect(text).toContain(
      "| `aoba-naika` | 青葉内科 | `i-0aoba` | `10.0.3.7` | `running` | `Online` | `healthy` | 準備完了 |",
    );
    expect(text).toContain("`InsufficientInstanceCapacity`");
    expect(text).toContain("時間をおいて apply ワークフローを再実行");
  });

  it("tells a first boot that failed, in the fleet's locale, with what to do", () => {
    const ja = renderApplyResult(result, "ja");
    expect(ja).toContain(
      "| `kita-geka` | 北外科 | `i-0kita` | `10.0.3.8` | `running` | `Online` | `unreachable` | 未完了 |",
    );
    expect(ja).toContain("準備完了 1 件、起動済み未完了 1 件、失敗 1 件。");
    expect(ja).toContain("初回起動で ORCA が立ち上がりませんでした");
    const en = renderApplyResult(result, "en");
    expect(en).toContain("| `unreachable` | not ready |");
    expect(en).toContain("its first boot did not bring ORCA up");
  });

  it("says when nothing needed creating", () => {
    expect(renderApplyResult({ results: [] }, "en")).toBe("### Provisioned\n\nNothing needed creating.\n");
  });
});

describe("renderIssueResult", () => {
  it("announces the close only when every clinic is ready", () => {
    const [ready, failed] = result.results;
    if (ready === undefined || failed === undefined) throw new Error("fixture");
    expect(renderIssueResult([ready], "en")).toMatch(
      /^The ORCA server for this request answers its healthcheck: `aoba-naika`\./,
    );
    expect(renderIssueResult([ready, failed], "en")).toMatch(/^Provisioning for this request is not complete/);
  });
});
