import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { DescribeDocumentCommand } from "@aws-sdk/client-ssm";
import { afterEach, describe, expect, it } from "vitest";
import { motoSsmClient } from "./moto/clients.js";

/**
 * The moto clients' retry (test/contract/moto/clients.ts) against a stand-in server: a connection dropped without an
 * answer is tried again, up to three attempts; an answer, even an error, is never retried.
 */
let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server that answers the n-th request (from 1) with `answer(n)`, or resets its connection for "reset". */
async function standIn(answer: (n: number) => "reset" | { status: number; body: object }): Promise<{
  url: string;
  requests: () => number;
}> {
  let count = 0;
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    count += 1;
    const what = answer(count);
    request.resume();
    if (what === "reset") {
      request.socket.resetAndDestroy();
      return;
    }
    response.writeHead(what.status, { "content-type": "application/x-amz-json-1.1" });
    response.end(JSON.stringify(what.body));
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the stand-in has no port");
  return { url: `http://127.0.0.1:${address.port}`, requests: () => count };
}

const document = { Document: { Name: "orca-restart", DocumentVersion: "1" } };
const describeDocument = new DescribeDocumentCommand({ Name: "orca-restart" });

describe("the moto clients' retry", () => {
  it("sends again a call whose connection was reset before any answer", async () => {
    const stand = await standIn((n) => (n === 1 ? "reset" : { status: 200, body: document }));
    const answer = await motoSsmClient(stand.url).send(describeDocument);
    expect(answer.Document?.Name).toBe("orca-restart");
    expect(answer.$metadata.attempts).toBe(2);
    expect(stand.requests()).toBe(2);
  });

  it("gives up after three dropped connections, with the socket's error", async () => {
    const stand = await standIn(() => "reset");
    await expect(motoSsmClient(stand.url).send(describeDocument)).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(stand.requests()).toBe(3);
  });

  it("never retries an answer: a 500 and a throttle surface on the first attempt", async () => {
    for (const [status, type] of [
      [500, "InternalServerError"],
      [400, "ThrottlingException"],
    ] as const) {
      const stand = await standIn(() => ({ status, body: { __type: type, message: "no" } }));
      await expect(motoSsmClient(stand.url).send(describeDocument)).rejects.toMatchObject({ name: type });
      expect(stand.requests()).toBe(1);
      await new Promise((resolve) => server?.close(resolve));
    }
  });
});
