import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type HealthcheckResultV2,
  parseResultLine,
  type ProbeResultLine as ResultLine,
} from "../../../actions/lib/core/result-line.js";
import { answerToolkitDocument } from "../../localcloud/aws/ssm/agents/toolkit-answers.js";
import { type OrcaServerHandle, startOrcaServer } from "../../localcloud/orca/server.js";
import { defaultOrcaState, type OrcaState, restarted } from "../../localcloud/orca/state.js";
import { instanceFakes } from "./instance-fakes.js";
import { runDocument } from "./run-document.js";

/**
 * The documents' scripts run with bash against the simulated WebORCA; their printed line must pass the contract
 * schema and agree with the line the local cloud's agent prints for the same ORCA state without running them.
 */
const instanceId = "i-0123456789abcdef0";
let state: OrcaState = defaultOrcaState();
// The fake systemctl touches this file; the ORCA then answers as restarted.
const restartMark = join(mkdtempSync(join(tmpdir(), "orca-fleet-restart-")), "restarted");
let orca: OrcaServerHandle;

beforeAll(async () => {
  orca = await startOrcaServer({
    lookup: (id) => {
      if (id !== instanceId) return undefined;
      return existsSync(restartMark) ? restarted(state) : state;
    },
    now: () => new Date(),
  });
});
afterAll(() => orca.close());

/** A line without what depends on the moment it ran: its time, how long it took, the server's clock. */
function verdict(line: ResultLine): Omit<ResultLine, "elapsedMs" | "at" | "attempts" | "serverTime"> {
  const { elapsedMs: _e, at: _a, ...rest } = line;
  if (rest.document === "orca-restart") {
    const { attempts: _n, ...withoutAttempts } = rest;
    return withoutAttempts;
  }
  if (rest.v === 2) {
    const { serverTime: _t, ...withoutClock } = rest;
    return withoutClock;
  }
  return rest;
}

function lineOf(stdout: string): ResultLine {
  const parsed = parseResultLine(stdout);
  if (!parsed.ok) throw new Error(`${parsed.error}\n${stdout}`);
  if (parsed.result.document === "orca-update") throw new Error(`not a probe's line\n${stdout}`);
  return parsed.result;
}

function healthcheckLineOf(stdout: string): HealthcheckResultV2 {
  const line = lineOf(stdout);
  if (line.document !== "orca-healthcheck" || line.v !== 2) throw new Error(`not a v2 healthcheck line\n${stdout}`);
  return line;
}

async function healthcheck(patch: Partial<OrcaState>, id = instanceId) {
  state = { ...defaultOrcaState(), ...patch };
  const fakes = instanceFakes(state);
  const params = { orcaUrl: [orca.baseUrl(id)], probeTimeoutSeconds: ["1"], ...fakes.parameters };
  const run = await runDocument("orca-healthcheck", id, params, fakes.systemctl, fakes.commands);
  const simulated = answerToolkitDocument("orca-healthcheck", { instanceId: id }, state, params, new Date());
  return {
    run,
    line: healthcheckLineOf(run.stdout),
    simulated: healthcheckLineOf(simulated.stdout),
    simulatedExit: simulated.exitCode,
  };
}

