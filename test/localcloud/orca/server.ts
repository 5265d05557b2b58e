import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import type { OrcaState } from "./state.js";
import { answerSysteminf, parseSysteminfRequest, renderJson, renderXml, unreadablePayload } from "./systeminf.js";

/**
 * The simulated WebORCA of every instance, on one loopback server: `POST /<instanceId>/api/api01rv2/systeminfv2`,
 * so an instance's base URL is `<url>/<instanceId>`. Plain HTTP by default; with `tls`, HTTPS that demands a client
 * certificate signed by `ca`, as WebORCA's SSL client verification does on port 8000.
 */
export interface OrcaServerOptions {
  /** The state of an instance's ORCA, or undefined when the instance has none (the connection closes). */
  lookup(instanceId: string): OrcaState | undefined;
  /** True time; the ORCA's clock is this plus its clockOffsetSeconds. */
  now(): Date;
  /** PEM key, certificate and the CA that client certificates must chain to. */
  tls?: { key: string; cert: string; ca: string };
  /** The API operator every request must sign in as (HTTP Basic, as WebORCA's API asks); anyone when unset. */
  operator?: { login: string; password: string };
}

export interface OrcaServerHandle {
  url: string;
  baseUrl(instanceId: string): string;
  close(): Promise<void>;
}

const pathPattern = /^\/([A-Za-z0-9-]+)\/api\/api01rv2\/systeminfv2$/;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startOrcaServer(options: OrcaServerOptions): Promise<OrcaServerHandle> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://orca.invalid");
    const match = pathPattern.exec(url.pathname);
    const instanceId = match?.[1];
    if (instanceId === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    const operator = options.operator;
    if (operator !== undefined) {
      const expected = `Basic ${Buffer.from(`${operator.login}:${operator.password}`).toString("base64")}`;
      if (req.headers.authorization !== expected) {
        res.writeHead(401, { "www-authenticate": 'Basic realm="WebORCA"' }).end();
        return;
      }
    }
    const body = await readBody(req);
    const state = options.lookup(instanceId);
    if (state === undefined) {
      req.socket.destroy();
      return;
    }
    const json = url.searchParams.get("format") === "json";
    const request = parseSysteminfRequest(body, json);
    const outcome =
      request === undefined
        ? { kind: "answer" as const, delayMs: 0, answer: unreadablePayload(state, options.now()) }
        : answerSysteminf(state, request, options.now());
    if (outcome.kind === "close") {
      req.socket.destroy();
      return;
    }
    // A hung ORCA keeps the connection open and silent until the client gives up or the server closes.
    if (outcome.kind === "hang") return;
    const send = () => {
      const text = json ? renderJson(outcome.answer) : renderXml(outcome.answer);
      res
        .writeHead(200, { "content-type": json ? "application/json; charset=UTF-8" : "application/xml; charset=UTF-8" })
        .end(text);
    };
    if (outcome.delayMs === 0) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, outcome.delayMs);
    timers.add(timer);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res).catch(() => req.socket.destroy());
  };
  const tls = options.tls;
  const server = tls
    ? createTlsServer({ ...tls, requestCert: true, rejectUnauthorized: true, minVersion: "TLSv1.2" }, handler)
    : createServer(handler);
  // Raw TCP sockets, for HTTPS too, so that close() also ends connections still in their handshake.
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Tests and the local cloud close it; it must not keep a process alive on its own.
  server.unref();
  const address = server.address() as AddressInfo;
  const url = `${tls ? "https://localhost" : "http://127.0.0.1"}:${address.port}`;
  return {
    url,
    baseUrl: (instanceId) => `${url}/${instanceId}`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
