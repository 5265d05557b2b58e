export const locales = ["ja", "en"] as const;
export type Locale = (typeof locales)[number];

/** A message in every locale; English is the fallback wherever a translation is missing. */
export type Message = { en: string } & Partial<Record<Locale, string>>;

export function pick(message: Message, locale: Locale): string {
  return message[locale] ?? message.en;
}

/** Replaces {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
