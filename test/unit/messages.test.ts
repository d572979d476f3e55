import { MESSAGE_AREAS, MESSAGES } from "../../bot/i18n/catalog";
import { LANGUAGE_TAG } from "../../bot/i18n/language-tag";
import type { MessageText } from "../../bot/i18n/message-definition";
import { translator } from "../../bot/i18n/translator";
import { LOCALES } from "../../bot/domain/quality-models";

const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
const formsOf = (text: MessageText): string[] =>
  typeof text === "string" ? [text] : (Object.values(text) as string[]);
const entries = Object.entries(MESSAGES);

describe("message catalogues", () => {
  it("defines each key in one feature area only", () => {
    const areasOfKey = new Map<string, string[]>();
    for (const [area, messages] of Object.entries(MESSAGE_AREAS)) {
      for (const key of Object.keys(messages)) areasOfKey.set(key, [...(areasOfKey.get(key) ?? []), area]);
    }
    expect([...areasOfKey].filter(([, areas]) => areas.length > 1)).toEqual([]);
  });

  it("has every text in German and in English", () => {
    const missing = entries.flatMap(([key, definition]) =>
      LOCALES.filter((locale) => definition[locale] === undefined).map((locale) => `${locale}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it("has no empty text in either language", () => {
    const empty = entries.flatMap(([key, definition]) =>
      LOCALES.filter((locale) => formsOf(definition[locale]).some((text) => text.trim() === "")).map(
        (locale) => `${locale}:${key}`,
      ),
    );
    expect(empty).toEqual([]);
  });

  it("gives a text about a number exactly the plural forms of each language, and the number in its general form", () => {
    const wrong = entries.flatMap(([key, definition]) =>
      LOCALES.flatMap((locale) => {
        const text = definition[locale];
        if (typeof text === "string") return [];
        const categories = new Intl.PluralRules(LANGUAGE_TAG[locale]).resolvedOptions().pluralCategories;
        const forms = Object.keys(text).sort();
        const problems: string[] = [];
        if (forms.join() !== [...categories].sort().join()) problems.push(`${locale}:${key} has forms ${forms.join()}`);
        if (!text.other.includes("{count}")) problems.push(`${locale}:${key} other form lacks {count}`);
        return problems;
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("uses the same {placeholders} per key in both languages", () => {
    // A singular form may say "your only answer" instead of "{count} answer".
    const placeholders = (text: MessageText) =>
      placeholdersOf(formsOf(text).join(" ")).filter((name) => typeof text === "string" || name !== "count");
    const mismatches = entries
      .map(([key, definition]) => ({ key, de: placeholders(definition.de), en: placeholders(definition.en) }))
      .filter((entry) => entry.de.join() !== entry.en.join());
    expect(mismatches).toEqual([]);
  });

  it("has no broken placeholder braces that would show up in a message", () => {
    const broken = entries.flatMap(([key, definition]) =>
      LOCALES.filter((locale) =>
        formsOf(definition[locale]).some((text) => /[{}]/.test(text.replace(/\{\w+\}/g, ""))),
      ).map((locale) => `${locale}:${key}`),
    );
    expect(broken).toEqual([]);
  });
});

describe("plural forms", () => {
  it("says „1 Antwort“ and „2 Antworten“, „0 Antworten“", () => {
    const t = translator("de");
    expect([0, 1, 2, 21].map((count) => t("progress.answers", { count }))).toEqual([
      "0 Antworten",
      "1 Antwort",
      "2 Antworten",
      "21 Antworten",
    ]);
  });

  it("says “1 … has” and “3 … have” in English", () => {
    const t = translator("en");
    expect(t("progress.area.summary", { count: 1 })).toBe("1 of 5 dimensions has enough answers.");
    expect(t("progress.area.summary", { count: 3 })).toBe("3 of 5 dimensions have enough answers.");
  });

  it("fills the other parameters of a plural text", () => {
    expect(translator("de")("setup.summary.due", { date: "1. März 2027", count: 1 })).toBe("1. März 2027 (in 1 Tag)");
  });
});
