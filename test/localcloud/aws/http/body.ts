import type { IncomingMessage } from "node:http";
import { AwsError } from "../types.js";

/** AWS refuses request bodies over a few MB; 10 MB is comfortably above anything the toolkit sends. */
const maxBodyBytes = 10 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > maxBodyBytes) throw new AwsError("RequestEntityTooLarge", "The request body is too large.", 413);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
