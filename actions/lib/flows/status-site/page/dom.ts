/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

import type { Locale } from "../../../core/i18n/locale.js";
import { formatText, type MessageValue } from "../../../core/i18n/message.js";
import { type PageMessage, pageMessages } from "../page-messages.js";

/**
 * The page's DOM helpers. Text from the registry or the history only ever goes in as text nodes, never as markup,
 * and no element gets a style attribute (the Content-Security-Policy forbids inline styles): classes only.
 */

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export type Say = (key: PageMessage, values?: Readonly<Record<string, MessageValue>>) => string;

export function sayer(locale: Locale): Say {
  return (key, values) => formatText(pageMessages[key], locale, values);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the page has no #${id}`);
  return found as T;
}

/** A day and time in Asia/Tokyo, YYYY-MM-DD HH:MM, whatever the viewer's own zone. */
export function tokyoTime(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}
