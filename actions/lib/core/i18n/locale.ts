export const locales = ["ja", "en"] as const;
export type Locale = (typeof locales)[number];

/** fleet.yml's default, and every action's until fleet.yml is read. */
export const defaultLocale: Locale = "ja";
