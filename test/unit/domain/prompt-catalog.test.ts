import {
  fillPrompt,
  PLACEHOLDERS,
  PROMPT_CATALOG,
  promptsForCell,
  servedAfterArticle,
  type PromptContext,
} from "../../../bot/domain/catalog/prompt-catalog";
import { AREA_IDS, DIMENSION_IDS, LOCALES, MODEL_IDS, type Localized } from "../../../bot/domain/quality-models";

const TEXT_FIELDS = ["text", "guidance", "example"] as const;
const ID_SHAPE = /^([a-z_]+)\.([a-z]+)\.(all|lqw|kqb|kqs)\.(\d+)$/;

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? "").sort();
}

/** German needs the plural with and without an article; English has one form for both. */
const sameInEnglish = (name: string) => (name === "clientsBare" ? "clients" : name);

describe("prompt catalog", () => {
  it.each(MODEL_IDS)("offers at least three prompts for every area and dimension of %s", (model) => {
    const thinCells = AREA_IDS.flatMap((area) =>
      DIMENSION_IDS.filter((dimension) => promptsForCell(model, area, dimension, true).length < 3).map(
        (dimension) => `${area}.${dimension}`,
      ),
    );
    expect(thinCells).toEqual([]);
  });

  it.each(MODEL_IDS)(
    "offers at least three prompts per dimension of area 11 in a first certification (%s)",
    (model) => {
      for (const dimension of DIMENSION_IDS) {
        const prompts = promptsForCell(model, "strategische_entwicklungsziele", dimension, false);
        expect(prompts.every((prompt) => prompt.part === undefined)).toBe(true);
        expect(prompts.length).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it("asks about the goals of the last attestation (11a) only in a re-certification", () => {
    const firstTime = PROMPT_CATALOG.filter((prompt) => prompt.part !== undefined);
    expect(firstTime.length).toBeGreaterThan(0);
    expect(firstTime.every((prompt) => prompt.area === "strategische_entwicklungsziele")).toBe(true);
    const recertification = promptsForCell("lqw", "strategische_entwicklungsziele", "results", true);
    expect(recertification.some((prompt) => prompt.part === "11a")).toBe(true);
  });

  it("has the question, guidance and example in German and English for every prompt", () => {
    for (const prompt of PROMPT_CATALOG) {
      for (const field of TEXT_FIELDS) {
        for (const locale of LOCALES)
          expect({ id: prompt.id, field, locale, empty: prompt[field][locale].trim() === "" }).toEqual({
            id: prompt.id,
            field,
            locale,
            empty: false,
          });
      }
    }
  });

  it("gives every prompt a unique id that names its area, dimension and model", () => {
    const ids = PROMPT_CATALOG.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const prompt of PROMPT_CATALOG) {
      const match = ID_SHAPE.exec(prompt.id);
      expect(match).not.toBeNull();
      expect(match?.[1]).toBe(prompt.area);
      expect(match?.[2]).toBe(prompt.dimension);
      const scope = match?.[3];
      if (scope === "all") expect([...prompt.models].sort()).toEqual([...MODEL_IDS].sort());
      else expect(prompt.models).toContain(scope);
    }
  });

  it.each(LOCALES)("has at least 225 distinct questions in %s", (locale) => {
    expect(new Set(PROMPT_CATALOG.map((prompt) => prompt.text[locale].trim())).size).toBeGreaterThanOrEqual(225);
  });

  it("uses only known placeholders, the same ones in German and English", () => {
    const known: readonly string[] = PLACEHOLDERS;
    for (const prompt of PROMPT_CATALOG) {
      for (const field of TEXT_FIELDS) {
        const german = placeholdersIn(prompt[field].de);
        expect({ id: prompt.id, field, placeholders: [...new Set(german.map(sameInEnglish))].sort() }).toEqual({
          id: prompt.id,
          field,
          placeholders: [...new Set(placeholdersIn(prompt[field].en).map(sameInEnglish))].sort(),
        });
        for (const name of german) expect(known).toContain(name);
      }
    }
  });

  it("leaves no placeholder unfilled for any model, language or definition of success", () => {
    const contexts: PromptContext[] = MODEL_IDS.flatMap((model) => [
      { model, successDefinition: "", overrides: { areaNames: {} } },
      {
        model,
        successDefinition: "Lernende erreichen ihr selbst gesetztes Ziel und können es benennen.",
        overrides: { areaNames: {} },
      },
    ]);
    for (const context of contexts) {
      for (const prompt of PROMPT_CATALOG) {
        for (const field of TEXT_FIELDS) {
          const localized: Localized = prompt[field];
          for (const locale of LOCALES) {
            const filled = fillPrompt(localized, context, locale);
            expect({ id: prompt.id, field, locale, hasBraces: /[{}]/.test(filled) }).toEqual({
              id: prompt.id,
              field,
              locale,
              hasBraces: false,
            });
          }
        }
      }
    }
  });

  it("puts the organisation's own definition of success into the question", () => {
    const prompt = PROMPT_CATALOG.find((candidate) => candidate.text.de.includes("{successDefinition}"));
    expect(prompt).toBeDefined();
    if (!prompt) return;
    const filled = fillPrompt(
      prompt.text,
      { model: "lqw", successDefinition: "Lernende erreichen ihr Ziel.", overrides: { areaNames: {} } },
      "de",
    );
    expect(filled).toContain("die Definition gelungenen Lernens Ihrer Einrichtung („Lernende erreichen ihr Ziel.“)");
    expect(filled).not.toContain("Ihre Definition");
    const english = fillPrompt(
      prompt.text,
      { model: "lqw", successDefinition: "", overrides: { areaNames: {} } },
      "en",
    );
    expect(english).toContain("your organisation's definition of successful learning");
  });

  it("names the people served only through the setting, never with a model's fixed word", () => {
    const fixedWords = {
      de: /Teilnehmend|Teilnehmer|Ratsuchend|Klient|Kundinnen|Lernende/,
      en: /learner|service user|participant|(?<!\{)\bclients?\b(?!\})|\bcustomers?\b/i,
    };
    const found = PROMPT_CATALOG.flatMap((prompt) =>
      TEXT_FIELDS.flatMap((field) =>
        LOCALES.filter((locale) => fixedWords[locale].test(prompt[field][locale])).map(
          (locale) => `${prompt.id}.${field}.${locale}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it("calls the people served by the model's word by default (KQS: Kundinnen und Kunden) and by the organisation's own", () => {
    const kqs = PROMPT_CATALOG.filter((prompt) => prompt.models.includes("kqs") && prompt.text.de.includes("{clients"));
    expect(kqs.length).toBeGreaterThan(15);
    for (const prompt of kqs) {
      const filled = fillPrompt(
        prompt.text,
        { model: "kqs", successDefinition: "", overrides: { areaNames: {} } },
        "de",
      );
      expect({ id: prompt.id, says: filled.includes("Kundinnen und Kunden") }).toEqual({ id: prompt.id, says: true });
    }
    const asking = PROMPT_CATALOG.find((prompt) => prompt.id === "kernprozess.rationale.lqw.2");
    expect(asking?.text.de).toContain("{clientsBare}");
    if (!asking) return;
    const own = { model: "lqw" as const, successDefinition: "", overrides: { areaNames: {} } };
    expect(fillPrompt(asking.text, own, "de")).toMatch(/^Wenn Teilnehmende fragen/);
    expect(fillPrompt(asking.text, { ...own, servedTerm: { de: "Lernende", en: "students" } }, "de")).toMatch(
      /^Wenn Lernende fragen/,
    );
    expect(fillPrompt(asking.text, { ...own, servedTerm: { de: "Lernende", en: "students" } }, "en")).toMatch(
      /^When students ask/,
    );
  });

  it("puts the plural after an article the way German declines it", () => {
    expect(servedAfterArticle("Teilnehmende")).toBe("Teilnehmenden");
    expect(servedAfterArticle("Ratsuchende")).toBe("Ratsuchenden");
    expect(servedAfterArticle("Kundinnen und Kunden")).toBe("Kundinnen und Kunden");
    expect(servedAfterArticle("Ratsuchende und Angehörige")).toBe("Ratsuchenden und Angehörigen");
    expect(servedAfterArticle("Lernende/Studierende")).toBe("Lernenden/Studierenden");
    expect(servedAfterArticle("Familien")).toBe("Familien");
  });

  it("asks staff for proposals in conclusions, never to commit the organisation (no „Wer … bis wann?“)", () => {
    const commitments = {
      de: /\bWer\b[^?.]*\bbis wann\b|\bbis wann\b[^?.]*\bwer\b/i,
      en: /\bWho\b[^?.]*\bby when\b|\bby when\b[^?.]*\bwho\b/i,
    };
    const found = PROMPT_CATALOG.filter((prompt) => prompt.dimension === "conclusions").flatMap((prompt) =>
      (["text", "guidance"] as const).flatMap((field) =>
        LOCALES.filter((locale) => commitments[locale].test(prompt[field][locale])).map(
          (locale) => `${prompt.id}.${field}.${locale}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