describe("orca-healthcheck against the simulated WebORCA", () => {
  it.each<[string, Partial<OrcaState>, ResultLine["status"], string | null]>([
    ["a healthy ORCA", {}, "healthy", "0000"],
    ["an ORCA that answers in time", { health: "slow", slowMs: 200 }, "healthy", "0000"],
    ["an ORCA slower than the probe's timeout", { health: "slow", slowMs: 1_500 }, "timeout", null],
    ["an API error", { health: "api-error", apiErrorResult: "0003" }, "api-error", "0003"],
    ["a clock an hour ahead", { clockOffsetSeconds: 3_600 }, "clock-skew", "0006"],
    ["a clock an hour behind", { clockOffsetSeconds: -3_600 }, "clock-skew", "0006"],
    ["a clock a minute behind (request ahead)", { clockOffsetSeconds: -60 }, "clock-skew", "0005"],
    ["an unfinished update", { schemaBehind: true }, "schema-mismatch", "0000"],
    [
      "masters whose master update has not run",
      { mastersBehind: ["病名マスタ", "点数マスタ"] },
      "masters-behind",
      "0000",
    ],
    [
      "masters behind an unfinished update",
      { mastersBehind: ["病名マスタ"], schemaBehind: true },
      "schema-mismatch",
      "0000",
    ],
    ["masters behind a skewed clock", { mastersBehind: ["病名マスタ"], clockOffsetSeconds: -60 }, "clock-skew", "0005"],
    ["a stopped service", { health: "down", orcaServiceActive: false }, "unreachable", null],
    ["a hung service", { health: "hung" }, "timeout", null],
    ["a server certificate near its expiry", { certificateDaysLeft: 6 }, "healthy", "0000"],
    ["no SERVER_CRT in jma-receipt.conf", { certificateDaysLeft: null }, "healthy", "0000"],
    ["an expired server certificate", { certificateDaysLeft: -3 }, "healthy", "0000"],
    ["a nearly full data volume", { freeDiskMb: 412, diskSizeMb: 40_000 }, "healthy", "0000"],
    [
      "PostgreSQL inactive",
      { postgresqlActive: false, health: "api-error", apiErrorResult: "0003" },
      "api-error",
      "0003",
    ],
  ])("%s", async (_name, patch, status, apiResult) => {
    const { run, line, simulated, simulatedExit } = await healthcheck(patch);
    expect(line.status).toBe(status);
    expect(line.apiResult).toBe(apiResult);
    expect(line.instanceId).toBe(instanceId);
    expect(run.exitCode).toBe(status === "healthy" ? 0 : 1);
    expect(verdict(simulated)).toEqual(verdict(line));
    expect(simulatedExit).toBe(run.exitCode);
    for (const printed of [line, simulated]) {
      if (printed.httpStatus === 200)
        expect(printed.serverTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
      else expect(printed.serverTime).toBeNull();
    }
    expect(run.stdout.length).toBeLessThan(2_500);
  });

  it("reports what the instance says: services, masters, the certificate's days and the data volume", async () => {
    const { line } = await healthcheck({
      mastersBehind: ["病名マスタ"],
      certificateDaysLeft: 6,
      freeDiskMb: 412,
      postgresqlActive: false,
    });
    expect(line).toMatchObject({
      status: "masters-behind",
      ok: false,
      services: { orca: true, postgresql: false },
      masters: { behind: 1, names: ["病名マスタ"], lastUpdateDate: "2026-11-01" },
      certificateDaysLeft: 6,
      disk: { freeMb: 412, freePercent: 1 },
    });
  });

  it("tells the server's clock as ORCA answered it, in Japan time", async () => {
    const before = Date.now();
    const { line } = await healthcheck({ clockOffsetSeconds: 3_600 });
    const serverMs = Date.parse(line.serverTime ?? "");
    expect(serverMs - before).toBeGreaterThanOrEqual(3_599_000);
    expect(serverMs - Date.now()).toBeLessThanOrEqual(3_601_000);
  });

  it("lists at most 40 masters behind but counts them all, and the line stays within SSM's 2,500", async () => {
    const mastersBehind = Array.from({ length: 50 }, (_, i) => `長い名前の検査用マスタその${i + 1}`);
    const { run, line, simulated } = await healthcheck({ mastersBehind });
    expect(line.masters?.behind).toBe(50);
    expect(line.masters?.names.length).toBeLessThanOrEqual(40);
    expect(line.masters?.names[0]).toBe("長い名前の検査用マスタその1");
    expect(verdict(simulated)).toEqual(verdict(line));
    expect(run.stdout.length).toBeLessThan(2_500);
  });

  it("reads the version from Jma_Receipt_Version", async () => {
    const { line } = await healthcheck({ version: "5.2.1", build: 3 });
    expect(line).toMatchObject({ version: "5.2.1", jmaReceiptVersion: "050201-3", databaseLocalVersion: "050201-3" });
  });

  it("reports an instance without ORCA as unreachable", async () => {
    const { line } = await healthcheck({}, "i-00000000000000000");
    expect(line).toMatchObject({ status: "unreachable", httpStatus: null, ok: false });
  });
});

describe("orca-healthcheck fed WebORCA 5.2's own answer", () => {
  const answer = readFileSync(join(import.meta.dirname, "../../fixtures/orca/systeminfv2-050200-1.xml"), "utf8");
  let server: Server;
  let url = "";

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/xml; charset=UTF-8" }).end(answer);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reports the release, the database structure versions and the masters behind as ORCA prints them", async () => {
    const fakes = instanceFakes(defaultOrcaState());
    const params = { orcaUrl: [url], probeTimeoutSeconds: ["5"], ...fakes.parameters };
    const run = await runDocument("orca-healthcheck", instanceId, params, fakes.systemctl, fakes.commands);
    expect(healthcheckLineOf(run.stdout)).toMatchObject({
      status: "masters-behind",
      ok: false,
      apiResult: "0000",
      apiResultMessage: "処理終了",
      jmaReceiptVersion: "050200-1",
      version: "5.2.0",
      databaseLocalVersion: "S-050200-1-20250327-1",
      databaseNewVersion: "S-050200-1-20250327-1",
      serverTime: "2025-06-10T10:15:42+09:00",
      masters: {
        behind: 3,
        names: ["点数マスタ", "医薬品分類マスタ", "電子点数表マスタ"],
        lastUpdateDate: "2025-06-03",
      },
    });
    expect(run.exitCode).toBe(1);
  });
});

