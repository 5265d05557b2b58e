/**
 * Writes EC2's XML: element names as given, lists as `<item>` elements (EC2's convention), dates in ISO 8601,
 * absent values left out.
 */
export type XmlValue = string | number | boolean | Date | undefined | RawXml | readonly XmlValue[] | XmlFields;
export interface XmlFields {
  readonly [name: string]: XmlValue;
}

/** Elements already written (a cached fragment), copied as they are. */
export class RawXml {
  constructor(readonly xml: string) {}
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

const special = /[&<>"']/;

export function escapeXml(text: string): string {
  return special.test(text) ? text.replace(/[&<>"']/g, (char) => escapes[char] ?? char) : text;
}

export function xmlDocument(root: string, namespace: string, fields: XmlFields): string {
  const writer = new XmlWriter();
  writer.fields(fields);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">${writer.text}</${root}>`;
}

export function xmlFields(fields: XmlFields): string {
  const writer = new XmlWriter();
  writer.fields(fields);
  return writer.text;
}

/** Appends to one string: a page of 1,000 instances is megabytes, and nested concatenation made garbage. */
class XmlWriter {
  text = "";

  fields(fields: XmlFields): void {
    for (const name in fields) this.element(name, fields[name]);
  }

  element(name: string, value: XmlValue): void {
    if (value === undefined) return;
    this.text += `<${name}>`;
    if (typeof value === "string") this.text += escapeXml(value);
    else if (typeof value === "number" || typeof value === "boolean") this.text += String(value);
    else if (value instanceof Date) this.text += value.toISOString();
    else if (value instanceof RawXml) this.text += value.xml;
    else if (isList(value)) for (const item of value) this.element("item", item);
    else this.fields(value);
    this.text += `</${name}>`;
  }
}

function isList(value: readonly XmlValue[] | XmlFields): value is readonly XmlValue[] {
  return Array.isArray(value);
}
