import { de } from "../../bot/i18n/messages-de";
import { en } from "../../bot/i18n/messages-en";
import { MESSAGE_CATALOGS } from "../../bot/i18n/translator";

const placeholdersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe("message catalogs", () => {
  const deKeys = Object.keys(de).sort();
  const enKeys = Object.keys(en).sort();

  it("has every German text in English and every English text in German", () => {
    expect(enKeys.filter((key) => !(key in de))).toEqual([]);
    expect(deKeys.filter((key) => !(key in en))).toEqual([]);
  });

  it("has no empty text in either language", () => {
    for (const catalog of [de, en]) {
      expect(
        Object.entries(catalog)
          .filter(([, text]) => text.trim() === "")
          .map(([key]) => key),
      ).toEqual([]);
    }
  });

  it("uses the same {placeholders} per key in both languages", () => {
    const mismatches = deKeys
      .filter((key) => key in en)
      .map((key) => ({
        key,
        de: placeholdersOf(de[key as keyof typeof de]),
        en: placeholdersOf(en[key as keyof typeof en]),
      }))
      .filter((entry) => entry.de.join() !== entry.en.join());
    expect(mismatches).toEqual([]);
  });

  it("has no broken placeholder braces that would show up in a message", () => {
    const broken = Object.entries(MESSAGE_CATALOGS).flatMap(([locale, catalog]) =>
      Object.entries(catalog)
        .filter(([, text]) => text.replace(/\{\w+\}/g, "").match(/[{}]/))
        .map(([key]) => `${locale}:${key}`),
    );
    expect(broken).toEqual([]);
  });
});
