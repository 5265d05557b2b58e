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
  writer.parts.push(`<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${namespace}">`);
  writer.fields(fields);
  writer.parts.push(`</${root}>`);
  return writer.parts.join("");
}

export function xmlFields(fields: XmlFields): string {
  const writer = new XmlWriter();
  writer.fields(fields);
  return writer.parts.join("");
}

/** Collects the pieces and joins them once into a flat string: a page of 1,000 instances is megabytes. */
class XmlWriter {
  readonly parts: string[] = [];

  fields(fields: XmlFields): void {
    for (const name in fields) this.element(name, fields[name]);
  }

  element(name: string, value: XmlValue): void {
    if (value === undefined) return;
    this.parts.push(`<${name}>`);
    if (typeof value === "string") this.parts.push(escapeXml(value));
    else if (typeof value === "number" || typeof value === "boolean") this.parts.push(String(value));
    else if (value instanceof Date) this.parts.push(value.toISOString());
    else if (value instanceof RawXml) this.parts.push(value.xml);
    else if (isList(value)) for (const item of value) this.element("item", item);
    else this.fields(value);
    this.parts.push(`</${name}>`);
  }
}

function isList(value: readonly XmlValue[] | XmlFields): value is readonly XmlValue[] {
  return Array.isArray(value);
}
