/**
 * Writes EC2's XML: element names as given, lists as `<item>` elements (EC2's convention), dates in ISO 8601,
 * absent values left out.
 */
export type XmlValue = string | number | boolean | Date | undefined | readonly XmlValue[] | XmlFields;
export interface XmlFields {
  readonly [name: string]: XmlValue;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

export function xmlDocument(root: string, namespace: string, fields: XmlFields): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${xmlFields(fields)}</${root}>`;
}

export function xmlFields(fields: XmlFields): string {
  let out = "";
  for (const [name, value] of Object.entries(fields)) out += element(name, value);
  return out;
}

function element(name: string, value: XmlValue): string {
  if (value === undefined) return "";
  return `<${name}>${content(value)}</${name}>`;
}

function content(value: Exclude<XmlValue, undefined>): string {
  if (typeof value === "string") return escapeXml(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (isList(value)) {
    let out = "";
    for (const item of value) out += element("item", item);
    return out;
  }
  return xmlFields(value);
}

function isList(value: readonly XmlValue[] | XmlFields): value is readonly XmlValue[] {
  return Array.isArray(value);
}
