import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "./locale.js";

/**
 * One message in every locale, each an ICU MessageFormat pattern: `{name}` for a value, and real plural forms,
 * e.g. `{count, plural, one {# problem} other {# problems}}`, rather than "problem(s)". Literal braces are quoted:
 * `'{'` and `'}'`. HTML-looking text is text, never a tag.
 */
export type MessageText = Readonly<Record<Locale, string>>;

/** A flow's catalogue: every message it shows, by key. */
export type Catalogue = Readonly<Record<string, MessageText>>;

/** A value a message shows: text from the world (quotable when rendered), a number, or another message. */
export type MessageValue = string | number | Message;

/** Something to tell a person, as data: rendered in the fleet's locale only at the edge, where it is shown. */
export interface Message {
  /** The catalogue key, for logs and tests; the text is what renders. */
  readonly key: string;
  readonly text: MessageText;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/** A catalogue's typed constructor of messages: `note("noArtifact", { source })`, keys checked by the compiler. */
export type MessageMaker<C extends Catalogue> = (
  key: keyof C & string,
  values?: Readonly<Record<string, MessageValue>>,
) => Message;

export function messageMaker<C extends Catalogue>(catalogue: C): MessageMaker<C> {
  return (key, values) => {
    const text = catalogue[key];
    if (text === undefined) throw new Error(`no message "${key}" in the catalogue`);
    return values === undefined ? { key, text } : { key, text, values };
  };
}

const compiled = new Map<string, IntlMessageFormat>();

/** Each pattern is parsed once per locale and kept: renderers call this in loops over the fleet. */
function formatter(pattern: string, locale: Locale): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${pattern}`;
  let found = compiled.get(cacheKey);
  if (found === undefined) {
    found = new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, found);
  }
  return found;
}

/** Fills one pattern; `quote` applies to string values (text from the world), never to the pattern itself. */
export function formatText(
  text: MessageText,
  locale: Locale,
  values: Readonly<Record<string, MessageValue>> = {},
  quote: (text: string) => string = (text) => text,
): string {
  const filled: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    filled[name] =
      typeof value === "object" ? render(value, locale, quote) : typeof value === "string" ? quote(value) : value;
  }
  const out = formatter(text[locale], locale).format(filled);
  if (typeof out !== "string") throw new Error(`message "${text[locale]}" did not render to text`);
  return out;
}

/** The message's text in the locale; a value that is itself a message renders in the same locale. */
export function render(message: Message, locale: Locale, quote?: (text: string) => string): string {
  return formatText(message.text, locale, message.values, quote);
}

/** The renderers' shorthand: `t(text, values)` in one locale. */
export type Translate = (text: MessageText, values?: Readonly<Record<string, MessageValue>>) => string;

export function translator(locale: Locale): Translate {
  return (text, values) => formatText(text, locale, values);
}

/**
 * A failure thrown mid-way that the person must act on, still shown in the fleet's locale: the main renders
 * `shown` for setFailed; its plain message (English) is for stack traces and logs of unrelated callers.
 */
export class MessageError extends Error {
  override readonly name = "MessageError";
  constructor(readonly shown: Message) {
    super(render(shown, "en"));
  }
}

/** An error's text for a person: a MessageError in the locale, any other error as it is. */
export function describeError(error: unknown, locale: Locale): string {
  if (error instanceof MessageError) return render(error.shown, locale);
  return error instanceof Error ? error.message : String(error);
}

/** Runs work whose MessageErrors a person will read: they leave it as plain errors in the fleet's locale. */
export async function inLocale<T>(locale: Locale, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MessageError) throw new Error(render(error.shown, locale), { cause: error });
    throw error;
  }
}
