import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LabelParameterVersionCommand, PutParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cli } from "../../../actions/cli/main.js";
import { awsSettingVariables } from "../../../actions/cli/plan.js";
import { loadRegistry } from "../../../actions/lib/core/registry/load.js";
import { testCredentials } from "../../contract/moto/clients.js";
import { type AwsServerHandle, startAwsServer } from "../../localcloud/aws/server.js";

/**
 * `orca-fleet plan rollout` from the example registry and the local cloud's instances, read through the standard AWS
 * settings only, as an operator's shell would set them.
 */
let server: AwsServerHandle;

beforeAll(async () => {
  server = await startAwsServer();
  const { clinics } = await loadRegistry("clinics");
  for (const { clinic } of clinics) {
    if (clinic.id === "sendai-aoba" || clinic.status === "retired") continue; // not launched yet: provisioning's to create
    server.ec2.launch({ tags: { "orca-fleet:clinic": clinic.id, "orca-fleet:orca-version": "5.1.0" }, running: true });
  }
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function useLocalCloud(): void {
  vi.stubEnv("AWS_ENDPOINT_URL", server.url);
  vi.stubEnv("AWS_ACCESS_KEY_ID", "test");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "test");
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

// Sunday 15 November 2026, 02:00 in Tokyo: past the receipt days, no holiday.
const at = "2026-11-15T02:00:00+09:00";

describe("orca-fleet plan provision, and bare plan", () => {
  it("prints the pull request's plan: the clinic without an instance and why no AMI is named yet", async () => {
    useLocalCloud();
    const { code, out, err } = await run(["plan", "provision", "--at", at]);
    expect(code).toBe(0);
    expect(out).toContain("### プロビジョニング計画");
    expect(out).toMatch(/作成するクリニック \(1\)[\s\S]*\| `sendai-aoba` \|/);
    expect(err).toContain("ゴールデン AMI `/orca-fleet/golden-ami:current` を解決できません: パラメータが存在しません");
  });

  it("names the AMI once bake-ami has labelled one, and answers JSON", async () => {
    useLocalCloud();
    const ssm = new SSMClient({ endpoint: server.url, region: "ap-northeast-1", credentials: testCredentials });
    await ssm.send(
      new PutParameterCommand({
        Name: "/orca-fleet/golden-ami",
        Value: "ami-0123456789abcdef0",
        Type: "String",
        DataType: "aws:ec2:image",
      }),
    );
    await ssm.send(
      new LabelParameterVersionCommand({ Name: "/orca-fleet/golden-ami", ParameterVersion: 1, Labels: ["current"] }),
    );
    ssm.destroy();
    const text = await run(["plan", "provision", "--at", at]);
    expect(text.out).toContain("/orca-fleet/golden-ami:current");
    expect(text.out).toContain("ami-0123456789abcdef0");
    const json = JSON.parse((await run(["plan", "provision", "--at", at, "--format", "json"])).out);
    expect(json.create.map((c: { clinic: { id: string } }) => c.clinic.id)).toEqual(["sendai-aoba"]);
    expect(json.ami).toMatchObject({ amiId: "ami-0123456789abcdef0", selector: "/orca-fleet/golden-ami:current" });
  });

  it("shows both plans without a subject, provisioning first", async () => {
    useLocalCloud();
    const { code, out } = await run(["plan", "--at", at]);
    expect(code).toBe(0);
    expect(out.indexOf("### プロビジョニング計画")).toBeLessThan(out.indexOf("ロールアウト計画"));
    expect(out.indexOf("ロールアウト計画")).toBeGreaterThan(0);
    const json = JSON.parse((await run(["plan", "--at", at, "--format", "json"])).out);
    expect(Object.keys(json)).toEqual(["provision", "rollout"]);
  });
});

describe("orca-fleet plan rollout", () => {
  it("prints the plan as tables in the fleet's locale, the first canary now and the later rings waiting", async () => {
    useLocalCloud();
    const { code, out } = await run(["plan", "rollout", "clinics", "--at", at]);
    expect(code).toBe(0);
    expect(out).toContain("ロールアウト計画 2026-11-15 02:00(日本時間): 更新中");
    expect(out).toContain("リング canary: 更新中, ウェーブ 1 を今すぐ(最大 1 件)");
    expect(out).toContain("| shinjuku-naika | 5.1.0 → 5.2.0 | 今すぐ更新(ウェーブ 1) | - |");
    expect(out).toContain("| hiroshima-naka | 5.1.0 → 5.2.0 | 待機: メンテナンス時間帯外 | 2026-11-17 22:30 |");
    expect(out).toContain("待機: リング canary が未完了");
  });

  it("prints the same plan as JSON for machines", async () => {
    useLocalCloud();
    const { code, out } = await run(["plan", "rollout", "clinics", "--at", at, "--format", "json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(out);
    expect(plan.plannedAt).toBe("2026-11-14T17:00:00.000Z");
    expect(plan.rings.map((r: { ring: string }) => r.ring)).toEqual(["canary", "early", "general"]);
    expect(plan.rings[0].now.clinics.map((c: { clinicId: string }) => c.clinicId)).toEqual(["shinjuku-naika"]);
  });

  it("says clearly that it has no AWS credentials or endpoint, without calling anything", async () => {
    for (const name of awsSettingVariables) {
      vi.stubEnv(name, "");
    }
    vi.stubEnv("HOME", mkdtempSync(join(tmpdir(), "orca-fleet-no-aws-")));
    server.ledger.resetCounts();
    const { code, err } = await run(["plan", "rollout", "--at", at]);
    expect(code).toBe(1);
    expect(err).toContain("AWS の認証情報もエンドポイントも設定されていません");
    expect(server.counts()).toEqual({});
  });

  it("refuses a time it cannot read, and a subject it cannot plan, as usage errors", async () => {
    expect(await run(["plan", "rollout", "--at", "next sunday"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("--at must be an ISO 8601 time"),
    });
    expect(await run(["plan", "clinics"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("what to plan: provision or rollout"),
    });
  });
});
