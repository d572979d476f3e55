import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { findStrayTextInSource, findStrayTextInTemplate, readsAsSentence } from "../support/text-outside-catalogues";

const ROOT = path.resolve(__dirname, "..", "..");

/** Bilingual texts kept outside `bot/i18n` on purpose, each with its reason. */
const OTHER_CATALOGUES: Record<string, string> = {
  "bot/i18n/messages/": "the message catalogues themselves",
  "bot/drafts/draft-texts.ts": "the fixed texts of a draft document, German and English checked by the DraftTexts type",
  "bot/drafts/llm/block-prompt.ts": "instructions to the language model, never shown to a person",
  "bot/drafts/analysis/":
    "German and English word lists and patterns for reading staff answers, never shown to a person",
  "bot/drafts/privacy/":
    "patterns and word lists that recognise personal data in answers, and the placeholders replacing it in drafts (German and English checked by their type)",
  "functions/local/demo-": "the demo organisation's data: names, definitions and answers as a person wrote them",
  "functions/local/start.ts": "the terminal banner of npm start, for the developer who runs it",
  "functions/local/ascii-bundle.ts":
    "the build's error for a bundle it cannot write in ASCII, for the developer who builds",
  "functions/local/draft-command.ts":
    "the terminal messages of npm run draft, an offline tool for quality officers' consultants and developers",
  "bot/drafts/bundle/draft-bundle.ts":
    "the answers bundle's validation messages, shown by npm run draft next to the JSON path",
};

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
    .map((file) => path.posix.join(folder, file.split(path.sep).join("/")))
    .filter((file) => !Object.keys(OTHER_CATALOGUES).some((prefix) => file.startsWith(prefix)));
}

describe("user-visible text", () => {
  it("lives in the message catalogues: no German or English sentence elsewhere in the code", () => {
    const stray = ["bot", "cards", "functions"]
      .flatMap(sourceFiles)
      .filter((file) => file.endsWith(".ts"))
      .flatMap((file) => findStrayTextInSource(file, readFileSync(path.join(ROOT, file), "utf8")));
    expect(stray.map(({ file, line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });

  it("is never written into a card template (templates get their text from data)", () => {
    const stray = sourceFiles("cards/templates")
      .filter((file) => file.endsWith(".json"))
      .flatMap((file) => findStrayTextInTemplate(file, JSON.parse(readFileSync(path.join(ROOT, file), "utf8"))));
    expect(stray).toEqual([]);
  });

  it("would be found in code: a German or English sentence outside the catalogues", () => {
    const source = [
      'const title = "Ihre Antwort wurde gespeichert.";',
      "const body = `Your answer was saved at ${time}.`;",
      'const both = { de: "Gespeichert – danke!", en: "Saved, thank you!" };',
      'throw new AppError("INVALID_INPUT", "Card data does not match the schema");',
      'logger.warn("Delivery took longer than expected");',
      'const query = "SELECT * FROM c WHERE c.orgId = @orgId";',
    ].join("\n");
    expect(findStrayTextInSource("fixture.ts", source).map((stray) => stray.line)).toEqual([1, 2]);
  });

  it("tells sentences from ids, queries and markup", () => {
    expect(readsAsSentence("Bitte wählen Sie einen Arbeitsbereich.")).toBe(true);
    expect(readsAsSentence("weil die KI nicht rechtzeitig geantwortet hat")).toBe(true);
    expect(readsAsSentence("Please choose a quality area.")).toBe(true);
    expect(readsAsSentence("answer.submit")).toBe(false);
    expect(readsAsSentence("SELECT * FROM c WHERE c.orgId = @orgId")).toBe(false);
    expect(readsAsSentence('<w:p><w:r><w:t xml:space="preserve">')).toBe(false);
    expect(readsAsSentence("application/json; charset=utf-8")).toBe(false);
  });
});
