import type { IncomingMessage, ServerResponse } from "node:http";
import { GithubError } from "./errors.js";
import type { RouteAnswer } from "./router.js";

/** A request's JSON body; an empty body is `undefined`, text that is not JSON GitHub's 400. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new GithubError(400, "Problems parsing JSON");
  }
}

/** Any failure as GitHub's error answer; what is not a GithubError is a bug of the local cloud, a 500. */
export function errorAnswer(error: unknown): RouteAnswer {
  const failure = error instanceof GithubError ? error : new GithubError(500, String(error));
  return { status: failure.status, body: failure.body(), headers: failure.headers };
}

/** Writes an answer with GitHub's media-type headers, the given extra headers, and the answer's own. */
export function sendAnswer(res: ServerResponse, answer: RouteAnswer, headers: Record<string, string>): void {
  res.writeHead(answer.status, {
    "content-type": "application/json; charset=utf-8",
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    ...headers,
    ...answer.headers,
  });
  res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
}
