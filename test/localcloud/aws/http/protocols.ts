import { randomUUID } from "node:crypto";
import { escapeXml } from "./xml.js";

/** The two wire protocols the endpoint speaks, and how each one writes answers and errors. */
export type Protocol = "ec2" | "ssm";

export interface WireAnswer {
  status: number;
  contentType: string;
  body: string;
  requestId: string;
}

export function ec2Success(body: string): WireAnswer {
  const requestId = /<requestId>([^<]*)<\/requestId>/.exec(body)?.[1] ?? randomUUID();
  return { status: 200, contentType: "text/xml;charset=UTF-8", body, requestId };
}

/** EC2's error document: `<Response><Errors><Error>` with Code and Message, and a RequestID. */
export function ec2Error(code: string, message: string, status: number): WireAnswer {
  const requestId = randomUUID();
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${escapeXml(code)}</Code>` +
    `<Message>${escapeXml(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
  return { status, contentType: "text/xml;charset=UTF-8", body, requestId };
}

const jsonContentType = "application/x-amz-json-1.1";

export function ssmSuccess(output: unknown): WireAnswer {
  return { status: 200, contentType: jsonContentType, body: JSON.stringify(output ?? {}), requestId: randomUUID() };
}

/** JSON 1.1 errors: `__type` names the error, as the SDK reads it. */
export function ssmError(code: string, message: string, status: number): WireAnswer {
  return {
    status,
    contentType: jsonContentType,
    body: JSON.stringify({ __type: code, message }),
    requestId: randomUUID(),
  };
}

export function wireError(protocol: Protocol, code: string, message: string, status: number): WireAnswer {
  return protocol === "ec2" ? ec2Error(code, message, status) : ssmError(code, message, status);
}
