import { z } from "zod";
import { jmaReceiptVersion, type OrcaState } from "./state.js";

/**
 * ORCA's liveness API, POST /api/api01rv2/systeminfv2: the request carries Request_Date and Request_Time in Japan
 * time; the answer carries Api_Result, Jma_Receipt_Version, Database_Information (Local/New structure versions) and
 * Master_Update_Information. Codes and fields follow ORCA's API pages (see ../../../DOMAIN facts in the brief).
 */

export interface SysteminfRequest {
  date: string | undefined;
  time: string | undefined;
}

export interface MasterVersion {
  name: string;
  localVersion: string;
  newVersion: string;
}

export interface SysteminfAnswer {
  informationDate: string;
  informationTime: string;
  apiResult: string;
  apiResultMessage: string;
  requestDate: string;
  requestTime: string;
  jmaReceiptVersion: string;
  databaseLocalVersion: string;
  databaseNewVersion: string;
  lastUpdateDate: string;
  masters: MasterVersion[];
}

/** What the service does with one request: answer (after a delay), close the connection, or never answer. */
export type SysteminfOutcome =
  | { kind: "answer"; delayMs: number; answer: SysteminfAnswer }
  | { kind: "close" }
  | { kind: "hang" };

const messages: Record<string, string> = {
  "0000": "処理終了",
  "0001": "リクエスト日付が不正です",
  "0002": "リクエスト時間が不正です",
  "0003": "データベース管理情報が取得できません",
  "0004": "マスタ更新管理情報が取得できません",
  "0005": "リクエスト時間がサーバ時間より未来です",
  "0006": "リクエスト時間とサーバ時間に30分以上の差があります",
  "0089": "システムエラー",
  "0097": "送信内容に誤りがあります",
  "0098": "送信内容の読込ができませんでした",
};

const jstOffsetMs = 9 * 3_600_000;
const clockToleranceSeconds = 30 * 60;

function jstParts(at: Date): { date: string; time: string } {
  const iso = new Date(at.getTime() + jstOffsetMs).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** The request's Japan time as an instant, or the Api_Result that rejects it. */
function requestInstant(request: SysteminfRequest): Date | string {
  if (request.date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(request.date)) return "0001";
  if (request.time === undefined || !/^\d{2}:\d{2}:\d{2}$/.test(request.time)) return "0002";
  const at = new Date(`${request.date}T${request.time}+09:00`);
  if (Number.isNaN(at.getTime())) return "0001";
  return at;
}

const defaultMasters = ["点数マスタ", "病名マスタ", "医薬品マスタ"];

/** The masters the answer lists, in its order: a few of ORCA's, and any other a test names as behind. */
export function mastersOf(state: OrcaState): string[] {
  return [...new Set([...defaultMasters, ...state.mastersBehind])];
}

/** The answer of `state`'s ORCA to `request`, arriving at true time `now`. */
export function answerSysteminf(state: OrcaState, request: SysteminfRequest, now: Date): SysteminfOutcome {
  if (state.health === "down") return { kind: "close" };
  if (state.health === "hung") return { kind: "hang" };
  const serverNow = new Date(now.getTime() + state.clockOffsetSeconds * 1000);
  const requested = requestInstant(request);
  let apiResult: string;
  if (typeof requested === "string") {
    apiResult = requested;
  } else {
    const aheadSeconds = (requested.getTime() - serverNow.getTime()) / 1000;
    if (Math.abs(aheadSeconds) >= clockToleranceSeconds) apiResult = "0006";
    // Request_Time has whole seconds, so a request in the same second is not ahead.
    else if (aheadSeconds >= 1) apiResult = "0005";
    else if (state.health === "api-error") apiResult = state.apiErrorResult;
    else apiResult = "0000";
  }
  const program = jmaReceiptVersion(state.version, state.build);
  const server = jstParts(serverNow);
  const lastUpdateDate = "2026-11-01";
  const masterVersion = `R-${program}-${lastUpdateDate.replaceAll("-", "")}-1`;
  return {
    kind: "answer",
    delayMs: state.health === "slow" ? state.slowMs : 0,
    answer: {
      informationDate: server.date,
      informationTime: server.time,
      apiResult,
      apiResultMessage: messages[apiResult] ?? "エラー",
      requestDate: request.date ?? "",
      requestTime: request.time ?? "",
      jmaReceiptVersion: program,
      databaseLocalVersion: state.schemaBehind ? "000000-0" : program,
      databaseNewVersion: program,
      lastUpdateDate,
      masters: mastersOf(state).map((name) => ({
        name,
        // A master behind still has the previous master update's version.
        localVersion: state.mastersBehind.includes(name) ? `R-${program}-20250101-1` : masterVersion,
        newVersion: masterVersion,
      })),
    },
  };
}

/** A request without Request_Date/Request_Time fields: 0001 like ORCA. */
export function requestNow(now: Date): SysteminfRequest {
  return jstParts(now);
}

const jsonRequestSchema = z.object({
  private_objects: z.object({ Request_Date: z.string().optional(), Request_Time: z.string().optional() }).optional(),
});

function xmlText(xml: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  return m?.[1]?.trim();
}

/** Reads the request body as ORCA does: XML by default, JSON with ?format=json. Undefined when unreadable. */
export function parseSysteminfRequest(body: string, json: boolean): SysteminfRequest | undefined {
  if (json) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      return undefined;
    }
    const parsed = jsonRequestSchema.safeParse(data);
    if (!parsed.success) return undefined;
    return { date: parsed.data.private_objects?.Request_Date, time: parsed.data.private_objects?.Request_Time };
  }
  if (!/<data>[\s\S]*<\/data>/.test(body)) return undefined;
  return { date: xmlText(body, "Request_Date"), time: xmlText(body, "Request_Time") };
}

