/**
 * The line "Bezug zur Definition gelungenen Lernens" speaks for the organisation: a practice told
 * in the first person is put into "wir", one person's view stays theirs and is marked as a quote.
 */
import { compileDraft } from "../../../bot/drafts/compile-draft";
import { answer, draftInput } from "./draft-fixture";

function lineOf(...texts: string[]) {
  const draft = compileDraft(
    draftInput({
      areas: ["leitbild"],
      answers: texts.map((text, index) =>
        answer("aad-anna", "leitbild", "rationale", text, `2025-03-1${index}T09:00:00Z`),
      ),
    }),
  );
  return draft.sections[0]?.successDefinition.statements.map(({ kind, text }) => ({ kind, text })) ?? [];
}

describe("the line on the definition of success", () => {
  it("puts a practice told in the first person into the organisation's voice", () => {
    expect(lineOf("Nach unserer Definition gelungenen Lernens frage ich jede Gruppe nach ihren Zielen.")).toEqual([
      {
        kind: "statement",
        text: "Nach unserer Definition gelungenen Lernens fragen wir jede Gruppe nach ihren Zielen.",
      },
    ]);
  });

  it("keeps one person's view as their quote, marked as such", () => {
    expect(lineOf("Die Definition gelungenen Lernens finde ich für Kurse mit Anfängern sehr hilfreich.")).toEqual([
      { kind: "quote", text: "„Die Definition gelungenen Lernens finde ich für Kurse mit Anfängern sehr hilfreich.“" },
    ]);
  });

  it("leaves a sentence in the organisation's voice as it is", () => {
    expect(lineOf("Unsere Definition gelungenen Lernens steht in jedem Kursleitendenvertrag.")).toEqual([
      { kind: "statement", text: "Unsere Definition gelungenen Lernens steht in jedem Kursleitendenvertrag." },
    ]);
  });
});
