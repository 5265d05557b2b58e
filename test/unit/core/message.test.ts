import fc from "fast-check";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "../../../actions/lib/core/i18n/locale.js";
import {
  type Catalogue,
  describeError,
  MessageError,
  messageMaker,
  render,
  translator,
} from "../../../actions/lib/core/i18n/message.js";
import { clinicHints, fleetHints, ruleMessages, typeNames } from "../../../actions/lib/core/registry/messages.js";
import { amiMessages } from "../../../actions/lib/flows/bake-ami/messages.js";
import { commentMessages, formProblemMessages, summaryMessages } from "../../../actions/lib/flows/intake/messages.js";
import { messages as provisionMessages } from "../../../actions/lib/flows/provision/messages.js";
import { cliSummary, summaryMessages as validateMessages } from "../../../actions/lib/flows/validate/messages.js";

const catalogue = {
  problems: {
    en: "{count, plural, one {# problem} other {# problems}} in {file}",
    ja: "{file} に {count} 件の問題",
  },
  refused: { en: "refused: {reason}", ja: "中止: {reason}" },
  literal: { en: "symbols such as '{ }' and <b>", ja: "記号 '{ }' と <b>" },
} satisfies Catalogue;
const say = messageMaker(catalogue);

describe("render", () => {
  it("uses real plural forms, not (s)", () => {
    expect(render(say("problems", { count: 1, file: "a.yml" }), "en")).toBe("1 problem in a.yml");
    expect(render(say("problems", { count: 2, file: "a.yml" }), "en")).toBe("2 problems in a.yml");
    expect(render(say("problems", { count: 2, file: "a.yml" }), "ja")).toBe("a.yml に 2 件の問題");
  });

  it("renders a message inside a message in the same locale, quoting only the values from the world", () => {
    const inner = say("problems", { count: 3, file: "<x>" });
    const quote = (text: string) => `[${text}]`;
    expect(render(say("refused", { reason: inner }), "ja", quote)).toBe("中止: [<x>] に 3 件の問題");
  });

  it("keeps quoted braces and tag-like text as text", () => {
    expect(translator("en")(catalogue.literal)).toBe("symbols such as { } and <b>");
  });

  it("names an unknown key", () => {
    expect(() => messageMaker(catalogue)("missing" as "refused")).toThrow('no message "missing" in the catalogue');
  });

  it("gives every value back whatever text it holds: values are never read as patterns", () => {
    fc.assert(
      fc.property(fc.string(), (text) => render(say("refused", { reason: text }), "en") === `refused: ${text}`),
    );
  });
});

describe("MessageError", () => {
  it("is English for a stack trace and in the fleet's locale for the person", () => {
    const error = new MessageError(say("refused", { reason: "x" }));
    expect(error.message).toBe("refused: x");
    expect(describeError(error, "ja")).toBe("中止: x");
    expect(describeError(new Error("plain"), "ja")).toBe("plain");
  });
});

/** The names of the values a pattern uses, from the ICU syntax tree. */
function argumentNames(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (typeof element !== "object" || element === null) continue;
      if ("value" in element && typeof element.value === "string" && (element as { type: number }).type !== 0)
        names.add(element.value);
      if ("options" in element && typeof element.options === "object" && element.options !== null) {
        for (const option of Object.values(element.options)) walk((option as { value: unknown }).value);
      }
    }
  };
  walk(new IntlMessageFormat(pattern, "en", undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const catalogues: Record<string, Catalogue> = {
  ruleMessages,
  typeNames,
  clinicHints,
  fleetHints,
  amiMessages,
  formProblemMessages,
  commentMessages,
  summaryMessages,
  provisionMessages,
  validateMessages,
  cliSummary,
};

describe("every catalogue", () => {
  for (const [name, texts] of Object.entries(catalogues)) {
    it(`${name}: parses as ICU in each locale, and each locale uses the same values`, () => {
      for (const [key, text] of Object.entries(texts)) {
        const perLocale = locales.map((locale) => argumentNames(text[locale]));
        for (const names of perLocale) expect(names, `${name}.${key}`).toEqual(perLocale[0]);
      }
    });
  }
});