/** A payload ORCA cannot read: 0098, nothing else filled in. */
export function unreadablePayload(state: OrcaState, now: Date): SysteminfAnswer {
  const outcome = answerSysteminf({ ...state, health: "healthy" }, { date: undefined, time: undefined }, now);
  if (outcome.kind !== "answer") throw new Error("a healthy ORCA always answers");
  return { ...outcome.answer, apiResult: "0098", apiResultMessage: messages["0098"] ?? "" };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function el(name: string, value: string, indent: string): string {
  return `${indent}<${name} type="string">${escapeXml(value)}</${name}>`;
}

/** The answer as ORCA's XML (root xmlio2, typed elements). */
export function renderXml(a: SysteminfAnswer): string {
  const i2 = "    ";
  const i3 = "      ";
  const masters = a.masters.flatMap((m) => [
    `${i3}  <Master_Version_Information_child type="record">`,
    el("Name", m.name, `${i3}    `),
    el("Local_Version", m.localVersion, `${i3}    `),
    el("New_Version", m.newVersion, `${i3}    `),
    `${i3}  </Master_Version_Information_child>`,
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<xmlio2>",
    '  <private_objects type="record">',
    el("Information_Date", a.informationDate, i2),
    el("Information_Time", a.informationTime, i2),
    el("Api_Result", a.apiResult, i2),
    el("Api_Result_Message", a.apiResultMessage, i2),
    el("Request_Date", a.requestDate, i2),
    el("Request_Time", a.requestTime, i2),
    el("Jma_Receipt_Version", a.jmaReceiptVersion, i2),
    `${i2}<Database_Information type="record">`,
    el("Local_Version", a.databaseLocalVersion, i3),
    el("New_Version", a.databaseNewVersion, i3),
    `${i2}</Database_Information>`,
    `${i2}<Master_Update_Information type="record">`,
    el("Last_Update_Date", a.lastUpdateDate, i3),
    `${i3}<Master_Version_Information type="array">`,
    ...masters,
    `${i3}</Master_Version_Information>`,
    `${i2}</Master_Update_Information>`,
    "  </private_objects>",
    "</xmlio2>",
    "",
  ].join("\n");
}

/** The answer as ORCA's JSON (?format=json): the same fields under private_objects. */
export function renderJson(a: SysteminfAnswer): string {
  return JSON.stringify({
    private_objects: {
      Information_Date: a.informationDate,
      Information_Time: a.informationTime,
      Api_Result: a.apiResult,
      Api_Result_Message: a.apiResultMessage,
      Request_Date: a.requestDate,
      Request_Time: a.requestTime,
      Jma_Receipt_Version: a.jmaReceiptVersion,
      Database_Information: { Local_Version: a.databaseLocalVersion, New_Version: a.databaseNewVersion },
      Master_Update_Information: {
        Last_Update_Date: a.lastUpdateDate,
        Master_Version_Information: a.masters.map((m) => ({
          Name: m.name,
          Local_Version: m.localVersion,
          New_Version: m.newVersion,
        })),
      },
    },
  });
}
