import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One message Slack's incoming webhook received. */
export interface SlackMessage {
  /** The webhook's path, e.g. /services/T000/B000/XXXX. */
  path: string;
  text: string;
  body: unknown;
}

export interface SlackServerHandle {
  /** A webhook URL on this receiver, as Slack hands one out. */
  url: string;
  /** Every message taken (answered 200 "ok"), in order. */
  messages: SlackMessage[];
  /** Answer the next `count` posts with `status` (500 unless given) and take nothing. */
  failNext(options?: { status?: number; count?: number }): void;
  /** Posts refused so far by failNext. */
  refused: number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A receiver for Slack's incoming webhooks on loopback: it takes JSON posts as Slack does (200, body "ok"), keeps
 * them so tests see every message, and can be told to fail.
 */
export async function startSlackServer(options: { port?: number } = {}): Promise<SlackServerHandle> {
  const planned: number[] = [];
  const handle: Omit<SlackServerHandle, "url" | "close"> = {
    messages: [],
    refused: 0,
    failNext({ status = 500, count = 1 } = {}) {
      for (let i = 0; i < count; i++) planned.push(status);
    },
    reset() {
      handle.messages.length = 0;
      handle.refused = 0;
      planned.length = 0;
    },
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const failure = planned.shift();
      if (request.method !== "POST") {
        response.writeHead(405).end("invalid_method");
        return;
      }
      if (failure !== undefined) {
        handle.refused += 1;
        response.writeHead(failure, { "content-type": "text/plain" }).end("internal_error");
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        response.writeHead(400).end("invalid_payload");
        return;
      }
      const text = typeof body === "object" && body !== null && "text" in body ? String(body.text) : "";
      if (text === "") {
        response.writeHead(400).end("no_text");
        return;
      }
      handle.messages.push({ path: request.url ?? "/", text, body });
      response.writeHead(200, { "content-type": "text/html" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(handle, {
    url: `http://127.0.0.1:${port}/services/T0LOCAL/B0LOCAL/localcloudwebhooksecret`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
