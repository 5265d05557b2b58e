import { describe, expect, it } from "vitest";
import { formatResultLine, parseResultLine, resultMarker } from "../../../actions/lib/core/result-line.js";
import type { UpdateResult } from "../../../actions/lib/core/update-result.js";
import { renderUpdateResult } from "../../../actions/lib/core/update-result-render.js";

const rolledBack: UpdateResult = {
  v: 2,
  document: "orca-update",
  instanceId: "i-0123456789abcdef0",
  ok: false,
  status: "rolled-back",
  target: "5.2.1",
  releaseBefore: "5.2.0",
  releaseAfter: "5.2.0",
  step: "postcheck",
  reason: "the database structure did not update (Local_Version differs from New_Version)",
  rollbackReason: null,
  resumedFrom: null,
  backup: {
    key: "clinics/1310000001/20261130T010203Z-orca-5.2.0.dump",
    bytes: 5_452_595,
    sha256: "8b0cba029a5898254a4f1b3dbb8bdae5a90d037ab498f84f704b404fa5b8211e",
  },
  failedDatabase: "orca_failed_20261130010500",
  durationsMs: { lock: 40, preflight: 1_200, backup: 2_500, update: 30_000, postcheck: 900, rollback: 12_000 },
  mastersBehind: [],
  log: "/var/log/orca-fleet/orca-update-20261130T010200Z-4242.log",
  at: "2026-11-30T01:06:00Z",
};

const updated: UpdateResult = {
  ...rolledBack,
  ok: true,
  status: "updated",
  releaseAfter: "5.2.1",
  reason: null,
  failedDatabase: null,
  durationsMs: { lock: 40, preflight: 1_200, backup: 2_500, update: 30_000, postcheck: 900 },
  mastersBehind: ["点数マスタ", "病名マスタ"],
};

describe("contract v2: orca-update's line", () => {
  it("round-trips beside v1 lines, and the last line wins", () => {
    const line = formatResultLine(updated);
    expect(line.startsWith(`${resultMarker} {"v":2,`)).toBe(true);
    expect(parseResultLine(`story\n${formatResultLine(rolledBack)}\n${line}\n`)).toEqual({ ok: true, result: updated });
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["ok that disagrees with the status", { ...updated, ok: false }, /ok: ok must be true exactly when/],
    ["a reason on a success", { ...updated, reason: "x" }, /reason: reason must be set exactly when/],
    ["no reason on a failure", { ...rolledBack, reason: null }, /reason: reason must be set/],
    ["a roll-back reason without a failed roll-back", { ...rolledBack, rollbackReason: "x" }, /rollbackReason/],
    ["an updated server on another release", { ...updated, releaseAfter: "5.2.0" }, /releaseAfter: an updated server/],
    ["an unknown status", { ...updated, status: "done" }, /status/],
    ["an unknown step in the durations", { ...updated, durationsMs: { install: 1 } }, /durationsMs/],
    ["a bad checksum", { ...updated, backup: { ...updated.backup, sha256: "abc" } }, /backup\.sha256: a SHA-256/],
    ["a dropped-looking database name", { ...rolledBack, failedDatabase: "orca; drop" }, /failedDatabase/],
    ["v1 on an update line", { ...updated, v: 1 }, /contract v1/],
  ])("refuses %s, naming the field", (_name, line, error) => {
    const parsed = parseResultLine(`${resultMarker} ${JSON.stringify(line)}`);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.error).toMatch(error);
  });

  it("names contract v2 when an update line breaks it", () => {
    const parsed = parseResultLine(`${resultMarker} ${JSON.stringify({ ...updated, extra: 1 })}`);
    expect(parsed.ok ? "" : parsed.error).toContain("contract v2");
  });
});

describe("an update result told to a person", () => {
  it("says in Japanese what happened, why, where the backup is and what to do", () => {
    expect(renderUpdateResult(rolledBack, "ja")).toBe(
      [
        "**i-0123456789abcdef0: ロールバックしました（目標 5.2.1）**",
        "- リリース: 5.2.0 → 5.2.0",
        "- 事後確認の段階で停止: the database structure did not update \\(Local\\_Version differs from New\\_Version\\)",
        "- バックアップ: `clinics/1310000001/20261130T010203Z-orca-5.2.0.dump`（5.2 MiB、sha256 `8b0cba029a58`）",
        "- 更新に失敗したデータベースは `orca_failed_20261130010500` として残しています（削除しません）。",
        "- 所要時間: ロック 0.0 秒, 事前確認 1.2 秒, バックアップ 2.5 秒, 更新 30.0 秒, 事後確認 0.9 秒, ロールバック 12.0 秒",
        "- 以前のリリースが更新前のデータで動いています。再実行の前に原因を調べてください: docs/runbooks/orca-update.md",
        "- サーバー上の完全なログ: `/var/log/orca-fleet/orca-update-20261130T010200Z-4242.log`",
      ].join("\n"),
    );
  });

  it("says in English that masters behind are left for a person", () => {
    const text = renderUpdateResult(updated, "en");
    expect(text.split("\n")[0]).toBe("**i-0123456789abcdef0: updated (target 5.2.1)**");
    expect(text).toContain("- Release: 5.2.0 → 5.2.1");
    expect(text).toContain(
      "- Masters not updated (2): 点数マスタ, 病名マスタ. Master updates are not automated: run them from ORCA's screens.",
    );
    expect(text).not.toContain("Full log");
  });

  it("tells a failed roll-back apart, with both reasons and the runbook", () => {
    const failed: UpdateResult = {
      ...rolledBack,
      status: "rollback-failed",
      step: "update",
      reason: "installing release 5.2.1 failed (exit 100)",
      rollbackReason: "reinstalling release 5.2.0 failed (exit 100)",
      releaseAfter: null,
      failedDatabase: null,
      resumedFrom: "update",
    };
    const text = renderUpdateResult(failed, "en");
    expect(text).toContain("ROLL-BACK FAILED");
    expect(text).toContain("- Release: 5.2.0 → unknown");
    expect(text).toContain("- Continued from an interrupted run that had reached step update.");
    expect(text).toContain("- The roll-back failed: reinstalling release 5.2.0 failed \\(exit 100\\)");
    expect(text).toContain("The server needs a person now");
  });

  it("echoes what the server reported inert, and names it in code spans it cannot break out of", () => {
    const text = renderUpdateResult({ ...rolledBack, reason: "@team <b>see</b> #1" }, "en");
    expect(text).toContain("`@team` &lt;b&gt;see&lt;/b&gt; `#1`");
    expect(text.replace(/`[^`]*`/g, "")).not.toMatch(/@team|<b>|#1/);
    const key = "clinics/x/`@team`\n# heading";
    const backup = {
      key,
      bytes: 5_452_595,
      sha256: "8b0cba029a5898254a4f1b3dbb8bdae5a90d037ab498f84f704b404fa5b8211e",
    };
    const line = renderUpdateResult({ ...rolledBack, backup }, "en");
    expect(line).toContain("- Backup: `clinics/x/@team# heading` (5.2 MiB, sha256 `8b0cba029a58`)");
  });
});
