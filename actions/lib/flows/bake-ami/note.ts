import { format, type Locale, pick } from "../../core/i18n/locale.js";
import { amiMessages } from "./messages.js";

export type AmiMessageKey = keyof typeof amiMessages;

/**
 * Something bake-ami tells a person, as data: which message and its values, rendered in the fleet's locale only
 * when shown. A value may itself be a note (a reason inside a refusal).
 */
export interface Note {
  key: AmiMessageKey;
  values?: Readonly<Record<string, string | number | Note>>;
}

export function note(key: AmiMessageKey, values?: Readonly<Record<string, string | number | Note>>): Note {
  return values === undefined ? { key } : { key, values };
}

/** The note's text; `quote` applies to the string values (Packer's output, labels), never to the message. */
export function say(shown: Note, locale: Locale, quote: (text: string) => string = (text) => text): string {
  const values = Object.fromEntries(
    Object.entries(shown.values ?? {}).map(([name, value]) => [
      name,
      typeof value === "object" ? say(value, locale, quote) : typeof value === "string" ? quote(value) : value,
    ]),
  );
  return format(pick(amiMessages[shown.key], locale), values);
}

/** A failure thrown mid-way (not a planned refusal) that is still shown in the fleet's locale. */
export class NoteError extends Error {
  constructor(readonly note: Note) {
    super(say(note, "en"));
    this.name = "NoteError";
  }
}
