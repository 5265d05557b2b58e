import { describe, expect, it } from "vitest";
import {
  formatResultLine,
  type HealthcheckResult,
  parseResultLine,
  releaseOfJmaReceiptVersion,
  resultMarker,
} from "../../../actions/lib/core/result-line.js";

const healthy: HealthcheckResult = {
  v: 1,
  document: "orca-healthcheck",
  instanceId: "i-0123456789abcdef0",
  ok: true,
  status: "healthy",
  httpStatus: 200,
  apiResult: "0000",
  apiResultMessage: "処理終了",
  jmaReceiptVersion: "050200-1",
  version: "5.2.0",
  databaseLocalVersion: "050200-1",
  databaseNewVersion: "050200-1",
  elapsedMs: 12,
  at: "2026-11-25T03:00:00Z",
};

describe("the result-line contract", () => {
  it("round-trips a line and finds the last one after log lines", () => {
    const line = formatResultLine(healthy);
    expect(line.startsWith(`${resultMarker} {`)).toBe(true);
    const older = formatResultLine({ ...healthy, ok: false, status: "timeout", httpStatus: null, apiResult: null });
    expect(parseResultLine(`log\n${older}\nmore log\n${line}\n`)).toEqual({ ok: true, result: healthy });
  });

  it("refuses output without a line, a line that is not JSON, and a line that breaks the schema", () => {
    expect(parseResultLine("nothing here\n")).toEqual({ ok: false, error: `no ${resultMarker} line in the output` });
    expect(parseResultLine(`${resultMarker} {oops`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("not JSON"),
    });
    const unknownField = `${resultMarker} ${JSON.stringify({ ...healthy, extra: 1 })}`;
    expect(parseResultLine(unknownField)).toMatchObject({ ok: false, error: expect.stringContaining("contract v1") });
    const badVersion = `${resultMarker} ${JSON.stringify({ ...healthy, v: 2 })}`;
    expect(parseResultLine(badVersion).ok).toBe(false);
  });

  it("ties ok to the probe's status and, for a restart, to systemctl's exit", () => {
    expect(() => formatResultLine({ ...healthy, status: "api-error" })).toThrow(/ok must be true exactly when/);
    const restart = { ...healthy, document: "orca-restart" as const, restartExitCode: 1, attempts: 1 };
    expect(() => formatResultLine(restart)).toThrow(/ok must be true exactly when/);
    expect(formatResultLine({ ...restart, ok: false })).toContain('"restartExitCode":1');
  });

  it("reads ORCA's release spelling", () => {
    expect(releaseOfJmaReceiptVersion("050200-1")).toBe("5.2.0");
    expect(releaseOfJmaReceiptVersion("040700-1")).toBe("4.7.0");
    expect(releaseOfJmaReceiptVersion("unknown")).toBeNull();
  });
});