describe("orca-restart against the simulated WebORCA", () => {
  it.each<[string, Partial<OrcaState>, boolean]>([
    ["heals a hung ORCA that a restart fixes", { health: "hung", restartHeals: true }, true],
    ["reports an ORCA that stays down", { health: "down", restartHeals: false }, false],
  ])("%s", async (_name, patch, ok) => {
    state = { ...defaultOrcaState(), ...patch };
    rmSync(restartMark, { force: true });
    const params = { orcaUrl: [orca.baseUrl(instanceId)], probeTimeoutSeconds: ["1"], waitSeconds: ["1"] };
    const run = await runDocument("orca-restart", instanceId, params, `touch '${restartMark}'`);
    const line = lineOf(run.stdout);
    const simulated = answerToolkitDocument("orca-restart", { instanceId }, state, params, new Date());
    expect(run.systemctlCalls).toBe("restart jma-receipt-weborca\n");
    expect(line.ok).toBe(ok);
    expect(run.exitCode).toBe(ok ? 0 : 1);
    expect(verdict(lineOf(simulated.stdout))).toEqual(verdict(line));
  });
});

describe("orca-healthcheck over HTTPS with a client certificate", () => {
  const dir = mkdtempSync(join(tmpdir(), "orca-fleet-tls-"));
  const trusted = join(dir, "trusted");
  const stranger = join(dir, "stranger");
  let tlsOrca: OrcaServerHandle;

  beforeAll(async () => {
    // A CA, WebORCA's server certificate for localhost, a client certificate it signed, and one from another CA.
    const ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
    execFileSync(
      "/bin/bash",
      [
        "-c",
        `set -e; cd '${dir}'; mkdir -p trusted stranger
      openssl req -x509 ${ec} -keyout ca.key -out trusted/ca.crt -subj /CN=orca-fleet-test-ca -days 1
      openssl req ${ec} -keyout server.key -out server.csr -subj /CN=localhost
      printf 'subjectAltName=DNS:localhost,IP:127.0.0.1' > san.ext
      openssl x509 -req -in server.csr -CA trusted/ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 1 -extfile san.ext
      openssl req ${ec} -keyout trusted/client.key -out client.csr -subj /CN=orca-fleet-healthcheck
      openssl x509 -req -in client.csr -CA trusted/ca.crt -CAkey ca.key -CAcreateserial -out trusted/client.crt -days 1
      openssl req -x509 ${ec} -keyout stranger/client.key -out stranger/client.crt -subj /CN=someone-else -days 1
      cp trusted/ca.crt stranger/ca.crt`,
      ],
      { stdio: "ignore" },
    );
    const read = (file: string) => readFileSync(join(dir, file), "utf8");
    tlsOrca = await startOrcaServer({
      lookup: (id) => (id === instanceId ? state : undefined),
      now: () => new Date(),
      tls: { key: read("server.key"), cert: read("server.crt"), ca: read("trusted/ca.crt") },
    });
  });
  afterAll(() => tlsOrca.close());

  it.each([
    ["answers a client whose certificate the ORCA's CA signed", trusted, "healthy"],
    ["refuses a client certificate from another CA", stranger, "unreachable"],
  ])("%s", async (_name, tlsDir, status) => {
    state = defaultOrcaState();
    const params = { orcaUrl: [tlsOrca.baseUrl(instanceId)], tlsDir: [tlsDir], probeTimeoutSeconds: ["5"] };
    const run = await runDocument("orca-healthcheck", instanceId, params);
    expect(tlsOrca.url.startsWith("https://localhost:")).toBe(true);
    expect(lineOf(run.stdout).status).toBe(status);
  });
});
