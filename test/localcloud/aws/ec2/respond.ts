import { randomUUID } from "node:crypto";
import { type XmlFields, xmlDocument } from "../http/xml.js";

export const ec2Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

/** `<OperationResponse>` with a fresh requestId, as every EC2 answer starts. */
export function ec2Response(operation: string, fields: XmlFields): string {
  return xmlDocument(`${operation}Response`, ec2Namespace, { requestId: randomUUID(), ...fields });
}
