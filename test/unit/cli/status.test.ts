import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cli } from "../../../actions/cli/main.js";
import { readInstances } from "../../../actions/cli/plan.js";
import { type StatusPorts, statusCommand } from "../../../actions/cli/status.js";
import { stateText } from "../../../actions/lib/core/history/files.js";
import { emptyFleetState, type FleetState } from "../../../actions/lib/core/history/records.js";
import { loadRegistry } from "../../../actions/lib/core/registry/load.js";
import { type AwsServerHandle, startAwsServer } from "../../localcloud/aws/server.js";

/**
 * `orca-fleet status` over the local cloud's instances (read through the standard AWS settings, as the CLI does) and a history folder
 * laid out as the fleet-status branch is: what each source says, and "no data yet" where a source holds nothing.
 */
let server: AwsServerHandle;
const at = new Date("2026-11-15T01:00:00Z");

beforeAll(async () => {
  server = await startAwsServer();
  // The standard settings alone, as an operator's shell would set them for the local cloud.
  vi.stubEnv("AWS_ENDPOINT_URL", server.url);
  vi.stubEnv("AWS_ACCESS_KEY_ID", "test");
  vi.stubEnv("AWS_SECRET_ACCESS_KEY", "test");
  const { clinics } = await loadRegistry("clinics");
  for (const { clinic } of clinics) {
    if (clinic.id === "sakai-iin" || clinic.id === "sendai-aoba") continue; // retired, and one not launched yet
    const tags: Record<string, string> = { "orca-fleet:clinic": clinic.id, "orca-fleet:orca-version": "5.1.0" };
    if (clinic.id === "kobe-motomachi")
      Object.assign(tags, {
        "orca-fleet:rollout-target": "5.2.0",
        "orca-fleet:rollout-outcome": "rolled-back",
        "orca-fleet:rollout-wave": "0",
        "orca-fleet:rollout-at": "2026-11-14T17:30:00.000Z",
      });
    server.ec2.launch({ tags, running: true });
  }
  server.ec2.launch({ tags: { "orca-fleet:clinic": "old-clinic" }, running: true });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
});

function ports(githubState?: FleetState): StatusPorts {
  return {
    instances: (region) => readInstances(region),
    githubHistory: () => (githubState === undefined ? undefined : Promise.resolve(githubState)),
    now: () => at,
  };
}

async function run(args: string[], p: StatusPorts = ports()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await statusCommand(p).run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const recorded: FleetState = {
  ...emptyFleetState,
  clinics: {
    "shinjuku-naika": { health: { class: "healthy", since: "2026-11-14T00:00:00.000Z" } },
    "nagoya-sakae": { health: { class: "down", since: "2026-11-15T00:40:00.000Z" }, incidents: [42] },
  },
};

async function historyFolder(state: FleetState | undefined): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "orca-fleet-history-"));
  if (state !== undefined) await writeFile(join(dir, "state.json"), stateText(state));
  return dir;
}

describe("orca-fleet status", () => {
  it("lists a small fleet whole, in the fleet's locale, each source said, and counts what needs a look", async () => {
    const { code, out } = await run(["--history", await historyFolder(recorded)]);
    expect(code).toBe(0);
    expect(out).toContain("フリートの状態 2026-11-15 10:00(日本時間)");
    expect(out).toContain("医療機関 15 件、うちインスタンスあり 13 件: running 13");
    expect(out).toContain("正常性(スイープの最終記録): 停止 1, 正常 1、まだデータなし: 13");
    expect(out).toContain(
      "未解決インシデント: 1 件の医療機関、失敗したロールアウト: 1 件、医療機関ファイルのないインスタンス: 1 件",
    );
    expect(out).toMatch(
      /\| nagoya-sakae \| 稼働 \| i-[0-9a-f]+ \| running \| 5\.1\.0\(起動時\)、目標 5\.2\.0 \| 2026-11-15 09:40 から 停止 \| #42 \|/,
    );
    expect(out).toMatch(
      /\| kobe-motomachi \| 稼働 \| i-[0-9a-f]+ \| running \| 5\.2\.0: ロールバック済み 2026-11-15 02:30、目標 5\.2\.0 \|/,
    );
    expect(out).toContain("| sendai-aoba | 稼働 | インスタンスなし | - | - | まだデータなし | なし |");
    expect(out).toMatch(/\| old-clinic \| ファイルなし \| i-[0-9a-f]+ \| running \| - \| まだデータなし \| なし \|/);
  });

  it("says the history was not read rather than that a clinic has no health, and reads it through GitHub when asked", async () => {
    const notRead = await run(["shinjuku-naika"]);
    expect(notRead.out).toContain("履歴: 読んでいないため");
    expect(notRead.out).toMatch(/\| shinjuku-naika \| 稼働 \| i-[0-9a-f]+ \| running \| [^|]+ \| 未取得 \| 未取得 \|/);
    const viaApi = await run(["shinjuku-naika", "--repo", "example/fleet"], ports(recorded));
    expect(viaApi.out).toContain("履歴: example/fleet@fleet-status");
    expect(viaApi.out).toContain("2026-11-14 09:00 から 正常");
  });

  it("answers JSON for machines, one clinic or the whole fleet, and exit 1 for a clinic no source knows", async () => {
    const one = JSON.parse(
      (await run(["nagoya-sakae", "--format", "json", "--history", await historyFolder(recorded)])).out,
    );
    expect(one.clinics).toEqual([
      expect.objectContaining({
        clinicId: "nagoya-sakae",
        state: "running",
        health: recorded.clinics["nagoya-sakae"]?.health,
        incidents: [42],
      }),
    ]);
    const empty = JSON.parse((await run(["--format", "json", "--history", await historyFolder(undefined)])).out);
    expect(empty.counts).toMatchObject({ clinics: 15, withInstance: 13, noHealth: 15, byRelease: { "5.1.0": 11 } });
    const unknown = await run(["no-such-clinic"]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain("no-such-clinic はレジストリにもインスタンスのタグにもありません。");
  });

  it("says a history it cannot parse, and refuses a command line it cannot act on", async () => {
    const dir = await mkdtemp(join(tmpdir(), "orca-fleet-history-"));
    await writeFile(join(dir, "state.json"), "{not json");
    expect((await run(["--history", dir])).out).toContain("履歴: 読めません(history file");
    expect(await cli(["status", "a", "b"], { out: () => {}, err: () => {} })).toBe(2);
    expect(await cli(["status", "--repo", "nope"], { out: () => {}, err: () => {} })).toBe(2);
  });
});
